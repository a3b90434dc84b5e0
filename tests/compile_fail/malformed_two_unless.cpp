// A clause takes one unless<...>: a second one used to be silently dropped.
// Fixed: both exceptions in one unless<...>.
//
// EXPECT: covenant: a clause takes at most one unless<\.\.\.>
// EXPECT: ^[^ ]*malformed_two_unless\.cpp:[0-9]+:[0-9]+:
// ERRORS: 1
#include "../support/vocabulary.hpp"

namespace cf_malformed_two_unless {

using namespace test_vocabulary;

struct cannot_support : event<"Microsoft cannot support the product"> {};
struct declines : event<"Microsoft declines the product"> {};
#ifdef COVENANT_FIXED
using exceptions = unless<cannot_support, declines>;
struct ships_first : first_ship<openai, microsoft, products, term<year<2026>>, exceptions> {
#else
struct ships_first : first_ship<openai, microsoft, products, term<year<2026>>,
                                unless<cannot_support>, unless<declines>> {
#endif
  static constexpr auto label = "F1 products ship first on Azure";
};
struct elsewhere : permission<openai, use_other_cloud, products, term<year<2026>>> {
  static constexpr auto label = "F2 products may ship elsewhere";
};

using deal = contract<"deal", parties<openai, microsoft>, ships_first, elsewhere>;

static_assert(covenant::check<deal>);

} // namespace cf_malformed_two_unless
