// Rule undeclared_party: every party a clause names must be a party to the contract.
#pragma once

#include <covenant/detail/engine.hpp>
#include <covenant/rules/rule.hpp>

#include <type_traits>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(undeclared_party, error,
                            "a clause names a party that is not among the contract's parties<...>.",
                            "add the party to parties<...>, or correct ",
                            detail::first_clause("the clause"), ".");

namespace rules {

constexpr bool declared(const detail::contract_view& c, const detail::entity* p) noexcept {
  if (p == nullptr) return true;
  for (const auto* q : c.parties) {
    if (q == p) return true;
  }
  return false;
}

struct undeclared_party {
  static constexpr rule id = rule::undeclared_party;

  template <typename Sink>
  static constexpr void check(const detail::contract_view& c, std::size_t i, Sink& out) {
    const auto& cs = c.clauses;
    if (declared(c, cs[i].party) && declared(c, cs[i].counterparty)) return;
    detail::report<id>(out, c, i, i, {cs[i].start, cs[i].end}, cs[i].scope);
  }

  /// The diagnostic names the missing party, so that the reader need not compare the clause
  /// with parties<...> by eye: the first party named by Clause that Contract does not declare.
  template <typename Contract, typename Clause>
  using named = std::conditional_t<declared(Contract::view(),
                                            detail::entity_ptr<typename Clause::first_party>()),
                                   typename Clause::second_party, typename Clause::first_party>;
  static constexpr const char* named_note =
      "(this clause names the party in undeclared_party<...> above)";
};

} // namespace rules

namespace detail {
/// The first party named by Clause that is not among Contract's parties.
template <typename Contract, typename Clause>
using undeclared_party_in = rules::undeclared_party::named<Contract, Clause>;
} // namespace detail
} // namespace covenant
