// A string usable as a template argument: party<"Microsoft">, scope<"OpenAI API">.
#pragma once

#include <cstddef>
#include <string_view>

namespace covenant {

/// A string literal captured by value so that it can be a template argument.
template <std::size_t N>
struct fixed_string {
  char data[N]{};

  constexpr fixed_string(const char (&text)[N]) noexcept { // NOLINT: implicit on purpose
    for (std::size_t i = 0; i < N; ++i) data[i] = text[i];
  }
  constexpr fixed_string(std::string_view text, std::size_t) noexcept {
    for (std::size_t i = 0; i + 1 < N && i < text.size(); ++i) data[i] = text[i];
  }

  [[nodiscard]] constexpr std::string_view view() const noexcept { return {data, N - 1}; }
  [[nodiscard]] static constexpr std::size_t size() noexcept { return N - 1; }
};

} // namespace covenant
