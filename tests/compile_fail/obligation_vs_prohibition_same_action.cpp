// OpenAI must supply models for the API and must not supply models for any product.
// Fixed: the prohibition covers ChatGPT only.
//
// EXPECT: covenant rule obligation_vs_prohibition \(error\)
// EXPECT: obligation_vs_prohibition.*O1 OpenAI supplies models for the API.*P1 no model supply for products
// EXPECT: ^[^ ]*obligation_vs_prohibition_same_action\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*drop.*O1 OpenAI supplies models fo.*or.*P1 no model supply for produ.*, carve the prohibited scope
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::obligation_vs_prohibition, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_obligation_vs_prohibition_same_action {

using namespace test_vocabulary;

struct must_supply : obligation<openai, supply_models, api, term<year<2026>, through<2032>>> {
  static constexpr auto label = "O1 OpenAI supplies models for the API";
};
#ifdef COVENANT_FIXED
using banned_scope = chat;
#else
using banned_scope = products;
#endif
struct must_not_supply : prohibition<openai, supply_models, banned_scope, term<year<2019>>> {
  static constexpr auto label = "P1 no model supply for products";
};

using deal = contract<"deal", parties<openai, microsoft>, must_supply, must_not_supply>;

static_assert(covenant::check<deal>);

} // namespace cf_obligation_vs_prohibition_same_action
