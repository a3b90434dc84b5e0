// Reviewer's note: this draft of the 2023 extension writes the second reported tier of OpenAI's
// profit share to Microsoft (FACTS V1: 75 % until $13B is recouped, then 49 %) as a share of
// its own. But that share runs from the same day as the tiered one instead of after its first
// threshold, so from 23 January 2023 OpenAI could owe Microsoft 124 % of the same profit.
// Fix: leave the second rate where versions.hpp has it, a tier of the one share
// (tiered<tier<...>, tier<...>>): the switch is an amount, not a date.
//
// EXPECT: covenant rule revenue_share_over_100_percent \(error\)
// EXPECT: revenue_share_over_100_percent.*V1 profit share in two tiers.*Draft second tier 49 percent up to 92B
// EXPECT: ^[^ ]*revenue_share_over_100_percent\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*lower a rate, narrow a base,
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::over_limit<covenant::rule::revenue_share_over_100_percent, covenant::detail::total_exceeds_limit<[0-9]+, [0-9]+, \{[0-9]+, [0-9]+, [0-9]+\}>, [^{]*>::reported' is not a constant expression$
#include "../microsoft_openai/versions.hpp"

namespace microsoft_openai {

#ifdef COVENANT_FIXED
using draft = v1;
#else
struct second_tier : profit_share<openai, microsoft, percent<49>, openai_profit,
                                  term<date<2023, 1, 23>>, cap<usd_millions<92'000>>> {
  static constexpr auto label = "Draft second tier 49 percent up to 92B, reported";
};
using draft = amend<v1, add<second_tier>>;
#endif

} // namespace microsoft_openai

static_assert(covenant::check<microsoft_openai::draft>);
