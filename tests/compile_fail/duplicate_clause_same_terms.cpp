// The same obligation written twice under two labels.
// Fixed: the second one is for ChatGPT rather than the API.
//
// EXPECT: covenant rule duplicate_clause \(error\)
// EXPECT: duplicate_clause.*D1 models for the API.*D2 models for the API again
// EXPECT: ^[^ ]*duplicate_clause_same_terms\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*remove.*D1 models for the API.*or.*D2 models for the API again.*, or change the one that an
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::duplicate_clause, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_duplicate_clause_same_terms {

using namespace test_vocabulary;

struct supply : obligation<openai, supply_models, api, term<year<2026>, through<2032>>> {
  static constexpr auto label = "D1 models for the API";
};
#ifdef COVENANT_FIXED
using second_scope = chat;
#else
using second_scope = api;
#endif
struct supply_again
    : obligation<openai, supply_models, second_scope, term<year<2026>, through<2032>>> {
  static constexpr auto label = "D2 models for the API again";
};

using deal = contract<"deal", parties<openai>, supply, supply_again>;

static_assert(covenant::check<deal>);

} // namespace cf_duplicate_clause_same_terms
