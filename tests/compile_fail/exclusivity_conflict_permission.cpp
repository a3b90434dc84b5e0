// OpenAI permits itself to serve the API elsewhere while the API is Microsoft's exclusively.
// Fixed: the permission is Microsoft's (the holder's), which is fine.
//
// EXPECT: covenant rule exclusivity_conflict \(error\)
// EXPECT: exclusivity_conflict.*E1 products exclusive on Azure.*E2 API may be served elsewhere
// EXPECT: ^[^ ]*exclusivity_conflict_permission\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*narrow.*E1 products exclusive on Azu.*or.*E2 API may be served elsewhe.*, end one term before the ot
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::exclusivity_conflict, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_exclusivity_conflict_permission {

using namespace test_vocabulary;

struct products_exclusive : exclusivity<openai, microsoft, products, term<year<2019>, year<2030>>> {
  static constexpr auto label = "E1 products exclusive on Azure";
};
#ifdef COVENANT_FIXED
using permitted = microsoft;
#else
using permitted = openai;
#endif
struct elsewhere : permission<permitted, serve_api_elsewhere, api, term<year<2029>>> {
  static constexpr auto label = "E2 API may be served elsewhere";
};

using deal = contract<"deal", parties<openai, microsoft>, products_exclusive, elsewhere>;

static_assert(covenant::check<deal>);

} // namespace cf_exclusivity_conflict_permission
