// A tiered share whose second threshold is below the first: the tiers cannot follow each other.
// Fixed: the thresholds increase.
//
// EXPECT: covenant: tiered<...>: thresholds must be given, increasing
// EXPECT: malformed_tiers_not_increasing\.cpp:[0-9]+:[0-9]+
#include "../support/vocabulary.hpp"

namespace cf_malformed_tiers_not_increasing {

using namespace test_vocabulary;

#ifdef COVENANT_FIXED
using second_threshold = usd_millions<92'000>;
#else
using second_threshold = usd_millions<9'000>;
#endif
struct profit_tiers
    : profit_share<
          openai, microsoft,
          tiered<tier<percent<75>, usd_millions<13'000>>, tier<percent<49>, second_threshold>>,
          openai_revenue, term<year<2023>>> {
  static constexpr auto label = "T1 tiers";
};

using deal = contract<"deal", parties<openai, microsoft>, profit_tiers>;
static_assert(covenant::check<deal>);

} // namespace cf_malformed_tiers_not_increasing
