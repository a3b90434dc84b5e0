// A revenue share's cap is a total over its term: it cannot recur, and says so where it is
// written.
// Fixed: the cap is a total.
//
// EXPECT: a cap is a total over the term and cannot recur
// EXPECT: ^[^ ]*malformed_recurring_cap\.cpp:[0-9]+:[0-9]+:
// ERRORS: 1
#include "../support/vocabulary.hpp"

namespace cf_malformed_recurring_cap {

using namespace test_vocabulary;

#ifdef COVENANT_FIXED
using ceiling = cap<usd_millions<80>>;
#else
using ceiling = cap<usd_millions<80>, per_year>;
#endif
struct share : revenue_share<openai, microsoft, percent<20>, openai_revenue,
                             term<year<2026>, year<2031>>, ceiling> {
  static constexpr auto label = "M1 share with a cap";
};

using deal = contract<"deal", parties<openai, microsoft>, share>;

static_assert(covenant::check<deal>);

} // namespace cf_malformed_recurring_cap
