// Rule prohibited_grant: a party must not grant what a prohibition forbids it to grant.
#pragma once

#include <covenant/core/grant_actions.hpp>
#include <covenant/detail/engine.hpp>
#include <covenant/rules/rule.hpp>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    prohibited_grant, error,
    "a clause grants a right (an exclusivity, a licence, a first refusal or a first-ship "
    "preference) that a prohibition forbids its grantor to grant, over an overlapping scope and "
    "time.",
    "drop or narrow ", detail::first_clause("the grant"), ", end ",
    detail::second_clause("the prohibition"),
    " before the grant starts, or narrow its prohibited action (grant_licence instead of "
    "grant_rights, say).");

namespace rules {

/// The action a grant clause takes, as the grant_actions hierarchy names it, or null.
constexpr const detail::entity* grant_action(const clause_record& r) noexcept {
  switch (r.kind) {
  case clause_kind::exclusivity:
    return detail::entity_ptr<grant_exclusivity>();
  case clause_kind::licence:
    return r.exclusive ? detail::entity_ptr<grant_exclusive_licence>()
                       : detail::entity_ptr<grant_licence>();
  case clause_kind::right_of_first_refusal:
    return detail::entity_ptr<grant_first_refusal>();
  case clause_kind::first_ship:
    return detail::entity_ptr<grant_first_ship>();
  default:
    return nullptr;
  }
}

/// Whether a prohibition of `forbidden` covers granting `r`: the grant's action is the forbidden
/// one or a kind of it (an exclusive licence also counts as an exclusivity).
constexpr bool forbids(const detail::entity* forbidden, const clause_record& r) noexcept {
  const detail::entity* a = grant_action(r);
  if (a == nullptr) return false;
  if (detail::within(a, forbidden)) return true;
  return r.kind == clause_kind::licence && r.exclusive &&
         detail::within(detail::entity_ptr<grant_exclusivity>(), forbidden);
}

struct prohibited_grant {
  static constexpr rule id = rule::prohibited_grant;

  template <typename Sink>
  static constexpr void check(const detail::contract_view& c, std::size_t i, Sink& out) {
    const auto& cs = c.clauses;
    if (!detail::is_grant(cs[i].kind)) return;
    for (const std::size_t j : c.meeting(i)) {
      const auto& p = cs[j];
      if (p.kind != clause_kind::prohibition || p.party != cs[i].party) continue;
      if (!forbids(p.action, cs[i])) continue;
      const auto w = detail::common_window(cs[i], p);
      if (w.empty()) continue;
      detail::report<id>(out, c, i, j, w, detail::narrower(cs[i].scope, p.scope));
    }
  }
};

} // namespace rules
} // namespace covenant
