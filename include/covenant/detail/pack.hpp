// Questions over long packs, answered with arrays and loops: fold expressions nest, and clang
// refuses folds of more than 256 terms, which a contract of many clauses would need.
#pragma once

#include <cstddef>

namespace covenant::detail {

/// How many of the flags are true.
template <bool... Flags>
constexpr std::size_t count_true() noexcept {
  constexpr bool flags[] = {Flags..., false};
  std::size_t n = 0;
  for (std::size_t i = 0; i < sizeof...(Flags); ++i) n += flags[i] ? 1U : 0U;
  return n;
}

template <bool... Flags>
inline constexpr bool all_true = count_true<Flags...>() == sizeof...(Flags);

template <bool... Flags>
inline constexpr bool any_true = count_true<Flags...>() > 0;

} // namespace covenant::detail
