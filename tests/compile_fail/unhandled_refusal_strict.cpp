// A right of first refusal with nothing saying what OpenAI may do when Microsoft declines: a
// warning, so the standard check passes and only the strict check fails.
//
// EXPECT: covenant rule unhandled_refusal \(warning\)
// EXPECT: unhandled_refusal.*1 Microsoft first refusal on new capacity
// EXPECT: strictness::strict
// EXPECT: ^[^ ]*unhandled_refusal_strict\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*add a permission for the gra.*1 Microsoft first refusal on.*\(for instance to use anothe
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::at_fault<covenant::rule::unhandled_refusal, [^{]*>::reported' is not a constant expression$
#include <covenant/covenant.hpp>

namespace unhandled_refusal_strict {

using namespace covenant;

struct openai : party<"OpenAI"> {};
struct microsoft : party<"Microsoft"> {};
struct new_capacity : scope<"new compute capacity"> {};
struct use_other_cloud : action<"use another cloud"> {};

struct capacity_rofr : right_of_first_refusal<openai, microsoft, new_capacity, term<year<2025>>> {
  static constexpr auto label = "1 Microsoft first refusal on new capacity";
};
struct elsewhere : permission<openai, use_other_cloud, new_capacity, term<year<2025>>> {
  static constexpr auto label = "2 OpenAI may buy capacity elsewhere";
};

#ifdef COVENANT_FIXED
using deal = contract<"deal", parties<openai, microsoft>, capacity_rofr, elsewhere>;
#else
using deal = contract<"deal", parties<openai, microsoft>, capacity_rofr>;
#endif

// A warning: the standard check passes either way.
static_assert(consistent<deal>);
static_assert(check<deal>);
static_assert(check<deal, strictness::strict>);

} // namespace unhandled_refusal_strict
