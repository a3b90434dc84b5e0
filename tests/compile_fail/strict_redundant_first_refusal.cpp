// A first refusal to Microsoft over the API while it holds the products exclusively: a
// warning, which fails the strict check only.
// Fixed: the first refusal starts when the exclusivity ends.
//
// EXPECT: covenant rule redundant_first_refusal \(warning\)
// EXPECT: redundant_first_refusal.*W2 Azure first refusal on the API.*W1 products exclusive on Azure
// EXPECT: ^[^ ]*strict_redundant_first_refusal\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*drop.*W2 Azure first refusal on th.*, or start it when.*W1 products exclusive on Azu.*ends\.
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::redundant_first_refusal, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_strict_redundant_first_refusal {

using namespace test_vocabulary;

struct products_exclusive : exclusivity<openai, microsoft, products, term<year<2019>, year<2030>>> {
  static constexpr auto label = "W1 products exclusive on Azure";
};
#ifdef COVENANT_FIXED
using rofr_term = term<year<2030>>;
#else
using rofr_term = term<year<2027>>;
#endif
struct api_rofr : right_of_first_refusal<openai, microsoft, api, rofr_term> {
  static constexpr auto label = "W2 Azure first refusal on the API";
};
// What OpenAI may do once Microsoft declines (no unhandled_refusal warning).
struct elsewhere : permission<openai, serve_api_elsewhere, api, term<year<2030>>> {
  static constexpr auto label = "W3 OpenAI may serve the API elsewhere from 2030";
};

using deal = contract<"deal", parties<openai, microsoft>, products_exclusive, api_rofr, elsewhere>;

static_assert(covenant::consistent<deal>);
static_assert(covenant::check<deal>);

static_assert(covenant::check<deal, covenant::strictness::strict>);

} // namespace cf_strict_redundant_first_refusal
