// Reviewer's note: this draft amends the February 2026 joint statement (V3.5) with April's
// "OpenAI may offer all products on any cloud", but leaves standing the clause that keeps
// stateless APIs exclusive to Azure. Stateless API hosting is one of "all products", so from
// 27 April 2026 the contract both reserves it to Microsoft and lets OpenAI take it elsewhere.
// Fix: end the stateless-API exclusivity on the day the any-cloud permission starts (and the duty
// to keep first-party products on Azure, which the permission rules out as well).
//
// EXPECT: covenant rule exclusivity_conflict \(error\)
// EXPECT: exclusivity_conflict.*V3\.5 Azure exclusive for stateless APIs.*V4 OpenAI may offer all products on any cloud
// EXPECT: ^[^ ]*exclusivity_conflict\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*narrow.*V3\.5 Azure exclusive for sta.*or.*V4 OpenAI may offer all prod.*, end one term before the ot
// EXPECT: Besides this one, the contract has ("\[0\], )?1(, &")? other error and ("\[0\], )?0(, &")? warnings.*list them all with covenant::findings<C>
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::exclusivity_conflict, [^{]*>::reported' is not a constant expression$
#include "../microsoft_openai/versions.hpp"

namespace microsoft_openai {

#ifdef COVENANT_FIXED
struct stateless_api_exclusivity_to_april
    : exclusivity<openai, microsoft, stateless_api_hosting_other_customers,
                  term<date<2025, 10, 28>, earliest<date<2026, 4, 27>, agi_verified>>> {
  static constexpr auto label =
      "Joint statement Azure exclusive for stateless APIs until April 2026 or AGI";
};
struct first_party_on_azure_to_april : obligation<openai, host_on_azure, first_party_hosting,
                                                  term<date<2026, 2, 27>, date<2026, 4, 27>>> {
  static constexpr auto label = "Joint statement first-party products stay on Azure until April";
};
using draft =
    amend<v35, replace<v35_stateless_api_exclusivity, stateless_api_exclusivity_to_april>,
          replace<v35_first_party_on_azure, first_party_on_azure_to_april>, add<v4_any_cloud>>;
#else
using draft = amend<v35, add<v4_any_cloud>>;
#endif

} // namespace microsoft_openai

static_assert(covenant::check<microsoft_openai::draft>);
