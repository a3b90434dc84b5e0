// day_of(1899, 12, 31) in a constant expression: covenant's calendar starts on 1900-01-01 (the
// docs always said so; day_of used to accept it anyway).
// Fixed: 1900-01-01.
//
// EXPECT: covenant: day_of: year outside 1900\.\.9999
// EXPECT: Hint: the calendar runs from 1900-01-01 to 9999-12-31
// EXPECT: day_of\(1899, 12, 31\)
// EXPECT: query_day_of_year_out_of_range\.cpp:[0-9]+
#include <covenant/covenant.hpp>

namespace cf_query_day_of_year_out_of_range {

#ifdef COVENANT_FIXED
constexpr covenant::day founded = covenant::day_of(1900, 1, 1);
#else
constexpr covenant::day founded = covenant::day_of(1899, 12, 31);
#endif
static_assert(founded < 0);

} // namespace cf_query_day_of_year_out_of_range
