// Named events that may end a term: `struct agi_declared : event<"AGI declared"> {};`.
#pragma once

#include <covenant/core/fixed_string.hpp>
#include <covenant/core/names.hpp>

#include <string_view>
#include <type_traits>

namespace covenant {

/// Something that may or may not happen, at one date if it does (for instance the declaration of
/// AGI). A term may end when it happens: `term<year<2025>, until<agi_declared>>`.
template <fixed_string Name>
struct event : detail::event_tag {
  static constexpr std::string_view name = Name.view();
};

/// An event type.
template <typename T>
concept event_type = std::is_base_of_v<detail::event_tag, T> && std::is_class_v<T>;

}  // namespace covenant
