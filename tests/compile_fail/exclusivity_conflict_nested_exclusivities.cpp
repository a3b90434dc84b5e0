// Microsoft holds hosting exclusively (open-ended) and Amazon is given the API, which is part
// of hosting, exclusively as well.
// Fixed: Microsoft's exclusivity covers research compute, a sibling of hosting.
//
// EXPECT: covenant rule exclusivity_conflict \(error\)
// EXPECT: exclusivity_conflict.*V0 Azure hosts everything.*V1 API exclusive on AWS
// EXPECT: ^[^ ]*exclusivity_conflict_nested_exclusivities\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*narrow.*V0 Azure hosts everything.*or.*V1 API exclusive on AWS.*, end one term before the ot
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::exclusivity_conflict, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_exclusivity_conflict_nested_exclusivities {

using namespace test_vocabulary;

#ifdef COVENANT_FIXED
using reserved = research_compute;
#else
using reserved = hosting;
#endif
struct azure_hosting : exclusivity<openai, microsoft, reserved, term<date<2019, 7, 22>>> {
  static constexpr auto label = "V0 Azure hosts everything";
};
struct aws_api : exclusivity<openai, amazon, api, term<year<2026>, through<2028>>> {
  static constexpr auto label = "V1 API exclusive on AWS";
};

using deal = contract<"deal", parties<openai, microsoft, amazon>, azure_hosting, aws_api>;

static_assert(covenant::check<deal>);

} // namespace cf_exclusivity_conflict_nested_exclusivities
