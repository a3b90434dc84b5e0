// Two first-ship preferences to Azure and OCI over the same product, ChatGPT.
// Fixed: OCI's preference is over the API instead, a sibling of ChatGPT.
//
// EXPECT: covenant rule competing_first_ship \(error\)
// EXPECT: competing_first_ship.*F3 ChatGPT ships first on Azure.*F4 ships first on OCI
// EXPECT: ^[^ ]*competing_first_ship_same_product\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*keep.*F3 ChatGPT ships first on Az.*or.*F4 ships first on OCI.*, or separate the product sc
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::competing_first_ship, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_competing_first_ship_same_product {

using namespace test_vocabulary;

struct azure_first : first_ship<openai, microsoft, chat, term<year<2025>>> {
  static constexpr auto label = "F3 ChatGPT ships first on Azure";
};
#ifdef COVENANT_FIXED
using oci_scope = api;
#else
using oci_scope = chat;
#endif
struct oci_first : first_ship<openai, oracle, oci_scope, term<year<2026>, year<2027>>> {
  static constexpr auto label = "F4 ships first on OCI";
};

using deal = contract<"deal", parties<openai, microsoft, oracle>, azure_first, oci_first>;

static_assert(covenant::check<deal>);

} // namespace cf_competing_first_ship_same_product
