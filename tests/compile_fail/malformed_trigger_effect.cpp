// A trigger's effects name clauses; here it names a scope. Reported where the trigger is written
// (g++ used to meet it only inside check<>).
// Fixed: it ends the licence.
//
// EXPECT: covenant: a trigger's effects name clauses
// EXPECT: ^[^ ]*malformed_trigger_effect\.cpp:[0-9]+:[0-9]+:
// ERRORS: 1
#include "../support/vocabulary.hpp"

namespace cf_malformed_trigger_effect {

using namespace test_vocabulary;

struct agi : event<"AGI is declared"> {};
struct licensed : licence<openai, microsoft, api, term<year<2020>>> {
  static constexpr auto label = "L1 API licensed";
};

#ifdef COVENANT_FIXED
using ended = licensed;
#else
using ended = api;
#endif
using deal = contract<"deal", parties<openai, microsoft>, licensed, trigger<agi, ends<ended>>>;

static_assert(covenant::check<deal>);

} // namespace cf_malformed_trigger_effect
