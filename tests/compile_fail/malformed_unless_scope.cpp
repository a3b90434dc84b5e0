// unless<...> lists events (or all_of<...>, or exception<...>): a scope there used to fail deep
// inside the library with no covenant message.
// Fixed: the event that makes the clause yield.
//
// EXPECT: covenant: unless<> takes events, all_of<\.\.\.> or exception<\.\.\.>
// EXPECT: ^[^ ]*malformed_unless_scope\.cpp:[0-9]+:[0-9]+:
// ERRORS: 1
#include "../support/vocabulary.hpp"

namespace cf_malformed_unless_scope {

using namespace test_vocabulary;

struct declines : event<"Microsoft declines the capacity"> {};
#ifdef COVENANT_FIXED
using condition_t = declines;
#else
using condition_t = new_capacity;
#endif
struct first_refusal : right_of_first_refusal<openai, microsoft, new_capacity, term<year<2025>>,
                                              unless<condition_t>> {
  static constexpr auto label = "R1 Microsoft may match offers for new capacity";
};

using deal = contract<"deal", parties<openai, microsoft>, first_refusal>;

static_assert(covenant::check<deal>);

} // namespace cf_malformed_unless_scope
