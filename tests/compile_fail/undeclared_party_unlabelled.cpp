// undeclared_party_bound_party.cpp with a clause without a label: the diagnostic names the
// missing party and the clause, by its type.
// Fixed: the obligation binds OpenAI.
//
// EXPECT: covenant rule undeclared_party \(error\)
// EXPECT-GCC: conflict<covenant::rule::undeclared_party, cf_undeclared_party_unlabelled::supply, covenant::fixed_string<[0-9]+>\{"cf_undeclared_party_unlabelled::supply"\}, test_vocabulary::amazon, covenant::fixed_string<[0-9]+>\{"Amazon"\}, covenant::fixed_string<[0-9]+>\{"Hint:
// EXPECT-CLANG: non-constexpr function 'undeclared_party<test_vocabulary::amazon, covenant::clause_types<cf_undeclared_party_unlabelled::supply>>'
// EXPECT: ^[^ ]*undeclared_party_unlabelled\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*add the party to parties<\.\.\..*\.
// EXPECT: Besides this one, the contract has ("\[0\], )?0(, &")? other errors and ("\[0\], )?1(, &")? warning.*list them all with covenant::findings<C>
// EXPECT-CLANG: error: call to consteval function 'covenant::at_fault<covenant::rule::undeclared_party, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_undeclared_party_unlabelled {

using namespace test_vocabulary;

#ifdef COVENANT_FIXED
using bound = openai;
#else
using bound = amazon;
#endif
struct supply : obligation<bound, supply_models, products, term<year<2026>>> {};

using deal = contract<"deal", parties<openai, microsoft>, supply>;

static_assert(covenant::check<deal>);

} // namespace cf_undeclared_party_unlabelled
