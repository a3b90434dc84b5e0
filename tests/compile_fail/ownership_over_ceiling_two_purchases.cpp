// Two purchases of 10 % and 6 % of OpenAI by Microsoft, against a 15 % ceiling on its stake:
// held together from 2025 they add up to 16 %.
// Fixed: the second purchase is 5 %, 15 % in all, which the ceiling allows.
//
// EXPECT: covenant rule ownership_over_ceiling \(error\)
// EXPECT: total_exceeds_limit<1600, 1500, .*2025, 1, 1
// EXPECT: ownership_over_ceiling.*O1 Microsoft holds at most 15 percent.*O2 Microsoft buys 10 percent.*O3 Microsoft buys more
// EXPECT: ownership_over_ceiling_two_purchases\.cpp:[0-9]+:[0-9]+
// EXPECT: Hint: .*lower a stake, end one stake.*O1 Microsoft holds at most 1.*\.
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::over_limit<covenant::rule::ownership_over_ceiling, covenant::detail::total_exceeds_limit<[0-9]+, [0-9]+, \{[0-9]+, [0-9]+, [0-9]+\}>, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_ownership_over_ceiling_two_purchases {

using namespace test_vocabulary;

struct openai_shares : scope<"OpenAI shares"> {};

struct ceiling : ownership_ceiling<microsoft, openai, percent<15>, openai_shares,
                                   term<year<2024>, year<2030>>> {
  static constexpr auto label = "O1 Microsoft holds at most 15 percent";
};
struct first_purchase : equity<microsoft, openai, percent<10>, openai_shares, term<year<2024>>> {
  static constexpr auto label = "O2 Microsoft buys 10 percent";
};
#ifdef COVENANT_FIXED
using second_stake = percent<5>;
#else
using second_stake = percent<6>;
#endif
struct second_purchase : equity<microsoft, openai, second_stake, openai_shares, term<year<2025>>> {
  static constexpr auto label = "O3 Microsoft buys more";
};

using deal = contract<"deal", parties<openai, microsoft>, ceiling, first_purchase, second_purchase>;

static_assert(covenant::check<deal>);

} // namespace cf_ownership_over_ceiling_two_purchases
