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
  rule id{};
  severity level{};
  std::size_t first = 0;
  std::size_t second = 0;
  day from = 0;
  day to = 0;
  const detail::entity* scope = nullptr;
  std::string_view first_label;
  std::string_view second_label;
  /// The timeline of the finding: an event that has happened by the witness day (null if
  /// none is needed), and one that has not yet happened then.
  const detail::entity* after_event = nullptr;
  const detail::entity* before_event = nullptr;
  /// Rules that add clauses up (caps, shares over 100 %): the sum, the limit it exceeds, in
  /// basis points for rates or in `unit` for money, and the clauses that make up the sum, by
  /// clause order (the first `max_parts`; `part_count` counts them all). `first` is the clause
  /// that sets the limit when it is not itself in the sum (a cap). `from` is the first day the
  /// limit is exceeded. `part_count` is 0 for rules that compare two clauses.
  static constexpr std::size_t max_parts = 8;
  std::int64_t total = 0;
  std::int64_t limit = 0;
  const std::string_view* unit = nullptr;
  std::array<std::uint32_t, max_parts> parts{};
  std::array<std::string_view, max_parts> part_labels{};
  std::size_t part_count = 0;

  [[nodiscard]] constexpr day witness() const noexcept { return from; }
  [[nodiscard]] constexpr bool is_sum() const noexcept { return part_count > 0; }
  /// Whether clause `first` sets the limit of a sum without being part of it.
  [[nodiscard]] constexpr bool limit_set_apart() const noexcept {
    for (std::size_t k = 0; k < part_count && k < max_parts; ++k) {
      if (parts[k] == first) return false;
    }
    return is_sum();
  }
  [[nodiscard]] constexpr bool is_error() const noexcept { return level == severity::error; }
  [[nodiscard]] constexpr std::string_view scope_name() const noexcept {
    return scope != nullptr ? scope->name : std::string_view{};
  }
};

} // namespace covenant
