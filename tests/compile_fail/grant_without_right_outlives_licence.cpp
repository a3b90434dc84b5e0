// Microsoft's sublicensable licence ends in 2030, but it sublicenses the models to Oracle
// indefinitely.
// Fixed: the sublicence ends with the licence.
//
// EXPECT: covenant rule grant_without_right \(error\)
// EXPECT: grant_without_right.*G4 Oracle sublicence on models
// EXPECT: ^[^ ]*grant_without_right_outlives_licence\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*have the owner grant.*G4 Oracle sublicence on mode.*, or first give its grantor
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::at_fault<covenant::rule::grant_without_right, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_grant_without_right_outlives_licence {

using namespace test_vocabulary;

struct ip_licence
    : licence<openai, microsoft, openai_ip, term<year<2019>, year<2030>>, sublicensable> {
  static constexpr auto label = "G3 OpenAI IP to Microsoft";
};
#ifdef COVENANT_FIXED
using oracle_term = term<year<2026>, year<2030>>;
#else
using oracle_term = term<year<2026>>;
#endif
struct oracle_sublicence : licence<microsoft, oracle, models, oracle_term> {
  static constexpr auto label = "G4 Oracle sublicence on models";
};

using deal = contract<"deal", parties<openai, microsoft, oracle>, ip_licence, oracle_sublicence>;

static_assert(covenant::check<deal>);

} // namespace cf_grant_without_right_outlives_licence
