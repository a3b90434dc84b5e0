// Rule revenue_share_over_100_percent: a payer cannot give away more than all of a revenue.
#pragma once

#include <covenant/detail/engine.hpp>
#include <covenant/detail/timelines.hpp>
#include <covenant/rules/rule.hpp>

#include <array>
#include <cstddef>
#include <cstdint>

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
    // Revenue in base.scope bears every share of the payer whose base contains it. Such a share
    // in force with the base share overlaps it in scope and time, so it is among the clauses
    // that may meet it: the base share and those are all the sum can hold.
    const auto bears = [&](std::size_t k) {
      return cs[k].kind == clause_kind::revenue_share && cs[k].party == base.party &&
             detail::within(base.scope, cs[k].scope);
    };
    std::array<std::uint32_t, detail::excess::capacity> members{};
    std::size_t n = 0;
    members[n++] = static_cast<std::uint32_t>(i);
    detail::timelines tl{};
    tl.add(base);
    for (const std::size_t j : c.meeting(i)) {
      if (!bears(j) || n == members.size()) continue;
      members[n++] = static_cast<std::uint32_t>(j);
      tl.add(cs[j]);
    }
    if (n < 2) return;
    // The sum only rises when a share starts: the start days in the base share's term are the
    // moments to look at, on every timeline of the events the shares depend on. The earliest
    // moment over the limit is reported, with the shares in force then.
    detail::excess worst{};
    for (std::uint32_t t = 0; t < tl.size(); ++t) {
      if (!tl.admits(base, t)) continue;
      for (std::size_t y = 0; y < n; ++y) {
        const day moment = cs[members[y]].start < base.start ? base.start : cs[members[y]].start;
        if (!detail::in_force_on(base, moment) || (worst.found && moment >= worst.on)) continue;
        std::int64_t total = 0;
        for (std::size_t x = 0; x < n; ++x) {
          const auto& s = cs[members[x]];
          if (detail::in_force_on(s, moment) && tl.admits(s, t) &&
              !detail::taken_over(cs, members, n, s, tl, t)) {
            total += s.rate;
          }
        }
        if (total <= whole) continue;
        worst = detail::excess{};
        worst.found = true;
        worst.on = moment;
        worst.total = total;
        for (std::size_t x = 0; x < n; ++x) {
          const auto& s = cs[members[x]];
          if (detail::in_force_on(s, moment) && tl.admits(s, t) &&
              !detail::taken_over(cs, members, n, s, tl, t)) {
            worst.add_part(members[x]);
          }
        }
      }
    }
    if (!worst.found) return;
    // One finding per sum: an earlier share on the same base that is part of it reports it.
    for (std::size_t x = 0; x < worst.part_count; ++x) {
      const auto k = worst.parts[x];
      if (k < i && cs[k].scope == base.scope) return;
    }
    // Over the limit until the first of its shares ends.
    day to = end_of_time;
    for (std::size_t x = 0; x < worst.part_count; ++x) {
      if (cs[worst.parts[x]].end < to) to = cs[worst.parts[x]].end;
    }
    detail::report_sum<id>(out, c, i, worst, whole, nullptr, base.scope, to);
  }
};

} // namespace rules
} // namespace covenant
