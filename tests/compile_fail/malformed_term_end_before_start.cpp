// A term that ends before it starts fails where it is written.
// Fixed: the dates in the right order.
//
// EXPECT: a term must end after it starts
// EXPECT: ^[^ ]*malformed_term_end_before_start\.cpp:[0-9]+:[0-9]+:
// ERRORS: 1
#include "../support/vocabulary.hpp"

namespace cf_malformed_term_end_before_start {

using namespace test_vocabulary;

#ifdef COVENANT_FIXED
using backwards = term<year<2025>, year<2030>>;
#else
using backwards = term<year<2030>, year<2025>>;
#endif
struct api_licence : licence<openai, microsoft, api, backwards> {
  static constexpr auto label = "M1 API licence";
};

using deal = contract<"deal", parties<openai, microsoft>, api_licence>;

static_assert(covenant::check<deal>);

} // namespace cf_malformed_term_end_before_start
