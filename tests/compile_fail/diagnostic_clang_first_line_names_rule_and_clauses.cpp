// The contract's title is text (with digits in it), which clang prints as a list of numbers in a
// template argument. The first error line names the rule, the clause types and the other
// findings instead, and no list of numbers: the whole line is matched, with no '{' in it.
// Fixed: the permission starts when the exclusivity ends.
//
// EXPECT: covenant rule exclusivity_conflict \(error\)
// EXPECT-CLANG: ^[^ ]*check\.hpp:[0-9]+:[0-9]+: error: call to consteval function 'covenant::in_conflict<covenant::rule::exclusivity_conflict, cf_diagnostic_clang_first_line::api_on_azure, cf_diagnostic_clang_first_line::any_cloud, covenant::other_findings<0, 0>>::reported' is not a constant expression$
// EXPECT-CLANG: in call to 'clash\(.*"2\.1 the API runs only on Azure".*"4\.2 all products on any cloud"
// EXPECT-GCC: conflict<covenant::rule::exclusivity_conflict, cf_diagnostic_clang_first_line::api_on_azure, .*"2\.1 the API runs only on Azure"
// EXPECT: ^[^ ]*diagnostic_clang_first_line_names_rule_and_clauses\.cpp:[0-9]+:[0-9]+:
#include <covenant/covenant.hpp>

namespace cf_diagnostic_clang_first_line {

using namespace covenant;

struct microsoft : party<"Microsoft"> {};
struct openai : party<"OpenAI"> {};
struct products : scope<"OpenAI products"> {};
struct api : scope<"OpenAI API", part_of<products>> {};
struct use_other_cloud : action<"use another cloud"> {};

struct api_on_azure : exclusivity<openai, microsoft, api, term<date<2025, 1, 21>, year<2031>>> {
  static constexpr auto label = "2.1 the API runs only on Azure";
};
#ifdef COVENANT_FIXED
using any_cloud_from = year<2031>;
#else
using any_cloud_from = date<2026, 4, 27>;
#endif
struct any_cloud : permission<openai, use_other_cloud, products, term<any_cloud_from>> {
  static constexpr auto label = "4.2 all products on any cloud";
};

using deal =
    contract<"Cloud terms of 2026-04-27, v2", parties<microsoft, openai>, api_on_azure, any_cloud>;

static_assert(covenant::check<deal>);

} // namespace cf_diagnostic_clang_first_line
