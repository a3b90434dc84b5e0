// scenario: which events happen, and when. Queries take one; rules consider them all.
#pragma once

#include <covenant/core/date.hpp>
#include <covenant/core/event.hpp>

#include <array>
#include <cstddef>
#include <initializer_list>
#include <stdexcept>

namespace covenant {

namespace detail {
/// Not constexpr on purpose: in a constant expression, the compilers name this function in the
/// diagnostic, which is the message; at run time it throws.
[[noreturn]] inline void a_scenario_gives_one_event_two_days() {
  throw std::invalid_argument("covenant: a scenario gives one event two days; hint: an event "
                              "happens once, if at all: keep one day");
}
} // namespace detail

/// An event happening on a day: `{agi_declared{}, day_of(2029, 6, 1)}`.
struct occurrence {
  /// The event (its identity).
  const detail::entity* event = nullptr;
  /// The day it happens.
  day on = end_of_time;

  constexpr occurrence() = default;
  /// Event `E` happens on day `when`.
  template <event_type E>
  constexpr occurrence(E, day when) noexcept : event(detail::entity_ptr<E>()), on(when) {}
  /// Event `E` happens on date `D`.
  template <event_type E, date_type D>
  constexpr occurrence(E, D) noexcept : event(detail::entity_ptr<E>()), on(D::value) {}
};

/// A timeline of events: those listed happen on their day, every other event never happens.
/// Each event is listed once: an event happens once, if at all.
/// `scenario{}` is the timeline in which nothing happens.
class scenario {
public:
  /// The most events a scenario holds.
  static constexpr std::size_t capacity = 16;

  constexpr scenario() = default;
  /// The timeline in which these events happen, each on its day.
  constexpr scenario(std::initializer_list<occurrence> events) {
    for (const auto& e : events) add(e);
  }

  /// The day the event happens, or `end_of_time` if it never does.
  [[nodiscard]] constexpr day date_of(const detail::entity* event) const noexcept {
    for (std::size_t i = 0; i < size_; ++i) {
      if (items_[i].event == event) return items_[i].on;
    }
    return end_of_time;
  }
  /// The day event `E` happens, or `end_of_time` if it never does.
  template <event_type E>
  [[nodiscard]] constexpr day date_of(E) const noexcept {
    return date_of(detail::entity_ptr<E>());
  }
  /// How many events happen.
  [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }

private:
  constexpr void add(const occurrence& e) {
    // More events than capacity cannot be represented: fail loudly, in constexpr too.
    if (size_ == capacity) throw std::length_error("covenant: a scenario holds at most 16 events");
    for (std::size_t i = 0; i < size_; ++i) {
      if (items_[i].event == e.event) detail::a_scenario_gives_one_event_two_days();
    }
    items_[size_++] = e;
  }
  std::array<occurrence, capacity> items_{};
  std::size_t size_ = 0;
};

} // namespace covenant
