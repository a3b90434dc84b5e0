// Rule exclusive_licence_overlap: an exclusive licence leaves no room for another licensee.
#pragma once

#include <covenant/detail/engine.hpp>
#include <covenant/rules/rule.hpp>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    exclusive_licence_overlap, error,
    "an exclusive licence and another licence to a different licensee cover an overlapping "
    "scope at the same time.",
    "make ", detail::first_clause("the exclusive licence"), " non_exclusive, grant ",
    detail::second_clause("the other licence"),
    " to the same licensee, or separate the scopes or terms.");

namespace rules {

struct exclusive_licence_overlap {
  static constexpr rule id = rule::exclusive_licence_overlap;

  template <typename Sink>
  static constexpr void check(const detail::contract_view& c, std::size_t i, Sink& out) {
    const auto& cs = c.clauses;
    if (cs[i].kind != clause_kind::licence || !cs[i].exclusive) return;
    for (const std::size_t j : c.meeting(i)) {
      if (cs[j].kind != clause_kind::licence) continue;
      if (cs[j].exclusive && j < i) continue; // both exclusive: reported once
      if (cs[j].counterparty == cs[i].counterparty) continue;
      // The exclusive licensee may sublicense what it holds (rule grant_without_right checks it);
      // between two exclusive licences either may be the sublicence, so that the verdict does not
      // depend on which is written first.
      if (cs[j].party == cs[i].counterparty) continue;
      if (cs[j].exclusive && cs[i].party == cs[j].counterparty) continue;
      const auto w = detail::common_window(cs[i], cs[j]);
      if (w.empty()) continue;
      detail::report<id>(out, c, i, j, w, detail::narrower(cs[i].scope, cs[j].scope));
    }
  }
};

} // namespace rules
} // namespace covenant
