// Reviewer's note: April 2026's amendment says OpenAI's products ship first on Azure unless
// Microsoft cannot or chooses not to support them (seed 003). This side letter, negotiated
// with Amazon under the new any-cloud freedom, promises that OpenAI's agent products launch
// first on AWS. Agents are OpenAI products: both platforms cannot get them first.
// Fix: give Amazon launch-day parity (a same-day launch on AWS), not priority.
//
// EXPECT: covenant rule competing_first_ship \(error\)
// EXPECT: competing_first_ship.*V4 products ship first on Azure unless Microsoft cannot or declines.*Draft agent products launch first on AWS
// EXPECT: ^[^ ]*competing_first_ship\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*keep.*V4 products ship first on Az.*or.*Draft agent products launch.*, or separate the product sc
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::competing_first_ship, [^{]*>::reported' is not a constant expression$
#include "../microsoft_openai/versions.hpp"

namespace microsoft_openai {

struct amazon : party<"Amazon"> {};
struct agent_hosting : scope<"hosting of OpenAI agent products", part_of<first_party_hosting>> {};

// The V4 terms, with Amazon joining as a party (amend keeps its base's parties).
using v4_with_amazon =
    amend<contract<"Microsoft-OpenAI-Amazon draft (2026-04)", parties<microsoft, openai, amazon>>,
          add_all_of<v4>>;

#ifdef COVENANT_FIXED
struct launch_on_aws_same_day
    : action<"launch on AWS the same day as on Azure", kind_of<use_other_cloud>> {};
struct amazon_launch_parity
    : permission<openai, launch_on_aws_same_day, agent_hosting, term<date<2026, 4, 27>>> {
  static constexpr auto label = "Draft agent products may launch on AWS the same day as on Azure";
};
using draft = amend<v4_with_amazon, add<amazon_launch_parity>>;
#else
struct amazon_first_ship : first_ship<openai, amazon, agent_hosting, term<date<2026, 4, 27>>> {
  static constexpr auto label = "Draft agent products launch first on AWS";
};
using draft = amend<v4_with_amazon, add<amazon_first_ship>>;
#endif

} // namespace microsoft_openai

static_assert(covenant::check<microsoft_openai::draft>);
