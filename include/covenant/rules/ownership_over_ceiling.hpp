// Rule ownership_over_ceiling: a holder's stakes in a party add up to more than its ceiling.
#pragma once

#include <covenant/detail/engine.hpp>
#include <covenant/detail/timelines.hpp>
#include <covenant/rules/rule.hpp>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    ownership_over_ceiling, error,
    "the stakes one party holds in another (its equity clauses over the ceiling's shares) add up "
    "to more than an ownership ceiling on that party allows, at some moment of the ceiling's "
    "term.",
    "lower a stake, end one stake before another is acquired, or raise ",
    detail::first_clause("the ceiling"), ".");

namespace rules {

/// Whether stake `s` counts against ceiling `cap`: the same holder in the same issuer, over the
/// ceiling's shares or a part of them. A stake over a wider class of shares is not split (it may
/// lie outside the ceiling's part), so it is not counted.
constexpr bool counts_against(const clause_record& cap, const clause_record& s) noexcept {
  return s.kind == clause_kind::equity && s.party == cap.party &&
         s.counterparty == cap.counterparty && detail::within(s.scope, cap.scope);
}

struct ownership_over_ceiling {
  static constexpr rule id = rule::ownership_over_ceiling;

  template <typename Sink>
  static constexpr void check(const detail::contract_view& c, std::size_t i, Sink& out) {
    const auto& cs = c.clauses;
    const auto& cap = cs[i];
    if (cap.kind != clause_kind::ownership_ceiling) return;
    // A stake in force with the ceiling overlaps it in scope and time, so it is among the
    // clauses that may meet it: those are all the sum can hold.
    const auto meeting = c.meeting(i);
    detail::sum_members members(static_cast<std::size_t>(meeting.end() - meeting.begin()));
    detail::timelines tl{};
    tl.add(cap);
    for (const std::size_t j : meeting) {
      if (!counts_against(cap, cs[j])) continue;
      members.add(cs, j);
      tl.add(cs[j]);
    }
    if (members.size() == 0) return;
    // Stakes are held, not spent: they add up only while held together. The sum rises only
    // when a stake starts (or the ceiling does), so those days are the moments to look at, on
    // every timeline of the events the clauses depend on; the earliest moment over the ceiling
    // is reported, with the stakes held then, over the ceiling until the ceiling or the first
    // of those stakes ends.
    detail::excess worst{};
    day to = cap.end;
    std::vector<char> stands;
    stands.reserve(members.size());
    for (std::uint32_t t = 0; t < tl.size(); ++t) {
      if (!tl.admits(cap, t)) continue;
      // Which stakes stand on this timeline (and ever with the ceiling), whatever the day.
      stands.clear();
      for (std::size_t x = 0; x < members.size(); ++x) {
        const auto& s = cs[members.all[x]];
        const bool stands_here = tl.admits(s, t) && !detail::taken_over(cs, members, s, tl, t) &&
                                 !detail::common_window(cap, s).empty();
        stands.push_back(stands_here ? 1 : 0);
      }
      for (const auto y : members.all) {
        const day moment = cs[y].start < cap.start ? cap.start : cs[y].start;
        if (!detail::in_force_on(cap, moment) || (worst.found && moment >= worst.on)) continue;
        std::int64_t total = 0;
        for (std::size_t k = 0; k < members.size(); ++k) {
          const auto& s = cs[members.all[k]];
          if (stands[k] != 0 && detail::in_force_on(s, moment)) total += s.rate;
        }
        if (total <= cap.rate) continue;
        worst = detail::excess{};
        worst.found = true;
        worst.on = moment;
        worst.total = total;
        to = cap.end;
        for (std::size_t k = 0; k < members.size(); ++k) {
          const auto& s = cs[members.all[k]];
          if (stands[k] == 0 || !detail::in_force_on(s, moment)) continue;
          worst.add_part(members.all[k], s);
          if (s.end < to) to = s.end;
        }
      }
    }
    if (!worst.found) return;
    detail::report_sum<id>(out, c, i, worst, cap.rate, nullptr, cap.scope, to);
  }
};

} // namespace rules
} // namespace covenant
