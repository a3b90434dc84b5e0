// 2100 is not a leap year (a century not divisible by 400), so 29 February 2100 does not exist.
// Fixed: 29 February 2096.
//
// EXPECT: covenant: invalid date
// EXPECT: ^[^ ]*malformed_invalid_leap_day\.cpp:[0-9]+:[0-9]+:
// ERRORS: 1
#include "../support/vocabulary.hpp"

namespace cf_malformed_invalid_leap_day {

using namespace test_vocabulary;

#ifdef COVENANT_FIXED
using last_day = date<2096, 2, 29>;
#else
using last_day = date<2100, 2, 29>;
#endif
struct api_licence : licence<openai, microsoft, api, term<year<2025>, last_day>> {
  static constexpr auto label = "M8 API licence";
};

using deal = contract<"deal", parties<openai, microsoft>, api_licence>;

static_assert(covenant::check<deal>);

} // namespace cf_malformed_invalid_leap_day
