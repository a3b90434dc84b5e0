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
    "revenue shares paid by one party on the same revenue (bases that overlap share their "
    "common part) add up to more than 100 % at some moment.",
    "lower a rate, narrow a base, or end one share before the other starts.");

namespace detail {

/// A part of a revenue: its coordinate in each dimension (null where it is not cut).
using revenue_part = std::array<const entity*, dimension_count>;

/// Whether revenue in `r` bears a share on base `scope`: in every dimension the base
/// constrains, the part lies at or below it.
constexpr bool bears_revenue(const revenue_part& r, const entity* scope) noexcept {
  for (std::size_t d = 0; d < dimension_count; ++d) {
    const auto* x = coordinate(scope, d);
    if (x != nullptr && (r[d] == nullptr || !tree_within(r[d], x))) return false;
  }
  return true;
}

/// Whether a base is exactly the part (it is then the narrowest of the bases over it).
constexpr bool is_revenue_part(const revenue_part& r, const entity* scope) noexcept {
  for (std::size_t d = 0; d < dimension_count; ++d) {
    if (coordinate(scope, d) != r[d]) return false;
  }
  return true;
}

} // namespace detail

namespace rules {

struct revenue_share_over_100_percent {
  static constexpr rule id = rule::revenue_share_over_100_percent;

