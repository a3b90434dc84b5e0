// holder_of<deal>(clause_kind::revenue_share, ...) in a constant expression: a revenue share is
// not a right held over a scope. It used to answer the payee; now it is a compile error.
// Fixed: ask who holds the licence.
//
// EXPECT: covenant: holder_of: this kind of clause is not a right held over a scope
// EXPECT: Hint: ask about exclusivity, right_of_first_refusal, first_ship or licence
// EXPECT: query_holder_of_kind_not_a_right\.cpp:[0-9]+
#include "../support/vocabulary.hpp"

namespace cf_query_holder_of_kind_not_a_right {

using namespace test_vocabulary;

struct api_licence : licence<openai, microsoft, api, term<year<2025>>> {
  static constexpr auto label = "Q1 API licence";
};
struct royalty : revenue_share<openai, microsoft, percent<10>, openai_revenue, term<year<2025>>> {
  static constexpr auto label = "Q2 royalty";
};
using deal = contract<"deal", parties<openai, microsoft>, api_licence, royalty>;

#ifdef COVENANT_FIXED
constexpr auto h = covenant::holder_of<deal>(clause_kind::licence, api{}, day_of(2026));
#else
constexpr auto h =
    covenant::holder_of<deal>(clause_kind::revenue_share, openai_revenue{}, day_of(2026));
#endif
static_assert(h.is(microsoft{}));

} // namespace cf_query_holder_of_kind_not_a_right
