// parties<...> comes right after the title; here the contract's term comes first. Reported
// where the contract is written (g++ used to meet it only inside check<>).
// Fixed: parties<...>, then the term.
//
// EXPECT: covenant: a contract's second argument must be parties<\.\.\.>
// EXPECT: ^[^ ]*malformed_parties_misplaced\.cpp:[0-9]+:[0-9]+:
// ERRORS: 1
#include "../support/vocabulary.hpp"

namespace cf_malformed_parties_misplaced {

using namespace test_vocabulary;

struct licensed : licence<openai, microsoft, api, term<year<2020>>> {
  static constexpr auto label = "L1 API licensed";
};

#ifdef COVENANT_FIXED
using deal = contract<"deal", parties<openai, microsoft>, term<year<2019>>, licensed>;
#else
using deal = contract<"deal", term<year<2019>>, parties<openai, microsoft>, licensed>;
#endif

static_assert(covenant::check<deal>);

} // namespace cf_malformed_parties_misplaced
