// day_of(2027, 2, 30) in a constant expression: 30 February does not exist. It used to be
// 2 March; now the call throws, which in a constant expression is a compile error, and both
// compilers print covenant's message and the call with its arguments.
// Fixed: 28 February.
//
// EXPECT: covenant: day_of: not a calendar date
// EXPECT: Hint: the month is 1\.\.12 and the day exists in that month
// EXPECT: day_of\(2027, 2, 30\)
// EXPECT: query_day_of_not_a_calendar_date\.cpp:[0-9]+
#include <covenant/covenant.hpp>

namespace cf_query_day_of_not_a_calendar_date {

#ifdef COVENANT_FIXED
constexpr covenant::day launch = covenant::day_of(2027, 2, 28);
#else
constexpr covenant::day launch = covenant::day_of(2027, 2, 30);
#endif
static_assert(launch > covenant::day_of(2027));

} // namespace cf_query_day_of_not_a_calendar_date
