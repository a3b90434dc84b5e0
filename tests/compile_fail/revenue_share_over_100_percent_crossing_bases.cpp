// 60 % of OpenAI's EU revenue to Microsoft and 50 % of its API revenue to Amazon: neither base
// contains the other, but EU API revenue bears both, 110 % of it.
// Fixed: Amazon's share is 40 %.
//
// EXPECT: covenant rule revenue_share_over_100_percent \(error\)
// EXPECT: total_exceeds_limit<11000, 10000, .*2026, 1, 1
// EXPECT: revenue_share_over_100_percent.*X1 60% of EU revenue to Microsoft.*X2 API revenue to Amazon
// EXPECT: revenue_share_over_100_percent_crossing_bases\.cpp:[0-9]+
#include "../support/vocabulary.hpp"

namespace cf_revenue_share_over_100_percent_crossing_bases {

using namespace test_vocabulary;

struct worldwide : territory<"worldwide"> {};
struct eu : territory<"EU", part_of<worldwide>> {};
struct eu_revenue : scope<"OpenAI revenue in the EU", of<openai_revenue>, in<eu>> {};

struct to_microsoft
    : revenue_share<openai, microsoft, percent<60>, eu_revenue, term<year<2025>, year<2031>>> {
  static constexpr auto label = "X1 60% of EU revenue to Microsoft";
};
#ifdef COVENANT_FIXED
using amazon_rate = percent<40>;
#else
using amazon_rate = percent<50>;
#endif
struct to_amazon : revenue_share<openai, amazon, amazon_rate, api_revenue, term<year<2026>>> {
  static constexpr auto label = "X2 API revenue to Amazon";
};

using deal = contract<"deal", parties<openai, microsoft, amazon>, to_microsoft, to_amazon>;

static_assert(covenant::check<deal>);

} // namespace cf_revenue_share_over_100_percent_crossing_bases
