// Two exceptions of one licence, at the same priority, lead to two different fallbacks; the
// events are not declared mutually exclusive, so both can hold and the contract is ambiguous.
//
// EXPECT: covenant rule ambiguous_exceptions \(error\)
// EXPECT: ambiguous_exceptions.*1 models licensed to Microsoft
// EXPECT: ambiguous_exceptions.*conditions_that_hold_together<.*accepts, .*rejects>
// EXPECT: ^[^ ]*ambiguous_exceptions_two_fallbacks\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*give one exception of.*1 models licensed to Microso.*a higher priority<N>, make
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::at_fault<covenant::rule::ambiguous_exceptions, [^{]*>::reported' is not a constant expression$
#include <covenant/covenant.hpp>

namespace ambiguous_exceptions_two_fallbacks {

using namespace covenant;

struct openai : party<"OpenAI"> {};
struct microsoft : party<"Microsoft"> {};
struct models : scope<"OpenAI models", owned_by<openai>> {};
struct sell : action<"sell the models"> {};

struct accepts : event<"Microsoft accepts the renewal"> {};
#ifdef COVENANT_FIXED
struct rejects : event<"Microsoft rejects the renewal", excludes<accepts>> {};
#else
struct rejects : event<"Microsoft rejects the renewal"> {};
#endif

struct renewed;
struct free_to_sell;
struct model_licence : licence<openai, microsoft, models, term<year<2019>, year<2030>>,
                               unless<exception<accepts, yields_to<renewed>, priority<2>>,
                                      exception<rejects, yields_to<free_to_sell>, priority<2>>>> {
  static constexpr auto label = "1 models licensed to Microsoft";
};
struct renewed : licence<openai, microsoft, models, term<year<2019>, year<2040>>> {
  static constexpr auto label = "2 renewed licence";
};
struct free_to_sell : permission<openai, sell, models, term<year<2019>>> {
  static constexpr auto label = "3 OpenAI may sell the models to others";
};

using deal = contract<"deal", parties<openai, microsoft>, model_licence, renewed, free_to_sell>;

static_assert(check<deal>);

} // namespace ambiguous_exceptions_two_fallbacks
