// Two exclusive licences of the API to different licensees overlap during 2025.
// Fixed: Amazon's licence starts when Microsoft's ends, through<2024> being 2025-01-01.
//
// EXPECT: covenant rule exclusive_licence_overlap \(error\)
// EXPECT: exclusive_licence_overlap.*L3 API exclusively to Microsoft through 2024.*L4 API exclusively to Amazon
// EXPECT: ^[^ ]*exclusive_licence_overlap_both_exclusive\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*make.*L3 API exclusively to Micros.*non_exclusive, grant.*L4 API exclusively to Amazon.*to the same licensee, or se
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::exclusive_licence_overlap, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_exclusive_licence_overlap_both_exclusive {

using namespace test_vocabulary;

struct msft_licence : licence<openai, microsoft, api, term<year<2019>, through<2024>>, exclusive> {
  static constexpr auto label = "L3 API exclusively to Microsoft through 2024";
};
#ifdef COVENANT_FIXED
using amazon_start = year<2025>;
#else
using amazon_start = date<2024, 12, 31>;
#endif
struct amazon_licence : licence<openai, amazon, api, term<amazon_start>, exclusive> {
  static constexpr auto label = "L4 API exclusively to Amazon";
};

using deal = contract<"deal", parties<openai, microsoft, amazon>, msft_licence, amazon_licence>;

static_assert(covenant::check<deal>);

} // namespace cf_exclusive_licence_overlap_both_exclusive
