// Rule undeclared_party: every party a clause names must be a party to the contract.
#pragma once

#include <covenant/detail/engine.hpp>
#include <covenant/rules/rule.hpp>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(undeclared_party, error,
                            "a clause names a party that is not among the contract's parties<...>.",
                            "add the party to parties<...>, or correct the clause.");

namespace rules {

constexpr bool declared(const detail::contract_view& c, const detail::entity* p) noexcept {
  if (p == nullptr) return true;
  for (const auto* q : c.parties) {
    if (q == p) return true;
  }
  return false;
}

template <typename Sink>
constexpr void check_undeclared_party(const detail::contract_view& c, std::size_t i, Sink& out) {
  const auto& cs = c.clauses;
  if (declared(c, cs[i].party) && declared(c, cs[i].counterparty)) return;
  detail::report<rule::undeclared_party>(out, c, i, i, {cs[i].start, cs[i].end}, cs[i].scope);
}

} // namespace rules
} // namespace covenant
