// A clause made redundant by an exclusivity its own beneficiary holds over a wider scope.
#pragma once

#include <covenant/detail/engine.hpp>

namespace covenant::detail {

/// Reports clause i against the first exclusivity (in the order written) held by `holder` over a
/// scope containing clause i's, at a time when both are in force.
template <rule R, typename Sink>
constexpr void check_covered_by_exclusivity(const contract_view& c, std::size_t i,
                                            const entity* holder, Sink& out) {
  const auto& cs = c.clauses;
  std::size_t by = c.size;
  window at{};
  for (const std::size_t j : c.meeting(i)) {
    if (j >= by || cs[j].kind != clause_kind::exclusivity || cs[j].counterparty != holder) continue;
    const auto w = common_window(cs[i], cs[j]);
    if (w.empty() || !within(cs[i].scope, cs[j].scope)) continue;
    by = j;
    at = w;
  }
  if (by < c.size) report<R>(out, c, i, by, at, cs[i].scope);
}

} // namespace covenant::detail
