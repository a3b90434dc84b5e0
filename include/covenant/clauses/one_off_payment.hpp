// one_off_payment: a payment made once, on a day (an investment, a signing fee).
#pragma once

#include <covenant/core/clause.hpp>
#include <covenant/core/money.hpp>
#include <covenant/core/placeholder.hpp>

#include <type_traits>

namespace covenant {

/// `Payer` pays `Payee` `Money` for `Scope` on the day `On`: in force that day only, so it is
/// not a commitment that stands forever. A payment cap between the two over its scope and day
/// must let it through (rule cap_below_commitment).
///
///     struct first_investment : one_off_payment<microsoft, openai, usd_millions<1'000>,
///                                               openai_shares, date<2019, 7, 22>> {};
template <party_type Payer, party_type Payee, money_type Money, scope_type Scope, date_type On>
struct one_off_payment : detail::clause_tag {
  static_assert(Money::value >= 0, "covenant: a payment must not be negative");
  static_assert(!std::is_same_v<Payer, Payee>,
                "covenant: one_off_payment: payer and payee must differ");
  using payer = Payer;
  using payee = Payee;
  using first_party = Payer;
  using second_party = Payee;
  using scope = Scope;
  static constexpr day on = On::value;
  static constexpr clause_record record = detail::with_placeholders(
      detail::with_money(detail::base_record(clause_kind::payment, detail::entity_ptr<Payer>(),
                                             detail::entity_ptr<Payee>(),
                                             detail::entity_ptr<Scope>(), On::value, On::value + 1,
                                             nullptr, nullptr),
                         0, Money::value, 0, detail::unit_of<Money>()),
      0, detail::placeholder_of<Money>());
};

} // namespace covenant
