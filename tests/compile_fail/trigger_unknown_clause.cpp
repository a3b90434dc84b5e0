// A trigger ends a clause that is not in the contract (it was struck by an amendment, but the
// trigger was carried over): lowering the contract fails and says so. The message does not
// say which clause; the contract type it names shows the trigger that names it.
//
// EXPECT: a trigger or a yields_to<...> names a clause that is not in this contract
// EXPECT: trigger_unknown_clause::research_licence
// EXPECT: ^[^ ]*trigger_unknown_clause\.cpp:[0-9]+:[0-9]+:
// ERRORS: 1
#include <covenant/covenant.hpp>

namespace trigger_unknown_clause {

using namespace covenant;

struct openai : party<"OpenAI"> {};
struct microsoft : party<"Microsoft"> {};
struct models : scope<"OpenAI models", owned_by<openai>> {};
struct agi : event<"AGI is declared"> {};

struct model_licence : licence<openai, microsoft, models, term<year<2019>>> {
  static constexpr auto label = "1 models licensed to Microsoft";
};
struct research_licence : licence<openai, microsoft, models, term<year<2019>, year<2030>>> {
  static constexpr auto label = "2 research licence";
};

using v0 = contract<"V0", parties<openai, microsoft>, model_licence, research_licence,
                    trigger<agi, ends<model_licence, research_licence>>>;
#ifdef COVENANT_FIXED
using v1 = amend<v0, strike<research_licence, trigger<agi, ends<model_licence, research_licence>>>,
                 add<trigger<agi, ends<model_licence>>>>;
#else
using v1 = amend<v0, strike<research_licence>>;
#endif

static_assert(v1::size == 1);
static_assert(check<v1>);

} // namespace trigger_unknown_clause
