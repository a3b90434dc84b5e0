// Placeholders: figures that are not public, marked so that every rendering says so.
#pragma once

#include <cstdint>

namespace covenant {

/// A figure that is not public, standing in for the real one: `placeholder<1, percent<20>>` is
/// a rate of 20 % for checking and payments, rendered as "not public (placeholder 1)". `N`
/// (1 to 255) numbers the placeholder, so a document can list what each stands for. Works for
/// rates (`percent`, `basis_points`) and amounts (`money`, `usd_millions`).
template <int N, typename Figure>
struct placeholder : Figure {
  static_assert(N >= 1 && N <= 255, "covenant: a placeholder is numbered 1 to 255");
  static constexpr std::uint8_t placeholder_number = static_cast<std::uint8_t>(N);
};

namespace detail {
/// The placeholder number of a figure type, or 0 when the figure is public.
template <typename Figure>
constexpr std::uint8_t placeholder_of() noexcept {
  if constexpr (requires { Figure::placeholder_number; }) {
    return Figure::placeholder_number;
  } else {
    return 0;
  }
}
} // namespace detail

} // namespace covenant
