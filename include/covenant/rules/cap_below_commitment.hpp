// Rule cap_below_commitment: a cap cannot be lower than what is already promised.
#pragma once

#include <covenant/core/recurrence.hpp>
#include <covenant/detail/engine.hpp>
#include <covenant/detail/timelines.hpp>
#include <covenant/rules/rule.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    cap_below_commitment, error,
    "a cap on what one party pays another is lower than the sum of the commitments and minimum "
    "payments between the same parties that must be paid within the cap's scope and term.",
    "raise ", detail::first_clause("the cap"),
    " to at least the committed amount, lower a commitment, or separate the scopes or terms.");

namespace rules {

constexpr bool is_cap(const clause_record& r) noexcept {
  return (r.kind == clause_kind::revenue_share && r.amount >= 0) ||
         r.kind == clause_kind::payment_cap;
}

/// What clause `p` promises for each of its periods (or its whole term) that `cap` will have to
/// let through: a commitment's or a one-off payment's amount, or for a payment cap a revenue
/// share's minimum; 0 when it promises nothing under that cap.
constexpr std::int64_t promised_per_period(const clause_record& cap,
                                           const clause_record& p) noexcept {
  if (p.party != cap.party || p.counterparty != cap.counterparty || p.unit != cap.unit) return 0;
  // A one-off payment is as sure as a commitment: it is made on its day.
  if (p.kind == clause_kind::commitment || p.kind == clause_kind::payment) return p.amount;
  // A revenue share's own minimum is checked where it is written; here it meets other caps.
  if (p.kind == clause_kind::revenue_share && cap.kind == clause_kind::payment_cap) {
    return p.minimum;
  }
  return 0;
}

/// What clause `p` promises `cap` will have to let through on the days [from, to) of its term:
/// see promised_per_period. A recurring amount (per_year, ...) counts for every period of those
/// days, a partial one pro-rated and rounded up (detail::recurring_total): never understated.
constexpr std::int64_t promised_under(const clause_record& cap, const clause_record& p, day from,
                                      day to) noexcept {
  return detail::recurring_total(promised_per_period(cap, p), p.recurs, from, to);
}
/// The same over the promise's whole term.
constexpr std::int64_t promised_under(const clause_record& cap, const clause_record& p) noexcept {
  return promised_under(cap, p, p.start, p.end);
}

/// Whether a whole-term promise must be kept inside the cap: its scope lies within the cap's
/// and its term within the cap's term. A promise that reaches beyond the cap (a wider scope, a
/// longer term) can be kept where the cap does not apply, so it does not contradict it. `from`
/// is where the promise's term starts (for a commitment continued by a dated amendment, where
/// the first of the chain does), `cap_from` where the cap's does (the first of its chain).
constexpr bool bound_by(const clause_record& cap, day cap_from, const clause_record& p,
                        day from) noexcept {
  return detail::within(p.scope, cap.scope) && cap_from <= from && p.end <= cap.end &&
         !detail::common_window(cap, p).empty();
}
/// The same for a promise and a cap that continue nothing.
constexpr bool bound_by(const clause_record& cap, const clause_record& p) noexcept {
  return bound_by(cap, cap.start, p, p.start);
}

/// The days on which the periods of a recurring promise fall due under the cap: those of its
/// term within the cap's term [cap_from, cap.end), over a scope within the cap's. Each period's
/// amount falls due in that period, so those periods must be paid within the cap even when the
/// promise runs on beyond it (or ends at an event, which may come as late as the cap's end).
/// Empty for a whole-term promise, and for one the cap does not bind.
constexpr detail::window recurring_under(const clause_record& cap, day cap_from,
                                         const clause_record& p) noexcept {
  if (p.recurs == recurrence::once || !detail::within(p.scope, cap.scope) ||
      detail::common_window(cap, p).empty()) {
    return {};
  }
  return {p.start > cap_from ? p.start : cap_from, p.end < cap.end ? p.end : cap.end};
}

struct cap_below_commitment {
  static constexpr rule id = rule::cap_below_commitment;

