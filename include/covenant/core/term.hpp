// Terms: the half-open period [start, end) during which a clause is in force.
#pragma once

#include <covenant/core/date.hpp>
#include <covenant/core/event.hpp>
#include <covenant/core/exception.hpp>
#include <covenant/core/names.hpp>

#include <array>
#include <cstddef>
#include <span>
#include <type_traits>

namespace covenant {

/// The end of an open-ended term.
struct indefinite {
  static constexpr day value = end_of_time;
  static constexpr bool is_open_ended = true;
};

/// A term end: the term runs until the event happens, or forever if it never does.
template <event_type Event>
struct until {
  static constexpr day value = end_of_time;
  using event_type = Event;
};

/// A term end: the earlier of a date and an event ("until panel verification or 2030,
/// whichever first").
template <date_type Date, event_type Event>
struct earliest {
  static constexpr day value = Date::value;
  using event_type = Event;
};

/// A term start condition (with `upon`): the first of the events to happen starts the term
/// ("from the IPO or a sale, whichever comes first"). `all_of<events...>` (core/exception.hpp)
/// waits for the last of them instead.
template <event_type... Events>
struct any_of {
  static_assert(sizeof...(Events) >= 1 && sizeof...(Events) <= 4,
                "covenant: any_of takes one to four events");
};

namespace detail {
struct upon_tag {};

/// What a term waits for, lowered: the first event (what rules that look at one event see) and,
/// for `all_of`/`any_of`, every event and whether one is enough. It converts to the first event,
/// so code that only asks "does the term wait for an event?" keeps working.
struct start_condition {
  const entity* first = nullptr;
  std::span<const entity* const> events{};
  bool any = false;
  constexpr operator const entity*() const noexcept { return first; } // NOLINT: by design
};

template <typename Condition>
struct start_events;
template <event_type E>
struct start_events<E> {
  static constexpr std::array<const entity*, 0> value{};
  static constexpr bool any = false;
  static constexpr const entity* first = entity_ptr<E>();
};
template <event_type... Es>
struct start_events<all_of<Es...>> {
  static constexpr std::array<const entity*, sizeof...(Es)> value{entity_ptr<Es>()...};
  static constexpr bool any = false;
  static constexpr const entity* first = value[0];
};
template <event_type... Es>
struct start_events<any_of<Es...>> {
  static constexpr std::array<const entity*, sizeof...(Es)> value{entity_ptr<Es>()...};
  static constexpr bool any = true;
  static constexpr const entity* first = value[0];
};

template <typename T>
constexpr bool is_start_condition = event_type<T>;
template <typename... Es>
constexpr bool is_start_condition<all_of<Es...>> = true;
template <typename... Es>
constexpr bool is_start_condition<any_of<Es...>> = true;
} // namespace detail

/// A term start: the term begins when the event happens, never if it does not. `NotBefore`
/// is the earliest day it can begin. `Event` may be `all_of<e...>` (when the last of them has
/// happened) or `any_of<e...>` (when the first of them happens).
template <typename Event, date_type NotBefore = date<1900>>
struct upon : detail::upon_tag {
  static_assert(detail::is_start_condition<Event>,
                "covenant: upon<...> takes an event, all_of<events...> or any_of<events...>");
  static constexpr day value = NotBefore::value;
  using event_type = Event;
};

/// Anything that may start a term: a date, or `upon<event>`.
template <typename T>
concept term_start = date_type<T> || std::is_base_of_v<detail::upon_tag, T>;

/// Anything that may end a term: a date, `indefinite`, `until<event>`, `earliest<date, event>`.
template <typename T>
concept term_end = requires {
  { T::value } -> std::convertible_to<day>;
};

namespace detail {
template <typename Boundary>
constexpr const entity* boundary_event() noexcept {
  if constexpr (requires { typename Boundary::event_type; }) {
    return entity_ptr<typename Boundary::event_type>();
  } else {
    return nullptr;
  }
}
template <typename Start>
constexpr start_condition start_of() noexcept {
  if constexpr (requires { typename Start::event_type; }) {
    using set = start_events<typename Start::event_type>;
    return {set::first, set::value, set::any};
  } else {
    return {};
  }
}
struct term_tag {};
} // namespace detail

/// A term `[Start, End)`: in force from the first day of Start up to, not including, End.
/// Either end may be an event: `term<upon<agi_verified>, through<2032>>`,
/// `term<year<2025>, until<agi_declared>>`. `term<year<2019>>` is open-ended; `term<year<2025>,
/// year<2030>>` ends when 2030 begins, so it touches but does not overlap `term<year<2030>,
/// through<2032>>`.
template <term_start Start, term_end End = indefinite>
struct term : detail::term_tag {
  static_assert(End::value > Start::value,
                "covenant: a term must end after it starts (terms are half-open: [start, end))");
  static constexpr day start = Start::value;
  /// The latest day the term can reach (exclusive); `end_of_time` when open-ended.
  static constexpr day end = End::value;
  /// The event that may end the term earlier, or null.
  static constexpr const detail::entity* ends_at_event = detail::boundary_event<End>();
  /// What the term waits for: an event, all of several or the first of several (it converts to
  /// the first event, or null when the term starts on a date).
  static constexpr detail::start_condition starts_at_event = detail::start_of<Start>();
};

/// A term type, as written in clauses. (The compilers' built-in test, not std::is_base_of_v: a
/// malformed term's static_assert then reaches the user's line two notes sooner.)
template <typename T>
concept term_type = __is_base_of(detail::term_tag, T);

} // namespace covenant
