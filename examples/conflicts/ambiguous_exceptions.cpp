// Reviewer's note: this draft of April's first-ship clause splits "unless Microsoft cannot or
// chooses not to support" (seed 003) into two exceptions with different outcomes: if Microsoft
// cannot, OpenAI launches on its own capacity; if it declines, on any cloud. When Microsoft
// both cannot and declines (FACTS V4: "cannot and/or"), the draft does not say which applies.
// Fix: give the "cannot support" exception the higher priority.
//
// EXPECT: covenant rule ambiguous_exceptions \(error\)
// EXPECT: ambiguous_exceptions.*Draft products ship first on Azure, or elsewhere if Microsoft cannot or declines
// EXPECT: ^[^ ]*ambiguous_exceptions\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*give one exception of.*Draft products ship first on.*a higher priority<N>, make
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::at_fault<covenant::rule::ambiguous_exceptions, [^{]*>::reported' is not a constant expression$
#include "../microsoft_openai/versions.hpp"

namespace microsoft_openai {

struct own_capacity_launch
    : permission<openai, build_own_capacity, product_hosting, term<date<2026, 4, 27>>> {
  static constexpr auto label = "Draft OpenAI may launch products on its own capacity";
};

#ifdef COVENANT_FIXED
using cannot_support_priority = priority<1>;
#else
using cannot_support_priority = priority<0>;
#endif

struct first_ship_with_fallbacks
    : first_ship<
          openai, microsoft, product_hosting, term<date<2026, 4, 27>>,
          unless<exception<microsoft_cannot_support, yields_to<own_capacity_launch>,
                           cannot_support_priority>,
                 exception<microsoft_declines_support, yields_to<v4_any_cloud>, priority<0>>>> {
  static constexpr auto label =
      "Draft products ship first on Azure, or elsewhere if Microsoft cannot or declines";
};

using draft =
    amend<v4, replace<v4_first_ship, first_ship_with_fallbacks>, add<own_capacity_launch>>;

} // namespace microsoft_openai

static_assert(covenant::check<microsoft_openai::draft>);
