// Rule exception_cycle: clauses that yield to each other in a circle decide nothing.
#pragma once

#include <covenant/detail/engine.hpp>
#include <covenant/rules/rule.hpp>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    exception_cycle, error,
    "a clause yields to another which, through its own exceptions, yields back to the first: the "
    "exceptions refer to each other in a cycle and decide nothing.",
    "break the cycle: let one of the clauses simply yield, or yield to a third clause.");

namespace rules {

/// Whether following yields_to links from clause `from` can reach clause `target`, in at most
/// `budget` steps (the number of clauses bounds any simple path).
constexpr bool yields_towards(const detail::contract_view& c, std::size_t from, std::size_t target,
                              std::size_t budget) noexcept {
  if (budget == 0) return false;
  for (const auto& e : c.clauses[from].exceptions) {
    if (e.fallback == nullptr) continue;
    std::size_t next = 0;
    while (next < c.size && c.clauses[next].identity != e.fallback) ++next;
    if (next == c.size) continue;
    if (next == target || yields_towards(c, next, target, budget - 1)) return true;
  }
  return false;
}

template <typename Sink>
constexpr void check_exception_cycle(const detail::contract_view& c, std::size_t i, Sink& out) {
  const auto& cs = c.clauses;
  for (const auto& e : cs[i].exceptions) {
    if (e.fallback == nullptr) continue;
    std::size_t j = 0;
    while (j < c.size && cs[j].identity != e.fallback) ++j;
    if (j == c.size) continue;
    if (j != i && !yields_towards(c, j, i, c.size)) continue;
    // Report each cycle once, from its clause with the lowest index.
    bool first_in_cycle = true;
    for (std::size_t k = 0; k < i && first_in_cycle; ++k) {
      first_in_cycle = !(yields_towards(c, i, k, c.size) && yields_towards(c, k, i, c.size));
    }
    if (!first_in_cycle) return;
    // The two hand over to each other, so their window is where their terms overlap.
    const detail::window w{cs[i].start > cs[j].start ? cs[i].start : cs[j].start,
                           cs[i].end < cs[j].end ? cs[i].end : cs[j].end};
    detail::report<rule::exception_cycle>(out, c, i, j, w, cs[i].scope);
    return;
  }
}

} // namespace rules
} // namespace covenant
