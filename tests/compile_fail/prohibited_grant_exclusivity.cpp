// Apple promises not to grant anyone an exclusivity over default search placement, then grants
// Google an exclusive Safari default.
// Fixed: the grant to Google is a non-exclusive licence, which the prohibition allows.
//
// EXPECT: covenant rule prohibited_grant \(error\)
// EXPECT: prohibited_grant.*G1 Safari default to Google.*P1 Apple grants no exclusive default placement
// EXPECT: prohibited_grant_exclusivity\.cpp:[0-9]+
// EXPECT: Hint: .*drop or narrow.*G1 Safari default to Google.*, end.*P1 Apple grants no exclusive.*before the grant starts, or
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::prohibited_grant, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_prohibited_grant_exclusivity {

using namespace test_vocabulary;

struct apple : party<"Apple"> {};
struct google : party<"Google"> {};
struct default_placement : scope<"default search placement", owned_by<apple>> {};
struct safari_placement : scope<"Safari default search", part_of<default_placement>> {};

struct no_exclusive_placement
    : prohibition<apple, grant_exclusivity, default_placement, term<year<2025>, year<2030>>> {
  static constexpr auto label = "P1 Apple grants no exclusive default placement";
};
#ifdef COVENANT_FIXED
struct to_google
    : licence<apple, google, safari_placement, term<year<2026>, year<2028>>, non_exclusive> {
  static constexpr auto label = "G1 Safari default to Google";
};
#else
struct to_google : exclusivity<apple, google, safari_placement, term<year<2026>, year<2028>>> {
  static constexpr auto label = "G1 Safari default to Google";
};
#endif

using deal = contract<"deal", parties<apple, google>, no_exclusive_placement, to_google>;

static_assert(covenant::check<deal>);

} // namespace cf_prohibited_grant_exclusivity
