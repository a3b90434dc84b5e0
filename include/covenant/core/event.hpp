// Named events: things that may happen, at one date if they do.
#pragma once

#include <covenant/core/fixed_string.hpp>
#include <covenant/core/names.hpp>

#include <cstddef>
#include <string_view>
#include <type_traits>

namespace covenant {

/// Event option: the condition in words ("systems that can generate $100B of profit").
template <fixed_string Text>
struct condition {
  static constexpr std::string_view text = Text.view();
};

/// Event option: who decides that the event happened (an expert panel, a board).
template <typename Verifier>
struct verified_by {
  using type = Verifier;
};

namespace detail {
template <typename T>
constexpr bool is_event_option = false;
template <fixed_string T>
constexpr bool is_event_option<condition<T>> = true;
template <typename T>
constexpr bool is_event_option<verified_by<T>> = true;
template <typename T>
constexpr bool is_event_option<excludes<T>> = true;

template <typename T>
constexpr bool is_condition_option = false;
template <fixed_string T>
constexpr bool is_condition_option<condition<T>> = true;

template <typename T>
struct condition_text {
  static constexpr std::string_view value{};
};
template <fixed_string T, typename... Rest>
struct condition_text<type_list_tag<condition<T>, Rest...>> {
  static constexpr std::string_view value = condition<T>::text;
};
template <typename First, typename... Rest>
struct condition_text<type_list_tag<First, Rest...>> : condition_text<type_list_tag<Rest...>> {};
} // namespace detail

/// Something that may or may not happen, at one date if it does: `struct agi_declared :
/// event<"AGI declared", verified_by<expert_panel>> {};`. Terms may end or start at an event,
/// triggers act on clauses when it happens, and exceptions make a clause yield to it.
template <fixed_string Name, typename... Options>
struct event : detail::event_tag {
  static constexpr std::string_view name = Name.view();
  /// The condition in words, or empty.
  static constexpr std::string_view condition_text =
      detail::condition_text<detail::type_list_tag<Options...>>::value;
  /// Who verifies the event, or `detail::no_entity`.
  using verifier = detail::option_t<verified_by, Options...>;
  /// An event that cannot happen together with this one, or `detail::no_entity`.
  using excluded = detail::option_t<excludes, Options...>;
  static constexpr bool options_known = (detail::is_event_option<Options> && ...);
  // A repeated option would be silently dropped (only the first is read): rejected instead.
  static constexpr bool options_once =
      (std::size_t{0} + ... + (detail::is_condition_option<Options> ? 1U : 0U)) <= 1 &&
      detail::count_option<verified_by, Options...> <= 1 &&
      detail::count_option<excludes, Options...> <= 1;
  static constexpr bool verifier_is_party =
      std::is_same_v<verifier, detail::no_entity> || std::is_base_of_v<detail::party_tag, verifier>;
  static constexpr bool excludes_an_event =
      std::is_same_v<excluded, detail::no_entity> || std::is_base_of_v<detail::event_tag, excluded>;
  static constexpr bool well_formed =
      options_known && options_once && verifier_is_party && excludes_an_event;
  // Each mistake reported from a lambda (docs/design.md, "Reporting mistakes").
  static_assert([] {
    static_assert(options_known, "covenant: an event takes only condition<\"...\">, "
                                 "verified_by<...> and excludes<...> options");
    return true;
  }());
  static_assert([] {
    static_assert(options_once, "covenant: an event takes at most one of each option; hint: "
                                "say the whole condition in one condition<\"...\">");
    return true;
  }());
  static_assert([] {
    static_assert(verifier_is_party, "covenant: verified_by<...> must name a party, who decides "
                                     "that the event happened; hint: declare it as "
                                     "struct panel : party<\"...\"> {};");
    return true;
  }());
  static_assert([] {
    static_assert(excludes_an_event,
                  "covenant: an event's excludes<...> must name an event, declared before it");
    return true;
  }());
};

/// An event type.
template <typename T>
concept event_type = std::is_base_of_v<detail::event_tag, T> && std::is_class_v<T>;

namespace detail {
/// Whether two events are declared unable to happen together (either side may say so).
constexpr bool mutually_exclusive(const entity* a, const entity* b) noexcept {
  return a != nullptr && b != nullptr && (a->excludes == b || b->excludes == a);
}
} // namespace detail

} // namespace covenant
