// OpenAI may serve the API on a second cloud, but must not use another cloud at all: serving
// the API elsewhere is a kind of using another cloud.
// Fixed: the prohibited action is supplying models, unrelated to the permission.
//
// EXPECT: covenant rule permission_vs_prohibition \(error\)
// EXPECT: permission_vs_prohibition.*M2 API may run on a second cloud.*P2 no other cloud
// EXPECT: ^[^ ]*permission_vs_prohibition_narrow_permission\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*carve the prohibited scope o.*M2 API may run on a second c.*\(or the permitted one out o.*P2 no other cloud.*\), or end one term before th
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::permission_vs_prohibition, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_permission_vs_prohibition_narrow_permission {

using namespace test_vocabulary;

struct second_cloud : permission<openai, serve_api_elsewhere, api, term<year<2027>, year<2029>>> {
  static constexpr auto label = "M2 API may run on a second cloud";
};
#ifdef COVENANT_FIXED
using banned = supply_models;
#else
using banned = use_other_cloud;
#endif
struct no_other_cloud : prohibition<openai, banned, hosting, term<date<2019, 7, 22>>> {
  static constexpr auto label = "P2 no other cloud";
};

using deal = contract<"deal", parties<openai, microsoft>, no_other_cloud, second_cloud>;

static_assert(covenant::check<deal>);

} // namespace cf_permission_vs_prohibition_narrow_permission
