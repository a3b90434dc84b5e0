// Rule incompatible_actions: a party cannot be bound to an action that rules out another action
// it is bound or allowed to take.
#pragma once

#include <covenant/detail/engine.hpp>
#include <covenant/rules/rule.hpp>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    incompatible_actions, error,
    "an obligation binds a party to an action that excludes another action (excludes<...>, "
    "directly or through kind_of<...>) which the same party is obliged or permitted to take over "
    "an overlapping scope at the same time.",
    "drop one of the two, narrow one scope so that they no longer overlap, or end one term "
    "before the other starts.");

namespace rules {

template <typename Sink>
constexpr void check_incompatible_actions(const detail::contract_view& c, std::size_t i,
                                          Sink& out) {
  const auto& cs = c.clauses;
  if (cs[i].kind != clause_kind::obligation) return;
  const auto against = [&](clause_kind kind, bool later_only) {
    const auto js = c.of_kind(kind);
    for (std::size_t x = 0; x < js.count; ++x) {
      const std::size_t j = js.first[x];
      if (later_only && j <= i) continue;
      if (cs[j].party != cs[i].party) continue;
      if (!detail::may_meet(cs[i], cs[j])) continue;
      if (!detail::exclusive_actions(cs[i].action, cs[j].action)) continue;
      const auto w = detail::common_window(cs[i], cs[j]);
      if (w.empty() || !detail::overlaps(cs[i].scope, cs[j].scope)) continue;
      detail::report<rule::incompatible_actions>(out, c, i, j, w,
                                                 detail::narrower(cs[i].scope, cs[j].scope));
    }
  };
  // Two obligations are reported once, from the one written first.
  against(clause_kind::obligation, true);
  against(clause_kind::permission, false);
}

} // namespace rules
} // namespace covenant
