// Reviewer's note: this AGI clause for the definitive agreement ends the contract once AGI is
// verified, and lists what survives. It was copied from the older AGI clauses, under which
// Microsoft lost its IP rights at AGI (FACTS V0, V2), so it leaves out the IP licence, which
// since October 2025 runs through 2032, post-AGI models included (FACTS V3).
// Fix: list the IP licence among the surviving clauses.
//
// EXPECT: covenant rule outlives_termination \(error\)
// EXPECT: outlives_termination.*V3 IP licence of models and products through 2032, post-AGI included
// EXPECT: ^[^ ]*outlives_termination\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*end.*V3 IP licence of models and.*at the event \(until<event>
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::at_fault<covenant::rule::outlives_termination, [^{]*>::reported' is not a constant expression$
#include "../microsoft_openai/versions.hpp"

namespace microsoft_openai {

// The API exclusivity, the revenue share and the research licence already end when AGI is
// verified; every other clause must survive the contract or end with it (the clauses that
// ended before, such as the V0 cloud exclusivity, too: the rule does not assume AGI comes
// late).
#ifdef COVENANT_FIXED
using agi_clause =
    trigger<agi_verified,
            ends_contract<surviving<v0_investment, v1_investment, v3_ip_licence, v1_deploy_models,
                                    v2_own_capacity, v2_microsoft_share, v2_azure_commitment,
                                    v3_non_api_any_cloud, v3_national_security, v3_azure_commitment,
                                    v0_azure_exclusivity, v1_exclusive_sales, v15_oracle,
                                    v2_direct_sales, v3_post_agi_licence, v3_equity_stake>>>;
#else
using agi_clause =
    trigger<agi_verified,
            ends_contract<surviving<v0_investment, v1_investment, v1_deploy_models, v2_own_capacity,
                                    v2_microsoft_share, v2_azure_commitment, v3_non_api_any_cloud,
                                    v3_national_security, v3_azure_commitment, v0_azure_exclusivity,
                                    v1_exclusive_sales, v15_oracle, v2_direct_sales,
                                    v3_post_agi_licence, v3_equity_stake>>>;
#endif

using draft = amend<v3, add<agi_clause>>;

} // namespace microsoft_openai

static_assert(covenant::check<microsoft_openai::draft>);
