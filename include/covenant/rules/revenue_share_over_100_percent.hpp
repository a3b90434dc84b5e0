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

struct revenue_share_over_100_percent {
  static constexpr rule id = rule::revenue_share_over_100_percent;

  template <typename Sink>
  static constexpr void check(const detail::contract_view& c, std::size_t i, Sink& out) {
    const auto& cs = c.clauses;
    constexpr std::int64_t whole = 10'000;
    const auto& base = cs[i];
    if (base.kind != clause_kind::revenue_share) return;
    // Revenue in base.scope bears every share of the payer whose base contains it; such a share
    // overlaps the base share in scope, so it is the base itself or among the clauses that may
    // meet it. The total can only rise when a share starts, so the start days are the moments to
    // look at; only those when the base share itself is in force count, so that it is one of
    // the shares named.
    const auto bears = [&](std::size_t k) {
      return cs[k].kind == clause_kind::revenue_share && cs[k].party == base.party &&
             detail::within(base.scope, cs[k].scope);
    };
    // The shares to look at: the base share itself, then those that may meet it. The excess
    // is reported at the moment set by the share written first, as a reader would find it.
    const auto m = c.meeting(i);
    const auto n = static_cast<std::size_t>(m.last - m.first);
    const auto share_at = [&](std::size_t y) -> std::size_t { return y == n ? i : m.first[y]; };
    std::size_t first_moment = c.size;
    std::size_t first_other = c.size;
    detail::window first_window{};
    for (std::size_t y = 0; y <= n; ++y) {
      const std::size_t ti = share_at(y);
      const auto& t = cs[ti];
      if (ti >= first_moment || !bears(ti)) continue;
      const day moment = t.start;
      if (!detail::in_force_on(base, moment) || detail::common_window(base, t).empty()) continue;
      std::int64_t total = 0;
      std::size_t other = c.size;
      bool reported_elsewhere = false;
      detail::window w{moment, end_of_time};
      for (std::size_t x = 0; x <= n; ++x) {
        const std::size_t k = share_at(x);
        const auto& s = cs[k];
        if (!bears(k) || !detail::in_force_on(s, moment)) continue;
        // A share handed over to (or from) the one that sets the moment, or the base, is never
        // due at the same time as it.
        if (detail::common_window(s, t).empty() || detail::common_window(s, base).empty()) {
          continue;
        }
        total += s.rate;
        if (s.end < w.to) w.to = s.end;
        if (k != i && k < other) other = k;
        // An earlier share on the same base reports this excess.
        reported_elsewhere = reported_elsewhere || (k < i && s.scope == base.scope);
      }
      if (total > whole && other != c.size && !reported_elsewhere) {
        first_moment = ti;
        first_other = other;
        first_window = w;
      }
    }
    if (first_moment < c.size) detail::report<id>(out, c, i, first_other, first_window, base.scope);
  }
};

} // namespace rules
} // namespace covenant
