// 30 February does not exist.
// Fixed: 28 February.
//
// EXPECT: covenant: invalid date
// EXPECT: ^[^ ]*malformed_invalid_date\.cpp:[0-9]+:[0-9]+:
// ERRORS: 1
#include "../support/vocabulary.hpp"

namespace cf_malformed_invalid_date {

using namespace test_vocabulary;

#ifdef COVENANT_FIXED
using start = date<2025, 2, 28>;
#else
using start = date<2025, 2, 30>;
#endif
struct api_licence : licence<openai, microsoft, api, term<start>> {
  static constexpr auto label = "M7 API licence";
};

using deal = contract<"deal", parties<openai, microsoft>, api_licence>;

static_assert(covenant::check<deal>);

} // namespace cf_malformed_invalid_date
