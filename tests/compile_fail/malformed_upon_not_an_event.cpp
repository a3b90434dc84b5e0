// A term that starts "upon" a scope: only an event, all_of<events...> or any_of<events...> can
// start a term.
// Fixed: the term waits for an event.
//
// EXPECT: covenant: upon<...> takes an event, all_of<events...> or any_of<events...>
// EXPECT: malformed_upon_not_an_event\.cpp:[0-9]+:[0-9]+
#include "../support/vocabulary.hpp"

namespace cf_malformed_upon_not_an_event {

using namespace test_vocabulary;

struct agi : event<"AGI is declared"> {};
#ifdef COVENANT_FIXED
using start = upon<any_of<agi>>;
#else
using start = upon<models>;
#endif
struct post_agi : licence<openai, microsoft, models, term<start>> {
  static constexpr auto label = "S1 post-AGI models";
};

using deal = contract<"deal", parties<openai, microsoft>, post_agi>;
static_assert(covenant::check<deal>);

} // namespace cf_malformed_upon_not_an_event
