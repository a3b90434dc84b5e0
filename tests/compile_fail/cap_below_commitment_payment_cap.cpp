// OpenAI commits 250 billion of Azure spend, but payments to Microsoft for Azure are capped at
// 249999 million.
// Fixed: the cap equals the commitment, which is allowed.
//
// EXPECT: covenant rule cap_below_commitment \(error\)
// EXPECT: cap_below_commitment.*K1 Azure payments cap.*K2 Azure purchase commitment
// EXPECT: ^[^ ]*cap_below_commitment_payment_cap\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*raise.*K1 Azure payments cap.*to at least the committed a
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::over_limit<covenant::rule::cap_below_commitment, covenant::detail::total_exceeds_limit<[0-9]+, [0-9]+, \{[0-9]+, [0-9]+, [0-9]+\}>, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_cap_below_commitment_payment_cap {

using namespace test_vocabulary;

#ifdef COVENANT_FIXED
using ceiling = usd_millions<250'000>;
#else
using ceiling = usd_millions<249'999>;
#endif
struct azure_cap
    : payment_cap<openai, microsoft, ceiling, azure_services, term<date<2025, 10, 28>>> {
  static constexpr auto label = "K1 Azure payments cap";
};
struct azure_purchase : commitment<openai, microsoft, usd_millions<250'000>, azure_services,
                                   term<date<2025, 10, 28>>> {
  static constexpr auto label = "K2 Azure purchase commitment";
};

using deal = contract<"deal", parties<openai, microsoft>, azure_cap, azure_purchase>;

static_assert(covenant::check<deal>);

} // namespace cf_cap_below_commitment_payment_cap
