// A permission to Microsoft inside its own exclusivity is only a warning: the standard check
// passes, the strict check fails.
// Fixed: the permission starts when the exclusivity ends.
//
// EXPECT: covenant rule redundant_permission \(warning\)
// EXPECT: redundant_permission.*X2 Microsoft may resell the API.*X1 API exclusive on Azure
// EXPECT: ^[^ ]*strict_redundant_permission\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*drop.*X2 Microsoft may resell the.*, or say what it adds beyond.*X1 API exclusive on Azure.*\.
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::redundant_permission, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_strict_redundant_permission {

using namespace test_vocabulary;

struct api_exclusive : exclusivity<openai, microsoft, api, term<year<2019>, year<2030>>> {
  static constexpr auto label = "X1 API exclusive on Azure";
};
struct resell : action<"resell"> {};
#ifdef COVENANT_FIXED
using resale_term = term<year<2030>>;
#else
using resale_term = term<year<2025>>;
#endif
struct may_resell : permission<microsoft, resell, api, resale_term> {
  static constexpr auto label = "X2 Microsoft may resell the API";
};

using deal = contract<"deal", parties<openai, microsoft>, api_exclusive, may_resell>;

// Warnings do not fail the standard check.
static_assert(covenant::consistent<deal>);
static_assert(covenant::check<deal>);

static_assert(covenant::check<deal, covenant::strictness::strict>);

} // namespace cf_strict_redundant_permission
