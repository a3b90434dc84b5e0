// Warning redundant_first_refusal: first refusal over what the holder already has exclusively.
#pragma once

#include <covenant/detail/covered_by_exclusivity.hpp>
#include <covenant/rules/rule.hpp>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    redundant_first_refusal, warning,
    "a right of first refusal is held by the party that already has exclusivity over the same "
    "scope at the same time; it adds nothing while the exclusivity lasts.",
    "drop ", detail::first_clause("the right of first refusal"), ", or start it when ",
    detail::second_clause("the exclusivity"), " ends.");

namespace rules {

struct redundant_first_refusal {
  static constexpr rule id = rule::redundant_first_refusal;

  template <typename Sink>
  static constexpr void check(const detail::contract_view& c, std::size_t i, Sink& out) {
    if (c.clauses[i].kind != clause_kind::right_of_first_refusal) return;
    detail::check_covered_by_exclusivity<id>(c, i, c.clauses[i].counterparty, out);
  }
};

} // namespace rules
} // namespace covenant
