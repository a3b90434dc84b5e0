// Reviewer's note: this draft of the 2023 extension writes both reported tiers of OpenAI's
// profit share to Microsoft (FACTS V1): 75 % until $13B is recouped, then 49 %. But the second
// tier runs from the same day as the first instead of after it, so from 23 January 2023
// OpenAI would owe Microsoft 124 % of the same revenue.
// Fix: keep the first tier only, as versions.hpp does: the switch is an amount, not a date.
//
// EXPECT: covenant rule revenue_share_over_100_percent \(error\)
// EXPECT: revenue_share_over_100_percent.*V1 profit share 75% until .13B recouped.*Draft second tier 49 percent up to 92B
// EXPECT: ^[^ ]*revenue_share_over_100_percent\.cpp:[0-9]+:[0-9]+:
#include "../microsoft_openai/versions.hpp"

namespace microsoft_openai {

#ifdef COVENANT_FIXED
using draft = v1;
#else
struct second_tier : revenue_share<openai, microsoft, percent<49>, openai_revenue,
                                   term<date<2023, 1, 23>>, cap<usd_millions<92'000>>> {
  static constexpr auto label = "Draft second tier 49 percent up to 92B, reported";
};
using draft = amend<v1, add<second_tier>>;
#endif

} // namespace microsoft_openai

static_assert(covenant::check<microsoft_openai::draft>);
