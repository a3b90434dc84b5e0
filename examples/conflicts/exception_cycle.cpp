// Reviewer's note: two cross-references in this draft of April's amendment chase each other.
// If Microsoft cannot support a product, the first-ship clause hands over to a first refusal
// for Microsoft on the new capacity needed; if Microsoft cannot meet that capacity, the first
// refusal hands back to the first-ship clause. Neither ever says where the product goes.
// Fix: when Microsoft cannot meet the capacity, let OpenAI buy it from another provider.
//
// EXPECT: covenant rule exception_cycle \(error\)
// EXPECT: exception_cycle.*Draft products ship first on Azure, else Microsoft gets first refusal on capacity.*Draft Microsoft has first refusal on capacity for a product launch
// EXPECT: ^[^ ]*exception_cycle\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*break the cycle: let.*Draft products ship first on.*or.*Draft Microsoft has first re.*simply yield, or yield to a
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::exception_cycle, [^{]*>::reported' is not a constant expression$
#include "../microsoft_openai/versions.hpp"

namespace microsoft_openai {

struct capacity_elsewhere
    : permission<openai, use_other_cloud, new_capacity, term<date<2026, 4, 27>>> {
  static constexpr auto label = "Draft OpenAI may buy the capacity from another provider";
};

struct launch_capacity_first_refusal;
struct first_ship_then_capacity
    : first_ship<
          openai, microsoft, product_hosting, term<date<2026, 4, 27>>,
          unless<exception<microsoft_cannot_support, yields_to<launch_capacity_first_refusal>>>> {
  static constexpr auto label =
      "Draft products ship first on Azure, else Microsoft gets first refusal on capacity";
};

#ifdef COVENANT_FIXED
using when_capacity_is_short = yields_to<capacity_elsewhere>;
#else
using when_capacity_is_short = yields_to<first_ship_then_capacity>;
#endif

struct launch_capacity_first_refusal
    : right_of_first_refusal<
          openai, microsoft, new_capacity, term<date<2026, 4, 27>>,
          unless<exception<microsoft_cannot_meet_capacity, when_capacity_is_short>>> {
  static constexpr auto label =
      "Draft Microsoft has first refusal on capacity for a product launch";
};

using draft = amend<v4, replace<v4_first_ship, first_ship_then_capacity>,
                    add<launch_capacity_first_refusal, capacity_elsewhere>>;

} // namespace microsoft_openai

static_assert(covenant::check<microsoft_openai::draft>);
