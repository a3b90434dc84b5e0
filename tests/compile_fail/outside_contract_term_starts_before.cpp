// The contract runs from 2019 to 2030; a licence in it starts in June 2018.
// Fixed: the licence starts with the contract.
//
// EXPECT: covenant rule outside_contract_term \(error\)
// EXPECT: outside_contract_term.*T1 API licence from June 2018
// EXPECT: ^[^ ]*outside_contract_term_starts_before\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*shorten the term of.*T1 API licence from June 201.*to fit the contract.?'s, or
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::at_fault<covenant::rule::outside_contract_term, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_outside_contract_term_starts_before {

using namespace test_vocabulary;

#ifdef COVENANT_FIXED
using start = year<2019>;
#else
using start = date<2018, 6, 1>;
#endif
struct early_licence : licence<openai, microsoft, api, term<start, year<2025>>> {
  static constexpr auto label = "T1 API licence from June 2018";
};

using deal =
    contract<"deal", parties<openai, microsoft>, term<year<2019>, year<2030>>, early_licence>;

static_assert(covenant::check<deal>);

} // namespace cf_outside_contract_term_starts_before
