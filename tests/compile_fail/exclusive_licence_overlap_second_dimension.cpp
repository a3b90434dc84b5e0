// The label licenses the whole catalogue in the EU exclusively to the service, then new releases
// worldwide exclusively to a rival. As one tree of scopes the two look unrelated; cut into what
// and where, new releases in the EU belong to both.
// Fixed: the rival's licence covers the US only.
//
// EXPECT: covenant rule exclusive_licence_overlap \(error\)
// EXPECT: exclusive_licence_overlap.*L1 the catalogue in the EU.*L2 new releases
// EXPECT: exclusive_licence_overlap_second_dimension\.cpp:[0-9]+
// EXPECT: Hint: .*make.*L1 the catalogue in the EU,.*non_exclusive, grant.*L2 new releases, exclusive t.*to the same licensee, or se
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::exclusive_licence_overlap, [^{]*>::reported' is not a constant expression$
#include <covenant/covenant.hpp>

namespace cf_exclusive_licence_overlap_second_dimension {

using namespace covenant;

struct label_co : party<"Label"> {};
struct service : party<"Service"> {};
struct rival : party<"Rival"> {};
struct catalogue : scope<"the catalogue", owned_by<label_co>> {};
struct new_releases : scope<"new releases", part_of<catalogue>> {};
struct worldwide : territory<"worldwide"> {};
struct eu : territory<"EU", part_of<worldwide>> {};
struct us : territory<"US", part_of<worldwide>> {};

struct eu_catalogue : scope<"the catalogue in the EU", of<catalogue>, in<eu>> {};
#ifdef COVENANT_FIXED
struct rival_scope : scope<"new releases in the US", of<new_releases>, in<us>> {};
#else
struct rival_scope : scope<"new releases worldwide", of<new_releases>, in<worldwide>> {};
#endif

struct to_service
    : licence<label_co, service, eu_catalogue, term<year<2026>, year<2030>>, exclusive> {
  static constexpr auto label = "L1 the catalogue in the EU, exclusive to the service";
};
struct to_rival : licence<label_co, rival, rival_scope, term<year<2027>, year<2029>>, exclusive> {
  static constexpr auto label = "L2 new releases, exclusive to the rival";
};

using deal = contract<"Catalogue", parties<label_co, service, rival>, to_service, to_rival>;

static_assert(covenant::check<deal>);

} // namespace cf_exclusive_licence_overlap_second_dimension
