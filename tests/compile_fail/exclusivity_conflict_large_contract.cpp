// A contract of 402 clauses (400 yearly licences of new capacity, one after the other) whose
// last clause, an exclusivity to Amazon over the API, clashes with a licence of the API to OpenAI
// written just before it: the diagnostic is as short and as early at this size as for two clauses,
// and names the rule, both labels and the hint. Fixed: Amazon's exclusivity covers ChatGPT instead,
// which no licence covers.
//
// EXPECT: covenant rule exclusivity_conflict \(error\)
// EXPECT: exclusivity_conflict.*X9 API exclusive to Amazon.*L1 API licensed to OpenAI
// EXPECT: ^[^ ]*exclusivity_conflict_large_contract\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*narrow.*X9 API exclusive to Amazon.*or.*L1 API licensed to OpenAI.*, end one term before the ot
// EXPECT: Besides this one, the contract has ("\[0\], )?0(, &")? other errors and ("\[0\], )?399(, &")? warnings.*list them all with covenant::findings<C>
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::exclusivity_conflict, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

#include <utility>

namespace cf_exclusivity_conflict_large_contract {

using namespace test_vocabulary;

template <int I>
struct filler : licence<microsoft, openai, new_capacity, term<year<2000 + I>, year<2001 + I>>> {
  static constexpr auto label = "filler licence";
};
struct api_to_openai : licence<microsoft, openai, api, term<year<2025>>> {
  static constexpr auto label = "L1 API licensed to OpenAI";
};
#ifdef COVENANT_FIXED
using reserved = chat;
#else
using reserved = api;
#endif
struct amazon_api : exclusivity<microsoft, amazon, reserved, term<year<2026>>> {
  static constexpr auto label = "X9 API exclusive to Amazon";
};

template <typename Seq>
struct large;
template <int... Is>
struct large<std::integer_sequence<int, Is...>> {
  using type = contract<"large", parties<microsoft, openai, amazon>, filler<Is>..., api_to_openai,
                        amazon_api>;
};
using deal = large<std::make_integer_sequence<int, 400>>::type;

static_assert(covenant::check<deal>);

} // namespace cf_exclusivity_conflict_large_contract
