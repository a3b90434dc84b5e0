// A contract takes one term<...>, right after parties<...>: a second one used to be read as a
// clause or dropped. Reported where the contract is written.
// Fixed: one term.
//
// EXPECT: covenant: a contract takes at most one term<\.\.\.>
// EXPECT: ^[^ ]*malformed_contract_two_terms\.cpp:[0-9]+:[0-9]+:
// ERRORS: 1
#include "../support/vocabulary.hpp"

namespace cf_malformed_contract_two_terms {

using namespace test_vocabulary;

struct licensed : licence<openai, microsoft, api, term<year<2020>, year<2025>>> {
  static constexpr auto label = "L1 API licensed 2020-2024";
};

#ifdef COVENANT_FIXED
using deal = contract<"deal", parties<openai, microsoft>, term<year<2019>>, licensed>;
#else
using deal =
    contract<"deal", parties<openai, microsoft>, term<year<2019>>, term<year<2020>>, licensed>;
#endif

static_assert(covenant::check<deal>);

} // namespace cf_malformed_contract_two_terms
