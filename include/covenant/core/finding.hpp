// A finding: one rule broken (or warned about) by one or two clauses.
#pragma once

#include <covenant/core/clause.hpp>
#include <covenant/core/rule_id.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace covenant {

/// What a rule found. `first` and `second` index the contract's clauses (equal when a single
/// clause is at fault). The window is where the two are in force together, with `witness` a day
/// in it; `scope` is the narrower of the overlapping scopes.
struct finding {
  /// The rule broken.
  rule id{};
  /// Error or warning (the rule's severity).
  severity level{};
  /// Index of the first clause at fault (for sums: the clause that sets the limit).
  std::size_t first = 0;
  /// Index of the second clause; equal to `first` when one clause is at fault.
  std::size_t second = 0;
  /// First day of the window where the clauses clash (for sums: the first day over the limit).
  day from = 0;
  /// End of that window, exclusive; `end_of_time` when it never ends.
  day to = 0;
  /// The narrower of the overlapping scopes, or null (see `scope_name()`).
  const detail::entity* scope = nullptr;
  /// Label of clause `first`.
  std::string_view first_label;
  /// Label of clause `second`.
  std::string_view second_label;
  /// The timeline of the finding: an event that has happened by the witness day (null if
  /// none is needed), and one that has not yet happened then.
  const detail::entity* after_event = nullptr;
  /// An event that has not yet happened on the witness day, or null.
  const detail::entity* before_event = nullptr;
  /// Rules that add clauses up (caps, shares over 100 %): the sum, the limit it exceeds, in
  /// basis points for rates or in `unit` for money, and the clauses that make up the sum, by
  /// clause order (the first `max_parts`; `part_count` counts them all). `first` is the clause
  /// that sets the limit when it is not itself in the sum (a cap). `from` is the first day the
  /// limit is exceeded. `part_count` is 0 for rules that compare two clauses.
  static constexpr std::size_t max_parts = 8;
  /// Sums: the total that exceeds the limit.
  std::int64_t total = 0;
  /// Sums: the limit exceeded.
  std::int64_t limit = 0;
  /// Sums of money: the currency unit (null for rates, in basis points).
  const std::string_view* unit = nullptr;
  /// Sums: the indices of the clauses in the sum (the first `max_parts`).
  std::array<std::uint32_t, max_parts> parts{};
  /// Sums: their labels.
  std::array<std::string_view, max_parts> part_labels{};
  /// Sums: how many clauses make up the sum (0 for rules that compare two clauses).
  std::size_t part_count = 0;

  /// A day on which the finding holds: the first day of its window.
  [[nodiscard]] constexpr day witness() const noexcept { return from; }
  /// Whether the finding is about a sum over a limit.
  [[nodiscard]] constexpr bool is_sum() const noexcept { return part_count > 0; }
  /// Whether clause `first` sets the limit of a sum without being part of it.
  [[nodiscard]] constexpr bool limit_set_apart() const noexcept {
    for (std::size_t k = 0; k < part_count && k < max_parts; ++k) {
      if (parts[k] == first) return false;
    }
    return is_sum();
  }
  /// Whether the finding is an error (else a warning).
  [[nodiscard]] constexpr bool is_error() const noexcept { return level == severity::error; }
  /// The name of `scope`, or empty.
  [[nodiscard]] constexpr std::string_view scope_name() const noexcept {
    return scope != nullptr ? scope->name : std::string_view{};
  }
};

} // namespace covenant
