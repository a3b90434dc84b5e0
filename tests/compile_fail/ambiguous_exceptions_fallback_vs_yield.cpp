// The first-ship preference yields when Microsoft cannot support a launch, and yields to the
// any-cloud permission when Microsoft declines; both can happen, with the same priority, so
// the contract does not say whether the permission applies then.
//
// EXPECT: covenant rule ambiguous_exceptions \(error\)
// EXPECT: ambiguous_exceptions.*1 products ship first on Azure
// EXPECT: ambiguous_exceptions.*conditions_that_hold_together<.*declines, .*cannot_support>
// EXPECT: ^[^ ]*ambiguous_exceptions_fallback_vs_yield\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*give one exception of.*1 products ship first on Azu.*a higher priority<N>, make
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::at_fault<covenant::rule::ambiguous_exceptions, [^{]*>::reported' is not a constant expression$
#include <covenant/covenant.hpp>

namespace ambiguous_exceptions_fallback_vs_yield {

using namespace covenant;

struct openai : party<"OpenAI"> {};
struct microsoft : party<"Microsoft"> {};
struct products : scope<"OpenAI products"> {};
struct use_other_cloud : action<"use another cloud"> {};
struct cannot_support : event<"Microsoft cannot support the launch"> {};
struct declines : event<"Microsoft declines"> {};

struct any_cloud;
#ifdef COVENANT_FIXED
using exceptions = unless<exception<declines, yields_to<any_cloud>, priority<1>>, cannot_support>;
#else
using exceptions = unless<exception<declines, yields_to<any_cloud>>, cannot_support>;
#endif
struct ships_first
    : first_ship<openai, microsoft, products, term<year<2026>, year<2032>>, exceptions> {
  static constexpr auto label = "1 products ship first on Azure";
};
struct any_cloud : permission<openai, use_other_cloud, products, term<year<2026>>> {
  static constexpr auto label = "2 OpenAI may use any cloud";
};

using deal = contract<"deal", parties<openai, microsoft>, ships_first, any_cloud>;

static_assert(check<deal>);

} // namespace ambiguous_exceptions_fallback_vs_yield
