// A clause whose term already ends at one event is ended by a trigger on another: a clause
// ends at one event at most, so the contract does not compile.
//
// EXPECT: a clause would end \(or start\) at two different events
// EXPECT: ^[^ ]*trigger_two_events\.cpp:[0-9]+:[0-9]+:
// ERRORS: 1
#include <covenant/covenant.hpp>

namespace trigger_two_events {

using namespace covenant;

struct openai : party<"OpenAI"> {};
struct microsoft : party<"Microsoft"> {};
struct hosting : scope<"hosting"> {};
struct agi : event<"AGI is declared"> {};
struct breach : event<"a material breach is established"> {};

struct hosting_exclusivity
    : exclusivity<openai, microsoft, hosting, term<year<2019>, until<breach>>> {
  static constexpr auto label = "1 hosting exclusive on Azure until a breach";
};

#ifdef COVENANT_FIXED
// The same event twice is fine.
using deal = contract<"deal", parties<openai, microsoft>, hosting_exclusivity,
                      trigger<breach, suspends<hosting_exclusivity>>>;
#else
using deal = contract<"deal", parties<openai, microsoft>, hosting_exclusivity,
                      trigger<agi, ends<hosting_exclusivity>>>;
#endif

static_assert(deal::size == 1);
static_assert(check<deal>);

} // namespace trigger_two_events
