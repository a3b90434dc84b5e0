// payments<deal>(openai{}, oracle{}, ...) where Oracle is not a party: a compile error.
// Fixed: Microsoft is paid.
//
// EXPECT: covenant: payments: the payee is not a party to this contract
// EXPECT: payments_to_a_payee_not_in_the_contract<.*oracle
// EXPECT-GCC: "Oracle".*"deal"
// EXPECT: query_payments_payee_not_in_contract\.cpp:[0-9]+
#include "../support/vocabulary.hpp"

#include <array>

namespace cf_query_payments_payee_not_in_contract {

using namespace test_vocabulary;

struct royalty : revenue_share<openai, microsoft, percent<10>, openai_revenue, term<year<2025>>> {
  static constexpr auto label = "Q2 royalty";
};
using deal = contract<"deal", parties<openai, microsoft>, royalty>;

#ifdef COVENANT_FIXED
using payee = microsoft;
#else
using payee = oracle;
#endif

auto owed(const std::array<revenue_in, 1>& revenue) {
  return covenant::payments<deal>(openai{}, payee{}, revenue);
}

} // namespace cf_query_payments_payee_not_in_contract
