// The first-ship preference yields to the licence when Microsoft declines, and the licence
// yields back to the preference on a breach: the two refer to each other in a cycle.
//
// EXPECT: covenant rule exception_cycle \(error\)
// EXPECT: exception_cycle.*1 products ship first on Azure.*2 products licensed to Microsoft
// EXPECT: ^[^ ]*exception_cycle_two_clauses\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*break the cycle: let.*1 products ship first on Azu.*or.*2 products licensed to Micro.*simply yield, or yield to a
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::exception_cycle, [^{]*>::reported' is not a constant expression$
#include <covenant/covenant.hpp>

namespace exception_cycle_two_clauses {

using namespace covenant;

struct openai : party<"OpenAI"> {};
struct microsoft : party<"Microsoft"> {};
struct products : scope<"OpenAI products", owned_by<openai>> {};
struct declines : event<"Microsoft declines"> {};
struct breach : event<"a material breach is established"> {};

struct product_licence;
struct ships_first : first_ship<openai, microsoft, products, term<year<2026>, year<2032>>,
                                unless<exception<declines, yields_to<product_licence>>>> {
  static constexpr auto label = "1 products ship first on Azure";
};
#ifdef COVENANT_FIXED
struct product_licence : licence<openai, microsoft, products, term<year<2026>>, unless<breach>> {
  static constexpr auto label = "2 products licensed to Microsoft";
};
#else
struct product_licence : licence<openai, microsoft, products, term<year<2026>>,
                                 unless<exception<breach, yields_to<ships_first>>>> {
  static constexpr auto label = "2 products licensed to Microsoft";
};
#endif

using deal = contract<"deal", parties<openai, microsoft>, ships_first, product_licence>;

static_assert(check<deal>);

} // namespace exception_cycle_two_clauses
