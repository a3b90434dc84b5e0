// An open-ended licence in a contract that ends in 2030.
// Fixed: the licence ends through 2029, that is when 2030 begins.
//
// EXPECT: covenant rule outside_contract_term \(error\)
// EXPECT: outside_contract_term.*T2 open-ended hosting licence
// EXPECT: ^[^ ]*outside_contract_term_open_ended\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*shorten the term of.*T2 open-ended hosting licenc.*to fit the contract.?'s, or
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::at_fault<covenant::rule::outside_contract_term, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_outside_contract_term_open_ended {

using namespace test_vocabulary;

#ifdef COVENANT_FIXED
using hosting_term = term<year<2025>, through<2029>>;
#else
using hosting_term = term<year<2025>>;
#endif
struct hosting_licence : licence<openai, microsoft, hosting, hosting_term> {
  static constexpr auto label = "T2 open-ended hosting licence";
};

using deal =
    contract<"deal", parties<openai, microsoft>, term<year<2019>, year<2030>>, hosting_licence>;

static_assert(covenant::check<deal>);

} // namespace cf_outside_contract_term_open_ended
