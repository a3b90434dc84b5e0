// Rule obligation_vs_prohibition: a party cannot be bound both to do and not to do a thing.
#pragma once

#include <covenant/detail/engine.hpp>
#include <covenant/rules/rule.hpp>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    obligation_vs_prohibition, error,
    "an obligation and a prohibition bind the same party to an overlapping action (one is a kind "
    "of the other) over an overlapping scope at the same time.",
    "drop one of the two, carve the prohibited scope out of the obligation, or end one term "
    "before the other starts.");

namespace rules {

template <typename Sink>
constexpr void check_obligation_vs_prohibition(const detail::contract_view& c, std::size_t i,
                                               Sink& out) {
  const auto& cs = c.clauses;
  if (cs[i].kind != clause_kind::obligation) return;
  const auto js = c.of_kind(clause_kind::prohibition);
  for (std::size_t x = 0; x < js.count; ++x) {
    const std::size_t j = js.first[x];
    if (cs[j].party != cs[i].party) continue;
    if (!detail::may_meet(cs[i], cs[j])) continue;
    if (!detail::overlaps(cs[i].action, cs[j].action)) continue;
    const auto w = detail::common_window(cs[i], cs[j]);
    if (w.empty() || !detail::overlaps(cs[i].scope, cs[j].scope)) continue;
    detail::report<rule::obligation_vs_prohibition>(out, c, i, j, w,
                                                    detail::narrower(cs[i].scope, cs[j].scope));
  }
}

} // namespace rules
} // namespace covenant
