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

constexpr window common_window(const clause_record& a, const clause_record& b) noexcept {
  return {a.start > b.start ? a.start : b.start, a.end < b.end ? a.end : b.end};
}

constexpr bool in_force_on(const clause_record& r, day d) noexcept {
  return r.start <= d && d < r.end;
}

constexpr bool is_grant(clause_kind k) noexcept {
  return k == clause_kind::exclusivity || k == clause_kind::licence ||
         k == clause_kind::first_ship || k == clause_kind::right_of_first_refusal;
}

/// The party a clause favours: the holder of a grant, or the party permitted.
constexpr const entity* beneficiary(const clause_record& r) noexcept {
  if (r.kind == clause_kind::permission) return r.party;
  if (is_grant(r.kind)) return r.counterparty;
  return nullptr;
}

}  // namespace covenant::detail
