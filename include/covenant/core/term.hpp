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
/// The earliest day of `upon<event>` when none is given.
inline constexpr day no_earliest_day = date<1900>::value;

/// What a term waits for, lowered: the first event (what rules that look at one event see) and,
/// for `all_of`/`any_of`, every event and whether one is enough. It converts to the first event,
/// so code that only asks "does the term wait for an event?" keeps working.
struct start_condition {
  const entity* first = nullptr;
  std::span<const entity* const> events{};
  bool any = false;
  constexpr operator const entity*() const noexcept { return first; } // NOLINT: by design
};

/// Not a start condition: nothing to wait for (upon<...> reports the mistake).
template <typename Condition>
struct start_events {
  static constexpr std::array<const entity*, 0> value{};
  static constexpr bool any = false;
  static constexpr const entity* first = nullptr;
};
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
/// is the earliest day it can begin; without one, a clause in a contract with a term begins at
/// the event or at the contract's start, whichever is later (docs/reference/clauses.md).
/// `Event` may be `all_of<e...>` (when the last of them has happened) or `any_of<e...>` (when
/// the first of them happens).
template <typename Event, date_type NotBefore = date<1900>>
struct upon : detail::upon_tag {
  // Reported from a lambda, so that the term stays usable (docs/design.md, "Reporting mistakes").
  static_assert([] {
    static_assert(detail::is_start_condition<Event>,
                  "covenant: upon<...> takes an event, all_of<events...> or any_of<events...>");
    return true;
  }());
  /// The earliest start.
  static constexpr day value = NotBefore::value;
  /// The event that starts the term.
  using event_type = Event;
};

namespace detail {
/// A term boundary read by its form: its day, whether it is valid, and its event (or null).
/// Terms read their boundaries only through it, so that they never instantiate a date: an
/// invalid one is reported once, by the term, close to the user's line.
template <typename T>
struct boundary {
  static constexpr bool is_start = false;
  static constexpr bool is_end = false;
};
template <int Y, unsigned M, unsigned D>
struct boundary<date<Y, M, D>> {
  static constexpr bool is_start = true;
  static constexpr bool is_end = true;
  static constexpr bool valid = valid_date(Y, M, D);
  static constexpr day value = valid ? days_from_civil(Y, M, D) : 0;
  static constexpr const entity* event() noexcept { return nullptr; }
};
template <typename E, typename D>
struct boundary<upon<E, D>> : boundary<D> {
  static constexpr bool is_end = false;
  static constexpr bool waits_for_events = is_start_condition<E>;
  static constexpr const entity* event() noexcept { return start_events<E>::first; }
};
template <>
struct boundary<indefinite> {
  static constexpr bool is_start = false;
  static constexpr bool is_end = true;
  static constexpr bool valid = true;
  static constexpr day value = end_of_time;
  static constexpr const entity* event() noexcept { return nullptr; }
};
template <typename E>
struct boundary<until<E>> : boundary<indefinite> {
  static constexpr const entity* event() noexcept { return entity_ptr<E>(); }
};
template <typename D, typename E>
struct boundary<earliest<D, E>> : boundary<D> {
  static constexpr bool is_start = false;
  static constexpr const entity* event() noexcept { return entity_ptr<E>(); }
};
} // namespace detail

/// Anything that may start a term: a date, or `upon<event>`.
template <typename T>
concept term_start = detail::boundary<T>::is_start;

/// Anything that may end a term: a date, `indefinite`, `until<event>`, `earliest<date, event>`.
template <typename T>
concept term_end = detail::boundary<T>::is_end;

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
private:
  using from = detail::boundary<Start>;
  using to = detail::boundary<End>;

public:
  /// upon<...> names an event, all_of<...> or any_of<...>.
  static constexpr bool start_condition_valid = [] {
    if constexpr (requires { from::waits_for_events; }) {
      return from::waits_for_events;
    } else {
      return true;
    }
  }();
  static constexpr bool dates_valid = from::valid && to::valid;
  static constexpr bool ends_after_start = !dates_valid || to::value > from::value;
  /// A term that starts at an event and ends at the same event is never in force.
  static constexpr bool can_be_in_force = from::event() == nullptr || from::event() != to::event();
  static constexpr bool well_formed =
      start_condition_valid && dates_valid && ends_after_start && can_be_in_force;
  // Each mistake reported from a lambda, so that the term stays usable and nothing else is
  // reported about it (docs/design.md, "Reporting mistakes").
  static_assert([] {
    static_assert(start_condition_valid,
                  "covenant: upon<...> takes an event, all_of<events...> or any_of<events...>");
    return true;
  }());
  static_assert([] {
    static_assert(dates_valid, "covenant: invalid date (year 1900..9999, month 1..12, day within "
                               "the month); hint: check the day against the month's length");
    return true;
  }());
  static_assert([] {
    static_assert(ends_after_start, "covenant: a term must end after it starts (terms are "
                                    "half-open: [start, end)); hint: swap the dates, or end it "
                                    "later");
    return true;
  }());
  static_assert([] {
    static_assert(can_be_in_force, "covenant: a term that starts upon an event and ends at the "
                                   "same event is never in force; hint: end it at another event "
                                   "or a date");
    return true;
  }());
  static constexpr day start = from::value;
  /// The latest day the term can reach (exclusive); `end_of_time` when open-ended.
  static constexpr day end = to::value;
  /// The event that may end the term earlier, or null.
  static constexpr const detail::entity* ends_at_event = to::event();
  /// What the term waits for: an event, all of several or the first of several (it converts to
  /// the first event, or null when the term starts on a date).
  static constexpr detail::start_condition starts_at_event = detail::start_of<Start>();
};

namespace detail {
template <typename T>
constexpr bool is_term = false;
template <typename S, typename E>
constexpr bool is_term<term<S, E>> = true;
} // namespace detail

/// A term type, as written in clauses. (Matched by its form, so that checking a clause's
/// constraints does not instantiate the term: a malformed term is reported by the clause that
/// reads it, two notes closer to the user's line.)
template <typename T>
concept term_type = detail::is_term<T>;

} // namespace covenant
