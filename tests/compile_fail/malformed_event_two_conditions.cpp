// An event takes one condition<"...">: a second one used to be silently dropped.
// Fixed: the whole condition in one condition<"...">.
//
// EXPECT: covenant: an event takes at most one of each option
// EXPECT: ^[^ ]*malformed_event_two_conditions\.cpp:[0-9]+:[0-9]+:
// ERRORS: 1
#include "../support/vocabulary.hpp"

namespace cf_malformed_event_two_conditions {

using namespace test_vocabulary;

#ifdef COVENANT_FIXED
struct agi : event<"AGI is declared", condition<"systems that can earn $100B of profit, as the "
                                                "board declares">> {};
#else
struct agi : event<"AGI is declared", condition<"systems that can earn $100B of profit">,
                   condition<"as the board declares">> {};
#endif
struct licensed : licence<openai, microsoft, api, term<year<2019>, until<agi>>> {
  static constexpr auto label = "L1 API licensed until AGI";
};

using deal = contract<"deal", parties<openai, microsoft>, licensed>;

static_assert(covenant::check<deal>);

} // namespace cf_malformed_event_two_conditions
