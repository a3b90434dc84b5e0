// The name of a type as text, in a constant expression: shown in diagnostics in place of a
// clause's empty label.
#pragma once

#include <covenant/core/fixed_string.hpp>

#include <cstddef>
#include <string_view>

namespace covenant::detail {

/// g++ 12: "constexpr const char* covenant::detail::pretty_name() [with T = deal::api]";
/// clang 14: "const char *covenant::detail::pretty_name() [T = deal::api]". The function returns
/// `const char*` so that g++ adds no "; std::string_view = ..." after the type.
template <typename T>
constexpr const char* pretty_name() noexcept {
  return __PRETTY_FUNCTION__;
}

/// The name of type T as the compiler spells it, with its namespaces: `deal::api_exclusivity`.
template <typename T>
constexpr std::string_view type_name() noexcept {
  const std::string_view text(pretty_name<T>());
  const std::size_t from = text.find("T = ") + 4;
  const std::size_t to = text.rfind(']');
  return text.substr(from, to - from);
}

/// A clause's label, or its type's name when it has none, as a template argument (g++ prints
/// it in the diagnostic).
template <typename C>
constexpr auto label_or_type_name() noexcept {
  constexpr std::string_view label(C::label);
  constexpr std::string_view text = label.empty() ? type_name<C>() : label;
  return fixed_string<text.size() + 1>(text, 0);
}

} // namespace covenant::detail
