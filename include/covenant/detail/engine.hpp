// The machinery rules run on: a view of a lowered contract, and sinks that receive findings.
#pragma once

#include <covenant/core/finding.hpp>
#include <covenant/core/trigger.hpp>
#include <covenant/detail/overlap.hpp>

#include <array>
#include <cstddef>
#include <span>

namespace covenant::detail {

/// A lowered contract: its clause records, its parties and its own term, if any.
struct contract_view {
  std::span<const clause_record> clauses;
  std::span<const entity* const> parties;
  std::span<const trigger_record> triggers;
  bool has_term = false;
  day start = 0;
  day end = end_of_time;
};

/// Records a finding of rule `R` about clauses `i` and `j` into `out`.
template <rule R, typename Sink>
constexpr void report(Sink& out, const contract_view& c, std::size_t i, std::size_t j, window w,
                      const entity* where) {
  finding f{};
  f.id = R;
  f.level = rule_traits<R>::info.level;
  f.first = i;
  f.second = j;
  f.from = w.from;
  f.to = w.to;
  f.scope = where;
  f.first_label = c.clauses[i].label;
  f.second_label = c.clauses[j].label;
  // The timeline in which both are in force: events they wait for have happened by the
  // witness day, events that end them have not.
  for (const auto* r : {&c.clauses[i], &c.clauses[j]}) {
    if (f.after_event == nullptr) f.after_event = r->starts_at_event;
    if (f.before_event == nullptr) f.before_event = r->ends_at_event;
  }
  out.add(f);
}

/// Counts findings by severity.
struct counting_sink {
  std::size_t errors = 0;
  std::size_t warnings = 0;
  constexpr void add(const finding& f) noexcept { ++(f.is_error() ? errors : warnings); }
  [[nodiscard]] constexpr bool done() const noexcept { return false; }
};

/// Keeps the first finding at or above a severity and stops the rules there.
struct first_finding_sink {
  bool include_warnings = false;
  bool found = false;
  finding first{};
  constexpr void add(const finding& f) noexcept {
    if (!found && (f.is_error() || include_warnings)) {
      found = true;
      first = f;
    }
  }
  [[nodiscard]] constexpr bool done() const noexcept { return found; }
};

/// Collects up to N findings.
template <std::size_t N>
struct collecting_sink {
  std::array<finding, N> items{};
  std::size_t size = 0;
  constexpr void add(const finding& f) noexcept {
    if (size < N) items[size] = f;
    ++size;
  }
  [[nodiscard]] constexpr bool done() const noexcept { return false; }
};

}  // namespace covenant::detail
