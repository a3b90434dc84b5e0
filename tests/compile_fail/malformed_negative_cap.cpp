// A revenue share capped at a negative amount fails where the cap is written.
// Fixed: a cap of zero, the smallest there is.
//
// EXPECT: a cap must not be negative
// EXPECT: ^[^ ]*malformed_negative_cap\.cpp:[0-9]+:[0-9]+:
// ERRORS: 1
#include "../support/vocabulary.hpp"

namespace cf_malformed_negative_cap {

using namespace test_vocabulary;

#ifdef COVENANT_FIXED
using ceiling = usd_millions<0>;
#else
using ceiling = usd_millions<-1>;
#endif
struct capped : revenue_share<openai, microsoft, percent<20>, openai_revenue, term<year<2026>>,
                              cap<ceiling>> {
  static constexpr auto label = "M4 capped revenue share";
};

using deal = contract<"deal", parties<openai, microsoft>, capped>;

static_assert(covenant::check<deal>);

} // namespace cf_malformed_negative_cap
