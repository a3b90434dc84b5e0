// A dated amendment adds a clause whose term starts before the amendment takes effect: that
// would rewrite the past, so the amendment does not compile.
//
// EXPECT: covenant: a dated amendment adds a clause that starts before the amendment takes effect
// EXPECT: hint: start the clause on or after the effective day
// EXPECT: "V4 OpenAI may offer all products on any cloud"
// EXPECT-GCC: amendment_adds_a_clause_before_it_takes_effect<
// EXPECT-CLANG: non-constexpr function .amendment_adds_a_clause_before_it_takes_effect.
// EXPECT: amend_dated_add_before_effective\.cpp:[0-9]+
#include <covenant/covenant.hpp>

namespace amend_dated_add_before_effective {

using namespace covenant;

struct openai : party<"OpenAI"> {};
struct microsoft : party<"Microsoft"> {};
struct products : scope<"OpenAI products"> {};
struct use_other_cloud : action<"use another cloud"> {};

struct products_on_azure : exclusivity<openai, microsoft, products, term<date<2025, 10, 28>>> {
  static constexpr auto label = "V3 products exclusive to Azure";
};
using v3 = contract<"V3", parties<openai, microsoft>, products_on_azure>;

#ifdef COVENANT_FIXED
struct any_cloud : permission<openai, use_other_cloud, products, term<date<2026, 4, 27>>> {
  static constexpr auto label = "V4 OpenAI may offer all products on any cloud";
};
#else
// Drafted from the day of the announcement, two months before the amendment takes effect.
struct any_cloud : permission<openai, use_other_cloud, products, term<date<2026, 2, 27>>> {
  static constexpr auto label = "V4 OpenAI may offer all products on any cloud";
};
#endif

using v4 = amend<v3, effective<date<2026, 4, 27>>, strike<products_on_azure>, add<any_cloud>>;

static_assert(v4::size == 2);
static_assert(check<v4>);

} // namespace amend_dated_add_before_effective
