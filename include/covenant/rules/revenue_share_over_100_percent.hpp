// Rule revenue_share_over_100_percent: a payer cannot give away more than all of a revenue.
#pragma once

#include <covenant/detail/engine.hpp>
#include <covenant/rules/rule.hpp>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    revenue_share_over_100_percent, error,
    "revenue shares paid by one party on the same revenue (a base, or a wider base containing "
    "it) add up to more than 100 % at some moment.",
    "lower a rate, narrow a base, or end one share before the other starts.");

namespace rules {

template <typename Sink>
constexpr void check_revenue_share_over_100_percent(const detail::contract_view& c, std::size_t i,
                                                    Sink& out) {
  const auto& cs = c.clauses;
  constexpr std::int64_t whole = 10'000;
  const auto& base = cs[i];
  if (base.kind != clause_kind::revenue_share) return;
  const auto shares = c.of_kind(clause_kind::revenue_share);
  // Revenue in base.scope bears every share of the payer whose base contains it. The total
  // can only rise when a share starts, so the start days are the moments to look at; only those
  // when the base share itself is in force count, so that it is one of the shares named.
  for (std::size_t y = 0; y < shares.count; ++y) {
    const auto& t = cs[shares.first[y]];
    // Only a share that bears on this base can raise its total.
    if (t.party != base.party || !detail::within(base.scope, t.scope)) continue;
    const day moment = t.start;
    if (!detail::in_force_on(base, moment) || detail::common_window(base, t).empty()) continue;
    std::int64_t total = 0;
    std::size_t other = i;
    bool reported_elsewhere = false;
    detail::window w{moment, end_of_time};
    for (std::size_t x = 0; x < shares.count; ++x) {
      const std::size_t k = shares.first[x];
      const auto& s = cs[k];
      if (s.party != base.party) continue;
      if (!detail::within(base.scope, s.scope) || !detail::in_force_on(s, moment)) continue;
      // A share handed over to (or from) the one that sets the moment, or the base, is never
      // due at the same time as it.
      if (detail::common_window(s, t).empty() || detail::common_window(s, base).empty()) continue;
      total += s.rate;
      if (s.end < w.to) w.to = s.end;
      if (k != i && other == i) other = k;
      // An earlier share on the same base reports this excess.
      reported_elsewhere = reported_elsewhere || (k < i && s.scope == base.scope);
    }
    if (total > whole && other != i && !reported_elsewhere) {
      detail::report<rule::revenue_share_over_100_percent>(out, c, i, other, w, base.scope);
      return;
    }
  }
}

} // namespace rules
} // namespace covenant
