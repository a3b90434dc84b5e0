// revenue_share: the payer pays the payee a rate of the revenue in a base, possibly capped.
#pragma once

#include <covenant/core/clause.hpp>
#include <covenant/core/money.hpp>

#include <type_traits>

namespace covenant {

/// Revenue share option: the total paid under the clause over its whole term stops at `Money`.
template <money_type Money>
struct cap {
  // revenue_share reads its options by form and checks them itself; this is for other uses.
  static_assert([] {
    static_assert(Money::value >= 0, "covenant: a cap must not be negative");
    return true;
  }());
  using type = Money;
};

/// Revenue share option: the payer owes at least `Money` over the term, whatever the revenue.
template <money_type Money>
struct minimum {
  static_assert([] {
    static_assert(Money::value >= 0, "covenant: a minimum payment must not be negative");
    return true;
  }());
  using type = Money;
};

namespace detail {
template <typename T>
constexpr bool is_cap = false;
template <typename M>
constexpr bool is_cap<cap<M>> = true;
template <typename... Units>
constexpr bool one_unit = true;
template <typename First, typename... Rest>
constexpr bool one_unit<First, Rest...> = (std::is_same_v<First, Rest> && ...);

template <typename T>
constexpr bool is_minimum = false;
template <typename M>
constexpr bool is_minimum<minimum<M>> = true;

/// The amount of a cap or minimum, read by its form (the option itself is not instantiated).
template <typename T>
struct option_money {
  using type = usd_millions<0>;
};
template <typename M>
struct option_money<cap<M>> {
  using type = M;
};
template <typename M>
struct option_money<minimum<M>> {
  using type = M;
};

/// The amount of the cap among the options, or -1 (lambda-free: lowering stays cheap).
template <typename... Options>
constexpr std::int64_t cap_of = -1;
template <typename M, typename... Rest>
constexpr std::int64_t cap_of<cap<M>, Rest...> = M::value;
template <typename First, typename... Rest>
constexpr std::int64_t cap_of<First, Rest...> = cap_of<Rest...>;

/// The amount of the minimum among the options, or 0.
template <typename... Options>
constexpr std::int64_t minimum_of = 0;
template <typename M, typename... Rest>
constexpr std::int64_t minimum_of<minimum<M>, Rest...> = M::value;
template <typename First, typename... Rest>
constexpr std::int64_t minimum_of<First, Rest...> = minimum_of<Rest...>;
} // namespace detail

/// `Payer` pays `Payee` `Rate` of its revenue in `Base` during `Term`; options `cap<money>` (a
/// total over the term) and `minimum<money>`. A cap below the minimum fails where it is written.
///
///     struct revenue_share_to_microsoft
///         : revenue_share<openai, microsoft, percent<20>, openai_revenue,
///                         term<date<2026, 4, 27>, year<2031>>, cap<usd_millions<38'000>>> {};
template <party_type Payer, party_type Payee, rate_type Rate, scope_type Base, term_type Term,
          typename... Options>
struct revenue_share : detail::clause_tag {
  static constexpr bool options_known =
      ((detail::is_cap<Options> || detail::is_minimum<Options>)&&...);
  static constexpr bool one_cap = (int{detail::is_cap<Options>} + ... + 0) <= 1;
  static constexpr bool one_minimum = (int{detail::is_minimum<Options>} + ... + 0) <= 1;
  static constexpr bool cap_valid =
      ((!detail::is_cap<Options> || detail::option_money<Options>::type::value >= 0) && ...);
  static constexpr bool minimum_valid =
      ((!detail::is_minimum<Options> || detail::option_money<Options>::type::value >= 0) && ...);
  static constexpr bool amounts_valid = cap_valid && minimum_valid;
  static constexpr bool one_unit =
      detail::one_unit<typename detail::option_money<Options>::type::unit...>;
  static constexpr bool distinct_parties = !std::is_same_v<Payer, Payee>;
  static constexpr bool has_cap = (detail::is_cap<Options> || ...);
  static constexpr std::int64_t cap_amount = detail::cap_of<Options...>;
  static constexpr std::int64_t minimum_amount = detail::minimum_of<Options...>;
  // Only compared once the amounts are valid: a negative cap is one mistake, not two.
  static constexpr bool cap_covers_minimum =
      !amounts_valid || !has_cap || cap_amount >= minimum_amount;
  // Instantiated here, so that a malformed rate or term is reported where the clause is written.
  static_assert(sizeof(Rate) > 0 && sizeof(Term) > 0);
  /// False when a mistake was reported here: the contract then reports nothing more about it.
  static constexpr bool well_formed = Rate::well_formed && Term::well_formed && options_known &&
                                      one_cap && one_minimum && amounts_valid && one_unit &&
                                      distinct_parties && cap_covers_minimum;
  // Each mistake reported from a lambda (docs/design.md, "Reporting mistakes").
  static_assert([] {
    static_assert(options_known,
                  "covenant: revenue_share options are cap<money> and minimum<money>");
    return true;
  }());
  static_assert([] {
    static_assert(one_cap, "covenant: a revenue_share takes at most one cap");
    return true;
  }());
  static_assert([] {
    static_assert(one_minimum, "covenant: a revenue_share takes at most one minimum");
    return true;
  }());
  static_assert([] {
    static_assert(cap_valid, "covenant: a cap must not be negative; hint: a cap of zero forbids "
                             "any payment");
    return true;
  }());
  static_assert([] {
    static_assert(minimum_valid, "covenant: a minimum payment must not be negative");
    return true;
  }());
  static_assert([] {
    static_assert(one_unit, "covenant: a revenue_share's cap and minimum must be in the same "
                            "currency unit");
    return true;
  }());
  static_assert([] {
    static_assert(distinct_parties, "covenant: revenue_share: payer and payee must differ");
    return true;
  }());
  static_assert([] {
    static_assert(cap_covers_minimum, "covenant: revenue_share: the cap is below the minimum "
                                      "payment the same clause promises (rule "
                                      "cap_below_commitment); hint: raise the cap or lower the "
                                      "minimum");
    return true;
  }());

  /// The party that pays.
  using payer = Payer;
  /// The party paid.
  using payee = Payee;
  /// The payer, as the clause's first party.
  using first_party = Payer;
  /// The payee, as the clause's second party.
  using second_party = Payee;
  /// The revenue the rate applies to.
  using base = Base;
  /// The clause's term.
  using period = Term;
  /// The rate, in basis points.
  static constexpr std::int64_t rate = Rate::value;

  /// The clause lowered to a record.
  static constexpr clause_record record = detail::with_money(
      detail::base_record(clause_kind::revenue_share, detail::entity_ptr<Payer>(),
                          detail::entity_ptr<Payee>(), detail::entity_ptr<Base>(), Term::start,
                          Term::end, Term::ends_at_event, Term::starts_at_event),
      Rate::value, cap_amount, minimum_amount,
      detail::unit_of<
          typename detail::first_or<usd_millions<0>,
                                    typename detail::option_money<Options>::type...>::type>());
};

} // namespace covenant
