// replace<Old, New> where New is another kind of clause than Old (an exclusivity "replaced" by a
// right of first refusal): rejected, since a replacement is the same clause redrafted; striking
// the one and adding the other says what happened.
//
// EXPECT: covenant: replace<Old, New> gives New another kind of clause than Old
// EXPECT: hint: to put one kind of clause in place of another, strike<Old> and add<New>
// EXPECT: "1.1 Azure is the exclusive cloud"
// EXPECT: "1.1 Microsoft may match offers for new capacity"
// EXPECT-GCC: amendment_replaces_a_clause_with_another_kind<
// EXPECT-CLANG: non-constexpr function .amendment_replaces_a_clause_with_another_kind.
// EXPECT: amend_replace_other_kind\.cpp:[0-9]+
#include <covenant/covenant.hpp>

namespace amend_replace_other_kind {

using namespace covenant;

struct openai : party<"OpenAI"> {};
struct microsoft : party<"Microsoft"> {};
struct cloud : scope<"OpenAI's cloud workloads"> {};

struct azure_only : exclusivity<openai, microsoft, cloud, term<date<2019, 7, 22>>> {
  static constexpr auto label = "1.1 Azure is the exclusive cloud";
};
struct first_refusal : right_of_first_refusal<openai, microsoft, cloud, term<date<2025, 1, 21>>> {
  static constexpr auto label = "1.1 Microsoft may match offers for new capacity";
};
using v1 = contract<"V1", parties<openai, microsoft>, azure_only>;

#ifdef COVENANT_FIXED
using v2 = amend<v1, strike<azure_only>, add<first_refusal>>;
#else
using v2 = amend<v1, replace<azure_only, first_refusal>>;
#endif

static_assert(v2::size == 1);
static_assert(check<v2>);

} // namespace amend_replace_other_kind
