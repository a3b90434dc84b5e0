// per_year says how often an amount recurs: a revenue share itself does not recur, its minimum
// may.
// Fixed: the minimum recurs.
//
// EXPECT: per_year, per_quarter and per_month say how often an amount recurs
// EXPECT: ^[^ ]*malformed_recurrence_on_revenue_share\.cpp:[0-9]+:[0-9]+:
// ERRORS: 1
#include "../support/vocabulary.hpp"

namespace cf_malformed_recurrence_on_revenue_share {

using namespace test_vocabulary;

#ifdef COVENANT_FIXED
struct share : revenue_share<openai, microsoft, percent<20>, openai_revenue,
                             term<year<2026>, year<2031>>, minimum<usd_millions<10>, per_year>> {
#else
struct share : revenue_share<openai, microsoft, percent<20>, openai_revenue,
                             term<year<2026>, year<2031>>, minimum<usd_millions<10>>, per_year> {
#endif
  static constexpr auto label = "M2 share with a minimum a year";
};

using deal = contract<"deal", parties<openai, microsoft>, share>;

static_assert(covenant::check<deal>);

} // namespace cf_malformed_recurrence_on_revenue_share
