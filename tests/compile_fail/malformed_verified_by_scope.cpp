// verified_by<...> names who decides that an event happened: a party. A scope there used to be
// accepted and silently meaningless; it is now reported where the event is declared.
// Fixed: an expert panel, declared as a party.
//
// EXPECT: covenant: verified_by<\.\.\.> must name a party
// EXPECT: ^[^ ]*malformed_verified_by_scope\.cpp:[0-9]+:[0-9]+:
// ERRORS: 1
#include "../support/vocabulary.hpp"

namespace cf_malformed_verified_by_scope {

using namespace test_vocabulary;

struct expert_panel : party<"expert panel"> {};
#ifdef COVENANT_FIXED
using verifier = expert_panel;
#else
using verifier = models;
#endif
struct agi : event<"AGI is declared", verified_by<verifier>> {};
struct licensed : licence<openai, microsoft, api, term<year<2019>, until<agi>>> {
  static constexpr auto label = "L1 API licensed until AGI";
};

using deal = contract<"deal", parties<openai, microsoft>, licensed>;

static_assert(covenant::check<deal>);

} // namespace cf_malformed_verified_by_scope
