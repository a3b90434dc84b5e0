// payment_cap: a ceiling on everything one party pays another for a scope over a term.
#pragma once

#include <covenant/core/clause.hpp>
#include <covenant/core/money.hpp>
#include <covenant/core/placeholder.hpp>

#include <type_traits>

namespace covenant {

/// Everything `Payer` pays `Payee` for `Scope` during `Term` adds up to at most `Money`. It
/// caps every revenue share between them on an overlapping base; a commitment to pay more
/// contradicts it.
template <party_type Payer, party_type Payee, money_type Money, scope_type Scope, term_type Term>
struct payment_cap : detail::clause_tag {
  static_assert(Money::value >= 0, "covenant: a payment cap must not be negative");
  static_assert(!std::is_same_v<Payer, Payee>,
                "covenant: payment_cap: payer and payee must differ");
  using payer = Payer;
  using payee = Payee;
  using first_party = Payer;
  using second_party = Payee;
  using scope = Scope;
  using period = Term;
  static constexpr clause_record record = detail::with_placeholders(
      detail::with_money(detail::base_record(clause_kind::payment_cap, detail::entity_ptr<Payer>(),
                                             detail::entity_ptr<Payee>(),
                                             detail::entity_ptr<Scope>(), Term::start, Term::end,
                                             Term::ends_at_event, Term::starts_at_event),
                         0, Money::value, 0, detail::unit_of<Money>()),
      0, detail::placeholder_of<Money>());
};

} // namespace covenant
