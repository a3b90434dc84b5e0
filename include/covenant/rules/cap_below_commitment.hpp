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

struct cap_below_commitment {
  static constexpr rule id = rule::cap_below_commitment;

  template <typename Sink>
  static constexpr void check(const detail::contract_view& c, std::size_t i, Sink& out) {
    const auto& cs = c.clauses;
    if (!is_cap(cs[i])) return;
    // Commitments, and for a payment cap also revenue shares with a minimum, promise payments.
    for (const std::size_t j : c.meeting(i)) {
      const auto& p = cs[j];
      if (p.party != cs[i].party || p.counterparty != cs[i].counterparty) continue;
      std::int64_t promised = -1;
      if (p.kind == clause_kind::commitment) promised = p.amount;
      // A revenue share's own minimum is checked where it is written; here it meets other caps.
      if (p.kind == clause_kind::revenue_share && cs[i].kind == clause_kind::payment_cap) {
        promised = p.minimum;
      }
      if (promised <= cs[i].amount || p.unit != cs[i].unit) continue;
      const auto w = detail::common_window(cs[i], p);
      if (w.empty()) continue;
      detail::report<id>(out, c, i, j, w, detail::narrower(cs[i].scope, p.scope));
    }
  }
};

} // namespace rules
} // namespace covenant
