// Rule revenue_share_over_100_percent: a payer cannot give away more than all of a revenue.
#pragma once

#include <covenant/detail/engine.hpp>
#include <covenant/detail/timelines.hpp>
#include <covenant/rules/rule.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    revenue_share_over_100_percent, error,
    "revenue shares paid by one party on the same revenue (a base, or a wider base containing "
    "it) add up to more than 100 % at some moment.",
    "lower a rate, narrow a base, or end one share before the other starts.");

namespace rules {

namespace detail_revenue {

/// A part of a revenue: its coordinate in each dimension (null where it is not cut).
using region = std::array<const detail::entity*, dimension_count>;

/// Whether revenue in `r` bears a share on base `scope`: in every dimension the base
/// constrains, the region lies at or below it.
constexpr bool bears(const region& r, const detail::entity* scope) noexcept {
  for (std::size_t d = 0; d < dimension_count; ++d) {
    const auto* x = detail::coordinate(scope, d);
    if (x != nullptr && (r[d] == nullptr || !detail::tree_within(r[d], x))) return false;
  }
  return true;
}

/// Whether a base is exactly the region (it is then the narrowest of the bases over it).
constexpr bool is_region(const region& r, const detail::entity* scope) noexcept {
  for (std::size_t d = 0; d < dimension_count; ++d) {
    if (detail::coordinate(scope, d) != r[d]) return false;
  }
  return true;
}

} // namespace detail_revenue

struct revenue_share_over_100_percent {
  static constexpr rule id = rule::revenue_share_over_100_percent;

  template <typename Sink>
  static constexpr void check(const detail::contract_view& c, std::size_t i, Sink& out) {
    using detail_revenue::region;
    const auto& cs = c.clauses;
    constexpr std::int64_t whole = 10'000;
    const auto& base = cs[i];
    if (base.kind != clause_kind::revenue_share) return;
    // Revenue bears every share of the payer whose base contains it. Bases that overlap have a
    // common part (per dimension, the narrower coordinate), which bears both even when neither
    // base contains the other (EU revenue and API revenue: EU API revenue). Every share in
    // force with the base share over such a part overlaps it in scope and time, so it is among
    // the clauses that may meet it.
    const auto meeting = c.meeting(i);
    detail::sum_members members(static_cast<std::size_t>(meeting.end() - meeting.begin()) + 1);
    members.add(cs, i);
    detail::timelines tl{};
    tl.add(base);
    for (const std::size_t j : meeting) {
      if (cs[j].kind != clause_kind::revenue_share || cs[j].party != base.party ||
          !detail::overlaps(base.scope, cs[j].scope)) {
        continue;
      }
      members.add(cs, j);
      tl.add(cs[j]);
    }
    if (members.size() < 2) return;
    // The parts of the base to add shares up over: in each dimension, the base's coordinate or
    // that of a share's base below it. A sum over a part is taken from the base share only
    // when it is the narrowest share of the sum (the first in clause order when none is), so
    // that each sum is reported once, and from a clause that is part of it.
    std::array<std::vector<const detail::entity*>, dimension_count> cuts{};
    for (std::size_t d = 0; d < dimension_count; ++d) {
      const auto* own = detail::coordinate(base.scope, d);
      cuts[d].push_back(own);
      for (const auto k : members.all) {
        const auto* x = detail::coordinate(cs[k].scope, d);
        if (x == nullptr || x == own || (own != nullptr && !detail::tree_within(x, own)) ||
            std::find(cuts[d].begin(), cuts[d].end(), x) != cuts[d].end()) {
          continue;
        }
        cuts[d].push_back(x);
      }
    }
    std::vector<std::uint32_t> standing;
    standing.reserve(members.size());
    // The sum only rises when a share starts: the start days in the base share's term are the
    // moments to look at, on every timeline of the events the shares depend on. The earliest
    // moment over the limit is reported, with the shares in force then.
    detail::excess worst{};
    day to = end_of_time;
    for (std::uint32_t t = 0; t < tl.size(); ++t) {
      if (!tl.admits(base, t)) continue;
      for (const auto y : members.all) {
        const day moment = cs[y].start < base.start ? base.start : cs[y].start;
        if (!detail::in_force_on(base, moment) || (worst.found && moment >= worst.on)) continue;
        standing.clear();
        for (const auto x : members.all) {
          const auto& s = cs[x];
          if (detail::in_force_on(s, moment) && tl.admits(s, t) &&
              !detail::taken_over(cs, members, s, tl, t)) {
            standing.push_back(x);
          }
        }
        if (standing.size() < 2) continue;
        for (std::size_t a = 0; a < cuts[0].size(); ++a) {
          for (std::size_t b = 0; b < cuts[1].size(); ++b) {
            for (std::size_t g = 0; g < cuts[2].size(); ++g) {
              const region part{cuts[0][a], cuts[1][b], cuts[2][g]};
              if (!detail_revenue::bears(part, base.scope)) continue;
              // Only a part cut at the bases over it, and whose sum is the base share's to report.
              region narrowest{};
              std::int64_t total = 0;
              std::size_t bearing = 0;
              std::size_t reporter = c.size;
              for (const auto x : standing) {
                if (!detail_revenue::bears(part, cs[x].scope)) continue;
                ++bearing;
                total += cs[x].rate;
                for (std::size_t d = 0; d < dimension_count; ++d) {
                  const auto* v = detail::coordinate(cs[x].scope, d);
                  if (v != nullptr &&
                      (narrowest[d] == nullptr || detail::tree_within(v, narrowest[d]))) {
                    narrowest[d] = v;
                  }
                }
              }
              if (bearing < 2 || total <= whole || narrowest != part ||
                  (worst.found && moment >= worst.on)) {
                continue;
              }
              for (const auto x : standing) {
                if (detail_revenue::bears(part, cs[x].scope) &&
                    detail_revenue::is_region(part, cs[x].scope) && x < reporter) {
                  reporter = x;
                }
              }
              if (reporter == c.size) {
                for (const auto x : standing) {
                  if (detail_revenue::bears(part, cs[x].scope) && x < reporter) reporter = x;
                }
              }
              if (reporter != i) continue;
              worst = detail::excess{};
              worst.found = true;
              worst.on = moment;
              worst.total = total;
              // Over the limit until the first of its shares ends.
              to = end_of_time;
              for (const auto x : standing) {
                if (!detail_revenue::bears(part, cs[x].scope)) continue;
                worst.add_part(x, cs[x]);
                if (cs[x].end < to) to = cs[x].end;
              }
            }
          }
        }
      }
    }
    if (!worst.found) return;
    detail::report_sum<id>(out, c, i, worst, whole, nullptr, base.scope, to);
  }
};

} // namespace rules
} // namespace covenant
