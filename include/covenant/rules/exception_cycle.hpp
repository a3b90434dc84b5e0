// Rule exception_cycle: clauses that yield to each other in a circle decide nothing.
#pragma once

#include <covenant/detail/engine.hpp>
#include <covenant/detail/meetings.hpp>
#include <covenant/rules/rule.hpp>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    exception_cycle, error,
    "a clause yields to another which, through its own exceptions, yields back to the first: the "
    "exceptions refer to each other in a cycle and decide nothing.",
    "break the cycle: let ", detail::first_clause("one clause"), " or ",
    detail::second_clause("the other"), " simply yield, or yield to a third clause.");

namespace rules {

struct exception_cycle {
  static constexpr rule id = rule::exception_cycle;

  template <typename Sink>
  static constexpr void check(const detail::contract_view& c, std::size_t i, Sink& out) {
    if (c.cycle_partner == nullptr || c.cycle_partner[i] == c.size) return;
    const auto& cs = c.clauses;
    const std::size_t j = c.cycle_partner[i];
    // The two hand over to each other, so their window is where their terms overlap.
    const detail::window w{cs[i].start > cs[j].start ? cs[i].start : cs[j].start,
                           cs[i].end < cs[j].end ? cs[i].end : cs[j].end};
    detail::report<id>(out, c, i, j, w, cs[i].scope);
  }
};

} // namespace rules

namespace detail {

/// For every clause, the clause to name when an exception cycle is reported from it, or N. The
/// yields_to links form a graph; its strongly connected components (Tarjan's algorithm, without
/// recursion) are the cycles, each reported once, from its clause written first, naming the
/// first clause that clause yields to within the cycle. Linear in clauses and links.
template <std::size_t N>
constexpr std::array<std::uint32_t, N> cycle_partners(const clause_record* rs) {
  constexpr std::uint32_t none = 0xFFFFFFFFU;
  std::array<std::uint32_t, N> partner{};
  for (auto& p : partner) p = N;
  if constexpr (N > 0) {
    const clause_finder find(rs, N);
    work_array<std::uint32_t> first_link(N + 1);
    std::size_t links = 0;
    for (std::size_t i = 0; i < N; ++i) {
      first_link[i] = static_cast<std::uint32_t>(links);
      for (const auto& e : rs[i].exceptions) links += e.fallback != nullptr ? 1U : 0U;
    }
    first_link[N] = static_cast<std::uint32_t>(links);
    work_array<std::uint32_t> target(links);
    for (std::size_t i = 0, k = 0; i < N; ++i) {
      for (const auto& e : rs[i].exceptions) {
        if (e.fallback != nullptr) target[k++] = static_cast<std::uint32_t>(find.find(e.fallback));
      }
    }
    work_array<std::uint32_t> order(N, none);
    work_array<std::uint32_t> low(N);
    work_array<std::uint32_t> component(N, none);
    work_array<std::uint32_t> stack(N);
    work_array<std::uint32_t> call(N);
    work_array<std::uint32_t> next_link(N);
    work_array<bool> on_stack(N, false);
    std::uint32_t counter = 0;
    std::size_t depth = 0;
    std::size_t top = 0;
    const auto enter = [&](std::uint32_t v) {
      order[v] = low[v] = counter++;
      stack[top++] = v;
      on_stack[v] = true;
      call[depth] = v;
      next_link[depth++] = first_link[v];
    };
    for (std::uint32_t root = 0; root < N; ++root) {
      if (order[root] != none) continue;
      enter(root);
      while (depth > 0) {
        const std::uint32_t v = call[depth - 1];
        if (next_link[depth - 1] < first_link[v + 1]) {
          const std::uint32_t w = target[next_link[depth - 1]++];
          if (w >= N) continue;
          if (order[w] == none) {
            enter(w);
          } else if (on_stack[w] && order[w] < low[v]) {
            low[v] = order[w];
          }
          continue;
        }
        if (low[v] == order[v]) {
          std::uint32_t w = none;
          do {
            w = stack[--top];
            on_stack[w] = false;
            component[w] = v;
          } while (w != v);
        }
        if (--depth > 0 && low[v] < low[call[depth - 1]]) low[call[depth - 1]] = low[v];
      }
    }
    // A component is a cycle when it has two clauses, or one that yields to itself; the first
    // clause met in index order is its first clause.
    work_array<bool> seen(N, false);
    for (std::uint32_t i = 0; i < N; ++i) {
      if (seen[component[i]]) continue;
      seen[component[i]] = true;
      for (std::uint32_t k = first_link[i]; k < first_link[i + 1]; ++k) {
        if (target[k] < N && component[target[k]] == component[i]) {
          partner[i] = target[k];
          break;
        }
      }
    }
  }
  return partner;
}

} // namespace detail
} // namespace covenant
