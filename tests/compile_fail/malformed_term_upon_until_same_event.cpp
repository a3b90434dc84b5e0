// A term that starts upon an event and ends at the same event is never in force.
// Fixed: it ends at another event.
//
// EXPECT: covenant: a term that starts upon an event and ends at the same event is never in force
// EXPECT: ^[^ ]*malformed_term_upon_until_same_event\.cpp:[0-9]+:[0-9]+:
// ERRORS: 1
#include "../support/vocabulary.hpp"

namespace cf_malformed_term_upon_until_same_event {

using namespace test_vocabulary;

struct agi : event<"AGI is declared"> {};
struct verified : event<"AGI is verified by the panel"> {};
#ifdef COVENANT_FIXED
using end_event = verified;
#else
using end_event = agi;
#endif
struct research : licence<openai, microsoft, models, term<upon<agi>, until<end_event>>> {
  static constexpr auto label = "L1 research licence from AGI until verification";
};

using deal = contract<"deal", parties<openai, microsoft>, research>;

static_assert(covenant::check<deal>);

} // namespace cf_malformed_term_upon_until_same_event
