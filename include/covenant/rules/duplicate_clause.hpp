// Rule duplicate_clause: the same clause written twice.
#pragma once

#include <covenant/detail/engine.hpp>
#include <covenant/rules/rule.hpp>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    duplicate_clause, error,
    "two clauses say exactly the same thing (labels aside): one of them is redundant, or an "
    "amendment meant to change it did not.",
    "remove ", detail::first_clause("the first clause"), " or ",
    detail::second_clause("the second"), ", or change the one that an amendment meant to replace.");

namespace rules {

struct duplicate_clause {
  static constexpr rule id = rule::duplicate_clause;

  template <typename Sink>
  static constexpr void check(const detail::contract_view& c, std::size_t i, Sink& out) {
    const auto& cs = c.clauses;
    // Reported once, from the first of the two, naming the next one that repeats it.
    std::size_t twin = c.size;
    for (const std::size_t j : c.meeting(i)) {
      if (j <= i || j >= twin || !cs[i].same_terms_as(cs[j])) continue;
      twin = j;
    }
    if (twin == c.size) return;
    detail::report<id>(out, c, i, twin, {cs[i].start, cs[i].end}, cs[i].scope);
  }
};

} // namespace rules
} // namespace covenant
