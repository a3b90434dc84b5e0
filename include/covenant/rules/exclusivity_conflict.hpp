// Rule exclusivity_conflict: nobody but the holder may take what an exclusivity reserves.
#pragma once

#include <covenant/detail/engine.hpp>
#include <covenant/rules/rule.hpp>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    exclusivity_conflict, error,
    "an exclusivity reserves a scope to its holder, but another clause lets a different party "
    "take an overlapping scope (by licence, permission, first refusal, first ship or another "
    "exclusivity) at the same time.",
    "narrow one of the scopes, end one term before the other starts, or grant the right to the "
    "exclusivity holder itself.");

namespace rules {

/// Whether a clause of this kind lets its beneficiary take a scope.
constexpr bool takes_scope(clause_kind k) noexcept {
  return detail::is_grant(k) || k == clause_kind::permission;
}

template <typename Sink>
constexpr void check_exclusivity_conflict(const detail::contract_view& c, std::size_t i,
                                          Sink& out) {
  const auto& cs = c.clauses;
  if (cs[i].kind != clause_kind::exclusivity) return;
  constexpr clause_kind taking[] = {clause_kind::exclusivity, clause_kind::licence,
                                    clause_kind::first_ship, clause_kind::right_of_first_refusal,
                                    clause_kind::permission};
  for (const clause_kind k : taking) {
    const auto js = c.of_kind(k);
    for (std::size_t x = 0; x < js.count; ++x) {
      const std::size_t j = js.first[x];
      if (j == i || !detail::may_meet(cs[i], cs[j])) continue;
      // Two exclusivities are one finding, reported from the earlier one.
      if (k == clause_kind::exclusivity && j < i) continue;
      if (detail::beneficiary(cs[j]) == cs[i].counterparty) continue;
      // The holder may grant what it holds to others (rule grant_without_right checks it).
      if (detail::is_grant(k) && cs[j].party == cs[i].counterparty) continue;
      const auto w = detail::common_window(cs[i], cs[j]);
      if (w.empty() || !detail::overlaps(cs[i].scope, cs[j].scope)) continue;
      detail::report<rule::exclusivity_conflict>(out, c, i, j, w,
                                                 detail::narrower(cs[i].scope, cs[j].scope));
    }
  }
}

} // namespace rules
} // namespace covenant
