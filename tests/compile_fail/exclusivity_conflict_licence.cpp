// Amazon is licensed the API while Microsoft holds it exclusively: 2025 to 2030 overlap.
// Fixed: Amazon's licence starts in 2030, the day the exclusivity ends (terms are half-open).
//
// EXPECT: covenant rule exclusivity_conflict \(error\)
// EXPECT: exclusivity_conflict.*s2 API exclusive on Azure.*s3 API licensed to Amazon
// EXPECT: ^[^ ]*exclusivity_conflict_licence\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*narrow.*s2 API exclusive on Azure.*or.*s3 API licensed to Amazon.*, end one term before the ot
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::exclusivity_conflict, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_exclusivity_conflict_licence {

using namespace test_vocabulary;

struct api_exclusive : exclusivity<openai, microsoft, api, term<date<2025, 1, 21>, year<2030>>> {
  static constexpr auto label = "s2 API exclusive on Azure";
};
#ifdef COVENANT_FIXED
using amazon_term = term<year<2030>>;
#else
using amazon_term = term<year<2025>>;
#endif
struct api_to_amazon : licence<openai, amazon, api, amazon_term> {
  static constexpr auto label = "s3 API licensed to Amazon";
};

using deal = contract<"deal", parties<openai, microsoft, amazon>, api_exclusive, api_to_amazon>;

static_assert(covenant::check<deal>);

} // namespace cf_exclusivity_conflict_licence
