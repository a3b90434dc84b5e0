// A finding: one rule broken (or warned about) by one or two clauses.
#pragma once

#include <covenant/core/clause.hpp>
#include <covenant/core/rule_id.hpp>

#include <cstddef>

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

  [[nodiscard]] constexpr day witness() const noexcept { return from; }
  [[nodiscard]] constexpr bool is_error() const noexcept { return level == severity::error; }
  [[nodiscard]] constexpr std::string_view scope_name() const noexcept {
    return scope != nullptr ? scope->name : std::string_view{};
  }
};

} // namespace covenant
