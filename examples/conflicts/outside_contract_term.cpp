// Reviewer's note: this term sheet restates the core partnership "until 2030" that Microsoft
// announced on Stargate day (seed 002), and gives the contract that term. But for the IP
// licence it picked up October 2025's clause, which runs through 2032 (FACTS V3), two years
// past the end of the contract that grants it.
// Fix: use the Stargate-day licence, which ends with 2030 or at AGI.
//
// EXPECT: covenant rule outside_contract_term \(error\)
// EXPECT: outside_contract_term.*V3 IP licence of models and products through 2032
// EXPECT: ^[^ ]*outside_contract_term\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*shorten the term of.*V3 IP licence of models and.*to fit the contract.?'s, or
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::at_fault<covenant::rule::outside_contract_term, [^{]*>::reported' is not a constant expression$
#include "../microsoft_openai/versions.hpp"

namespace microsoft_openai {

#ifdef COVENANT_FIXED
using ip_access = v2_ip_licence;
#else
using ip_access = v3_ip_licence;
#endif

using core_partnership =
    contract<"Microsoft-OpenAI core partnership through 2030", parties<microsoft, openai>,
             term<date<2025, 1, 21>, through<2030>>, ip_access, v2_api_exclusivity,
             v2_revenue_share, v2_microsoft_share>;

} // namespace microsoft_openai

static_assert(covenant::check<microsoft_openai::core_partnership>);
