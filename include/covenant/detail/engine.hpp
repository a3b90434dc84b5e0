// The machinery rules run on: a view of a lowered contract, and sinks that receive findings.
#pragma once

#include <covenant/core/finding.hpp>
#include <covenant/core/trigger.hpp>
#include <covenant/detail/overlap.hpp>

#include <array>
#include <cstddef>
#include <span>

namespace covenant::detail {

/// How many clause kinds there are.
inline constexpr std::size_t kind_count = static_cast<std::size_t>(clause_kind::commitment) + 1;

/// The indices of the clauses of one kind, in the order written.
struct kind_range {
  const std::size_t* first = nullptr;
  std::size_t count = 0;
};

/// Clause indices grouped by kind (a counting sort), so that a rule looks only at the kinds it
/// compares: `order[offsets[k] .. offsets[k + 1])` are the clauses of kind k.
template <std::size_t N>
struct kind_index {
  std::array<std::size_t, N> order{};
  std::array<std::size_t, kind_count + 1> offsets{};
};

template <std::size_t N>
constexpr kind_index<N> index_by_kind(const std::array<clause_record, N>& records) noexcept {
  kind_index<N> out{};
  for (const auto& r : records) ++out.offsets[static_cast<std::size_t>(r.kind) + 1];
  for (std::size_t k = 0; k < kind_count; ++k) out.offsets[k + 1] += out.offsets[k];
  std::array<std::size_t, kind_count> next{};
  for (std::size_t k = 0; k < kind_count; ++k) next[k] = out.offsets[k];
  for (std::size_t i = 0; i < N; ++i)
    out.order[next[static_cast<std::size_t>(records[i].kind)]++] = i;
  return out;
}

/// A lowered contract: its clause records, its parties and its own term, if any.
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
  const std::size_t* kind_order = nullptr;
  const std::size_t* kind_offsets = nullptr;

  /// The clauses of kind `k`.
  [[nodiscard]] constexpr kind_range of_kind(clause_kind k) const noexcept {
    const auto b = kind_offsets[static_cast<std::size_t>(k)];
    return {kind_order + b, kind_offsets[static_cast<std::size_t>(k) + 1] - b};
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

/// What the rules say about one clause: how many errors and warnings, and the first few
/// findings themselves (most clauses have none or one, so a second pass is rarely needed).
struct clause_verdict {
  static constexpr std::size_t kept_capacity = 4;
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::array<finding, kept_capacity> kept{};

  constexpr void add(const finding& f) noexcept {
    if (total() < kept_capacity) kept[total()] = f;
    ++(f.is_error() ? errors : warnings);
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

} // namespace covenant::detail
