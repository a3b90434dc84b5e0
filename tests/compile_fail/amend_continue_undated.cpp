// continue_as<Old, New> in an amendment without effective<date>: a continuation needs the day
// on which the old terms end and the new ones begin.
//
// EXPECT: covenant: continue_as<Old, New> needs a dated amendment
// EXPECT: hint: write effective<date<...>> first in the amend<...>
// EXPECT: "V4 revenue share to Microsoft, capped"
// EXPECT: amend_continue_undated\.cpp:[0-9]+
#include <covenant/covenant.hpp>

namespace amend_continue_undated {

using namespace covenant;

struct openai : party<"OpenAI"> {};
struct microsoft : party<"Microsoft"> {};
struct revenue : scope<"OpenAI revenue"> {};

struct share_v3 : revenue_share<openai, microsoft, percent<20>, revenue,
                                term<date<2025, 10, 28>, through<2030>>> {
  static constexpr auto label = "V3 revenue share to Microsoft";
};
struct share_v4 : revenue_share<openai, microsoft, percent<20>, revenue,
                                term<date<2026, 4, 27>, through<2030>>, cap<usd_millions<38'000>>> {
  static constexpr auto label = "V4 revenue share to Microsoft, capped";
};
using v3 = contract<"V3", parties<openai, microsoft>, share_v3>;

#ifdef COVENANT_FIXED
using v4 = amend<v3, effective<date<2026, 4, 27>>, continue_as<share_v3, share_v4>>;
#else
using v4 = amend<v3, continue_as<share_v3, share_v4>>;
#endif

static_assert(v4::size == 2);
static_assert(check<v4>);

} // namespace amend_continue_undated
