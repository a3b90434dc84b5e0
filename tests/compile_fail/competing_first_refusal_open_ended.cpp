// Two open-ended rights of first refusal over new capacity, to Microsoft and to Oracle.
// Fixed: Microsoft's right ends when Oracle's starts.
//
// EXPECT: covenant rule competing_first_refusal \(error\)
// EXPECT: competing_first_refusal.*R1 Microsoft first refusal on capacity.*R2 Oracle first refusal on capacity
// EXPECT: ^[^ ]*competing_first_refusal_open_ended\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*keep.*R1 Microsoft first refusal o.*or.*R2 Oracle first refusal on c.*, give the other holder a se
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::competing_first_refusal, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_competing_first_refusal_open_ended {

using namespace test_vocabulary;

#ifdef COVENANT_FIXED
using msft_term = term<date<2025, 1, 21>, year<2027>>;
#else
using msft_term = term<date<2025, 1, 21>>;
#endif
struct msft_rofr : right_of_first_refusal<openai, microsoft, new_capacity, msft_term> {
  static constexpr auto label = "R1 Microsoft first refusal on capacity";
};
struct oracle_rofr : right_of_first_refusal<openai, oracle, new_capacity, term<year<2027>>> {
  static constexpr auto label = "R2 Oracle first refusal on capacity";
};
struct elsewhere : permission<openai, use_other_cloud, new_capacity, term<date<2025, 1, 21>>> {
  static constexpr auto label = "R3 OpenAI may buy elsewhere once refused";
};

using deal =
    contract<"deal", parties<openai, microsoft, oracle>, msft_rofr, oracle_rofr, elsewhere>;

static_assert(covenant::check<deal>);

} // namespace cf_competing_first_refusal_open_ended
