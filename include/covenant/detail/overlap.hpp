// Overlap of terms and scopes between two clause records.
#pragma once

#include <covenant/core/clause.hpp>

namespace covenant::detail {

/// A half-open window of days [from, to); empty when from >= to.
struct window {
  day from = 0;
  day to = 0;
  [[nodiscard]] constexpr bool empty() const noexcept { return from >= to; }
};

/// Whether clause `a` yields to clause `b` through one of its exceptions.
constexpr bool yields_to(const clause_record& a, const clause_record& b) noexcept {
  for (const auto& e : a.exceptions) {
    if (e.fallback != nullptr && e.fallback == b.identity) return true;
  }
  return false;
}

/// Where two clauses can be in force together, over every timeline of events. Ends at an event
/// count as their latest possible end. Two clauses never meet when one hands over to the other:
/// one ends when an event happens and the other cannot start before the same event has
/// happened (it waits for it, alone or with all_of; with any_of another event may start it
/// first, so that is no handover), or one yields to the other through an exception.
constexpr window common_window(const clause_record& a, const clause_record& b) noexcept {
  const bool handover = b.starts_after(a.ends_at_event) || a.starts_after(b.ends_at_event) ||
                        yields_to(a, b) || yields_to(b, a);
  if (handover) return {};
  return {a.start > b.start ? a.start : b.start, a.end < b.end ? a.end : b.end};
}

/// Whether two clauses may meet: overlapping scopes (one contains the other) and overlapping
/// terms, ignoring events. The engine's candidate index lists exactly the pairs for which this
/// holds (detail/meetings.hpp), so rules never test it themselves.
constexpr bool may_meet(const clause_record& a, const clause_record& b) noexcept {
  return a.start < b.end && b.start < a.end && overlaps(a.scope, b.scope);
}

constexpr bool in_force_on(const clause_record& r, day d) noexcept {
  return r.start <= d && d < r.end;
}

constexpr bool is_grant(clause_kind k) noexcept {
  return k == clause_kind::exclusivity || k == clause_kind::licence ||
         k == clause_kind::first_ship || k == clause_kind::right_of_first_refusal;
}

/// The party a clause has take a scope: the holder of a grant, or the party permitted or bound.
constexpr const entity* beneficiary(const clause_record& r) noexcept {
  if (r.kind == clause_kind::permission || r.kind == clause_kind::obligation) return r.party;
  if (is_grant(r.kind)) return r.counterparty;
  return nullptr;
}

} // namespace covenant::detail
