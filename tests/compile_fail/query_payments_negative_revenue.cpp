// payments<deal>(...) in a constant expression with a negative revenue: it used to yield a
// negative amount due (-100 here); now it is a compile error.
// Fixed: no revenue that year.
//
// EXPECT: covenant: payments: negative revenue
// EXPECT: Hint: revenue is what the payer took in during the year, 0 or more
// EXPECT: query_payments_negative_revenue\.cpp:[0-9]+
#include "../support/vocabulary.hpp"

#include <array>

namespace cf_query_payments_negative_revenue {

using namespace test_vocabulary;

struct royalty : revenue_share<openai, microsoft, percent<10>, openai_revenue, term<year<2025>>> {
  static constexpr auto label = "Q2 royalty";
};
using deal = contract<"deal", parties<openai, microsoft>, royalty>;

#ifdef COVENANT_FIXED
constexpr std::array<revenue_in, 2> revenue{{{2025, 5'000}, {2026, 0}}};
#else
constexpr std::array<revenue_in, 2> revenue{{{2025, 5'000}, {2026, -1'000}}};
#endif
constexpr auto rows = covenant::payments<deal>(openai{}, microsoft{}, revenue);
static_assert(rows[1].due <= 0);

} // namespace cf_query_payments_negative_revenue
