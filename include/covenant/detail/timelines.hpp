// Timelines of events for rules that add clauses up: which clauses can be in force together.
#pragma once

#include <covenant/core/clause.hpp>
#include <covenant/detail/overlap.hpp>

#include <array>
#include <cstddef>
#include <cstdint>

namespace covenant::detail {

/// The events a few clauses depend on, and the timelines they make: each timeline says, for every
/// one of these events, whether it has happened. A clause is in force on a timeline when the
/// event it waits for has happened, and neither the event that ends it nor any of its exceptions
/// has. Pairwise tests cannot add clauses up: a share until E and a share from E never meet, yet
/// each meets a third share, so sums are taken per timeline.
struct timelines {
  /// Events beyond this many are not told apart: a clause waiting for (or ended by) one of them
  /// counts on every timeline, which can only overstate a sum (docs/reference/rules.md).
  static constexpr std::size_t max_events = 10;
  std::array<const entity*, max_events> events{};
  std::size_t count = 0;

  constexpr void add_event(const entity* e) noexcept {
    if (e == nullptr) return;
    for (std::size_t k = 0; k < count; ++k) {
      if (events[k] == e) return;
    }
    if (count < max_events) events[count++] = e;
  }
  constexpr void add(const clause_record& r) noexcept {
    for (const auto* e : r.waits_for()) add_event(e);
    add_event(r.ends_at_event);
    for (const auto& x : r.exceptions) {
      for (std::size_t k = 0; k < x.event_count; ++k) add_event(x.events[k]);
    }
  }

  /// How many timelines there are to look at.
  [[nodiscard]] constexpr std::uint32_t size() const noexcept { return 1U << count; }

  /// Whether event `e` has happened on timeline `t`; -1 when `e` is not told apart.
  [[nodiscard]] constexpr int happened(const entity* e, std::uint32_t t) const noexcept {
    for (std::size_t k = 0; k < count; ++k) {
      if (events[k] == e) return ((t >> k) & 1U) != 0U ? 1 : 0;
    }
    return -1;
  }

  /// Whether `r` can be in force on timeline `t` (its days aside).
  [[nodiscard]] constexpr bool admits(const clause_record& r, std::uint32_t t) const noexcept {
    if (!starts_on(r, t)) return false;
    if (r.ends_at_event != nullptr && happened(r.ends_at_event, t) == 1) return false;
    for (const auto& x : r.exceptions) {
      bool all = x.event_count > 0;
      for (std::size_t k = 0; k < x.event_count; ++k) all = all && happened(x.events[k], t) == 1;
      if (all) return false;
    }
    return true;
  }

  /// Whether the events `r` waits for allow it to have started on timeline `t`: all of them (or
  /// one, with any_of) have happened there. An event not told apart may have happened.
  [[nodiscard]] constexpr bool starts_on(const clause_record& r, std::uint32_t t) const noexcept {
    const auto w = r.waits_for();
    if (w.empty()) return true;
    const bool any = w.size() > 1 && r.starts_on_any;
    for (const auto* e : w) {
      const bool may_have = happened(e, t) != 0;
      if (any && may_have) return true;
      if (!any && !may_have) return false;
    }
    return !any;
  }

  /// An event the timeline needs to have happened for `r` to be in force, or null (with
  /// any_of, the first of the events: one timeline on which the clause stands).
  [[nodiscard]] static constexpr const entity* needs_happened(const clause_record& r) noexcept {
    return r.starts_at_event;
  }
  /// An event the timeline needs not to have happened for `r` to be in force, or null.
  [[nodiscard]] static constexpr const entity* needs_not_happened(const clause_record& r) noexcept {
    if (r.ends_at_event != nullptr) return r.ends_at_event;
    for (const auto& x : r.exceptions) {
      if (x.event_count == 1) return x.events[0];
    }
    return nullptr;
  }
};

/// A sum found over a limit: its clauses, in the order they add to it, and the first day.
struct excess {
  static constexpr std::size_t capacity = 64;
  bool found = false;
  day on = 0;
  std::int64_t total = 0;
  std::array<std::uint32_t, capacity> parts{};
  std::size_t part_count = 0;

  constexpr void add_part(std::size_t k) noexcept {
    if (part_count < capacity) parts[part_count] = static_cast<std::uint32_t>(k);
    ++part_count;
  }
};

/// Whether some clause among `members` that a timeline keeps hands over to `r`: `r` applies only
/// when that clause yields, so the two are never counted together.
template <typename Members>
constexpr bool taken_over(const clause_record* cs, const Members& members, std::size_t n,
                          const clause_record& r, const timelines& tl, std::uint32_t t) noexcept {
  for (std::size_t k = 0; k < n; ++k) {
    const auto& x = cs[members[k]];
    if (&x != &r && tl.admits(x, t) && yields_to(x, r)) return true;
  }
  return false;
}

} // namespace covenant::detail
