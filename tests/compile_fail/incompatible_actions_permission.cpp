// OpenAI must host its products on Azure, but may use another cloud for ChatGPT: hosting on
// Azure excludes using another cloud, and ChatGPT is one of OpenAI's products. The permission
// is written first; the diagnostic still names the obligation first.
// Fixed: the permission is to supply models, which hosting on Azure does not rule out.
//
// EXPECT: covenant rule incompatible_actions \(error\)
// EXPECT: incompatible_actions.*O1 products stay on Azure.*M2 ChatGPT may use any cloud
// EXPECT: ^[^ ]*incompatible_actions_permission\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*drop.*O1 products stay on Azure.*or.*M2 ChatGPT may use any cloud.*, narrow one scope so that t
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::incompatible_actions, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_incompatible_actions_permission {

using namespace test_vocabulary;

struct host_on_azure : action<"host on Azure", excludes<use_other_cloud>> {};

#ifdef COVENANT_FIXED
using allowed = supply_models;
#else
using allowed = use_other_cloud;
#endif
struct any_cloud_for_chat : permission<openai, allowed, chat, term<year<2026>>> {
  static constexpr auto label = "M2 ChatGPT may use any cloud";
};
struct stay_on_azure : obligation<openai, host_on_azure, products, term<date<2019, 7, 22>>> {
  static constexpr auto label = "O1 products stay on Azure";
};

using deal = contract<"deal", parties<openai, microsoft>, any_cloud_for_chat, stay_on_azure>;

static_assert(covenant::check<deal>);

} // namespace cf_incompatible_actions_permission
