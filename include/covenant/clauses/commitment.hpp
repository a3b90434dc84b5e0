// commitment: a party promises to buy at least an amount from another over a term.
#pragma once

#include <covenant/core/clause.hpp>
#include <covenant/core/money.hpp>
#include <covenant/core/placeholder.hpp>

#include <type_traits>

namespace covenant {

/// `Party` commits to pay `Counterparty` at least `Money` for `Scope` during `Term` (a purchase
/// commitment, such as incremental cloud spend). A cap on the same payments below it is an error.
///
///     struct azure_purchase : commitment<openai, microsoft, usd_millions<250'000>,
///                                        azure_services, term<date<2025, 10, 28>>> {};
template <party_type Party, party_type Counterparty, money_type Money, scope_type Scope,
          term_type Term>
struct commitment : detail::clause_tag {
  static_assert(Money::value >= 0, "covenant: a commitment must not be negative");
  static_assert(!std::is_same_v<Party, Counterparty>,
                "covenant: commitment: a party cannot commit to itself");
  using party = Party;
  using counterparty = Counterparty;
  using first_party = Party;
  using second_party = Counterparty;
  using scope = Scope;
  using period = Term;
  static constexpr clause_record record = detail::with_placeholders(
      detail::with_money(detail::base_record(clause_kind::commitment, detail::entity_ptr<Party>(),
                                             detail::entity_ptr<Counterparty>(),
                                             detail::entity_ptr<Scope>(), Term::start, Term::end,
                                             Term::ends_at_event, Term::starts_at_event),
                         0, Money::value, 0, detail::unit_of<Money>()),
      0, detail::placeholder_of<Money>());
};

} // namespace covenant
