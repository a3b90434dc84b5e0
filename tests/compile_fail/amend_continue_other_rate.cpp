// continue_as<Old, New> where New changes the rate: that is a new share, not the old one
// continued, so the amendment does not compile.
//
// EXPECT: covenant: continue_as<Old, New>: New is not Old continued
// EXPECT: hint: use replace<Old, New> to end Old and start New afresh
// EXPECT: "V3 revenue share to Microsoft"
// EXPECT: "V4 revenue share to Microsoft, capped"
// EXPECT-GCC: amendment_continues_a_clause_with_other_terms<
// EXPECT-CLANG: non-constexpr function .amendment_continues_a_clause_with_other_terms.
// EXPECT: amend_continue_other_rate\.cpp:[0-9]+
#include <covenant/covenant.hpp>

namespace amend_continue_other_rate {

using namespace covenant;

struct openai : party<"OpenAI"> {};
struct microsoft : party<"Microsoft"> {};
struct revenue : scope<"OpenAI revenue"> {};

struct share_v3 : revenue_share<openai, microsoft, percent<20>, revenue,
                                term<date<2025, 10, 28>, through<2030>>> {
  static constexpr auto label = "V3 revenue share to Microsoft";
};
using v3 = contract<"V3", parties<openai, microsoft>, share_v3>;

#ifdef COVENANT_FIXED
struct share_v4 : revenue_share<openai, microsoft, percent<20>, revenue,
                                term<date<2026, 4, 27>, through<2030>>, cap<usd_millions<38'000>>> {
  static constexpr auto label = "V4 revenue share to Microsoft, capped";
};
#else
struct share_v4 : revenue_share<openai, microsoft, percent<15>, revenue,
                                term<date<2026, 4, 27>, through<2030>>, cap<usd_millions<38'000>>> {
  static constexpr auto label = "V4 revenue share to Microsoft, capped";
};
#endif

using v4 = amend<v3, effective<date<2026, 4, 27>>, continue_as<share_v3, share_v4>>;

static_assert(v4::size == 2);
static_assert(check<v4>);

} // namespace amend_continue_other_rate
