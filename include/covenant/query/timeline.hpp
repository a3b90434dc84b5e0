// When each clause of a contract is in force on a given timeline of events.
#pragma once

#include <covenant/core/scenario.hpp>
#include <covenant/detail/engine.hpp>

#include <cstddef>
#include <limits>

namespace covenant::detail {

/// The first day an exception's condition holds: when the last of its events has happened.
constexpr day holds_from(const exception_record& e, const scenario& s) noexcept {
  day d = std::numeric_limits<day>::min();
  for (std::size_t k = 0; k < e.event_count; ++k) {
    const day on = s.date_of(e.events[k]);
    if (on > d) d = on;
  }
  return d;
}

/// The days a fallback clause applies through clause `j`'s exceptions: from the first day an
/// exception yielding to it holds, until an exception of higher priority with another outcome
/// holds. When several exceptions lead to it, the one that holds first counts.
constexpr window fallback_window(const clause_record& j, const detail::clause_id* fallback,
                                 const scenario& s) noexcept {
  window best{end_of_time, end_of_time};
  for (const auto& e : j.exceptions) {
    if (e.fallback != fallback) continue;
    window w{holds_from(e, s), end_of_time};
    for (const auto& other : j.exceptions) {
      if (other.priority <= e.priority || other.fallback == fallback) continue;
      const day d = holds_from(other, s);
      if (d < w.to) w.to = d;
    }
    if (!w.empty() && w.from < best.from) best = w;
  }
  return best;
}

/// The days [from, to) clause `i` is in force on the timeline `s`; empty if it never is.
/// `linked`: whether any clause of `cs` yields to another (`yields_to<...>`); when none does,
/// pass false (`C::fallback_count > 0`) and the clauses that might yield to `i` are not
/// searched, which makes a query over all clauses linear instead of quadratic.
constexpr window in_force_window(std::span<const clause_record> cs, std::size_t i,
                                 const scenario& s, bool linked = true) noexcept {
  const auto& r = cs[i];
  window w{r.start, r.end};
  if (const auto events = r.waits_for(); !events.empty()) {
    // all_of: when the last of the events happens; any_of: when the first does.
    const bool any = events.size() > 1 && r.starts_on_any;
    day d = any ? end_of_time : std::numeric_limits<day>::min();
    for (const auto* e : events) {
      const day on = s.date_of(e);
      if (any ? on < d : on > d) d = on;
    }
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
  // A clause that others yield to applies only while one of them yields to it.
  bool contingent = false;
  window via{end_of_time, end_of_time};
  for (const auto& j : linked ? cs : cs.first(0)) {
    for (const auto& e : j.exceptions) contingent = contingent || e.fallback == r.identity;
    const window f = fallback_window(j, r.identity, s);
    if (f.from < via.from) via = f;
  }
  if (contingent) {
    if (via.from == end_of_time) return {};
    if (via.from > w.from) w.from = via.from;
    if (via.to < w.to) w.to = via.to;
  }
  return w;
}

} // namespace covenant::detail
