// day_of(2027, 13, 1) in a constant expression: there is no month 13. It used to be
// 2028-01-01; now it is a compile error naming the mistake.
// Fixed: month 12.
//
// EXPECT: covenant: day_of: not a calendar date
// EXPECT: day_of\(2027, 13, 1\)
// EXPECT: query_day_of_month_13\.cpp:[0-9]+
#include <covenant/covenant.hpp>

namespace cf_query_day_of_month_13 {

#ifdef COVENANT_FIXED
static_assert(covenant::day_of(2027, 12, 1) > covenant::day_of(2027));
#else
static_assert(covenant::day_of(2027, 13, 1) > covenant::day_of(2027));
#endif

} // namespace cf_query_day_of_month_13
