// advance: a payment made up front on a day and recovered from the payer's later shares.
#pragma once

#include <covenant/core/clause.hpp>
#include <covenant/core/money.hpp>
#include <covenant/core/placeholder.hpp>

#include <type_traits>

namespace covenant {

namespace detail {
/// Reports the mistakes of an advance where it is written, one `static_assert` per
/// check. One function per type costs far less than a lambda per check (docs/design.md,
/// "Reporting mistakes").
template <typename Where, bool AmountValid, bool DistinctParties>
constexpr bool advance_mistakes() noexcept {
  static_assert(AmountValid, "covenant: an advance must not be negative; hint: an advance is "
                             "what the payer pays up front");
  static_assert(DistinctParties, "covenant: advance: payer and payee must differ");
  return true;
}

} // namespace detail

/// `Payer` pays `Payee` `Money` for `Scope` on the day `On`, as an advance: what `Payer` later
/// owes `Payee` (shares whose base overlaps `Scope`, and guarantee top-ups) is first set against
/// it, and paid only once the advance is recouped (`payments`: fields advance, recouped,
/// unrecouped). It lowers to a one-off payment (clause_kind::payment) marked `recoupable`, so
/// the rules treat it as the sure payment it is (a payment cap must let it through).
///
///     struct signing_advance : advance<service, label, eur_millions<20>, streaming_revenue,
///                                      date<2026, 1, 1>> {};
template <party_type Payer, party_type Payee, money_type Money, scope_type Scope, date_type On>
struct advance : detail::clause_tag {
  /// Whether the amount is 0 or more.
  static constexpr bool amount_valid = Money::value >= 0;
  /// Whether payer and payee differ.
  static constexpr bool distinct_parties = !std::is_same_v<Payer, Payee>;
  // Instantiated here, so that a malformed date is reported where the clause is written.
  static_assert(sizeof(On) > 0);
  /// False when a mistake was reported here: the contract then reports nothing more about it.
  static constexpr bool well_formed = On::well_formed && amount_valid && distinct_parties;
  // Every mistake is reported by one function, instantiated only here (docs/design.md,
  // "Reporting mistakes"): the class stays usable, and nothing else is reported about it.
  static_assert(detail::advance_mistakes<advance, amount_valid, distinct_parties>());
  /// The party that pays the advance and recoups it.
  using payer = Payer;
  /// The party paid.
  using payee = Payee;
  /// The payer, as the clause's first party.
  using first_party = Payer;
  /// The payee, as the clause's second party.
  using second_party = Payee;
  /// What the advance is paid for: the shares it is recouped from have a base overlapping it.
  using scope = Scope;
  /// The day the advance is paid.
  static constexpr day on = On::value;
  /// The clause lowered to a record: a one-off payment, recoupable.
  static constexpr clause_record record = [] {
    clause_record r = detail::with_placeholders(
        detail::with_money(detail::base_record(clause_kind::payment, detail::entity_ptr<Payer>(),
                                               detail::entity_ptr<Payee>(),
                                               detail::entity_ptr<Scope>(), On::value,
                                               On::value + 1, nullptr, nullptr),
                           0, Money::value, 0, detail::unit_of<Money>()),
        0, detail::placeholder_of<Money>());
    r.recoupable = true;
    return r;
  }();
};

} // namespace covenant
