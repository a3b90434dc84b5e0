// A term that ends the day it starts is empty (terms are half-open) and is rejected.
// Fixed: a one-day term, ending the next day.
//
// EXPECT: a term must end after it starts
// EXPECT: ^[^ ]*malformed_term_empty\.cpp:[0-9]+:[0-9]+:
// ERRORS: 1
#include "../support/vocabulary.hpp"

namespace cf_malformed_term_empty {

using namespace test_vocabulary;

#ifdef COVENANT_FIXED
using one_day = term<date<2025, 2, 28>, date<2025, 3, 1>>;
#else
using one_day = term<date<2025, 2, 28>, date<2025, 2, 28>>;
#endif
struct launch : obligation<openai, supply_models, api, one_day> {
  static constexpr auto label = "M2 launch day supply";
};

using deal = contract<"deal", parties<openai>, launch>;

static_assert(covenant::check<deal>);

} // namespace cf_malformed_term_empty
