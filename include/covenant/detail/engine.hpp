// The machinery rules run on: a view of a lowered contract with its candidate index, and sinks
// that receive findings.
#pragma once

#include <covenant/core/finding.hpp>
#include <covenant/core/trigger.hpp>
#include <covenant/detail/overlap.hpp>
#include <covenant/detail/timelines.hpp>
#include <covenant/rules/rule.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

namespace covenant::detail {

/// A contiguous run of clause indices: the clauses that may meet one clause.
struct index_range {
  const std::uint32_t* first = nullptr;
  const std::uint32_t* last = nullptr;
  [[nodiscard]] constexpr const std::uint32_t* begin() const noexcept { return first; }
  [[nodiscard]] constexpr const std::uint32_t* end() const noexcept { return last; }
};

/// A lowered contract: its clause records, its parties and its own term, if any, and the
/// candidate index the engine built for it.
struct contract_view {
  // A plain pointer, not a span: rules index it in their innermost loops, and a call per access
  // is what costs most in constant evaluation.
  const clause_record* clauses = nullptr;
  std::size_t size = 0;
  std::span<const entity* const> parties;
  std::span<const trigger_record> triggers;
  bool has_term = false;
  day start = 0;
  day end = end_of_time;
  /// The event the contract's own term ends at, or null.
  const entity* ends_at_event = nullptr;
  /// The candidate index: the clauses that may meet clause i (scopes on one branch of the
  /// hierarchy, terms that overlap) are `meets[meet_offsets[i] .. meet_offsets[i + 1])`.
  const std::uint32_t* meet_offsets = nullptr;
  const std::uint32_t* meets = nullptr;
  /// For each clause, the clause its exceptions lead back to it through (an exception cycle
  /// reported from it), or `size` when none; null when the contract has no fallbacks.
  const std::uint32_t* cycle_partner = nullptr;
  /// For each clause, the next clause (in the order written) with the same non-empty label, or
  /// `size` when none; null when the table was not built (views made outside the engine).
  const std::uint32_t* label_twin = nullptr;

  /// The clauses that may meet clause `i`: the only ones a rule that compares two clauses needs
  /// to look at.
  [[nodiscard]] constexpr index_range meeting(std::size_t i) const noexcept {
    return {meets + meet_offsets[i], meets + meet_offsets[i + 1]};
  }
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

/// Records a finding of rule `R` about a sum over a limit (`e`, from detail/timelines.hpp) found
/// from clause `i`: the finding names clause `i` and the first other clause of the sum, and
/// carries the total, the limit, the first day over it (to `to`) and every clause of the sum.
template <rule R, typename Sink>
constexpr void report_sum(Sink& out, const contract_view& c, std::size_t i, excess e,
                          std::int64_t limit, const std::string_view* unit, const entity* where,
                          day to) {
  // The parts come in clause order, as the contract lists them.
  const std::size_t n = e.part_count < finding::max_parts ? e.part_count : finding::max_parts;
  finding f{};
  f.id = R;
  f.level = rule_traits<R>::info.level;
  f.first = i;
  f.second = i;
  f.from = e.on;
  f.to = to;
  f.scope = where;
  f.total = e.total;
  f.limit = limit;
  f.unit = unit;
  f.part_count = e.part_count;
  for (std::size_t k = 0; k < n; ++k) {
    f.parts[k] = e.parts[k];
    f.part_labels[k] = c.clauses[e.parts[k]].label;
    if (f.second == i && e.parts[k] != i) f.second = e.parts[k];
  }
  f.after_event = e.after_event;
  f.before_event = e.before_event;
  f.first_label = c.clauses[f.first].label;
  f.second_label = c.clauses[f.second].label;
  out.add(f);
}

/// Whether `f` belongs to the same group as `g` (same first clause, same rule) and names an
/// earlier second clause. The engine finds a clause's findings rule by rule, in the order of
/// `all_rules`, but the clauses a rule compares with in no particular order: within a group the
/// second clause decides.
constexpr bool comes_before_in_group(const finding& f, const finding& g) noexcept {
  return f.first == g.first && f.id == g.id && f.second < g.second;
}

/// What the rules say about a block of clauses: how many errors and warnings, the first error
/// and the first finding of any severity (in the order of `findings<C>`), and the first few
/// findings found, so that a second pass is rarely needed to list them all.
struct block_verdict {
  static constexpr std::size_t kept_capacity = 8;
  std::size_t errors = 0;
  std::size_t warnings = 0;
  bool has_error = false;
  bool has_finding = false;
  finding first_error{};
  finding first_finding{};
  std::array<finding, kept_capacity> kept{};

  constexpr void add(const finding& f) noexcept {
    if (total() < kept_capacity) kept[total()] = f;
    ++(f.is_error() ? errors : warnings);
    if (f.is_error() && (!has_error || comes_before_in_group(f, first_error))) {
      first_error = f;
      has_error = true;
    }
    if (!has_finding || comes_before_in_group(f, first_finding)) {
      first_finding = f;
      has_finding = true;
    }
  }
  [[nodiscard]] constexpr std::size_t total() const noexcept { return errors + warnings; }
  [[nodiscard]] constexpr bool all_kept() const noexcept { return total() <= kept_capacity; }
};

/// Collects exactly N findings.
template <std::size_t N>
struct collecting_sink {
  std::array<finding, N> items{};
  std::size_t size = 0;
  constexpr void add(const finding& f) noexcept {
    if (size < N) items[size] = f;
    ++size;
  }
};

/// Puts findings in the order `findings<C>` promises: they arrive grouped by first clause and
/// rule already, so only the second clause within a group needs sorting (an insertion sort that
/// never crosses a group).
template <typename It>
constexpr void order_within_groups(It first, It last) noexcept {
  for (It k = first; k != last; ++k) {
    const finding x = *k;
    It m = k;
    while (m != first && comes_before_in_group(x, *(m - 1))) {
      *m = *(m - 1);
      --m;
    }
    *m = x;
  }
}

} // namespace covenant::detail
