// A clause's label is a string; here it is a number. Reported where the contract is written
// (g++ used to meet it only inside check<>).
// Fixed: a string literal.
//
// EXPECT: covenant: a clause's label must be a string
// EXPECT: ^[^ ]*malformed_label_not_text\.cpp:[0-9]+:[0-9]+:
// ERRORS: 1
#include "../support/vocabulary.hpp"

namespace cf_malformed_label_not_text {

using namespace test_vocabulary;

struct licensed : licence<openai, microsoft, api, term<year<2020>>> {
#ifdef COVENANT_FIXED
  static constexpr auto label = "2.1";
#else
  static constexpr auto label = 2.1;
#endif
};

using deal = contract<"deal", parties<openai, microsoft>, licensed>;

static_assert(covenant::check<deal>);

} // namespace cf_malformed_label_not_text
