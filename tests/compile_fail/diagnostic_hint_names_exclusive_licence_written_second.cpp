// The legitimate clause comes first: a plain licence of the API to Amazon, then an exclusive
// licence of the API to Microsoft that leaves it no room. The hint names the clauses by their
// labels, so it asks to make Microsoft's licence (written second) non-exclusive, not "the first
// licence".
// Fixed: Microsoft's licence is non-exclusive.
//
// EXPECT: covenant rule exclusive_licence_overlap \(error\)
// EXPECT: Hint: .*make .*L2 API exclusively to Microsoft.* non_exclusive, grant .*L1 API licensed to Amazon.* to the same licensee
// EXPECT-GCC: conflict<covenant::rule::exclusive_licence_overlap, cf_diagnostic_hint_names_exclusive_licence_written_second::msft_licence, .*"L2 API exclusively to Microsoft"
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::exclusive_licence_overlap, cf_diagnostic_hint_names_exclusive_licence_written_second::msft_licence, cf_diagnostic_hint_names_exclusive_licence_written_second::amazon_licence, covenant::other_findings<0, 0>>::reported'
// EXPECT: ^[^ ]*diagnostic_hint_names_exclusive_licence_written_second\.cpp:[0-9]+:[0-9]+:
#include "../support/vocabulary.hpp"

namespace cf_diagnostic_hint_names_exclusive_licence_written_second {

using namespace test_vocabulary;

struct amazon_licence : licence<openai, amazon, api, term<year<2025>, year<2030>>> {
  static constexpr auto label = "L1 API licensed to Amazon";
};
#ifdef COVENANT_FIXED
struct msft_licence : licence<openai, microsoft, api, term<year<2026>>> {
#else
struct msft_licence : licence<openai, microsoft, api, term<year<2026>>, exclusive> {
#endif
  static constexpr auto label = "L2 API exclusively to Microsoft";
};

using deal = contract<"deal", parties<openai, microsoft, amazon>, amazon_licence, msft_licence>;

static_assert(covenant::check<deal>);

} // namespace cf_diagnostic_hint_names_exclusive_licence_written_second
