// payments<deal>(amazon{}, microsoft{}, ...) where Amazon is not a party: it used to answer
// zeros; now it is a compile error naming the party (and, in g++, its name and the title).
// Fixed: OpenAI pays.
//
// EXPECT: covenant: payments: the payer is not a party to this contract
// EXPECT: Hint: pass two of the contract's parties<\.\.\.>, the payer first, then the payee
// EXPECT: payments_from_a_payer_not_in_the_contract<.*amazon
// EXPECT-GCC: "Amazon".*"deal"
// EXPECT: query_payments_payer_not_in_contract\.cpp:[0-9]+
#include "../support/vocabulary.hpp"

#include <array>

namespace cf_query_payments_payer_not_in_contract {

using namespace test_vocabulary;

struct royalty : revenue_share<openai, microsoft, percent<10>, openai_revenue, term<year<2025>>> {
  static constexpr auto label = "Q2 royalty";
};
using deal = contract<"deal", parties<openai, microsoft>, royalty>;

#ifdef COVENANT_FIXED
using payer = openai;
#else
using payer = amazon;
#endif

auto owed(const std::array<revenue_in, 1>& revenue) {
  return covenant::payments<deal>(payer{}, microsoft{}, revenue);
}

} // namespace cf_query_payments_payer_not_in_contract
