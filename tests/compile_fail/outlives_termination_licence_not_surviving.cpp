// The contract ends when it is terminated, but the IP licence is neither ended by the
// termination nor named as surviving it: it could stay in force after the contract is over.
//
// EXPECT: covenant rule outlives_termination \(error\)
// EXPECT: outlives_termination.*2 perpetual licence of the models
// EXPECT: outlives_termination.*terminated
// EXPECT: ^[^ ]*outlives_termination_licence_not_surviving\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*end.*2 perpetual licence of the m.*at the event \(until<event>
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::at_fault<covenant::rule::outlives_termination, [^{]*>::reported' is not a constant expression$
#include <covenant/covenant.hpp>

namespace outlives_termination_licence_not_surviving {

using namespace covenant;

struct openai : party<"OpenAI"> {};
struct microsoft : party<"Microsoft"> {};
struct hosting : scope<"hosting"> {};
struct models : scope<"OpenAI models", owned_by<openai>> {};
struct terminated : event<"the contract is terminated"> {};

struct hosting_exclusivity
    : exclusivity<openai, microsoft, hosting, term<year<2019>, until<terminated>>> {
  static constexpr auto label = "1 hosting exclusive on Azure until termination";
};
struct model_licence : licence<openai, microsoft, models, term<year<2019>>> {
  static constexpr auto label = "2 perpetual licence of the models";
};

#ifdef COVENANT_FIXED
using termination = trigger<terminated, ends_contract<surviving<model_licence>>>;
#else
using termination = trigger<terminated, ends_contract<>>;
#endif

using deal =
    contract<"deal", parties<openai, microsoft>, hosting_exclusivity, model_licence, termination>;

static_assert(check<deal>);

} // namespace outlives_termination_licence_not_surviving
