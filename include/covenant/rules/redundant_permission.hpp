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

template <typename Sink>
constexpr void check_redundant_permission(const detail::contract_view& c, std::size_t i,
                                          Sink& out) {
  const auto& cs = c.clauses;
  if (cs[i].kind != clause_kind::permission) return;
  const auto js = c.of_kind(clause_kind::exclusivity);
  for (std::size_t x = 0; x < js.count; ++x) {
    const std::size_t j = js.first[x];
    if (cs[j].counterparty != cs[i].party) continue;
    const auto w = detail::common_window(cs[i], cs[j]);
    if (w.empty() || !detail::within(cs[i].scope, cs[j].scope)) continue;
    detail::report<rule::redundant_permission>(out, c, i, j, w, cs[i].scope);
    break;
  }
}

} // namespace rules
} // namespace covenant