  template <typename Sink>
  static constexpr void check(const detail::contract_view& c, std::size_t i, Sink& out) {
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
    // An earlier share on the same base, in force whenever this one is on every timeline, is
    // part of every sum this one is part of, and reports it: nothing is left to look at here
    // (the common case of many shares on one base stays linear per share).
    if (members.yielding.empty()) {
      for (const auto k : members.all) {
        const auto& e = cs[k];
        if (k < i && e.scope == base.scope && e.start <= base.start && base.end <= e.end &&
            e.waits_for().empty() && e.ends_at_event == nullptr && e.exceptions.empty()) {
          return;
        }
      }
    }
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
    // Per part, which shares its revenue bears, which of them are cut exactly at it (the
    // narrowest), and in which dimensions a share's base meets the cut: a sum over a part is
    // taken only when the shares in force are cut at it in every dimension it is cut in, else
    // it is the sum over a wider part.
    const std::size_t n = members.size();
    std::vector<detail::revenue_part> parts;
    // Per part and member: whether the part bears the share, whether the share's base is exactly
    // the part, and (one bit per dimension) where the share's base is cut at the part.
    constexpr std::uint8_t bears = 8U;
    constexpr std::uint8_t exact = 16U;
    constexpr std::uint8_t cut_bits = 7U;
    static_assert(dimension_count <= 3, "one bit per dimension below `bears`");
    std::vector<std::uint8_t> fit;
    std::vector<std::uint8_t> needed;
    for (const auto* w : cuts[0]) {
      for (const auto* h : cuts[1]) {
        for (const auto* v : cuts[2]) {
          const detail::revenue_part part{w, h, v};
          std::uint8_t need = 0;
          for (std::size_t d = 0; d < dimension_count; ++d) {
            if (part[d] != nullptr) need = static_cast<std::uint8_t>(need | (1U << d));
          }
          parts.push_back(part);
          needed.push_back(need);
          for (const auto x : members.all) {
            std::uint8_t f = 0;
            if (detail::bears_revenue(part, cs[x].scope)) {
              f = bears;
              for (std::size_t d = 0; d < dimension_count; ++d) {
                if (part[d] != nullptr && detail::coordinate(cs[x].scope, d) == part[d]) {
                  f = static_cast<std::uint8_t>(f | (1U << d));
                }
              }
              if (detail::is_revenue_part(part, cs[x].scope))
                f = static_cast<std::uint8_t>(f | exact);
            }
            fit.push_back(f);
          }
        }
      }
    }
    std::vector<std::uint32_t> standing; // positions in members.all
    standing.reserve(n);
    // The sum only rises when a share starts: the start days in the base share's term are the
    // moments to look at, on every timeline of the events the shares depend on. The earliest
    // moment over the limit is reported, with the shares in force then.
    detail::excess worst{};
    day to = end_of_time;
    // Plain pointers in the loops: a call per access is what costs most in constant evaluation.
    const std::uint32_t* member = members.all.data();
    // (Vectors grow by push_back only: clang cannot fill a sized one in a constant expression.)
    std::vector<std::uint32_t> order;
    std::vector<std::uint32_t> by_end;
    order.reserve(n);
    by_end.reserve(n);
    for (std::uint32_t t = 0; t < tl.size(); ++t) {
      if (!tl.admits(base, t)) continue;
      // The shares that stand on this timeline, by start and by end: the total of those in
      // force is swept from moment to moment, and only a moment over the limit is looked at
      // part by part.
      order.clear();
      by_end.clear();
      for (std::size_t x = 0; x < n; ++x) {
        const auto& s = cs[member[x]];
        if (tl.admits(s, t) && !detail::taken_over(cs, members, s, tl, t)) {
          order.push_back(static_cast<std::uint32_t>(x));
          by_end.push_back(static_cast<std::uint32_t>(x));
        }
      }
      const std::size_t m = order.size();
      std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return cs[member[a]].start < cs[member[b]].start;
      });
      std::sort(by_end.begin(), by_end.end(), [&](std::uint32_t a, std::uint32_t b) {
        return cs[member[a]].end < cs[member[b]].end;
      });
      const std::uint32_t* stand = order.data();
      const std::uint32_t* leaving = by_end.data();
      std::int64_t all = 0;
      std::size_t started = 0;
      std::size_t ended = 0;
      for (std::size_t y = 0; y < m; ++y) {
        const day start = cs[member[stand[y]]].start;
        const day moment = start < base.start ? base.start : start;
        if (worst.found && moment >= worst.on) break;
        for (; started < m && cs[member[stand[started]]].start <= moment; ++started) {
          all += cs[member[stand[started]]].rate;
        }
        for (; ended < m && cs[member[leaving[ended]]].end <= moment; ++ended) {
          all -= cs[member[leaving[ended]]].rate;
        }
        if (!detail::in_force_on(base, moment) || all <= whole) continue;
        standing.clear();
        for (std::size_t k = 0; k < m; ++k) {
          const auto& s = cs[member[stand[k]]];
          if (s.start <= moment && moment < s.end) standing.push_back(stand[k]);
        }
        for (std::size_t r = 0; r < parts.size(); ++r) {
          const std::uint8_t* f = fit.data() + r * n;
          std::int64_t total = 0;
          std::size_t bearing = 0;
          std::uint8_t cut = 0;
          std::size_t narrowest = c.size;
          std::size_t first = c.size;
          for (const auto x : standing) {
            if ((f[x] & bears) == 0) continue;
            const std::size_t k = members.all[x];
            ++bearing;
            total += cs[k].rate;
            cut = static_cast<std::uint8_t>(cut | (f[x] & cut_bits));
            if (k < first) first = k;
            if ((f[x] & exact) != 0 && k < narrowest) narrowest = k;
          }
          if (bearing < 2 || total <= whole || cut != needed[r]) continue;
          // Reported from its narrowest share, or the first share when no base is the part.
          if ((narrowest < c.size ? narrowest : first) != i) continue;
          worst = detail::excess{};
          worst.found = true;
          worst.on = moment;
          worst.total = total;
          // Over the limit until the first of its shares ends.
          to = end_of_time;
          for (const auto x : standing) {
            if ((f[x] & bears) == 0) continue;
            const auto& s = cs[members.all[x]];
            worst.add_part(members.all[x], s);
            if (s.end < to) to = s.end;
          }
          break;
        }
      }
    }
    if (!worst.found) return;
    detail::report_sum<id>(out, c, i, worst, whole, nullptr, base.scope, to);
  }
};

} // namespace rules
} // namespace covenant
