// payments<deal>(openai{}, openai{}, ...): a party paying itself. It used to answer zeros; now
// it is a compile error.
// Fixed: OpenAI pays Microsoft.
//
// EXPECT: covenant: payments: the payer and the payee are the same party
// EXPECT: Hint: pass the party who pays first, then the party paid
// EXPECT: payments_from_a_party_to_itself<.*openai
// EXPECT: query_payments_payer_is_payee\.cpp:[0-9]+
#include "../support/vocabulary.hpp"

#include <array>

namespace cf_query_payments_payer_is_payee {

using namespace test_vocabulary;

struct royalty : revenue_share<openai, microsoft, percent<10>, openai_revenue, term<year<2025>>> {
  static constexpr auto label = "Q2 royalty";
};
using deal = contract<"deal", parties<openai, microsoft>, royalty>;

#ifdef COVENANT_FIXED
using payee = microsoft;
#else
using payee = openai;
#endif

auto owed(const std::array<revenue_in, 1>& revenue) {
  return covenant::payments<deal>(openai{}, payee{}, revenue);
}

} // namespace cf_query_payments_payer_is_payee
