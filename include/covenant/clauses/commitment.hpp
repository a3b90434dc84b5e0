// commitment: a party promises to buy at least an amount from another over a term.
#pragma once

#include <covenant/core/clause.hpp>
#include <covenant/core/money.hpp>
#include <covenant/core/placeholder.hpp>
#include <covenant/core/recurrence.hpp>

#include <type_traits>

namespace covenant {

namespace detail {
/// Reports the mistakes of a commitment where it is written, one `static_assert` per
/// check. One function per type costs far less than a lambda per check (docs/design.md,
/// "Reporting mistakes").
template <typename Where, bool AmountValid, bool DistinctParties, bool OptionsKnown,
          bool OneRecurrence>
constexpr bool commitment_mistakes() noexcept {
  static_assert(AmountValid, "covenant: a commitment must not be negative");
  static_assert(DistinctParties, "covenant: commitment: a party cannot commit to itself; hint: "
                                 "the party that pays comes first");
  static_assert(OptionsKnown, "covenant: commitment: the only options are per_year, "
                              "per_quarter and per_month");
  static_assert(OneRecurrence, "covenant: commitment: give at most one of per_year, "
                               "per_quarter and per_month");
  return true;
}

} // namespace detail

/// `Party` commits to pay `Counterparty` at least `Money` for `Scope` during `Term` (a purchase
/// commitment, such as incremental cloud spend, or a minimum guarantee). With one option
/// `per_year`, `per_quarter` or `per_month`, `Money` is due again in every calendar period of the
/// term, a partial period pro-rated by days (core/recurrence.hpp). A cap on the same payments
/// below what it promises over its term is an error.
///
///     struct azure_purchase : commitment<openai, microsoft, usd_millions<250'000>,
///                                        azure_services, term<date<2025, 10, 28>>> {};
///     struct guarantee : commitment<service, label, eur_millions<10>, streaming_revenue,
///                                   term<year<2026>, year<2031>>, per_year> {};
template <party_type Party, party_type Counterparty, money_type Money, scope_type Scope,
          term_type Term, typename... Options>
struct commitment : detail::clause_tag {
  static constexpr bool amount_valid = Money::value >= 0;
  static constexpr bool distinct_parties = !std::is_same_v<Party, Counterparty>;
  /// Whether every option is a recurrence (per_year, per_quarter, per_month).
  static constexpr bool options_known = (detail::is_recurrence<Options> && ...);
  /// Whether there is at most one recurrence.
  static constexpr bool one_recurrence = detail::recurrence_count<Options...> <= 1;
  // Instantiated here, so that a malformed term is reported where the clause is written.
  static_assert(sizeof(Term) > 0);
  /// False when a mistake was reported here: the contract then reports nothing more about it.
  static constexpr bool well_formed =
      Term::well_formed && amount_valid && distinct_parties && options_known && one_recurrence;
  // Every mistake is reported by one function, instantiated only here (docs/design.md,
  // "Reporting mistakes"): the class stays usable, and nothing else is reported about it.
  static_assert(detail::commitment_mistakes<commitment, amount_valid, distinct_parties,
                                            options_known, one_recurrence>());
  using party = Party;
  /// The party paid.
  using counterparty = Counterparty;
  /// The committed party, as the clause's first party.
  using first_party = Party;
  /// The party paid, as the clause's second party.
  using second_party = Counterparty;
  /// What the payments are for.
  using scope = Scope;
  /// The clause's term.
  using period = Term;
  /// How often the amount falls due (recurrence::once: over the whole term).
  static constexpr recurrence recurs = detail::recurrence_of<Options...>;
  /// The clause lowered to a record: `amount` is the amount of one period.
  static constexpr clause_record record = detail::with_recurrence(
      detail::with_placeholders(
          detail::with_money(
              detail::base_record(clause_kind::commitment, detail::entity_ptr<Party>(),
                                  detail::entity_ptr<Counterparty>(), detail::entity_ptr<Scope>(),
                                  Term::start, Term::end, Term::ends_at_event,
                                  Term::starts_at_event),
              0, Money::value, 0, detail::unit_of<Money>()),
          0, detail::placeholder_of<Money>()),
      recurs);
};

} // namespace covenant
