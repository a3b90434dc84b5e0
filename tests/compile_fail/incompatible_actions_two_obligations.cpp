// OpenAI must host the API on Azure, and must serve the API on a second cloud in 2027. Hosting
// the API on Azure is a kind of hosting on Azure, which excludes using another cloud; serving
// the API elsewhere is a kind of using another cloud.
// Fixed: the second obligation is to supply models, which hosting on Azure does not rule out.
//
// EXPECT: covenant rule incompatible_actions \(error\)
// EXPECT: incompatible_actions.*O1 API on Azure.*O2 API on a second cloud
// EXPECT: ^[^ ]*incompatible_actions_two_obligations\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*drop.*O1 API on Azure.*or.*O2 API on a second cloud.*, narrow one scope so that t
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::incompatible_actions, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_incompatible_actions_two_obligations {

using namespace test_vocabulary;

struct host_on_azure : action<"host on Azure", excludes<use_other_cloud>> {};
struct host_api_on_azure : action<"host the API on Azure", kind_of<host_on_azure>> {};

struct api_on_azure : obligation<openai, host_api_on_azure, api, term<date<2019, 7, 22>>> {
  static constexpr auto label = "O1 API on Azure";
};
#ifdef COVENANT_FIXED
using second_duty = supply_models;
#else
using second_duty = serve_api_elsewhere;
#endif
struct second_cloud : obligation<openai, second_duty, api, term<year<2027>, year<2029>>> {
  static constexpr auto label = "O2 API on a second cloud";
};

using deal = contract<"deal", parties<openai, microsoft>, api_on_azure, second_cloud>;

static_assert(covenant::check<deal>);

} // namespace cf_incompatible_actions_two_obligations
