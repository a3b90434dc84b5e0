// Rule exclusive_licence_overlap: an exclusive licence leaves no room for another licensee.
#pragma once

#include <covenant/detail/engine.hpp>
#include <covenant/rules/rule.hpp>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    exclusive_licence_overlap, error,
    "an exclusive licence and another licence to a different licensee cover an overlapping "
    "scope at the same time.",
    "make the first licence non_exclusive, license the same licensee, or separate the scopes "
    "or terms.");

namespace rules {

template <typename Sink>
constexpr void check_exclusive_licence_overlap(const detail::contract_view& c, std::size_t i,
                                               Sink& out) {
  const auto& cs = c.clauses;
  if (cs[i].kind != clause_kind::licence || !cs[i].exclusive) return;
  const auto js = c.of_kind(clause_kind::licence);
  for (std::size_t x = 0; x < js.count; ++x) {
    const std::size_t j = js.first[x];
    if (j == i || !detail::may_meet(cs[i], cs[j])) continue;
    if (cs[j].exclusive && j < i) continue; // both exclusive: reported once
    if (cs[j].counterparty == cs[i].counterparty) continue;
    // The exclusive licensee may sublicense what it holds (rule grant_without_right checks it).
    if (cs[j].party == cs[i].counterparty) continue;
    const auto w = detail::common_window(cs[i], cs[j]);
    if (w.empty() || !detail::overlaps(cs[i].scope, cs[j].scope)) continue;
    detail::report<rule::exclusive_licence_overlap>(out, c, i, j, w,
                                                    detail::narrower(cs[i].scope, cs[j].scope));
  }
}

} // namespace rules
} // namespace covenant
