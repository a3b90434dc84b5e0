// Rule outside_contract_term: no clause may start before its contract or outlive it.
#pragma once

#include <covenant/detail/engine.hpp>
#include <covenant/rules/rule.hpp>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    outside_contract_term, error,
    "a clause starts before the contract's term or runs past its end.",
    "shorten the clause's term to fit the contract's, or extend the contract's term.");

namespace rules {

template <typename Sink>
constexpr void check_outside_contract_term(const detail::contract_view& c, std::size_t i,
                                           Sink& out) {
  if (!c.has_term) return;
  const auto& cs = c.clauses;
  if (cs[i].start >= c.start && cs[i].end <= c.end) return;
  // The window is the part of the clause that lies outside the contract.
  const detail::window w = cs[i].start < c.start ? detail::window{cs[i].start, c.start}
                                                 : detail::window{c.end, cs[i].end};
  detail::report<rule::outside_contract_term>(out, c, i, i, w, cs[i].scope);
}

} // namespace rules
} // namespace covenant
