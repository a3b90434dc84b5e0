// Every rule, run in a fixed order, and their metadata as a table.
#pragma once

#include <covenant/rules/ambiguous_exceptions.hpp>
#include <covenant/rules/cap_below_commitment.hpp>
#include <covenant/rules/competing_first_refusal.hpp>
#include <covenant/rules/competing_first_ship.hpp>
#include <covenant/rules/duplicate_clause.hpp>
#include <covenant/rules/exception_cycle.hpp>
#include <covenant/rules/exclusive_licence_overlap.hpp>
#include <covenant/rules/exclusivity_conflict.hpp>
#include <covenant/rules/grant_without_right.hpp>
#include <covenant/rules/incompatible_actions.hpp>
#include <covenant/rules/obligation_vs_prohibition.hpp>
#include <covenant/rules/outlives_termination.hpp>
#include <covenant/rules/outside_contract_term.hpp>
#include <covenant/rules/permission_vs_prohibition.hpp>
#include <covenant/rules/redundant_first_refusal.hpp>
#include <covenant/rules/redundant_permission.hpp>
#include <covenant/rules/revenue_share_over_100_percent.hpp>
#include <covenant/rules/undeclared_party.hpp>
#include <covenant/rules/unhandled_refusal.hpp>

#include <array>

namespace covenant {

/// Every rule's metadata, in the order the rules run.
inline constexpr std::array all_rules{
    rule_traits<rule::undeclared_party>::info,
    rule_traits<rule::duplicate_clause>::info,
    rule_traits<rule::outside_contract_term>::info,
    rule_traits<rule::exclusivity_conflict>::info,
    rule_traits<rule::exclusive_licence_overlap>::info,
    rule_traits<rule::competing_first_refusal>::info,
    rule_traits<rule::competing_first_ship>::info,
    rule_traits<rule::obligation_vs_prohibition>::info,
    rule_traits<rule::permission_vs_prohibition>::info,
    rule_traits<rule::incompatible_actions>::info,
    rule_traits<rule::revenue_share_over_100_percent>::info,
    rule_traits<rule::cap_below_commitment>::info,
    rule_traits<rule::grant_without_right>::info,
    rule_traits<rule::outlives_termination>::info,
    rule_traits<rule::ambiguous_exceptions>::info,
    rule_traits<rule::exception_cycle>::info,
    rule_traits<rule::redundant_first_refusal>::info,
    rule_traits<rule::redundant_permission>::info,
    rule_traits<rule::unhandled_refusal>::info,
};

/// The metadata of one rule.
constexpr const rule_info& describe(rule r) noexcept {
  for (const auto& info : all_rules) {
    if (info.id == r) return info;
  }
  return all_rules[0]; // unreachable: every rule is in the table (tested)
}

namespace detail {

/// Runs every rule on clause `i` of a lowered contract (against the others where a rule
/// compares two clauses), in the order of `all_rules`. Each clause is checked in a constant
/// expression of its own, so the compilers' per-expression step limits bound the work for one
/// clause, not for the whole contract.
template <typename Sink>
constexpr void run_rules(const contract_view& c, std::size_t i, Sink& out) {
  rules::check_undeclared_party(c, i, out);
  rules::check_duplicate_clause(c, i, out);
  rules::check_outside_contract_term(c, i, out);
  rules::check_exclusivity_conflict(c, i, out);
  rules::check_exclusive_licence_overlap(c, i, out);
  rules::check_competing_first_refusal(c, i, out);
  rules::check_competing_first_ship(c, i, out);
  rules::check_obligation_vs_prohibition(c, i, out);
  rules::check_permission_vs_prohibition(c, i, out);
  rules::check_incompatible_actions(c, i, out);
  rules::check_revenue_share_over_100_percent(c, i, out);
  rules::check_cap_below_commitment(c, i, out);
  rules::check_grant_without_right(c, i, out);
  rules::check_outlives_termination(c, i, out);
  rules::check_ambiguous_exceptions(c, i, out);
  rules::check_exception_cycle(c, i, out);
  rules::check_redundant_first_refusal(c, i, out);
  rules::check_redundant_permission(c, i, out);
  rules::check_unhandled_refusal(c, i, out);
}

} // namespace detail
} // namespace covenant
