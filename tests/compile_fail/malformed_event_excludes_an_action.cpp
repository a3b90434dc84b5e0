// An event's excludes<...> names another event; an action there is a mistake, caught where the
// event is declared.
// Fixed: the event excludes another event.
//
// EXPECT: an event's excludes<\.\.\.> must name an event, declared before it
// EXPECT: ^[^ ]*malformed_event_excludes_an_action\.cpp:[0-9]+:[0-9]+:.*(required from here|in instantiation of template class 'covenant::event<)
// ERRORS: 1
#include "../support/vocabulary.hpp"

namespace cf_malformed_event_excludes_an_action {

using namespace test_vocabulary;

struct accepts : event<"Microsoft accepts the renewal"> {};
#ifdef COVENANT_FIXED
using other = accepts;
#else
using other = supply_models;
#endif
struct rejects : event<"Microsoft rejects the renewal", excludes<other>> {};
struct licensed : licence<openai, microsoft, api, term<year<2019>, until<rejects>>> {
  static constexpr auto label = "L1 API licensed until Microsoft rejects the renewal";
};

using deal = contract<"deal", parties<openai, microsoft>, licensed>;

static_assert(covenant::check<deal>);

} // namespace cf_malformed_event_excludes_an_action
