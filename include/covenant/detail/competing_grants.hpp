// Two grants of one kind to different holders over overlapping scope and time.
#pragma once

#include <covenant/detail/engine.hpp>

namespace covenant::detail {

template <rule R, clause_kind Kind, typename Sink>
constexpr void check_competing_grants(const contract_view& c, std::size_t i, Sink& out) {
  const auto& cs = c.clauses;
  if (cs[i].kind != Kind) return;
  const auto js = c.of_kind(Kind);
  for (std::size_t x = 0; x < js.count; ++x) {
    const std::size_t j = js.first[x];
    // Competing means one grantor, two holders.
    if (j <= i || cs[j].party != cs[i].party || cs[j].counterparty == cs[i].counterparty) continue;
    if (!may_meet(cs[i], cs[j])) continue;
    const auto w = common_window(cs[i], cs[j]);
    if (w.empty() || !overlaps(cs[i].scope, cs[j].scope)) continue;
    report<R>(out, c, i, j, w, narrower(cs[i].scope, cs[j].scope));
  }
}

} // namespace covenant::detail
