// A revenue share promises Microsoft at least 150 million from 2026 to 2030; a payment cap on all
// revenue from 2026 on, which contains that share's base and term, allows only 100 million.
// Fixed: the payment cap is 150 million.
//
// EXPECT: covenant rule cap_below_commitment \(error\)
// EXPECT: cap_below_commitment.*K3 revenue payments cap.*K4 revenue share with minimum
// EXPECT: total_exceeds_limit<150, 100,
// EXPECT: ^[^ ]*cap_below_commitment_revenue_share_minimum\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*raise.*K3 revenue payments cap.*to at least the committed a
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::over_limit<covenant::rule::cap_below_commitment, covenant::detail::total_exceeds_limit<[0-9]+, [0-9]+, \{[0-9]+, [0-9]+, [0-9]+\}>, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_cap_below_commitment_revenue_share_minimum {

using namespace test_vocabulary;

struct share : revenue_share<openai, microsoft, percent<20>, api_revenue,
                             term<year<2026>, year<2031>>, minimum<usd_millions<150>>> {
  static constexpr auto label = "K4 revenue share with minimum";
};
#ifdef COVENANT_FIXED
using ceiling = usd_millions<150>;
#else
using ceiling = usd_millions<100>;
#endif
struct revenue_cap : payment_cap<openai, microsoft, ceiling, openai_revenue, term<year<2026>>> {
  static constexpr auto label = "K3 revenue payments cap";
};

using deal = contract<"deal", parties<openai, microsoft>, share, revenue_cap>;

static_assert(covenant::check<deal>);

} // namespace cf_cap_below_commitment_revenue_share_minimum
