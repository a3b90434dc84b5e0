// Reviewer's note: this Stargate-day draft (January 2025) gives Oracle a right of first refusal
// on OpenAI's new compute capacity, while the same contract keeps Microsoft's right of first
// refusal on exactly that capacity (seed 002). Whenever OpenAI needs capacity, both would have
// to be asked first. Fix: confine Oracle's right to research and training capacity, which
// Microsoft's does not cover and OpenAI may source outside Azure.
//
// EXPECT: covenant rule competing_first_refusal \(error\)
// EXPECT: competing_first_refusal.*V2 Microsoft\\?'s right of first refusal on new capacity.*Draft first refusal for Oracle on new capacity
// EXPECT: ^[^ ]*competing_first_refusal\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*keep.*V2 Microsoft.?'s right of fir.*or.*Draft first refusal for Orac.*, give the other holder a se
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::competing_first_refusal, [^{]*>::reported' is not a constant expression$
#include "../microsoft_openai/versions.hpp"

namespace microsoft_openai {

struct oracle : party<"Oracle"> {};

// The V2 terms, with Oracle joining as a party (amend keeps its base's parties).
using v2_with_oracle = amend<
    contract<"Microsoft-OpenAI-Oracle draft (2025-01-21)", parties<microsoft, openai, oracle>>,
    add_all_of<v2>>;

#ifdef COVENANT_FIXED
struct oracle_first_refusal
    : right_of_first_refusal<openai, oracle, research_capacity, term<date<2025, 1, 21>>> {
  static constexpr auto label = "Draft first refusal for Oracle on research and training capacity";
};
#else
struct oracle_first_refusal
    : right_of_first_refusal<openai, oracle, new_capacity, term<date<2025, 1, 21>>> {
  static constexpr auto label = "Draft first refusal for Oracle on new capacity";
};
#endif

using draft = amend<v2_with_oracle, add<oracle_first_refusal>>;

} // namespace microsoft_openai

static_assert(covenant::check<microsoft_openai::draft>);
