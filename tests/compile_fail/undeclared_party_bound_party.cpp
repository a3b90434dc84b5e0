// An obligation binding Amazon, which is not a party.
// Fixed: the obligation binds OpenAI.
//
// EXPECT: covenant rule undeclared_party \(error\)
// EXPECT: undeclared_party.*U2 Amazon supplies models
// EXPECT-GCC: conflict<covenant::rule::undeclared_party, .*test_vocabulary::amazon, covenant::fixed_string<[0-9]+>\{"Amazon"\}, covenant::fixed_string<[0-9]+>\{"Hint:
// EXPECT-CLANG: non-constexpr function 'undeclared_party<test_vocabulary::amazon>'
// EXPECT: ^[^ ]*undeclared_party_bound_party\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*add the party to parties<\.\.\..*U2 Amazon supplies models.*\.
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::at_fault<covenant::rule::undeclared_party, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_undeclared_party_bound_party {

using namespace test_vocabulary;

#ifdef COVENANT_FIXED
using bound = openai;
#else
using bound = amazon;
#endif
struct supply : obligation<bound, supply_models, products, term<year<2026>>> {
  static constexpr auto label = "U2 Amazon supplies models";
};

using deal = contract<"deal", parties<openai, microsoft>, supply>;

static_assert(covenant::check<deal>);

} // namespace cf_undeclared_party_bound_party
