// Reviewer's note: the definitive agreement has an independent expert panel verify any
// declaration of AGI (FACTS V3). This draft writes that as an obligation on the panel, but the
// panel is not a party to the contract and cannot be bound by it; who verifies AGI is already
// said by the event agi_verified (verified_by<expert_panel>).
// Fix: bind a party that signs: OpenAI must refer any declaration of AGI to the panel.
//
// EXPECT: covenant rule undeclared_party \(error\)
// EXPECT: undeclared_party.*Draft the expert panel verifies any declaration of AGI
// EXPECT-GCC: conflict<covenant::rule::undeclared_party, .*microsoft_openai::expert_panel, covenant::fixed_string<[0-9]+>\{"independent expert panel"\}, covenant::fixed_string<[0-9]+>\{"Hint:
// EXPECT-CLANG: non-constexpr function 'undeclared_party<microsoft_openai::expert_panel>'
// EXPECT: ^[^ ]*undeclared_party\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*add the party to parties<\.\.\..*Draft the expert panel verif.*\.
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::at_fault<covenant::rule::undeclared_party, [^{]*>::reported' is not a constant expression$
#include "../microsoft_openai/versions.hpp"

namespace microsoft_openai {

struct agi_determination : scope<"determination that AGI has been reached"> {};

#ifdef COVENANT_FIXED
struct refer_to_panel : action<"refer a declaration of AGI to the independent expert panel"> {};
struct agi_verification
    : obligation<openai, refer_to_panel, agi_determination, term<date<2025, 10, 28>>> {
  static constexpr auto label = "Draft OpenAI refers any declaration of AGI to the expert panel";
};
#else
struct verify_agi : action<"verify a declaration of AGI"> {};
struct agi_verification
    : obligation<expert_panel, verify_agi, agi_determination, term<date<2025, 10, 28>>> {
  static constexpr auto label = "Draft the expert panel verifies any declaration of AGI";
};
#endif

using draft = amend<v3, add<agi_verification>>;

} // namespace microsoft_openai

static_assert(covenant::check<microsoft_openai::draft>);
