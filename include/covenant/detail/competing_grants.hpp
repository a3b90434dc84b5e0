// Two grants of one kind to different holders over overlapping scope and time.
#pragma once

#include <covenant/detail/engine.hpp>

namespace covenant::detail {

template <rule R, clause_kind Kind, typename Sink>
constexpr void check_competing_grants(const contract_view& c, std::size_t i, Sink& out) {
  const auto& cs = c.clauses;
  if (cs[i].kind != Kind) return;
  for (const std::size_t j : c.meeting(i)) {
    // Competing means one grantor, two holders; reported once, from the one written first.
    if (j <= i || cs[j].kind != Kind) continue;
    if (cs[j].party != cs[i].party || cs[j].counterparty == cs[i].counterparty) continue;
    const auto w = common_window(cs[i], cs[j]);
    if (w.empty()) continue;
    report<R>(out, c, i, j, w, narrower(cs[i].scope, cs[j].scope));
  }
}

} // namespace covenant::detail
