// An amendment strikes a clause its base contract does not hold (it was already struck in an
// earlier version): the diagnostic says so and names the clause type.
//
// EXPECT: covenant: an amendment strikes, replaces or continues a clause the contract does not hold
// EXPECT: hint: name a clause of the base contract
// EXPECT: "2 first refusal on new capacity"
// EXPECT-GCC: amendment_names_a_clause_not_in_the_base_contract<.*"2 first refusal on new capacity"
// EXPECT-CLANG: non-constexpr function .amendment_names_a_clause_not_in_the_base_contract.
// EXPECT: amend_strike_missing\.cpp:[0-9]+
// EXPECT: ^[^ ]*amend_strike_missing\.cpp:[0-9]+:[0-9]+:
#include <covenant/covenant.hpp>

namespace amend_strike_missing {

using namespace covenant;

struct openai : party<"OpenAI"> {};
struct microsoft : party<"Microsoft"> {};
struct hosting : scope<"hosting"> {};
struct new_capacity : scope<"new capacity"> {};
struct use_other_cloud : action<"use another cloud"> {};

struct hosting_exclusivity : exclusivity<openai, microsoft, hosting, term<year<2019>>> {
  static constexpr auto label = "1 hosting exclusive on Azure";
};
struct capacity_rofr_2019
    : right_of_first_refusal<openai, microsoft, new_capacity, term<year<2019>>> {
  static constexpr auto label = "2 first refusal on new capacity";
};
struct capacity_elsewhere : permission<openai, use_other_cloud, new_capacity, term<year<2019>>> {
  static constexpr auto label = "3 OpenAI may buy capacity elsewhere";
};

using v0 = contract<"V0", parties<openai, microsoft>, hosting_exclusivity, capacity_rofr_2019,
                    capacity_elsewhere>;
using v1 = amend<v0, strike<capacity_rofr_2019>>;

#ifdef COVENANT_FIXED
using v2 = amend<v1, strike<capacity_elsewhere>>;
#else
using v2 = amend<v1, strike<capacity_elsewhere, capacity_rofr_2019>>;
#endif

static_assert(v2::size == 1);
static_assert(check<v2>);

} // namespace amend_strike_missing
