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
    "drop ", detail::first_clause("the obligation"), " or ",
    detail::second_clause("the other clause"),
    ", narrow one scope so that they no longer overlap, or end one term before the other starts.");

namespace rules {

struct incompatible_actions {
  static constexpr rule id = rule::incompatible_actions;

  template <typename Sink>
  static constexpr void check(const detail::contract_view& c, std::size_t i, Sink& out) {
    const auto& cs = c.clauses;
    if (cs[i].kind != clause_kind::obligation) return;
    for (const std::size_t j : c.meeting(i)) {
      // Two obligations are reported once, from the one written first.
      const bool other_duty = cs[j].kind == clause_kind::obligation && j > i;
      if (!other_duty && cs[j].kind != clause_kind::permission) continue;
      if (cs[j].party != cs[i].party) continue;
      if (!detail::exclusive_actions(cs[i].action, cs[j].action)) continue;
      const auto w = detail::common_window(cs[i], cs[j]);
      if (w.empty()) continue;
      detail::report<id>(out, c, i, j, w, detail::narrower(cs[i].scope, cs[j].scope));
    }
  }
};

} // namespace rules
} // namespace covenant
