// The contract ends when it is terminated; the revenue share ends at another event (AGI), so
// on a timeline where the contract is terminated first, the share would outlive it.
//
// EXPECT: covenant rule outlives_termination \(error\)
// EXPECT: outlives_termination.*3 revenue share until AGI
// EXPECT: outlives_termination.*terminated
// EXPECT: ^[^ ]*outlives_termination_other_event\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*end.*3 revenue share until AGI.*at the event \(until<event>
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::at_fault<covenant::rule::outlives_termination, [^{]*>::reported' is not a constant expression$
#include <covenant/covenant.hpp>

namespace outlives_termination_other_event {

using namespace covenant;

struct openai : party<"OpenAI"> {};
struct microsoft : party<"Microsoft"> {};
struct hosting : scope<"hosting"> {};
struct revenue : scope<"OpenAI revenue"> {};
struct terminated : event<"the contract is terminated"> {};
struct agi : event<"AGI is declared"> {};

struct hosting_exclusivity
    : exclusivity<openai, microsoft, hosting, term<year<2019>, until<terminated>>> {
  static constexpr auto label = "1 hosting exclusive on Azure until termination";
};
struct share_until_agi
    : revenue_share<openai, microsoft, percent<20>, revenue, term<year<2019>, until<agi>>> {
  static constexpr auto label = "3 revenue share until AGI";
};

#ifdef COVENANT_FIXED
using deal = contract<"deal", parties<openai, microsoft>, hosting_exclusivity, share_until_agi,
                      trigger<terminated, ends_contract<surviving<share_until_agi>>>>;
#else
using deal = contract<"deal", parties<openai, microsoft>, hosting_exclusivity, share_until_agi,
                      trigger<terminated, ends_contract<>>>;
#endif

static_assert(check<deal>);

} // namespace outlives_termination_other_event
