// check<C> read where no constant is required (a const variable initialised at run time) still
// stops the build: on clang the call that reports the finding is consteval, so it must be a
// constant expression wherever it appears.
// Fixed: the permission starts when the exclusivity ends.
//
// EXPECT: covenant rule exclusivity_conflict \(error\)
// EXPECT: exclusivity_conflict.*C1 API exclusive on Azure.*C2 any cloud
// EXPECT: ^[^ ]*diagnostic_check_outside_static_assert\.cpp:[0-9]+:[0-9]+:
#include "../support/vocabulary.hpp"

namespace cf_diagnostic_check_outside_static_assert {

using namespace test_vocabulary;

struct api_on_azure : exclusivity<openai, microsoft, api, term<year<2025>, year<2031>>> {
  static constexpr auto label = "C1 API exclusive on Azure";
};
#ifdef COVENANT_FIXED
using any_cloud_from = year<2031>;
#else
using any_cloud_from = year<2026>;
#endif
struct any_cloud : permission<openai, use_other_cloud, products, term<any_cloud_from>> {
  static constexpr auto label = "C2 any cloud";
};

using deal = contract<"deal", parties<openai, microsoft>, api_on_azure, any_cloud>;

const bool accepted = covenant::check<deal>;

} // namespace cf_diagnostic_check_outside_static_assert

int main() { return cf_diagnostic_check_outside_static_assert::accepted ? 0 : 1; }
