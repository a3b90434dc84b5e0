// Labels for generated clauses: `numbered_label<I>` is "<Prefix><I>" in decimal, in static storage,
// so that a clause template can give every instance a label of its own (rule unlabelled_clause).
#pragma once

#include <array>
#include <cstddef>

namespace test_support {

template <char Prefix, int I>
inline constexpr auto numbered_text = [] {
  std::array<char, 16> text{};
  char digits[12]{};
  int n = 0;
  for (int v = I; v > 0 || n == 0; v /= 10) digits[n++] = static_cast<char>('0' + v % 10);
  text[0] = Prefix;
  for (int k = 0; k < n; ++k) text[static_cast<std::size_t>(1 + k)] = digits[n - 1 - k];
  return text;
}();

/// "<Prefix><I>", e.g. numbered_label<'n', 123> is "n123".
template <int I, char Prefix = 'n'>
inline constexpr const char* numbered_label = numbered_text<Prefix, I>.data();

} // namespace test_support
