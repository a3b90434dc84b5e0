// Reviewer's note: October 2025's licence excludes consumer hardware (FACTS V3), and this
// draft of April's amendment writes that carve-out as a prohibition. But the prohibition is
// drafted over all OpenAI intellectual property, not the consumer hardware IP, so it forbids
// the very supply of models and products to Microsoft that V4 obliges OpenAI to make (seed 000).
// Fix: confine the prohibition to OpenAI's consumer hardware IP.
//
// EXPECT: covenant rule obligation_vs_prohibition \(error\)
// EXPECT: obligation_vs_prohibition.*V4 OpenAI supplies models and products to Microsoft through 2032.*Draft no consumer hardware IP goes to Microsoft
// EXPECT: ^[^ ]*obligation_vs_prohibition\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*drop.*V4 OpenAI supplies models an.*or.*Draft no consumer hardware I.*, carve the prohibited scope
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::obligation_vs_prohibition, [^{]*>::reported' is not a constant expression$
#include "../microsoft_openai/versions.hpp"

namespace microsoft_openai {

#ifdef COVENANT_FIXED
using carved_out = consumer_hardware_ip;
#else
using carved_out = openai_ip;
#endif

struct no_hardware_ip
    : prohibition<openai, supply_models, carved_out, term<date<2026, 4, 27>, through<2032>>> {
  static constexpr auto label = "Draft no consumer hardware IP goes to Microsoft through 2032";
};

using draft = amend<v4, add<no_hardware_ip>>;

} // namespace microsoft_openai

static_assert(covenant::check<microsoft_openai::draft>);
