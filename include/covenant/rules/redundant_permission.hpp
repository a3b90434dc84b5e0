// Warning redundant_permission: a permission the party's own exclusivity already gives it.
#pragma once

#include <covenant/detail/covered_by_exclusivity.hpp>
#include <covenant/rules/rule.hpp>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    redundant_permission, warning,
    "a permission is given to the party that already holds exclusivity over a scope containing "
    "it at the same time; the exclusivity already covers it.",
    "drop ", detail::first_clause("the permission"), ", or say what it adds beyond ",
    detail::second_clause("the exclusivity"), ".");

namespace rules {

struct redundant_permission {
  static constexpr rule id = rule::redundant_permission;

  template <typename Sink>
  static constexpr void check(const detail::contract_view& c, std::size_t i, Sink& out) {
    if (c.clauses[i].kind != clause_kind::permission) return;
    detail::check_covered_by_exclusivity<id>(c, i, c.clauses[i].party, out);
  }
};

} // namespace rules
} // namespace covenant
