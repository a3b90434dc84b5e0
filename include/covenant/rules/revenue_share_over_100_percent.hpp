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
constexpr void check_revenue_share_over_100_percent(const detail::contract_view& c, Sink& out) {
  const auto& cs = c.clauses;
  constexpr std::int64_t whole = 10'000;
  for (std::size_t i = 0; i < cs.size() && !out.done(); ++i) {
    const auto& base = cs[i];
    if (base.kind != clause_kind::revenue_share) continue;
    // One finding per (payer, base): the first share on it speaks for the others.
    bool seen = false;
    for (std::size_t k = 0; k < i && !seen; ++k) {
      seen = cs[k].kind == clause_kind::revenue_share && cs[k].party == base.party &&
             cs[k].scope == base.scope;
    }
    if (seen) continue;
    // Revenue in base.scope bears every share of the payer whose base contains it. The total
    // can only rise when a share starts, so the start days are the moments to look at.
    for (std::size_t t = 0; t < cs.size(); ++t) {
      if (cs[t].kind != clause_kind::revenue_share || cs[t].party != base.party) continue;
      const day moment = cs[t].start;
      std::int64_t total = 0;
      std::size_t other = i;
      detail::window w{moment, end_of_time};
      for (std::size_t k = 0; k < cs.size(); ++k) {
        const auto& s = cs[k];
        if (s.kind != clause_kind::revenue_share || s.party != base.party) continue;
        if (!detail::within(base.scope, s.scope) || !detail::in_force_on(s, moment)) continue;
        total += s.rate;
        if (s.end < w.to) w.to = s.end;
        if (k != i && other == i) other = k;
      }
      if (total > whole && other != i) {
        detail::report<rule::revenue_share_over_100_percent>(out, c, i, other, w, base.scope);
        break;
      }
    }
  }
}

}  // namespace rules
}  // namespace covenant
