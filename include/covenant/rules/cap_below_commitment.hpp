// Rule cap_below_commitment: a cap cannot be lower than what is already promised.
#pragma once

#include <covenant/core/recurrence.hpp>
#include <covenant/detail/engine.hpp>
#include <covenant/detail/timelines.hpp>
#include <covenant/rules/rule.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>

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

/// What clause `p` promises `cap` will have to let through: a commitment's or a one-off
/// payment's amount, or for a payment cap a revenue share's minimum; 0 when it promises nothing
/// under that cap. A recurring amount (per_year, ...) counts for every period of the promise's
/// term, a partial one pro-rated and rounded up (detail::recurring_total): never understated.
constexpr std::int64_t promised_under(const clause_record& cap, const clause_record& p) noexcept {
  if (p.party != cap.party || p.counterparty != cap.counterparty || p.unit != cap.unit) return 0;
  // A one-off payment is as sure as a commitment: it is made on its day.
  if (p.kind == clause_kind::commitment || p.kind == clause_kind::payment) {
    return detail::recurring_total(p.amount, p.recurs, p.start, p.end);
  }
  // A revenue share's own minimum is checked where it is written; here it meets other caps.
  if (p.kind == clause_kind::revenue_share && cap.kind == clause_kind::payment_cap) {
    return detail::recurring_total(p.minimum, p.recurs, p.start, p.end);
  }
  return 0;
}

/// Whether a promise must be kept inside the cap: its scope lies within the cap's and its term
/// within the cap's term. A promise that reaches beyond the cap (a wider scope, a longer term)
/// can be kept where the cap does not apply, so it does not contradict it.
constexpr bool bound_by(const clause_record& cap, const clause_record& p) noexcept {
  return detail::within(p.scope, cap.scope) && cap.start <= p.start && p.end <= cap.end &&
         !detail::common_window(cap, p).empty();
}

struct cap_below_commitment {
  static constexpr rule id = rule::cap_below_commitment;

  template <typename Sink>
  static constexpr void check(const detail::contract_view& c, std::size_t i, Sink& out) {
    const auto& cs = c.clauses;
    const auto& cap = cs[i];
    if (!is_cap(cap)) return;
    // Every promise bound by the cap is due under it: they add up, whether they run at once or
    // one after another, on any timeline on which they all stand.
    std::array<std::uint32_t, detail::excess::capacity> members{};
    std::size_t n = 0;
    detail::timelines tl{};
    tl.add(cap);
    for (const std::size_t j : c.meeting(i)) {
      if (n == members.size() || promised_under(cap, cs[j]) <= 0 || !bound_by(cap, cs[j])) {
        continue;
      }
      members[n++] = static_cast<std::uint32_t>(j);
      tl.add(cs[j]);
    }
    if (n == 0) return;
    // Promises in the order they start; the cap is first exceeded when the one that tips the
    // sum over it starts.
    for (std::size_t k = 1; k < n; ++k) {
      for (std::size_t m = k; m > 0 && cs[members[m]].start < cs[members[m - 1]].start; --m) {
        const auto x = members[m];
        members[m] = members[m - 1];
        members[m - 1] = x;
      }
    }
    detail::excess worst{};
    for (std::uint32_t t = 0; t < tl.size(); ++t) {
      if (!tl.admits(cap, t)) continue;
      std::int64_t total = 0;
      detail::excess e{};
      for (std::size_t x = 0; x < n; ++x) {
        const auto& p = cs[members[x]];
        if (!tl.admits(p, t) || detail::taken_over(cs, members, n, p, tl, t)) continue;
        const std::int64_t promised = promised_under(cap, p);
        total = total > std::numeric_limits<std::int64_t>::max() - promised
                    ? std::numeric_limits<std::int64_t>::max()
                    : total + promised;
        e.add_part(members[x]);
        if (!e.found && total > cap.amount) {
          e.found = true;
          e.on = p.start;
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
