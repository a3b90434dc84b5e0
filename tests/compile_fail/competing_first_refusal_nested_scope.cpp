// A first refusal over all cloud compute to Microsoft, and one over research compute (part of
// it) to Amazon.
// Fixed: Microsoft's right covers new capacity only, a sibling of research compute.
//
// EXPECT: covenant rule competing_first_refusal \(error\)
// EXPECT: competing_first_refusal.*R4 Microsoft first refusal on compute.*R5 Amazon first refusal on research compute
// EXPECT: ^[^ ]*competing_first_refusal_nested_scope\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*keep.*R4 Microsoft first refusal o.*or.*R5 Amazon first refusal on r.*, give the other holder a se
// EXPECT: Besides this one, the contract has ("\[0\], )?0(, &")? other errors and ("\[0\], )?2(, &")? warnings.*list them all with covenant::findings<C>
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::competing_first_refusal, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_competing_first_refusal_nested_scope {

using namespace test_vocabulary;

#ifdef COVENANT_FIXED
using msft_scope = new_capacity;
#else
using msft_scope = cloud_compute;
#endif
struct msft_rofr
    : right_of_first_refusal<openai, microsoft, msft_scope, term<year<2025>, year<2030>>> {
  static constexpr auto label = "R4 Microsoft first refusal on compute";
};
struct amazon_rofr : right_of_first_refusal<openai, amazon, research_compute, term<year<2028>>> {
  static constexpr auto label = "R5 Amazon first refusal on research compute";
};

using deal = contract<"deal", parties<openai, microsoft, amazon>, msft_rofr, amazon_rofr>;

static_assert(covenant::check<deal>);

} // namespace cf_competing_first_refusal_nested_scope
