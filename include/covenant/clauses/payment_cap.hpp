// payment_cap: a ceiling on everything one party pays another for a scope over a term.
#pragma once

#include <covenant/core/clause.hpp>
#include <covenant/core/money.hpp>
#include <covenant/core/placeholder.hpp>

#include <type_traits>

namespace covenant {

namespace detail {
/// Reports the mistakes of a payment cap where it is written, one `static_assert` per
/// check. One function per type costs far less than a lambda per check (docs/design.md,
/// "Reporting mistakes").
template <typename Where, bool AmountValid, bool DistinctParties>
constexpr bool payment_cap_mistakes() noexcept {
  static_assert(AmountValid, "covenant: a payment cap must not be negative; hint: a cap of "
                             "zero forbids any payment");
  static_assert(DistinctParties, "covenant: payment_cap: payer and payee must differ");
  return true;
}

} // namespace detail

/// Everything `Payer` pays `Payee` for `Scope` during `Term` adds up to at most `Money`. It
/// caps every revenue share between them on an overlapping base; a commitment to pay more
/// contradicts it.
template <party_type Payer, party_type Payee, money_type Money, scope_type Scope, term_type Term>
struct payment_cap : detail::clause_tag {
  static constexpr bool amount_valid = Money::value >= 0;
  static constexpr bool distinct_parties = !std::is_same_v<Payer, Payee>;
  // Instantiated here, so that a malformed term is reported where the clause is written.
  static_assert(sizeof(Term) > 0);
  /// False when a mistake was reported here: the contract then reports nothing more about it.
  static constexpr bool well_formed = Term::well_formed && amount_valid && distinct_parties;
  // Every mistake is reported by one function, instantiated only here (docs/design.md,
  // "Reporting mistakes"): the class stays usable, and nothing else is reported about it.
  static_assert(detail::payment_cap_mistakes<payment_cap, amount_valid, distinct_parties>());
  using payer = Payer;
  /// The party paid.
  using payee = Payee;
  /// The payer, as the clause's first party.
  using first_party = Payer;
  /// The payee, as the clause's second party.
  using second_party = Payee;
  /// The payments capped: those under shares whose base overlaps this scope.
  using scope = Scope;
  /// The clause's term.
  using period = Term;
  /// The clause lowered to a record.
  static constexpr clause_record record = detail::with_placeholders(
      detail::with_money(detail::base_record(clause_kind::payment_cap, detail::entity_ptr<Payer>(),
                                             detail::entity_ptr<Payee>(),
                                             detail::entity_ptr<Scope>(), Term::start, Term::end,
                                             Term::ends_at_event, Term::starts_at_event),
                         0, Money::value, 0, detail::unit_of<Money>()),
      0, detail::placeholder_of<Money>());
};

} // namespace covenant
