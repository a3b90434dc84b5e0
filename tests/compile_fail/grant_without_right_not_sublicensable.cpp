// Microsoft sublicenses OpenAI's models to Oracle, but its own licence is not sublicensable.
// Fixed: Microsoft's licence is sublicensable.
//
// EXPECT: covenant rule grant_without_right \(error\)
// EXPECT: grant_without_right.*G2 Microsoft sublicenses the models
// EXPECT: ^[^ ]*grant_without_right_not_sublicensable\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*have the owner grant.*G2 Microsoft sublicenses the.*, or first give its grantor
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::at_fault<covenant::rule::grant_without_right, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_grant_without_right_not_sublicensable {

using namespace test_vocabulary;

#ifdef COVENANT_FIXED
struct ip_licence
    : licence<openai, microsoft, openai_ip, term<year<2019>, year<2030>>, sublicensable> {
#else
struct ip_licence : licence<openai, microsoft, openai_ip, term<year<2019>, year<2030>>> {
#endif
  static constexpr auto label = "G1 OpenAI IP to Microsoft";
};
struct sublicence : licence<microsoft, oracle, models, term<year<2020>, year<2025>>> {
  static constexpr auto label = "G2 Microsoft sublicenses the models";
};

using deal = contract<"deal", parties<openai, microsoft, oracle>, ip_licence, sublicence>;

static_assert(covenant::check<deal>);

} // namespace cf_grant_without_right_not_sublicensable
