// Warning redundant_first_refusal: first refusal over what the holder already has exclusively.
#pragma once

#include <covenant/detail/engine.hpp>
#include <covenant/rules/rule.hpp>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    redundant_first_refusal, warning,
    "a right of first refusal is held by the party that already has exclusivity over the same "
    "scope at the same time; it adds nothing while the exclusivity lasts.",
    "drop the right of first refusal, or start it when the exclusivity ends.");

namespace rules {

template <typename Sink>
constexpr void check_redundant_first_refusal(const detail::contract_view& c, std::size_t i,
                                             Sink& out) {
  const auto& cs = c.clauses;
  if (cs[i].kind != clause_kind::right_of_first_refusal) return;
  const auto js = c.of_kind(clause_kind::exclusivity);
  for (std::size_t x = 0; x < js.count; ++x) {
    const std::size_t j = js.first[x];
    if (cs[j].counterparty != cs[i].counterparty) continue;
    const auto w = detail::common_window(cs[i], cs[j]);
    if (w.empty() || !detail::within(cs[i].scope, cs[j].scope)) continue;
    detail::report<rule::redundant_first_refusal>(out, c, i, j, w, cs[i].scope);
    break;
  }
}

} // namespace rules
} // namespace covenant
