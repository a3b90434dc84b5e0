// Seventy commitments of 1 under a payment cap of 69: every one of them is added, the seventieth
// tips the sum over the cap (a sum is never cut short at some number of clauses).
// Fixed: the cap is 70.
//
// EXPECT: covenant rule cap_below_commitment \(error\)
// EXPECT: total_exceeds_limit<70, 69, .*2025, 3, 14
// EXPECT: cap_below_commitment.*M0 Azure payments capped.*M1 one of many small commitments
// EXPECT: cap_below_commitment_many_commitments\.cpp:[0-9]+
#include "../support/vocabulary.hpp"

#include <utility>

namespace cf_cap_below_commitment_many_commitments {

using namespace test_vocabulary;

#ifdef COVENANT_FIXED
using cap_amount = usd_millions<70>;
#else
using cap_amount = usd_millions<69>;
#endif
struct capped
    : payment_cap<openai, microsoft, cap_amount, azure_services, term<year<2025>, year<2030>>> {
  static constexpr auto label = "M0 Azure payments capped";
};
template <int K>
struct small : commitment<openai, microsoft, usd_millions<1>, azure_services,
                          term<date<2025, 1 + K / 28, 1 + K % 28>, year<2030>>> {
  static constexpr auto label = "M1 one of many small commitments";
};

template <typename Seq>
struct many;
template <int... Ks>
struct many<std::integer_sequence<int, Ks...>> {
  using type = contract<"deal", parties<openai, microsoft>, capped, small<Ks>...>;
};
using deal = many<std::make_integer_sequence<int, 70>>::type;

static_assert(covenant::check<deal>);

} // namespace cf_cap_below_commitment_many_commitments