  template <typename Sink>
  static constexpr void check(const detail::contract_view& c, std::size_t i, Sink& out) {
    const auto& cs = c.clauses;
    const auto& cap = cs[i];
    if (!is_cap(cap)) return;
    // A cap continued by a dated amendment (continue_as) and its continuation are one cap: its
    // last part limits everything paid under the chain since the first part started.
    std::vector<std::uint32_t> chain;
    chain.push_back(static_cast<std::uint32_t>(i));
    for (std::size_t k = i, j = detail::continued_from(cs, i); j != k;
         k = j, j = detail::continued_from(cs, j)) {
      chain.push_back(static_cast<std::uint32_t>(j));
    }
    const day cap_from = cs[chain.back()].start;
    std::size_t most = 0;
    for (const auto q : chain) {
      most += static_cast<std::size_t>(c.meeting(q).end() - c.meeting(q).begin());
    }
    // Every promise bound by the cap is due under it: they add up, whether they run at once or
    // one after another, on any timeline on which they all stand. A whole-term commitment
    // continued by a dated amendment is one promise: its last part counts, from the first
    // part's start; a recurring one counts part by part (each part's periods).
    detail::sum_members members(most);
    detail::timelines tl{};
    tl.add(cap);
    for (const auto q : chain) {
      for (const std::size_t j : c.meeting(q)) {
        const auto& p = cs[j];
        if (promised_per_period(cap, p) <= 0) continue;
        const bool once = p.recurs == recurrence::once;
        if (once && detail::is_continued(cs, c.size, j)) continue;
        const day from = once ? cs[detail::chain_start(cs, j)].start : p.start;
        if (once ? !bound_by(cs[q], cap_from, p, from)
                 : recurring_under(cs[q], cap_from, p).empty()) {
          continue;
        }
        if (chain.size() > 1 &&
            std::find(members.all.begin(), members.all.end(), j) != members.all.end()) {
          continue;
        }
        members.add(cs, j);
        tl.add(p);
      }
    }
    if (members.size() == 0) return;
    // Promises in the order they start under the cap; the cap is first exceeded when the one
    // that tips the sum over it starts.
    const auto due_from = [&](const clause_record& p) {
      return p.start > cap_from ? p.start : cap_from;
    };
    std::sort(members.all.begin(), members.all.end(), [&](std::uint32_t x, std::uint32_t y) {
      return due_from(cs[x]) < due_from(cs[y]) || (due_from(cs[x]) == due_from(cs[y]) && x < y);
    });
    detail::excess worst{};
    for (std::uint32_t t = 0; t < tl.size(); ++t) {
      if (!tl.admits(cap, t)) continue;
      std::int64_t total = 0;
      detail::excess e{};
      for (const auto x : members.all) {
        const auto& p = cs[x];
        if (!tl.admits(p, t)) continue;
        const std::int64_t promised =
            p.recurs == recurrence::once
                ? promised_under(cap, p)
                : promised_under(cap, p, due_from(p), p.end < cap.end ? p.end : cap.end);
        if (promised <= 0 || detail::taken_over(cs, members, p, tl, t)) continue;
        total = total > std::numeric_limits<std::int64_t>::max() - promised
                    ? std::numeric_limits<std::int64_t>::max()
                    : total + promised;
        e.add_part(x, p);
        if (!e.found && total > cap.amount) {
          e.found = true;
          e.on = due_from(p);
        }
      }
      e.total = total;
      if (e.found && (!worst.found || e.on < worst.on)) worst = e;
    }
    if (!worst.found) return;
    detail::report_sum<id>(out, c, i, worst, cap.amount, cap.unit, cap.scope, cap.end);
  }
};

} // namespace rules
} // namespace covenant
