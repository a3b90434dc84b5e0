// Consumer program: uses covenant through its installed or added interface only, the way a
// user's project does, and checks a small contract at compile time and at run time.
#include <covenant/covenant.hpp>

namespace deal {
using namespace covenant;
struct seller : party<"Seller"> {};
struct buyer : party<"Buyer"> {};
struct region : scope<"the region"> {};
struct distribution : exclusivity<seller, buyer, region, term<year<2026>, year<2030>>> {
  static constexpr auto label = "1 exclusive distribution";
};
using contract_v1 = contract<"Distribution", parties<seller, buyer>, distribution>;
static_assert(check<contract_v1>);
} // namespace deal

int main() {
  using namespace covenant;
  return in_force<deal::contract_v1>(day_of(2027)).size() == 1 ? 0 : 1;
}
