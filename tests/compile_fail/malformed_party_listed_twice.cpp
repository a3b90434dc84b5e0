// A party listed twice in parties<...> is a slip (another party was meant), reported where the
// contract is written.
// Fixed: each party once.
//
// EXPECT: covenant: a party is listed twice in parties<\.\.\.>
// EXPECT: ^[^ ]*malformed_party_listed_twice\.cpp:[0-9]+:[0-9]+:
// ERRORS: 1
#include "../support/vocabulary.hpp"

namespace cf_malformed_party_listed_twice {

using namespace test_vocabulary;

struct licensed : licence<openai, microsoft, api, term<year<2020>>> {
  static constexpr auto label = "L1 API licensed";
};

#ifdef COVENANT_FIXED
using deal = contract<"deal", parties<openai, microsoft>, licensed>;
#else
using deal = contract<"deal", parties<openai, microsoft, openai>, licensed>;
#endif

static_assert(covenant::check<deal>);

} // namespace cf_malformed_party_listed_twice
