// A licence cannot be both exclusive and non_exclusive.
// Fixed: exclusive only.
//
// EXPECT: a licence cannot be both exclusive and non_exclusive
// EXPECT: ^[^ ]*malformed_licence_exclusive_and_non_exclusive\.cpp:[0-9]+:[0-9]+:
// ERRORS: 1
#include "../support/vocabulary.hpp"

namespace cf_malformed_licence_exclusive_and_non_exclusive {

using namespace test_vocabulary;

#ifdef COVENANT_FIXED
struct api_licence : licence<openai, microsoft, api, term<year<2025>>, exclusive> {
#else
struct api_licence : licence<openai, microsoft, api, term<year<2025>>, exclusive, non_exclusive> {
#endif
  static constexpr auto label = "M9 API licence";
};

using deal = contract<"deal", parties<openai, microsoft>, api_licence>;

static_assert(covenant::check<deal>);

} // namespace cf_malformed_licence_exclusive_and_non_exclusive
