// 60 percent of all OpenAI revenue and 50 percent of API revenue: API revenue bears 110 percent
// from 2027. The finding is about the narrower base; the diagnostic lists the shares in the
// contract's order, with the total.
// Fixed: the 50 percent share ends when the 60 percent share starts.
//
// EXPECT: covenant rule revenue_share_over_100_percent \(error\)
// EXPECT: revenue_share_over_100_percent.*S3 60 percent of revenue.*S4 half of API revenue
// EXPECT: total_exceeds_limit<11000, 10000,
// EXPECT: ^[^ ]*revenue_share_over_100_percent_nested_base\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*lower a rate, narrow a base,
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::over_limit<covenant::rule::revenue_share_over_100_percent, covenant::detail::total_exceeds_limit<[0-9]+, [0-9]+, \{[0-9]+, [0-9]+, [0-9]+\}>, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_revenue_share_over_100_percent_nested_base {

using namespace test_vocabulary;

struct all_revenue
    : revenue_share<openai, microsoft, percent<60>, openai_revenue, term<year<2027>>> {
  static constexpr auto label = "S3 60 percent of revenue";
};
#ifdef COVENANT_FIXED
using api_term = term<year<2019>, year<2027>>;
#else
using api_term = term<year<2019>, year<2031>>;
#endif
struct api_share : revenue_share<openai, amazon, percent<50>, api_revenue, api_term> {
  static constexpr auto label = "S4 half of API revenue";
};

using deal = contract<"deal", parties<openai, microsoft, amazon>, all_revenue, api_share>;

static_assert(covenant::check<deal>);

} // namespace cf_revenue_share_over_100_percent_nested_base
