// Two commitments of 30 billion to Azure, each under a 50 billion cap on Azure payments: they are
// both due within the cap's scope and term, and together they exceed it.
// Fixed: the second commitment is 20 billion, 50 billion in all, which the cap allows.
//
// EXPECT: covenant rule cap_below_commitment \(error\)
// EXPECT: total_exceeds_limit<60000, 50000, .*2027, 1, 1
// EXPECT: cap_below_commitment.*K1 Azure payments capped.*K2 compute commitment.*K3 storage commitment
// EXPECT: cap_below_commitment_sum_of_commitments\.cpp:[0-9]+
// EXPECT: Hint: .*raise.*K1 Azure payments capped at.*to at least the committed a
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::over_limit<covenant::rule::cap_below_commitment, covenant::detail::total_exceeds_limit<[0-9]+, [0-9]+, \{[0-9]+, [0-9]+, [0-9]+\}>, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_cap_below_commitment_sum_of_commitments {

using namespace test_vocabulary;

struct azure_compute : scope<"Azure compute", part_of<azure_services>> {};
struct azure_storage : scope<"Azure storage", part_of<azure_services>> {};

struct capped : payment_cap<openai, microsoft, usd_millions<50'000>, azure_services,
                            term<year<2025>, year<2035>>> {
  static constexpr auto label = "K1 Azure payments capped at 50 bn";
};
struct compute : commitment<openai, microsoft, usd_millions<30'000>, azure_compute,
                            term<year<2026>, year<2030>>> {
  static constexpr auto label = "K2 compute commitment";
};
#ifdef COVENANT_FIXED
using second_amount = usd_millions<20'000>;
#else
using second_amount = usd_millions<30'000>;
#endif
struct storage
    : commitment<openai, microsoft, second_amount, azure_storage, term<year<2027>, year<2028>>> {
  static constexpr auto label = "K3 storage commitment";
};

using deal = contract<"deal", parties<openai, microsoft>, capped, compute, storage>;

static_assert(covenant::check<deal>);

} // namespace cf_cap_below_commitment_sum_of_commitments
