// Consumer program for covenant::render (brings fmt): renders a one-clause term sheet.
#include <covenant/render.hpp>

namespace deal {
using namespace covenant;
struct seller : party<"Seller"> {};
struct buyer : party<"Buyer"> {};
struct region : scope<"the region"> {};
struct distribution : exclusivity<seller, buyer, region, term<year<2026>, year<2030>>> {
  static constexpr auto label = "1 exclusive distribution";
};
using contract_v1 = contract<"Distribution", parties<seller, buyer>, distribution>;
} // namespace deal

int main() {
  const auto sheet = covenant::render::term_sheet<deal::contract_v1>();
  return sheet.find("Seller grants Buyer exclusivity over the region") != std::string::npos ? 0 : 1;
}
