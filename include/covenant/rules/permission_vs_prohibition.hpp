// Rule permission_vs_prohibition: a party cannot be both allowed and forbidden to do a thing.
#pragma once

#include <covenant/detail/engine.hpp>
#include <covenant/rules/rule.hpp>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    permission_vs_prohibition, error,
    "a permission and a prohibition address the same party and an overlapping action (one is a "
    "kind of the other) over an overlapping scope at the same time.",
    "carve the prohibited scope out of the permission (or the permitted one out of the "
    "prohibition), or end one term before the other starts.");

namespace rules {

// The same test as obligation_vs_prohibition: a wide permission beside a narrow prohibition is
// reported too, because covenant does not guess which one the drafters meant to prevail.
template <typename Sink>
constexpr void check_permission_vs_prohibition(const detail::contract_view& c, std::size_t i,
                                               Sink& out) {
  const auto& cs = c.clauses;
  if (cs[i].kind != clause_kind::permission) return;
  const auto js = c.of_kind(clause_kind::prohibition);
  for (std::size_t x = 0; x < js.count; ++x) {
    const std::size_t j = js.first[x];
    if (cs[j].party != cs[i].party) continue;
    if (!detail::may_meet(cs[i], cs[j])) continue;
    if (!detail::overlaps(cs[i].action, cs[j].action)) continue;
    const auto w = detail::common_window(cs[i], cs[j]);
    if (w.empty() || !detail::overlaps(cs[i].scope, cs[j].scope)) continue;
    detail::report<rule::permission_vs_prohibition>(out, c, i, j, w,
                                                    detail::narrower(cs[i].scope, cs[j].scope));
  }
}

} // namespace rules
} // namespace covenant
