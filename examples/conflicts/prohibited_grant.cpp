// Reviewer's note: the music licence bans the service from granting any licence of the
// catalogue (clause 6), yet this draft lets it license EU streaming of new releases to a rival.
// Fix: the label grants the rival's licence itself (it owns the catalogue, and the service's EU
// licence is exclusive only for streaming, so the label licenses downloads instead).
//
// EXPECT: covenant rule prohibited_grant \(error\)
// EXPECT: prohibited_grant.*8 the service licenses new releases to the rival.*6 the service grants no licence of the catalogue
// EXPECT: prohibited_grant\.cpp:[0-9]+
// EXPECT: Hint: .*drop or narrow.*8 the service licenses new r.*, end.*6 the service grants no lice.*before the grant starts, or
// EXPECT: Besides this one, the contract has ("\[0\], )?1(, &")? other error and ("\[0\], )?1(, &")? warning.*list them all with covenant::findings<C>
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::prohibited_grant, [^{]*>::reported' is not a constant expression$
#include "../music_licence/music_licence.hpp"

namespace music_licence {

#ifdef COVENANT_FIXED
struct eu_downloads_of_new_releases
    : scope<"downloads of new releases in the EU", of<new_releases>, in<eu>, via<download>> {};
struct to_rival : licence<label_co, rival, eu_downloads_of_new_releases,
                          term<date<2027, 1, 1>, date<2029, 1, 1>>> {
  static constexpr auto label = "8 the label licenses EU downloads of new releases to the rival";
};
#else
struct eu_streaming_of_new_releases
    : scope<"streaming of new releases in the EU", of<new_releases>, in<eu>, via<streaming>> {};
struct to_rival : licence<service, rival, eu_streaming_of_new_releases,
                          term<date<2027, 1, 1>, date<2029, 1, 1>>> {
  static constexpr auto label = "8 the service licenses new releases to the rival";
};
#endif

using draft = amend<deal, add<to_rival>>;

} // namespace music_licence

static_assert(covenant::check<music_licence::draft>);
