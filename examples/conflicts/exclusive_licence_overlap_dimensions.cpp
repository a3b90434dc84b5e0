// Reviewer's note: this side letter gives the rival an exclusive licence of new releases
// worldwide. Read as one tree of scopes, "new releases" and "streaming of the catalogue in the
// EU" look unrelated; cut into what, where and how, streaming new releases in the EU belongs to
// both exclusive licences (clause 1 and this one).
// Fix: the rival gets new releases in the US, and not exclusively (an exclusive licence anywhere
// would clash with the service's worldwide non-exclusive licence of the catalogue, clause 2).
//
// EXPECT: covenant rule exclusive_licence_overlap \(error\)
// EXPECT: exclusive_licence_overlap.*1 EU streaming of the catalogue, exclusive to the service.*8 new releases, exclusive to the rival
// EXPECT: exclusive_licence_overlap_dimensions\.cpp:[0-9]+
// EXPECT: Hint: .*make.*1 EU streaming of the catalo.*non_exclusive, grant.*8 new releases, exclusive to.*to the same licensee, or se
// EXPECT: Besides this one, the contract has ("\[0\], )?1(, &")? other error and ("\[0\], )?1(, &")? warning.*list them all with covenant::findings<C>
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::exclusive_licence_overlap, [^{]*>::reported' is not a constant expression$
#include "../music_licence/music_licence.hpp"

namespace music_licence {

#ifdef COVENANT_FIXED
struct rival_scope : scope<"new releases in the US", of<new_releases>, in<us>> {};
using rival_exclusivity = non_exclusive;
#else
struct rival_scope : scope<"new releases worldwide", of<new_releases>, in<worldwide>> {};
using rival_exclusivity = exclusive;
#endif
struct rival_new_releases : licence<label_co, rival, rival_scope,
                                    term<date<2027, 1, 1>, date<2029, 1, 1>>, rival_exclusivity> {
  static constexpr auto label = "8 new releases, exclusive to the rival";
};

using draft = amend<deal, add<rival_new_releases>>;

} // namespace music_licence

static_assert(covenant::check<music_licence::draft>);
