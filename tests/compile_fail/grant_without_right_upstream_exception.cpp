// OpenAI licenses its IP to Microsoft, sublicensable, unless Microsoft is in breach; Microsoft
// sublicenses the models to Oracle with no such exception, so on the timeline where Microsoft is
// in breach, Oracle's licence outlives the right it comes from.
// Fixed: the sublicence yields on the same breach.
//
// EXPECT: covenant rule grant_without_right \(error\)
// EXPECT: grant_without_right.*G2 Microsoft sublicenses models to Oracle
// EXPECT: grant_without_right_upstream_exception\.cpp:[0-9]+
// EXPECT: Hint: .*have the owner grant.*G2 Microsoft sublicenses mod.*, or first give its grantor
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::at_fault<covenant::rule::grant_without_right, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_grant_without_right_upstream_exception {

using namespace test_vocabulary;

struct breach : event<"Microsoft in breach"> {};

struct upstream : licence<openai, microsoft, openai_ip, term<year<2019>, year<2030>>, sublicensable,
                          unless<breach>> {
  static constexpr auto label = "G1 OpenAI IP to Microsoft unless Microsoft is in breach";
};
#ifdef COVENANT_FIXED
struct downstream
    : licence<microsoft, oracle, models, term<year<2020>, year<2025>>, unless<breach>> {
  static constexpr auto label = "G2 Microsoft sublicenses models to Oracle";
};
#else
struct downstream : licence<microsoft, oracle, models, term<year<2020>, year<2025>>> {
  static constexpr auto label = "G2 Microsoft sublicenses models to Oracle";
};
#endif

using deal = contract<"deal", parties<openai, microsoft, oracle>, upstream, downstream>;

static_assert(covenant::check<deal>);

} // namespace cf_grant_without_right_upstream_exception
