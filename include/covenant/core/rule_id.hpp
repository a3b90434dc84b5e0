// Rule identities and severities: what a finding names. The rules themselves live in rules/.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace covenant {

/// Every consistency rule covenant checks. Each is defined in its own header under rules/
/// and listed once in rules/all.hpp.
enum class rule : std::uint8_t {
  exclusivity_conflict,
  exclusive_licence_overlap,
  competing_first_refusal,
  competing_first_ship,
  obligation_vs_prohibition,
  permission_vs_prohibition,
  incompatible_actions,
  revenue_share_over_100_percent,
  cap_below_commitment,
  outside_contract_term,
  prohibited_grant,
  grant_without_right,
  duplicate_clause,
  undeclared_party,
  outlives_termination,
  ambiguous_exceptions,
  exception_cycle,
  redundant_first_refusal,
  redundant_permission,
  unhandled_refusal,
  ownership_over_ceiling,
  unlabelled_clause,
};

/// Errors make a contract inconsistent; warnings are reported, and fatal only under strict checks.
enum class severity : std::uint8_t { error, warning };

namespace detail {
/// A piece of a rule's hint: words, or the place of one of the finding's clauses, which the
/// diagnostic fills with the clause's label and the rule's table with the words given.
struct hint_piece {
  const char* text;
  /// 0: words; 1: the finding's first clause; 2: its second clause.
  std::uint8_t clause = 0;

  constexpr hint_piece(const char* words) noexcept : text(words) {} // NOLINT: implicit on purpose
  constexpr hint_piece(const char* words, std::uint8_t which) noexcept
      : text(words), clause(which) {}
};
} // namespace detail

/// What a rule's header says about it: used for documents and run-time reports.
struct rule_info {
  rule id;
  std::string_view name;
  severity level;
  std::string_view summary;
  /// The hint with generic words where the finding's clauses go ("the exclusive licence").
  std::string_view hint;
  /// The same hint in pieces, so that a report can put the clauses' labels in their places
  /// (render::hint_text).
  std::span<const detail::hint_piece> hint_parts;
};

} // namespace covenant
