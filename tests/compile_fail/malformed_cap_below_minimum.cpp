// A revenue share whose cap is below its own minimum fails where it is written.
// Fixed: the cap equals the minimum.
//
// EXPECT: the cap is below the minimum payment the same clause promises
// EXPECT: ^[^ ]*malformed_cap_below_minimum\.cpp:[0-9]+:[0-9]+:
// ERRORS: 1
#include "../support/vocabulary.hpp"

namespace cf_malformed_cap_below_minimum {

using namespace test_vocabulary;

#ifdef COVENANT_FIXED
using ceiling = usd_millions<500>;
#else
using ceiling = usd_millions<499>;
#endif
struct share : revenue_share<openai, microsoft, percent<20>, openai_revenue, term<year<2026>>,
                             minimum<usd_millions<500>>, cap<ceiling>> {
  static constexpr auto label = "M6 share with minimum and cap";
};

using deal = contract<"deal", parties<openai, microsoft>, share>;

static_assert(covenant::check<deal>);

} // namespace cf_malformed_cap_below_minimum
