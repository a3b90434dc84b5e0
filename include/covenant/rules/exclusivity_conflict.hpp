// Rule exclusivity_conflict: nobody but the holder may take what an exclusivity reserves.
#pragma once

#include <covenant/detail/engine.hpp>
#include <covenant/rules/rule.hpp>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    exclusivity_conflict, error,
    "an exclusivity reserves a scope to its holder, but another clause lets a different party "
    "take an overlapping scope (by licence, permission, obligation, first refusal, first ship or "
    "another exclusivity) at the same time.",
    "narrow ", detail::first_clause("the exclusivity"), " or ",
    detail::second_clause("the other clause"),
    ", end one term before the other starts, or grant the right to the holder of ",
    detail::first_clause("the exclusivity"), " itself.");

namespace rules {

/// Whether a clause of this kind lets (or makes) its beneficiary take a scope: a duty to act
/// within a scope takes it as surely as a permission to.
constexpr bool takes_scope(clause_kind k) noexcept {
  return detail::is_grant(k) || k == clause_kind::permission || k == clause_kind::obligation;
}

struct exclusivity_conflict {
  static constexpr rule id = rule::exclusivity_conflict;

  template <typename Sink>
  static constexpr void check(const detail::contract_view& c, std::size_t i, Sink& out) {
    const auto& cs = c.clauses;
    if (cs[i].kind != clause_kind::exclusivity) return;
    for (const std::size_t j : c.meeting(i)) {
      const clause_kind k = cs[j].kind;
      if (!takes_scope(k)) continue;
      // Two exclusivities are one finding, reported from the earlier one.
      if (k == clause_kind::exclusivity && j < i) continue;
      if (detail::beneficiary(cs[j]) == cs[i].counterparty) continue;
      // The holder may grant what it holds to others (rule grant_without_right checks it);
      // between two exclusivities either may be the sub-grant, so that the verdict does not
      // depend on which is written first.
      if (detail::is_grant(k) && cs[j].party == cs[i].counterparty) continue;
      if (k == clause_kind::exclusivity && cs[i].party == cs[j].counterparty) continue;
      const auto w = detail::common_window(cs[i], cs[j]);
      if (w.empty()) continue;
      detail::report<id>(out, c, i, j, w, detail::narrower(cs[i].scope, cs[j].scope));
    }
  }
};

} // namespace rules
} // namespace covenant
