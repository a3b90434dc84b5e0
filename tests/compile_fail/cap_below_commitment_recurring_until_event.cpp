// A payment cap of 100 over 2025-2029 and a commitment of 50 a year from 2025 until OpenAI exits
// the deal: if the exit comes at the end of 2029, five years are due under the cap, 250 in all.
// (Counted only to its latest end, the commitment would reach beyond the cap and not be bound.)
// Fixed: 20 a year, 100 at most under the cap.
//
// EXPECT: covenant rule cap_below_commitment \(error\)
// EXPECT: total_exceeds_limit<250, 100, .*2025, 1, 1
// EXPECT: cap_below_commitment.*R1 Azure payments capped at 100.*R2 yearly payments until the exit
// EXPECT: cap_below_commitment_recurring_until_event\.cpp:[0-9]+
#include "../support/vocabulary.hpp"

namespace cf_cap_below_commitment_recurring_until_event {

using namespace test_vocabulary;

struct openai_exits : event<"OpenAI exits the deal"> {};

struct capped : payment_cap<openai, microsoft, usd_millions<100>, azure_services,
                            term<year<2025>, year<2030>>> {
  static constexpr auto label = "R1 Azure payments capped at 100";
};
#ifdef COVENANT_FIXED
using yearly = usd_millions<20>;
#else
using yearly = usd_millions<50>;
#endif
struct until_exit : commitment<openai, microsoft, yearly, azure_services,
                               term<year<2025>, until<openai_exits>>, per_year> {
  static constexpr auto label = "R2 yearly payments until the exit";
};

using deal = contract<"deal", parties<openai, microsoft>, capped, until_exit>;

static_assert(covenant::check<deal>);

} // namespace cf_cap_below_commitment_recurring_until_event
