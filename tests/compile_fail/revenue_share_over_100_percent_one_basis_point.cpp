// 80 percent to Microsoft and 20.01 percent to Amazon of the same revenue: 100.01 percent.
// Fixed: exactly 20 percent to Amazon, 100 percent in all, which is allowed.
//
// EXPECT: covenant rule revenue_share_over_100_percent \(error\)
// EXPECT: revenue_share_over_100_percent.*S1 80 percent to Microsoft.*S2 share to Amazon
// EXPECT: ^[^ ]*revenue_share_over_100_percent_one_basis_point\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*lower a rate, narrow a base,
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::over_limit<covenant::rule::revenue_share_over_100_percent, covenant::detail::total_exceeds_limit<[0-9]+, [0-9]+, \{[0-9]+, [0-9]+, [0-9]+\}>, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_revenue_share_over_100_percent_one_basis_point {

using namespace test_vocabulary;

struct to_microsoft
    : revenue_share<openai, microsoft, percent<80>, openai_revenue, term<year<2026>>> {
  static constexpr auto label = "S1 80 percent to Microsoft";
};
#ifdef COVENANT_FIXED
using amazon_rate = basis_points<2000>;
#else
using amazon_rate = basis_points<2001>;
#endif
struct to_amazon : revenue_share<openai, amazon, amazon_rate, openai_revenue, term<year<2026>>> {
  static constexpr auto label = "S2 share to Amazon";
};

using deal = contract<"deal", parties<openai, microsoft, amazon>, to_microsoft, to_amazon>;

static_assert(covenant::check<deal>);

} // namespace cf_revenue_share_over_100_percent_one_basis_point
