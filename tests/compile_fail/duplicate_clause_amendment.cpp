// An amendment meant to lower the revenue share to 8 percent restates the old 20 percent.
// Fixed: the original runs until the amendment starts, and the amendment says 8 percent.
//
// EXPECT: covenant rule duplicate_clause \(error\)
// EXPECT: duplicate_clause.*V2 20 percent to Microsoft.*V3 amended share
// EXPECT: ^[^ ]*duplicate_clause_amendment\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*remove.*V2 20 percent to Microsoft.*or.*V3 amended share.*, or change the one that an
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::duplicate_clause, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_duplicate_clause_amendment {

using namespace test_vocabulary;

#ifdef COVENANT_FIXED
using original_term = term<year<2019>, year<2026>>;
using amended_rate = percent<8>;
#else
using original_term = term<year<2026>, year<2031>>;
using amended_rate = percent<20>;
#endif
struct original : revenue_share<openai, microsoft, percent<20>, openai_revenue, original_term> {
  static constexpr auto label = "V2 20 percent to Microsoft";
};
struct amended
    : revenue_share<openai, microsoft, amended_rate, openai_revenue, term<year<2026>, year<2031>>> {
  static constexpr auto label = "V3 amended share";
};

using deal = contract<"deal", parties<openai, microsoft>, original, amended>;

static_assert(covenant::check<deal>);

} // namespace cf_duplicate_clause_amendment
