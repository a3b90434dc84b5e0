// A revenue share's cap is compared with what its recurring minimum adds up to over the term:
// 30 a year for five years is 150.
// Fixed: the cap is 150.
//
// EXPECT: the cap is below the minimum payment the same clause promises
// EXPECT: ^[^ ]*malformed_cap_below_recurring_minimum\.cpp:[0-9]+:[0-9]+:
// ERRORS: 1
#include "../support/vocabulary.hpp"

namespace cf_malformed_cap_below_recurring_minimum {

using namespace test_vocabulary;

#ifdef COVENANT_FIXED
using ceiling = usd_millions<150>;
#else
using ceiling = usd_millions<149>;
#endif
struct share
    : revenue_share<openai, microsoft, percent<20>, openai_revenue, term<year<2026>, year<2031>>,
                    minimum<usd_millions<30>, per_year>, cap<ceiling>> {
  static constexpr auto label = "M5 share with a minimum a year and a cap";
};

using deal = contract<"deal", parties<openai, microsoft>, share>;

static_assert(covenant::check<deal>);

} // namespace cf_malformed_cap_below_recurring_minimum
