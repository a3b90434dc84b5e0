// date<10000, 1, 1>: a date type past covenant's calendar (1900..9999) fails where it is
// written, like an impossible date.
// Fixed: 9999-12-31.
//
// EXPECT: covenant: invalid date \(year 1900\.\.9999, month 1\.\.12, day within the month\)
// EXPECT: query_date_year_out_of_range\.cpp:[0-9]+
#include <covenant/covenant.hpp>

namespace cf_query_date_year_out_of_range {

#ifdef COVENANT_FIXED
using last = covenant::date<9999, 12, 31>;
#else
using last = covenant::date<10000, 1, 1>;
#endif
static_assert(last::value > 0);

} // namespace cf_query_date_year_out_of_range
