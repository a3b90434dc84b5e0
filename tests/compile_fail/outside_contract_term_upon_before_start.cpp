// A clause that starts upon an event, but not before a day earlier than the contract's own start,
// could start before the contract: reported like a date start would be. (With no earliest day
// at all, it starts at the event or the contract's start, whichever is later: that compiles.)
// Fixed: no earliest day.
//
// EXPECT: covenant rule outside_contract_term \(error\)
// EXPECT: ^[^ ]*outside_contract_term_upon_before_start\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*shorten the term of.*O1 research licence upon AGI.*to fit the contract.?'s, or
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::at_fault<covenant::rule::outside_contract_term, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_outside_contract_term_upon_before_start {

using namespace test_vocabulary;

struct agi : event<"AGI is declared"> {};
#ifdef COVENANT_FIXED
using starts = upon<agi>;
#else
using starts = upon<agi, year<2015>>;
#endif
struct research : licence<openai, microsoft, models, term<starts>> {
  static constexpr auto label = "O1 research licence upon AGI";
};

using deal = contract<"deal", parties<openai, microsoft>, term<year<2019>>, research>;

static_assert(covenant::check<deal>);

} // namespace cf_outside_contract_term_upon_before_start
