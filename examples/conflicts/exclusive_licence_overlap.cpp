// Reviewer's note: the Amazon distribution deal that April's amendment opened the way for
// (seed 001) licenses OpenAI's models and products to Amazon from 27 April 2026, but the draft
// never swaps the October 2025 licence to Microsoft, which is still exclusive through 2032,
// for the non-exclusive one of V4. Two licensees cannot share an exclusive licence.
// Fix: replace the V3 licence with V4's non-exclusive licence in the same amendment.
//
// EXPECT: covenant rule exclusive_licence_overlap \(error\)
// EXPECT: exclusive_licence_overlap.*V3 IP licence of models and products through 2032.*Amazon may distribute OpenAI models and products
// EXPECT: ^[^ ]*exclusive_licence_overlap\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*make.*V3 IP licence of models and.*non_exclusive, grant.*Draft Amazon may distribute.*to the same licensee, or se
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::exclusive_licence_overlap, [^{]*>::reported' is not a constant expression$
#include "../microsoft_openai/versions.hpp"

namespace microsoft_openai {

struct amazon : party<"Amazon"> {};

// The V3.5 terms, with Amazon joining as a party (amend keeps its base's parties).
using v35_with_amazon =
    amend<contract<"Microsoft-OpenAI-Amazon draft (2026-04)", parties<microsoft, openai, amazon>>,
          add_all_of<v35>>;

struct amazon_model_licence : licence<openai, amazon, models_and_products,
                                      term<date<2026, 4, 27>, through<2032>>, non_exclusive> {
  static constexpr auto label =
      "Draft Amazon may distribute OpenAI models and products through 2032";
};

#ifdef COVENANT_FIXED
using draft =
    amend<v35_with_amazon, replace<v3_ip_licence, v4_ip_licence>, add<amazon_model_licence>>;
#else
using draft = amend<v35_with_amazon, add<amazon_model_licence>>;
#endif

} // namespace microsoft_openai

static_assert(covenant::check<microsoft_openai::draft>);
