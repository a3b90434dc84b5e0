// A scenario says when each event happens, once: giving one event two days is a mistake, not a
// choice of the later (or earlier) one.
// Fixed: one day.
//
// EXPECT: a_scenario_gives_one_event_two_days
// EXPECT: ^[^ ]*malformed_scenario_event_twice\.cpp:[0-9]+:[0-9]+:
// ERRORS: 1
#include "../support/vocabulary.hpp"

namespace cf_malformed_scenario_event_twice {

using namespace test_vocabulary;

struct agi : event<"AGI is declared"> {};

#ifdef COVENANT_FIXED
constexpr scenario timeline{{agi{}, date<2029, 6, 1>{}}};
#else
constexpr scenario timeline{{agi{}, date<2029, 6, 1>{}}, {agi{}, date<2030, 1, 1>{}}};
#endif

} // namespace cf_malformed_scenario_event_twice
