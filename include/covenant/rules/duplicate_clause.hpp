// Rule duplicate_clause: the same clause written twice.
#pragma once

#include <covenant/detail/engine.hpp>
#include <covenant/rules/rule.hpp>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    duplicate_clause, error,
    "two clauses say exactly the same thing (labels aside): one of them is redundant, or an "
    "amendment meant to change it did not.",
    "remove one of the two, or change the one that an amendment meant to replace.");

namespace rules {

template <typename Sink>
constexpr void check_duplicate_clause(const detail::contract_view& c, std::size_t i, Sink& out) {
  const auto& cs = c.clauses;
  const auto js = c.of_kind(cs[i].kind);
  for (std::size_t x = 0; x < js.count; ++x) {
    const std::size_t j = js.first[x];
    if (j <= i || !detail::may_meet(cs[i], cs[j])) continue;
    if (!cs[i].same_terms_as(cs[j])) continue;
    detail::report<rule::duplicate_clause>(out, c, i, j, {cs[i].start, cs[i].end}, cs[i].scope);
    break;
  }
}

} // namespace rules
} // namespace covenant
