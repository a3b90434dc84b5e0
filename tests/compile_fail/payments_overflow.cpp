// payments<C>(...) evaluated at compile time with a revenue so large that revenue * rate * days
// overflows std::int64_t: the constant evaluation reaches the `throw std::overflow_error` in
// detail::checked_mul, so the constexpr variable fails to compile instead of wrapping around.
// (10^15 * 2,000 basis points = 2 * 10^18 fits; * 365 days does not.)
//
// Note: neither compiler prints the exception's message ("payment computation overflows") in a
// diagnostic line, only in the echoed source line, which the harness does not match; so the
// regexes match the function that throws, checked_mul, which both compilers name, and each
// compiler's wording.
//
// EXPECT: checked_mul
// EXPECT-GCC: throw-expression.* is not a constant expression
// EXPECT-CLANG: constexpr variable 'p' must be initialized by a constant expression
// EXPECT: ^[^ ]*payments_overflow\.cpp:[0-9]+:[0-9]+:
#include <covenant/covenant.hpp>

#include <array>

namespace payments_overflow {

using namespace covenant;

struct openai : party<"OpenAI"> {};
struct microsoft : party<"Microsoft"> {};
struct revenue : scope<"OpenAI revenue"> {};

struct royalty : revenue_share<openai, microsoft, percent<20>, revenue, term<year<2025>>> {
  static constexpr auto label = "1 royalty of 20 percent";
};
using deal = contract<"deal", parties<openai, microsoft>, royalty>;

#ifdef COVENANT_FIXED
// 10^12 * 2,000 * 365 = 7.3 * 10^17 fits; / (10,000 * 365) = 2 * 10^11, 20 % of 10^12.
constexpr std::array<revenue_in, 1> by_year{{{2025, 1'000'000'000'000}}};
#else
constexpr std::array<revenue_in, 1> by_year{{{2025, 1'000'000'000'000'000}}};
#endif

constexpr auto p = payments<deal>(openai{}, microsoft{}, by_year);

#ifdef COVENANT_FIXED
static_assert(p[0].due == 200'000'000'000);
#endif

} // namespace payments_overflow
