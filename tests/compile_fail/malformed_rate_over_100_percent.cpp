// A revenue share of 101 percent fails where the rate is written.
// Fixed: 100 percent, the most a rate can be.
//
// EXPECT: must not exceed 100
// EXPECT: ^[^ ]*malformed_rate_over_100_percent\.cpp:[0-9]+:[0-9]+:
// ERRORS: 1
#include "../support/vocabulary.hpp"

namespace cf_malformed_rate_over_100_percent {

using namespace test_vocabulary;

#ifdef COVENANT_FIXED
using rate = percent<100>;
#else
using rate = percent<101>;
#endif
struct everything : revenue_share<openai, microsoft, rate, openai_revenue, term<year<2026>>> {
  static constexpr auto label = "M3 all revenue to Microsoft";
};

using deal = contract<"deal", parties<openai, microsoft>, everything>;

static_assert(covenant::check<deal>);

} // namespace cf_malformed_rate_over_100_percent
