// The API is reserved to Microsoft, yet a later clause obliges OpenAI to serve it on another
// cloud: a duty to take the scope conflicts as surely as a permission to.
// Fixed: the duty covers ChatGPT, which the exclusivity does not reserve.
//
// EXPECT: covenant rule exclusivity_conflict \(error\)
// EXPECT: exclusivity_conflict.*E1 API exclusive to Azure.*O1 OpenAI must serve elsewhere
// EXPECT: exclusivity_conflict_obligation\.cpp:[0-9]+
// EXPECT: Hint: .*narrow.*E1 API exclusive to Azure.*or.*O1 OpenAI must serve elsewhe.*, end one term before the ot
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::exclusivity_conflict, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_exclusivity_conflict_obligation {

using namespace test_vocabulary;

struct api_exclusive : exclusivity<openai, microsoft, api, term<year<2025>, year<2030>>> {
  static constexpr auto label = "E1 API exclusive to Azure";
};
#ifdef COVENANT_FIXED
using duty_scope = chat;
#else
using duty_scope = api;
#endif
struct serve_elsewhere
    : obligation<openai, serve_api_elsewhere, duty_scope, term<year<2027>, year<2028>>> {
  static constexpr auto label = "O1 OpenAI must serve elsewhere";
};

using deal = contract<"deal", parties<openai, microsoft>, api_exclusive, serve_elsewhere>;

static_assert(covenant::check<deal>);

} // namespace cf_exclusivity_conflict_obligation
