// A payment cap of 200 over 2025-2034, continued from 2030 by a dated amendment at 250, against a
// commitment of 300 over the same ten years: the continued cap is one cap with its first part,
// and limits everything paid since 2025, the commitment included. (Read as two clauses, neither
// part would bind a commitment that outlasts the first and started before the second.)
// Fixed: the cap is continued at 300.
//
// EXPECT: covenant rule cap_below_commitment \(error\)
// EXPECT: total_exceeds_limit<300, 250, .*2025, 1, 1
// EXPECT: cap_below_commitment.*C2 the cap, continued.*C1 OpenAI commits 300 over ten years
// EXPECT: cap_below_commitment_continued_cap\.cpp:[0-9]+
#include "../support/vocabulary.hpp"

namespace cf_cap_below_commitment_continued_cap {

using namespace test_vocabulary;

struct ten_years : commitment<openai, microsoft, usd_millions<300>, azure_services,
                              term<year<2025>, year<2035>>> {
  static constexpr auto label = "C1 OpenAI commits 300 over ten years";
};
struct capped : payment_cap<openai, microsoft, usd_millions<200>, azure_services,
                            term<year<2025>, year<2035>>> {
  static constexpr auto label = "C0 Azure payments capped at 200";
};
#ifdef COVENANT_FIXED
using continued_amount = usd_millions<300>;
#else
using continued_amount = usd_millions<250>;
#endif
struct capped_later : payment_cap<openai, microsoft, continued_amount, azure_services,
                                  term<year<2030>, year<2035>>> {
  static constexpr auto label = "C2 the cap, continued";
};

using base = contract<"deal", parties<openai, microsoft>, ten_years, capped>;
using deal = amend<base, effective<year<2030>>, continue_as<capped, capped_later>>;

static_assert(covenant::check<deal>);

} // namespace cf_cap_below_commitment_continued_cap
