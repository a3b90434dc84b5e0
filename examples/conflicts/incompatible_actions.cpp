// Reviewer's note: this draft writes the February 2026 joint statement exactly as reported
// (FACTS V3.5): the October terms unchanged, and first-party products stay hosted on Azure. But
// October's terms let non-API products, first-party products among them, use any cloud (FACTS
// V3), and hosting on Azure rules out using another provider for the same workloads. From
// 27 February 2026 OpenAI would be bound to keep its first-party products on Azure and free to
// take them elsewhere.
// Fix: October's any-cloud permission ends the day the statement is made, as in versions.hpp.
//
// EXPECT: covenant rule incompatible_actions \(error\)
// EXPECT: incompatible_actions.*V3.5 first-party products stay hosted on Azure.*V3 non-API products may use any cloud
// EXPECT: ^[^ ]*incompatible_actions\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*drop.*V3\.5 first-party products st.*or.*V3 non-API products may use.*, narrow one scope so that t
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::incompatible_actions, [^{]*>::reported' is not a constant expression$
#include "../microsoft_openai/versions.hpp"

namespace microsoft_openai {

#ifdef COVENANT_FIXED
using draft = amend<v3, replace<v3_api_exclusivity, v35_stateless_api_exclusivity>,
                    replace<v3_non_api_any_cloud, v35_non_api_any_cloud_until_statement>,
                    add<v35_first_party_on_azure>>;
#else
using draft = amend<v3, replace<v3_api_exclusivity, v35_stateless_api_exclusivity>,
                    add<v35_first_party_on_azure>>;
#endif

} // namespace microsoft_openai

static_assert(covenant::check<microsoft_openai::draft>);
