// An amendment replaces a clause its base contract does not hold (the drafter named the
// clause of another version): the diagnostic says so and names the clause type.
//
// EXPECT: covenant: an amendment strikes, replaces or continues a clause the contract does not hold
// EXPECT: "1 revenue share of 15 percent"
// EXPECT-GCC: amendment_names_a_clause_not_in_the_base_contract<.*"1 revenue share of 15 percent"
// EXPECT-CLANG: non-constexpr function .amendment_names_a_clause_not_in_the_base_contract.
// EXPECT: amend_replace_missing\.cpp:[0-9]+
// EXPECT: ^[^ ]*amend_replace_missing\.cpp:[0-9]+:[0-9]+:
#include <covenant/covenant.hpp>

namespace amend_replace_missing {

using namespace covenant;

struct openai : party<"OpenAI"> {};
struct microsoft : party<"Microsoft"> {};
struct revenue : scope<"OpenAI revenue"> {};

struct share_from_v1 : revenue_share<openai, microsoft, percent<20>, revenue, term<year<2019>>> {
  static constexpr auto label = "1 revenue share of 20 percent";
};
struct share_from_v2 : revenue_share<openai, microsoft, percent<15>, revenue, term<year<2019>>> {
  static constexpr auto label = "1 revenue share of 15 percent";
};
struct share_from_v3 : revenue_share<openai, microsoft, percent<10>, revenue, term<year<2019>>> {
  static constexpr auto label = "1 revenue share of 10 percent";
};

using v1 = contract<"V1", parties<openai, microsoft>, share_from_v1>;

#ifdef COVENANT_FIXED
using v3 = amend<v1, replace<share_from_v1, share_from_v3>>;
#else
using v3 = amend<v1, replace<share_from_v2, share_from_v3>>;
#endif

static_assert(v3::size == 1);
static_assert(check<v3>);

} // namespace amend_replace_missing
