// 30 % of all revenue to Microsoft, 40 % of API revenue to Amazon, 36 % of all revenue to Oracle:
// fine in pairs, 106 % of API revenue from 2027. The diagnostic names all three and the total.
// Fixed: 30 % to Oracle, 100 % in all.
//
// EXPECT: covenant rule revenue_share_over_100_percent \(error\)
// EXPECT: total_exceeds_limit<10600, 10000, .*2027, 1, 1
// EXPECT: revenue_share_over_100_percent.*S1 30 percent to Microsoft.*S2 40 percent of API revenue to Amazon.*S3 share to Oracle
// EXPECT: revenue_share_over_100_percent_three_shares\.cpp:[0-9]+
// EXPECT: Hint: .*lower a rate, narrow a base,
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::over_limit<covenant::rule::revenue_share_over_100_percent, covenant::detail::total_exceeds_limit<[0-9]+, [0-9]+, \{[0-9]+, [0-9]+, [0-9]+\}>, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_revenue_share_over_100_percent_three_shares {

using namespace test_vocabulary;

struct to_microsoft
    : revenue_share<openai, microsoft, percent<30>, openai_revenue, term<year<2025>>> {
  static constexpr auto label = "S1 30 percent to Microsoft";
};
struct to_amazon : revenue_share<openai, amazon, percent<40>, api_revenue, term<year<2026>>> {
  static constexpr auto label = "S2 40 percent of API revenue to Amazon";
};
#ifdef COVENANT_FIXED
using oracle_rate = percent<30>;
#else
using oracle_rate = percent<36>;
#endif
struct to_oracle : revenue_share<openai, oracle, oracle_rate, openai_revenue, term<year<2027>>> {
  static constexpr auto label = "S3 share to Oracle";
};

using deal = contract<"deal", parties<openai, microsoft, amazon, oracle>, to_microsoft, to_amazon,
                      to_oracle>;

static_assert(covenant::check<deal>);

} // namespace cf_revenue_share_over_100_percent_three_shares
