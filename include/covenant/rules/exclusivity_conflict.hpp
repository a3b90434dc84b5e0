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
constexpr void check_exclusivity_conflict(const detail::contract_view& c, Sink& out) {
  const auto& cs = c.clauses;
  for (std::size_t i = 0; i < cs.size() && !out.done(); ++i) {
    if (cs[i].kind != clause_kind::exclusivity) continue;
    for (std::size_t j = 0; j < cs.size(); ++j) {
      if (j == i || !takes_scope(cs[j].kind)) continue;
      // Two exclusivities are one finding, reported from the earlier one.
      if (cs[j].kind == clause_kind::exclusivity && j < i) continue;
      if (detail::beneficiary(cs[j]) == cs[i].counterparty) continue;
      const auto w = detail::common_window(cs[i], cs[j]);
      if (w.empty() || !detail::overlaps(cs[i].scope, cs[j].scope)) continue;
      detail::report<rule::exclusivity_conflict>(out, c, i, j, w,
                                                 detail::narrower(cs[i].scope, cs[j].scope));
    }
  }
}

}  // namespace rules
}  // namespace covenant
