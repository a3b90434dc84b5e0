// diff<A, B>: which clauses an amendment added, struck out, changed, ended or continued.
#pragma once

#include <covenant/contract.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace covenant {

/// One difference between two versions of a contract.
struct clause_change {
  /// Added, struck out (undated), changed; ended on a day by a dated amendment, or continued
  /// from that day under new terms (continue_as).
  enum class what : std::uint8_t { added, removed, changed, ended, continued };
  what kind{};
  /// Index in the earlier contract (removed, changed, ended, continued); 0 for added.
  std::size_t before = 0;
  /// Index in the later contract (added, changed, ended, continued: the continuation); 0 for
  /// removed.
  std::size_t after = 0;
  /// The clause's label (in the earlier contract when it was removed or changed).
  std::string_view label;
  /// The day a dated amendment ended the clause (ended, continued); 0 otherwise.
  day on = 0;
};

/// A fixed-size list of changes.
template <std::size_t N>
struct change_list {
  /// The changes, in order.
  std::array<clause_change, N> items{};
  /// How many changes.
  [[nodiscard]] static constexpr std::size_t size() noexcept { return N; }
  /// Whether there is no change.
  [[nodiscard]] static constexpr bool empty() noexcept { return N == 0; }
  /// Change `i`.
  [[nodiscard]] constexpr const clause_change& operator[](std::size_t i) const { return items[i]; }
  /// The first change.
  [[nodiscard]] constexpr auto begin() const noexcept { return items.begin(); }
  /// Past the last change.
  [[nodiscard]] constexpr auto end() const noexcept { return items.end(); }
  /// How many changes are of kind `w`.
  [[nodiscard]] constexpr std::size_t count(clause_change::what w) const noexcept {
    std::size_t n = 0;
    for (const auto& c : items) n += c.kind == w ? 1U : 0U;
    return n;
  }
};

namespace detail {

/// Whether clause `i` of `a` is in `b` as the same clause type, or as a clause with the same
/// non-empty label whose type `a` does not hold; returns its index, or b.size().
constexpr std::size_t direct_counterpart(std::span<const clause_record> a, std::size_t i,
                                         std::span<const clause_record> b) noexcept {
  for (std::size_t j = 0; j < b.size(); ++j) {
    if (b[j].identity == a[i].identity) return j;
  }
  if (a[i].label.empty()) return b.size();
  for (std::size_t j = 0; j < b.size(); ++j) {
    if (b[j].label == a[i].label && index_of(a, b[j].identity) == a.size()) return j;
  }
  return b.size();
}

/// Two clauses of the same kind between the same parties over the same scope (and action).
constexpr bool same_slot(const clause_record& x, const clause_record& y) noexcept {
  return x.kind == y.kind && x.party == y.party && x.counterparty == y.counterparty &&
         x.scope == y.scope && x.action == y.action;
}

/// The only clause of `b` left without a direct counterpart that fills the same slot as clause
/// `i` of `a`, or b.size().
constexpr std::size_t slot_counterpart(std::span<const clause_record> a, std::size_t i,
                                       std::span<const clause_record> b) noexcept {
  std::size_t found = b.size();
  std::size_t count = 0;
  for (std::size_t j = 0; j < b.size(); ++j) {
    if (same_slot(a[i], b[j]) && direct_counterpart(b, j, a) == a.size()) {
      found = j;
      ++count;
    }
  }
  return count == 1 ? found : b.size();
}

/// Where clause `i` of `a` went in `b`: the same clause type; else a clause with the same label;
/// else, when an amendment replaced it under a new label, the one clause in the same slot (same
/// kind, parties, scope and action) on both sides. Returns b.size() when it is gone.
constexpr std::size_t counterpart(std::span<const clause_record> a, std::size_t i,
                                  std::span<const clause_record> b) noexcept {
  if (const auto j = direct_counterpart(a, i, b); j < b.size()) return j;
  if (const auto j = slot_counterpart(a, i, b); j < b.size() && slot_counterpart(b, j, a) == i) {
    return j;
  }
  return b.size();
}

/// The clause of `b` that continues the clause with identity `id`, or b.size().
constexpr std::size_t continuation_of(std::span<const clause_record> b,
                                      const clause_id* id) noexcept {
  for (std::size_t j = 0; j < b.size(); ++j) {
    if (b[j].continues == id) return j;
  }
  return b.size();
}

/// Calls `emit` for each change from `a` to `b`: removed, changed, ended and continued in `a`'s
/// order, then added. A clause that a dated amendment ended is "ended", or "continued" when a
/// clause of `b` continues it (that clause is then not "added").
template <typename Emit>
constexpr void each_change(std::span<const clause_record> a, std::span<const clause_record> b,
                           Emit emit) {
  for (std::size_t i = 0; i < a.size(); ++i) {
    const std::size_t j = counterpart(a, i, b);
    if (j == b.size()) {
      emit(clause_change{clause_change::what::removed, i, 0, a[i].label});
      continue;
    }
    const day ended = b[j].ended_by_amendment;
    if (ended != end_of_time && ended != a[i].ended_by_amendment) {
      const std::size_t k = continuation_of(b, a[i].identity);
      if (k < b.size()) {
        emit(clause_change{clause_change::what::continued, i, k, a[i].label, ended});
      } else {
        emit(clause_change{clause_change::what::ended, i, j, a[i].label, ended});
      }
    } else if (!a[i].same_terms_as(b[j])) {
      emit(clause_change{clause_change::what::changed, i, j, a[i].label});
    }
  }
  for (std::size_t j = 0; j < b.size(); ++j) {
    if (counterpart(b, j, a) != a.size()) continue;
    if (b[j].continues != nullptr && index_of(a, b[j].continues) < a.size()) continue;
    emit(clause_change{clause_change::what::added, 0, j, b[j].label});
  }
}

template <contract_type A, contract_type B>
constexpr auto compute_diff() {
  constexpr std::size_t n = [] {
    std::size_t count = 0;
    each_change(A::records, B::records, [&](const clause_change&) { ++count; });
    return count;
  }();
  change_list<n> out{};
  std::size_t k = 0;
  each_change(A::records, B::records, [&](const clause_change& c) { out.items[k++] = c; });
  return out;
}

} // namespace detail

/// The changes from contract A to contract B: clauses removed, changed (same clause type, same
/// label, or the one clause in the same slot, with different terms), ended or continued by a
/// dated amendment, and added.
template <contract_type A, contract_type B>
inline constexpr auto diff = detail::compute_diff<A, B>();

} // namespace covenant
