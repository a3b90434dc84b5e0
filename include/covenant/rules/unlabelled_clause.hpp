// Warning unlabelled_clause: a clause without a label, or with the label of another clause.
#pragma once

#include <covenant/detail/engine.hpp>
#include <covenant/detail/meetings.hpp>
#include <covenant/rules/rule.hpp>

#include <array>
#include <cstddef>
#include <cstdint>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    unlabelled_clause, warning,
    "a clause has no label, or the same label as another clause of the contract: findings, "
    "documents and amendments cannot tell which clause is meant.",
    "give every clause a label of its own: its section number and a few words, as the contract has "
    "them.");

namespace rules {

/// Warning unlabelled_clause: a clause without a label, or with the label of another clause.
struct unlabelled_clause {
  /// The rule's identity.
  static constexpr rule id = rule::unlabelled_clause;

  /// Reports clause `i` alone when it has no label, or with the next clause that has its label.
  template <typename Sink>
  static constexpr void check(const detail::contract_view& c, std::size_t i, Sink& out) {
    const auto& cs = c.clauses;
    if (cs[i].label.empty()) {
      detail::report<id>(out, c, i, i, {cs[i].start, cs[i].end}, cs[i].scope);
      return;
    }
    // Reported from the first of two clauses with one label, naming the next one that has it.
    if (c.label_twin == nullptr || c.label_twin[i] == c.size) return;
    detail::report<id>(out, c, i, c.label_twin[i], {cs[i].start, cs[i].end}, cs[i].scope);
  }
};

} // namespace rules

namespace detail {

/// For every clause, the next clause (in the order written) with the same non-empty label, or N.
/// One pass over an open-addressing table keyed by the clauses' identity keys (a hash of the
/// label): labels are compared only when their keys are equal, so the cost is linear in the
/// clauses, not in their pairs.
template <std::size_t N>
constexpr std::array<std::uint32_t, N> label_twins(const clause_record* rs) {
  std::array<std::uint32_t, N> twin{};
  for (auto& t : twin) t = N;
  if constexpr (N > 1) {
    std::size_t capacity = 16;
    while (capacity < 2 * N) capacity *= 2;
    const std::size_t mask = capacity - 1;
    // A slot holds the last clause seen with a label, + 1 (zero means empty).
    work_array<std::uint32_t> slot(capacity);
    for (std::size_t i = 0; i < N; ++i) {
      if (rs[i].label.empty()) continue;
      const std::uint32_t key =
          rs[i].identity != nullptr ? rs[i].identity->key : hash_text(rs[i].label);
      std::size_t h = key & mask;
      for (; slot[h] != 0; h = (h + 1) & mask) {
        const std::size_t k = slot[h] - 1;
        const std::uint32_t other =
            rs[k].identity != nullptr ? rs[k].identity->key : hash_text(rs[k].label);
        if (other == key && rs[k].label == rs[i].label) {
          twin[k] = static_cast<std::uint32_t>(i);
          break;
        }
      }
      slot[h] = static_cast<std::uint32_t>(i + 1);
    }
  }
  return twin;
}

} // namespace detail
} // namespace covenant
