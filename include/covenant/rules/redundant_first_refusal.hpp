// Warning redundant_first_refusal: first refusal over what the holder already has exclusively.
#pragma once

#include <covenant/detail/engine.hpp>
#include <covenant/rules/rule.hpp>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    redundant_first_refusal, warning,
    "a right of first refusal is held by the party that already has exclusivity over the same "
    "scope at the same time; it adds nothing while the exclusivity lasts.",
    "drop the right of first refusal, or start it when the exclusivity ends.");

namespace rules {

struct redundant_first_refusal {
  static constexpr rule id = rule::redundant_first_refusal;

  template <typename Sink>
  static constexpr void check(const detail::contract_view& c, std::size_t i, Sink& out) {
    const auto& cs = c.clauses;
    if (cs[i].kind != clause_kind::right_of_first_refusal) return;
    // The first exclusivity (in the order written) that makes it redundant.
    std::size_t by = c.size;
    detail::window at{};
    for (const std::size_t j : c.meeting(i)) {
      if (j >= by || cs[j].kind != clause_kind::exclusivity) continue;
      if (cs[j].counterparty != cs[i].counterparty) continue;
      const auto w = detail::common_window(cs[i], cs[j]);
      if (w.empty() || !detail::within(cs[i].scope, cs[j].scope)) continue;
      by = j;
      at = w;
    }
    if (by < c.size) detail::report<id>(out, c, i, by, at, cs[i].scope);
  }
};

} // namespace rules
} // namespace covenant
