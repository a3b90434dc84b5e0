// A first refusal that, when Microsoft declines, "yields to" itself: an exception that refers
// to its own clause decides nothing.
//
// EXPECT: covenant rule exception_cycle \(error\)
// EXPECT: exception_cycle.*1 first refusal on new capacity
// EXPECT: ^[^ ]*exception_cycle_self\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*break the cycle: let.*1 first refusal on new capac.*or.*simply yield, or yield to a
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::at_fault<covenant::rule::exception_cycle, [^{]*>::reported' is not a constant expression$
#include <covenant/covenant.hpp>

namespace exception_cycle_self {

using namespace covenant;

struct openai : party<"OpenAI"> {};
struct microsoft : party<"Microsoft"> {};
struct new_capacity : scope<"new compute capacity"> {};
struct use_other_cloud : action<"use another cloud"> {};
struct declines : event<"Microsoft declines"> {};

struct elsewhere;
struct capacity_rofr;
#ifdef COVENANT_FIXED
using then = yields_to<elsewhere>;
#else
using then = yields_to<capacity_rofr>;
#endif
struct capacity_rofr : right_of_first_refusal<openai, microsoft, new_capacity, term<year<2025>>,
                                              unless<exception<declines, then>>> {
  static constexpr auto label = "1 first refusal on new capacity";
};
struct elsewhere : permission<openai, use_other_cloud, new_capacity, term<year<2025>>> {
  static constexpr auto label = "2 OpenAI may buy capacity elsewhere";
};

using deal = contract<"deal", parties<openai, microsoft>, capacity_rofr, elsewhere>;

static_assert(check<deal>);

} // namespace exception_cycle_self
