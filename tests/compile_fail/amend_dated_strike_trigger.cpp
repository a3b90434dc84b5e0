// A dated amendment strikes a trigger: the trigger's effect before the effective day would be
// lost with it (the clause it ended would have run on in the past), so it is rejected.
//
// EXPECT: covenant: a dated amendment strikes or replaces a trigger, which would change the past
// EXPECT: hint: strike or continue the clauses the trigger governs
// EXPECT: "\(a trigger\)"
// EXPECT: amend_dated_strike_trigger\.cpp:[0-9]+
#include <covenant/covenant.hpp>

namespace amend_dated_strike_trigger {

using namespace covenant;

struct openai : party<"OpenAI"> {};
struct microsoft : party<"Microsoft"> {};
struct models : scope<"OpenAI models"> {};
struct agi : event<"AGI is declared"> {};

struct ip_licence : licence<openai, microsoft, models, term<date<2019, 7, 22>>> {
  static constexpr auto label = "V0 licence of pre-AGI technology";
};
using agi_ends_licence = trigger<agi, ends<ip_licence>>;
using v0 = contract<"V0", parties<openai, microsoft>, ip_licence, agi_ends_licence>;

#ifdef COVENANT_FIXED
using v3 = amend<v0, strike<agi_ends_licence>>;
#else
using v3 = amend<v0, effective<date<2025, 10, 28>>, strike<agi_ends_licence>>;
#endif

static_assert(v3::size == 1);
static_assert(check<v3>);

} // namespace amend_dated_strike_trigger
