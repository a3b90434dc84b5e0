// Two grants of one kind to different holders over overlapping scope and time.
#pragma once

#include <covenant/detail/engine.hpp>

namespace covenant::detail {

template <rule R, clause_kind Kind, typename Sink>
constexpr void check_competing_grants(const contract_view& c, Sink& out) {
  const auto& cs = c.clauses;
  for (std::size_t i = 0; i < cs.size() && !out.done(); ++i) {
    if (cs[i].kind != Kind) continue;
    for (std::size_t j = i + 1; j < cs.size(); ++j) {
      if (cs[j].kind != Kind || cs[j].counterparty == cs[i].counterparty) continue;
      const auto w = common_window(cs[i], cs[j]);
      if (w.empty() || !overlaps(cs[i].scope, cs[j].scope)) continue;
      report<R>(out, c, i, j, w, narrower(cs[i].scope, cs[j].scope));
    }
  }
}

}  // namespace covenant::detail
