// Microsoft's exclusive licence over products leaves no room for Amazon's API licence.
// Fixed: Microsoft's licence is non_exclusive.
//
// EXPECT: covenant rule exclusive_licence_overlap \(error\)
// EXPECT: exclusive_licence_overlap.*L1 products exclusively to Microsoft.*L2 API to Amazon
// EXPECT: ^[^ ]*exclusive_licence_overlap_nested_scope\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*make.*L1 products exclusively to M.*non_exclusive, grant.*L2 API to Amazon.*to the same licensee, or se
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::exclusive_licence_overlap, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_exclusive_licence_overlap_nested_scope {

using namespace test_vocabulary;

#ifdef COVENANT_FIXED
using kind = non_exclusive;
#else
using kind = exclusive;
#endif
struct products_licence : licence<openai, microsoft, products, term<year<2019>>, kind> {
  static constexpr auto label = "L1 products exclusively to Microsoft";
};
struct api_licence : licence<openai, amazon, api, term<year<2025>, year<2030>>> {
  static constexpr auto label = "L2 API to Amazon";
};

using deal = contract<"deal", parties<openai, microsoft, amazon>, products_licence, api_licence>;

static_assert(covenant::check<deal>);

} // namespace cf_exclusive_licence_overlap_nested_scope
