// Rule cap_below_commitment: a cap cannot be lower than what is already promised.
#pragma once

#include <covenant/detail/engine.hpp>
#include <covenant/rules/rule.hpp>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    cap_below_commitment, error,
    "a cap on what one party pays another is lower than a commitment or minimum payment between "
    "the same parties over an overlapping scope and time.",
    "raise the cap to at least the committed amount, lower the commitment, or separate the "
    "scopes or terms.");

namespace rules {

constexpr bool is_cap(const clause_record& r) noexcept {
  return (r.kind == clause_kind::revenue_share && r.amount >= 0) ||
         r.kind == clause_kind::payment_cap;
}

template <typename Sink>
constexpr void check_cap_below_commitment(const detail::contract_view& c, std::size_t i,
                                          Sink& out) {
  const auto& cs = c.clauses;
  if (!is_cap(cs[i])) return;
  // Commitments, and for a payment cap also revenue shares with a minimum, promise payments.
  for (const clause_kind k : {clause_kind::commitment, clause_kind::revenue_share}) {
    const auto js = c.of_kind(k);
    for (std::size_t x = 0; x < js.count; ++x) {
      const std::size_t j = js.first[x];
      const auto& p = cs[j];
      if (j == i || p.party != cs[i].party || p.counterparty != cs[i].counterparty) continue;
      if (!detail::may_meet(cs[i], p)) continue;
      std::int64_t promised = -1;
      if (p.kind == clause_kind::commitment) promised = p.amount;
      // A revenue share's own minimum is checked where it is written; here it meets other caps.
      if (p.kind == clause_kind::revenue_share && cs[i].kind == clause_kind::payment_cap) {
        promised = p.minimum;
      }
      if (promised <= cs[i].amount || p.unit != cs[i].unit) continue;
      const auto w = detail::common_window(cs[i], p);
      if (w.empty() || !detail::overlaps(cs[i].scope, p.scope)) continue;
      detail::report<rule::cap_below_commitment>(out, c, i, j, w,
                                                 detail::narrower(cs[i].scope, p.scope));
    }
  }
}

} // namespace rules
} // namespace covenant
