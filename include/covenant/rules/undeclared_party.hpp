// Rule undeclared_party: every party a clause names must be a party to the contract.
#pragma once

#include <covenant/detail/engine.hpp>
#include <covenant/rules/rule.hpp>

#include <type_traits>

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

namespace detail {

/// The parties a clause type names, whatever its kind calls them (void where it names fewer).
template <typename Clause>
struct named_parties {
  using first = void;
  using second = void;
};
template <typename Clause>
requires requires { typename Clause::grantor; }
struct named_parties<Clause> {
  using first = typename Clause::grantor;
  using second = typename Clause::holder;
};
template <typename Clause>
requires requires { typename Clause::licensor; }
struct named_parties<Clause> {
  using first = typename Clause::licensor;
  using second = typename Clause::licensee;
};
template <typename Clause>
requires requires { typename Clause::payer; }
struct named_parties<Clause> {
  using first = typename Clause::payer;
  using second = typename Clause::payee;
};
template <typename Clause>
requires requires { typename Clause::counterparty; }
struct named_parties<Clause> {
  using first = typename Clause::party;
  using second = typename Clause::counterparty;
};
template <typename Clause>
requires(requires { typename Clause::action; }) struct named_parties<Clause> {
  using first = typename Clause::party;
  using second = void;
};

template <typename Contract, typename Party>
constexpr bool is_declared_in() noexcept {
  if constexpr (std::is_void_v<Party>) {
    return true;
  } else {
    return rules::declared(Contract::view(), entity_ptr<Party>());
  }
}

/// The first party named by Clause that is not among Contract's parties: the diagnostic names
/// it, so the reader need not compare the clause with parties<...> by eye.
template <typename Contract, typename Clause>
using undeclared_party_in =
    std::conditional_t<is_declared_in<Contract, typename named_parties<Clause>::first>(),
                       typename named_parties<Clause>::second,
                       typename named_parties<Clause>::first>;

/// clang prints a function template's arguments in its "non-constexpr function" note, so the
/// party is shown as the argument of a function named after the rule.
struct undeclared_party_report {
  template <typename Party>
  static bool undeclared_party(const char*, const char*, const char*, const char*) noexcept {
    return false;
  }
  template <typename Party>
  static constexpr bool clash(const char* what, const char* clause, const char* party,
                              const char* hint) {
    return what == nullptr || undeclared_party<Party>(what, clause, party, hint);
  }
};

} // namespace detail
} // namespace covenant
