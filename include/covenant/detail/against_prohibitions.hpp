// A duty or a permission against the prohibitions on the same party.
#pragma once

#include <covenant/detail/engine.hpp>

namespace covenant::detail {

/// Reports clause i, when it is of kind Kind, against every prohibition on the same party whose
/// action overlaps its own (one is the other or a kind of it) over an overlapping scope and time.
template <rule R, clause_kind Kind, typename Sink>
constexpr void check_against_prohibitions(const contract_view& c, std::size_t i, Sink& out) {
  const auto& cs = c.clauses;
  if (cs[i].kind != Kind) return;
  for (const std::size_t j : c.meeting(i)) {
    if (cs[j].kind != clause_kind::prohibition || cs[j].party != cs[i].party) continue;
    if (!overlaps(cs[i].action, cs[j].action)) continue;
    const auto w = common_window(cs[i], cs[j]);
    if (w.empty()) continue;
    report<R>(out, c, i, j, w, narrower(cs[i].scope, cs[j].scope));
  }
}

} // namespace covenant::detail
