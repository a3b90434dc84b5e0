// Warning redundant_permission: a permission the party's own exclusivity already gives it.
#pragma once

#include <covenant/detail/engine.hpp>
#include <covenant/rules/rule.hpp>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    redundant_permission, warning,
    "a permission is given to the party that already holds exclusivity over a scope containing "
    "it at the same time; the exclusivity already covers it.",
    "drop the permission, or say what it adds beyond the exclusivity.");

namespace rules {

struct redundant_permission {
  static constexpr rule id = rule::redundant_permission;

  template <typename Sink>
  static constexpr void check(const detail::contract_view& c, std::size_t i, Sink& out) {
    const auto& cs = c.clauses;
    if (cs[i].kind != clause_kind::permission) return;
    // The first exclusivity (in the order written) that already covers it.
    std::size_t by = c.size;
    detail::window at{};
    for (const std::size_t j : c.meeting(i)) {
      if (j >= by || cs[j].kind != clause_kind::exclusivity) continue;
      if (cs[j].counterparty != cs[i].party) continue;
      const auto w = detail::common_window(cs[i], cs[j]);
      if (w.empty() || !detail::within(cs[i].scope, cs[j].scope)) continue;
      by = j;
      at = w;
    }
    if (by < c.size) detail::report<id>(out, c, i, by, at, cs[i].scope);
  }
};

} // namespace rules
} // namespace covenant
