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

template <typename Sink>
constexpr void check_grant_without_right(const detail::contract_view& c, std::size_t i, Sink& out) {
  const auto& cs = c.clauses;
  const auto& g = cs[i];
  if (!detail::is_grant(g.kind)) return;
  const detail::entity* owner = detail::owner_of(g.scope);
  if (owner == nullptr || owner == g.party) return;
  bool entitled = false;
  const auto js = c.of_kind(clause_kind::licence);
  for (std::size_t x = 0; x < js.count && !entitled; ++x) {
    const auto& l = cs[js.first[x]];
    // The licence must cover the grant on every timeline: it starts no later (a grant that waits
    // for an event starts no earlier than the licence), it ends no earlier, and if it ends at an
    // event the grant ends at that event too.
    entitled = l.sublicensable && l.counterparty == g.party && detail::within(g.scope, l.scope) &&
               (l.start <= g.start || g.starts_at_event != nullptr) && g.end <= l.end &&
               (l.ends_at_event == nullptr || l.ends_at_event == g.ends_at_event);
  }
  if (!entitled) {
    detail::report<rule::grant_without_right>(out, c, i, i, {g.start, g.end}, g.scope);
  }
}

} // namespace rules
} // namespace covenant
