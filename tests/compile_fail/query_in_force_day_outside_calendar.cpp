// in_force<deal>(day) in a constant expression with a day past 9999-12-31 (here one computed
// by hand): the queries answer only for days of covenant's calendar.
// Fixed: the last day of the calendar.
//
// EXPECT: covenant: in_force: day outside 1900-01-01\.\.9999-12-31
// EXPECT: Hint: make days with day_of\(year, month, day\)
// EXPECT: query_in_force_day_outside_calendar\.cpp:[0-9]+
#include "../support/vocabulary.hpp"

namespace cf_query_in_force_day_outside_calendar {

using namespace test_vocabulary;

struct api_licence : licence<openai, microsoft, api, term<year<2025>>> {
  static constexpr auto label = "Q1 API licence";
};
using deal = contract<"deal", parties<openai, microsoft>, api_licence>;

#ifdef COVENANT_FIXED
constexpr covenant::day far = covenant::day_of(9999, 12, 31);
#else
constexpr covenant::day far = covenant::day_of(9999, 12, 31) + 1;
#endif
static_assert(covenant::in_force<deal>(far).contains(0));

} // namespace cf_query_in_force_day_outside_calendar
