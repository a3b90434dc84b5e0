// Reviewer's note: April 2026's "total cap" (reported at $38B, seed 003) belongs on OpenAI's
// revenue share to Microsoft. This draft puts it on everything OpenAI pays Microsoft for Azure
// services instead, where OpenAI committed $250B of purchases in October 2025 (FACTS V3):
// Microsoft could never be paid what it was promised.
// Fix: put the cap on the revenue share's base, OpenAI's revenue, not on Azure purchases.
//
// EXPECT: covenant rule cap_below_commitment \(error\)
// EXPECT: cap_below_commitment.*Draft total cap on what OpenAI pays Microsoft through 2030.*V3 OpenAI commits .250B of incremental Azure purchases
// EXPECT: ^[^ ]*cap_below_commitment\.cpp:[0-9]+:[0-9]+:
#include "../microsoft_openai/versions.hpp"

namespace microsoft_openai {

#ifdef COVENANT_FIXED
using capped = openai_revenue;
#else
using capped = azure_purchases;
#endif

struct total_cap : payment_cap<openai, microsoft, placeholder_openai_share_cap, capped,
                               term<date<2026, 4, 27>, through<2030>>> {
  static constexpr auto label = "Draft total cap on what OpenAI pays Microsoft through 2030";
};

using draft = amend<v4, add<total_cap>>;

} // namespace microsoft_openai

static_assert(covenant::check<microsoft_openai::draft>);
