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
constexpr void check_grant_without_right(const detail::contract_view& c, Sink& out) {
  const auto& cs = c.clauses;
  for (std::size_t i = 0; i < cs.size() && !out.done(); ++i) {
    const auto& g = cs[i];
    if (!detail::is_grant(g.kind)) continue;
    const detail::entity* owner = detail::owner_of(g.scope);
    if (owner == nullptr || owner == g.party) continue;
    bool entitled = false;
    for (std::size_t j = 0; j < cs.size() && !entitled; ++j) {
      const auto& l = cs[j];
      entitled = l.kind == clause_kind::licence && l.sublicensable && l.counterparty == g.party &&
                 detail::within(g.scope, l.scope) && l.start <= g.start && g.end <= l.end;
    }
    if (!entitled) {
      detail::report<rule::grant_without_right>(out, c, i, i, {g.start, g.end}, g.scope);
    }
  }
}

}  // namespace rules
}  // namespace covenant
