// Rule grant_without_right: only the owner, or a sublicensable licensee, can grant rights.
#pragma once

#include <covenant/detail/engine.hpp>
#include <covenant/rules/rule.hpp>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    grant_without_right, error,
    "a clause grants rights over an owned scope, but the grantor neither owns it nor holds a "
    "sublicensable licence covering that scope for the whole term.",
    "have the owner grant it, or first give the grantor a sublicensable licence to the scope.");

namespace rules {

struct grant_without_right {
  static constexpr rule id = rule::grant_without_right;

  template <typename Sink>
  static constexpr void check(const detail::contract_view& c, std::size_t i, Sink& out) {
    const auto& cs = c.clauses;
    const auto& g = cs[i];
    if (!detail::is_grant(g.kind)) return;
    const detail::entity* owner = detail::owner_of(g.scope);
    if (owner == nullptr || owner == g.party) return;
    // A licence that covers the grant overlaps it in scope and time, so it is among the
    // clauses that may meet it.
    for (const std::size_t j : c.meeting(i)) {
      const auto& l = cs[j];
      if (l.kind != clause_kind::licence) continue;
      // The licence must cover the grant on every timeline: it starts no later (a grant that
      // waits for an event starts no earlier than the licence), it ends no earlier, and if it
      // ends at an event the grant ends at that event too.
      if (l.sublicensable && l.counterparty == g.party && detail::within(g.scope, l.scope) &&
          (l.start <= g.start || g.starts_at_event != nullptr) && g.end <= l.end &&
          (l.ends_at_event == nullptr || l.ends_at_event == g.ends_at_event)) {
        return;
      }
    }
    detail::report<id>(out, c, i, i, {g.start, g.end}, g.scope);
  }
};

} // namespace rules
} // namespace covenant
