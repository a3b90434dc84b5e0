// in<...> places a scope in a territory; here it names a plain scope (what the right is about).
// Fixed: the EU is declared as a territory.
//
// EXPECT: in<\.\.\.> must name a territory
// EXPECT: malformed_scope_coordinate_of_wrong_kind\.cpp:[0-9]+
#include <covenant/covenant.hpp>

namespace cf_malformed_scope_coordinate_of_wrong_kind {

using namespace covenant;

struct catalogue : scope<"the catalogue"> {};
#ifdef COVENANT_FIXED
struct eu : territory<"EU"> {};
#else
struct eu : scope<"EU"> {};
#endif
struct eu_catalogue : scope<"the catalogue in the EU", of<catalogue>, in<eu>> {};

static_assert(covenant::detail::entity_ptr<eu_catalogue>() != nullptr);

} // namespace cf_malformed_scope_coordinate_of_wrong_kind
