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
#include <covenant/rules/ownership_over_ceiling.hpp>
#include <covenant/rules/permission_vs_prohibition.hpp>
#include <covenant/rules/prohibited_grant.hpp>
#include <covenant/rules/redundant_first_refusal.hpp>
#include <covenant/rules/redundant_permission.hpp>
#include <covenant/rules/revenue_share_over_100_percent.hpp>
#include <covenant/rules/undeclared_party.hpp>
#include <covenant/rules/unhandled_refusal.hpp>
#include <covenant/rules/unlabelled_clause.hpp>

#include <type_traits>

#include <array>
#include <cstddef>

namespace covenant {

namespace detail {

/// The rules covenant runs, in the order they run: their metadata as a table, and one call that
/// runs them all on a clause. A rule is a struct with its `id` and a static `check(view, i,
/// sink)`, and may name an entity for the diagnostic (`named<Contract, Clause>`).
template <typename... Rules>
struct rule_list {
  static constexpr std::size_t size = sizeof...(Rules);
  static constexpr std::array<rule_info, sizeof...(Rules)> table{rule_traits<Rules::id>::info...};

  template <typename Sink>
  static constexpr void run(const contract_view& c, std::size_t i, Sink& out) {
    (Rules::check(c, i, out), ...);
  }

  /// Every rule id appears once.
  static constexpr bool distinct() noexcept {
    for (std::size_t a = 0; a < size; ++a) {
      for (std::size_t b = a + 1; b < size; ++b) {
        if (table[a].id == table[b].id) return false;
      }
    }
    return true;
  }
};

template <rule Id, typename... Rules>
struct find_rule;
template <rule Id, typename First, typename... Rest>
struct find_rule<Id, First, Rest...>
    : std::conditional_t<First::id == Id, std::type_identity<First>, find_rule<Id, Rest...>> {};

template <rule Id, typename List>
struct rule_in;
template <rule Id, typename... Rules>
struct rule_in<Id, rule_list<Rules...>> : find_rule<Id, Rules...> {};

} // namespace detail

/// Every rule, listed once, in the order the rules run. Adding a rule: its id in the `rule` enum
/// (core/rule_id.hpp), its header under rules/, and its place here.
using every_rule = detail::rule_list<
    rules::undeclared_party, rules::duplicate_clause, rules::outside_contract_term,
    rules::exclusivity_conflict, rules::exclusive_licence_overlap, rules::competing_first_refusal,
    rules::competing_first_ship, rules::obligation_vs_prohibition, rules::permission_vs_prohibition,
    rules::incompatible_actions, rules::revenue_share_over_100_percent, rules::cap_below_commitment,
    rules::ownership_over_ceiling, rules::prohibited_grant, rules::grant_without_right,
    rules::outlives_termination, rules::ambiguous_exceptions, rules::exception_cycle,
    rules::redundant_first_refusal, rules::redundant_permission, rules::unhandled_refusal,
    rules::unlabelled_clause>;
static_assert(every_rule::distinct(), "covenant: a rule is listed twice in every_rule");

/// Every rule's metadata, in the order the rules run.
inline constexpr const auto& all_rules = every_rule::table;

/// The metadata of one rule.
constexpr const rule_info& describe(rule r) noexcept {
  for (const auto& info : all_rules) {
    if (info.id == r) return info;
  }
  return all_rules[0]; // unreachable: every rule is in the table (tested)
}

namespace detail {

/// The rule struct with this id.
template <rule Id>
using rule_type = typename rule_in<Id, every_rule>::type;

/// Runs every rule on clause `i` of a lowered contract, in the order of `all_rules`.
template <typename Sink>
constexpr void run_rules(const contract_view& c, std::size_t i, Sink& out) {
  every_rule::run(c, i, out);
}

} // namespace detail
} // namespace covenant
