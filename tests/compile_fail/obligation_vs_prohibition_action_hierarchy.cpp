// OpenAI must serve the API on a second cloud, but must not use another cloud at all: serving
// the API elsewhere is a kind of using another cloud.
// Fixed: the prohibited action is supplying models, unrelated to the obligation.
//
// EXPECT: covenant rule obligation_vs_prohibition \(error\)
// EXPECT: obligation_vs_prohibition.*O2 API on a second cloud.*P2 no other cloud
// EXPECT: ^[^ ]*obligation_vs_prohibition_action_hierarchy\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*drop.*O2 API on a second cloud.*or.*P2 no other cloud.*, carve the prohibited scope
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::obligation_vs_prohibition, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_obligation_vs_prohibition_action_hierarchy {

using namespace test_vocabulary;

struct second_cloud : obligation<openai, serve_api_elsewhere, api, term<year<2027>, year<2029>>> {
  static constexpr auto label = "O2 API on a second cloud";
};
#ifdef COVENANT_FIXED
using banned = supply_models;
#else
using banned = use_other_cloud;
#endif
struct no_other_cloud : prohibition<openai, banned, hosting, term<date<2019, 7, 22>>> {
  static constexpr auto label = "P2 no other cloud";
};

using deal = contract<"deal", parties<openai, microsoft>, second_cloud, no_other_cloud>;

static_assert(covenant::check<deal>);

} // namespace cf_obligation_vs_prohibition_action_hierarchy
