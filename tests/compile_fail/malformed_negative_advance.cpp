// An advance is what the payer pays up front: it cannot be negative.
// Fixed: a positive advance.
//
// EXPECT: an advance must not be negative
// EXPECT: ^[^ ]*malformed_negative_advance\.cpp:[0-9]+:[0-9]+:
// ERRORS: 1
#include "../support/vocabulary.hpp"

namespace cf_malformed_negative_advance {

using namespace test_vocabulary;

#ifdef COVENANT_FIXED
using amount = usd_millions<20>;
#else
using amount = usd_millions<-20>;
#endif
struct up_front : advance<openai, microsoft, amount, openai_revenue, date<2026, 1, 1>> {
  static constexpr auto label = "M4 advance on signing";
};

using deal = contract<"deal", parties<openai, microsoft>, up_front>;

static_assert(covenant::check<deal>);

} // namespace cf_malformed_negative_advance
