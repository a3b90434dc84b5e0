// Two guarantees of 10 a year for five years under a payment cap of 80: together they promise
// 100 within the cap's scope and term.
// Fixed: the cap is 100.
//
// EXPECT: covenant rule cap_below_commitment \(error\)
// EXPECT: total_exceeds_limit<100, 80,
// EXPECT: cap_below_commitment_recurring_guarantees\.cpp:[0-9]+
// EXPECT: Hint: .*raise.*K1 payments capped.*to at least the committed a
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::over_limit<covenant::rule::cap_below_commitment, covenant::detail::total_exceeds_limit<[0-9]+, [0-9]+, \{[0-9]+, [0-9]+, [0-9]+\}>, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_cap_below_commitment_recurring_guarantees {

using namespace test_vocabulary;

struct api_only : scope<"API revenue", part_of<openai_revenue>> {};

#ifdef COVENANT_FIXED
using ceiling = usd_millions<100>;
#else
using ceiling = usd_millions<80>;
#endif
struct capped
    : payment_cap<openai, microsoft, ceiling, openai_revenue, term<year<2026>, year<2031>>> {
  static constexpr auto label = "K1 payments capped";
};
struct first : commitment<openai, microsoft, usd_millions<10>, openai_revenue,
                          term<year<2026>, year<2031>>, per_year> {
  static constexpr auto label = "K2 10 a year";
};
struct second : commitment<openai, microsoft, usd_millions<10>, api_only,
                           term<year<2026>, year<2031>>, per_year> {
  static constexpr auto label = "K3 10 a year on the API";
};

using deal = contract<"deal", parties<openai, microsoft>, capped, first, second>;

static_assert(covenant::check<deal>);

} // namespace cf_cap_below_commitment_recurring_guarantees
