// Reviewer's note: April 2026's "total cap" (reported at $38B, seed 003) belongs on OpenAI's
// revenue share to Microsoft. This draft puts it on everything OpenAI pays Microsoft for Azure
// services from October 2025 on instead, where OpenAI committed $250B of purchases that same day
// (FACTS V3): the whole commitment falls under the cap, so Microsoft could never be paid what it
// was promised. (A cap only through 2030 would not contradict it: the commitment has no end
// date, so it could be met later.)
// Fix: put the cap on the revenue share's base, OpenAI's revenue, not on Azure purchases.
//
// EXPECT: covenant rule cap_below_commitment \(error\)
// EXPECT: cap_below_commitment.*Draft total cap on what OpenAI pays Microsoft.*V3 OpenAI commits .250B of incremental Azure purchases
// EXPECT: total_exceeds_limit<250000,
// EXPECT: ^[^ ]*cap_below_commitment\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*raise.*Draft total cap on what Open.*to at least the committed a
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::over_limit<covenant::rule::cap_below_commitment, covenant::detail::total_exceeds_limit<[0-9]+, [0-9]+, \{[0-9]+, [0-9]+, [0-9]+\}>, [^{]*>::reported' is not a constant expression$
#include "../microsoft_openai/versions.hpp"

namespace microsoft_openai {

#ifdef COVENANT_FIXED
using capped = openai_revenue;
#else
using capped = azure_purchases;
#endif

struct total_cap : payment_cap<openai, microsoft, placeholder_openai_share_cap, capped,
                               term<date<2025, 10, 28>>> {
  static constexpr auto label = "Draft total cap on what OpenAI pays Microsoft";
};

using draft = amend<v4, add<total_cap>>;

} // namespace microsoft_openai

static_assert(covenant::check<microsoft_openai::draft>);
