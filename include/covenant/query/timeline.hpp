// When each clause of a contract is in force on a given timeline of events.
#pragma once

#include <covenant/core/scenario.hpp>
#include <covenant/detail/engine.hpp>

#include <cstddef>

namespace covenant::detail {

/// The first day an exception's condition holds: when the last of its events has happened.
constexpr day holds_from(const exception_record& e, const scenario& s) noexcept {
  day d = 0;
  for (std::size_t k = 0; k < e.event_count; ++k) {
    const day on = s.date_of(e.events[k]);
    if (on > d) d = on;
  }
  return d;
}

/// The day a fallback clause starts to apply through clause `j`'s exceptions, or end_of_time.
/// When several exceptions of `j` hold, the one with the highest priority decides.
constexpr day fallback_from(const clause_record& j, const void* fallback,
                            const scenario& s) noexcept {
  day best = end_of_time;
  for (const auto& e : j.exceptions) {
    if (e.fallback != fallback) continue;
    const day from = holds_from(e, s);
    bool overridden = false;
    for (const auto& other : j.exceptions) {
      overridden = overridden || (other.priority > e.priority && holds_from(other, s) <= from &&
                                  other.fallback != fallback);
    }
    if (!overridden && from < best) best = from;
  }
  return best;
}

/// The days [from, to) clause `i` is in force on the timeline `s`; empty if it never is.
constexpr window in_force_window(std::span<const clause_record> cs, std::size_t i,
                                 const scenario& s) noexcept {
  const auto& r = cs[i];
  window w{r.start, r.end};
  if (r.starts_at_event != nullptr) {
    const day d = s.date_of(r.starts_at_event);
    if (d == end_of_time) return {};
    if (d > w.from) w.from = d;
  }
  if (r.ends_at_event != nullptr) {
    const day d = s.date_of(r.ends_at_event);
    if (d < w.to) w.to = d;
  }
  // The clause yields from the first day one of its exceptions holds.
  for (const auto& e : r.exceptions) {
    const day d = holds_from(e, s);
    if (d < w.to) w.to = d;
  }
  // A clause that others yield to applies only once one of them yields to it.
  bool contingent = false;
  day from = end_of_time;
  for (const auto& j : cs) {
    for (const auto& e : j.exceptions) contingent = contingent || e.fallback == r.identity;
    const day d = fallback_from(j, r.identity, s);
    if (d < from) from = d;
  }
  if (contingent) {
    if (from == end_of_time) return {};
    if (from > w.from) w.from = from;
  }
  return w;
}

} // namespace covenant::detail
