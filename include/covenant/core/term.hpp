// Terms: the half-open period [start, end) during which a clause is in force.
#pragma once

#include <covenant/core/date.hpp>
#include <covenant/core/event.hpp>
#include <covenant/core/names.hpp>

#include <type_traits>

namespace covenant {

/// The end of an open-ended term.
struct indefinite {
  /// `end_of_time`: the term never ends.
  static constexpr day value = end_of_time;
  /// Marks the open end.
  static constexpr bool is_open_ended = true;
};

/// A term end: the term runs until the event happens, or forever if it never does.
template <event_type Event>
struct until {
  /// The latest end: `end_of_time` (the event may never happen).
  static constexpr day value = end_of_time;
  /// The event that ends the term.
  using event_type = Event;
};

/// A term end: the earlier of a date and an event ("until panel verification or 2030,
/// whichever first").
template <date_type Date, event_type Event>
struct earliest {
  /// The latest end: the date.
  static constexpr day value = Date::value;
  /// The event that may end the term earlier.
  using event_type = Event;
};

namespace detail {
struct upon_tag {};
} // namespace detail

/// A term start: the term begins when the event happens, never if it does not. `NotBefore`
/// is the earliest day it can begin.
template <event_type Event, date_type NotBefore = date<1900>>
struct upon : detail::upon_tag {
  /// The earliest start.
  static constexpr day value = NotBefore::value;
  /// The event that starts the term.
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
  /// The first day of the term.
  static constexpr day start = Start::value;
  /// The latest day the term can reach (exclusive); `end_of_time` when open-ended.
  static constexpr day end = End::value;
  /// The event that may end the term earlier, or null.
  static constexpr const detail::entity* ends_at_event = detail::boundary_event<End>();
  /// The event the term waits for, or null.
  static constexpr const detail::entity* starts_at_event = detail::boundary_event<Start>();
};

/// A term type, as written in clauses. (The compilers' built-in test, not std::is_base_of_v: a
/// malformed term's static_assert then reaches the user's line two notes sooner.)
template <typename T>
concept term_type = __is_base_of(detail::term_tag, T);

} // namespace covenant
