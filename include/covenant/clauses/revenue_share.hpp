// revenue_share: the payer pays the payee a rate of the revenue in a base, possibly capped.
#pragma once

#include <covenant/core/clause.hpp>
#include <covenant/core/money.hpp>
#include <covenant/core/placeholder.hpp>
#include <covenant/core/recurrence.hpp>

#include <array>
#include <span>
#include <type_traits>

namespace covenant {

/// Revenue share option: the total paid under the clause over its whole term stops at `Money`.
/// A cap is a total: it does not recur (`cap<money, per_year>` is reported where it is written).
template <money_type Money, typename... NoOptions>
struct cap {
  // revenue_share reads its options by form and checks them itself; this is for other uses.
  static_assert([] {
    static_assert(Money::value >= 0, "covenant: a cap must not be negative");
    return true;
  }());
  static_assert([] {
    static_assert(sizeof...(NoOptions) == 0, "covenant: a cap is a total over the term and "
                                             "cannot recur");
    return true;
  }());
  using type = Money;
};

/// Revenue share option: the payer owes at least `Money` over the term, whatever the revenue;
/// `minimum<Money, per_year>` (or per_quarter, per_month): at least `Money` in every calendar
/// period of the term, a partial period pro-rated by days (core/recurrence.hpp).
template <money_type Money, typename... Recurrence>
struct minimum {
  static_assert([] {
    static_assert(Money::value >= 0, "covenant: a minimum payment must not be negative");
    return true;
  }());
  using type = Money;
  /// How often the minimum falls due.
  static constexpr recurrence recurs = detail::recurrence_of<Recurrence...>;
};

namespace detail {
template <typename T>
constexpr bool is_cap = false;
template <typename M>
constexpr bool is_cap<cap<M>> = true;
/// A cap given options (`cap<money, per_year>`): a cap cannot recur.
template <typename T>
constexpr bool is_cap_with_options = false;
template <typename M, typename O, typename... Os>
constexpr bool is_cap_with_options<cap<M, O, Os...>> = true;
template <typename... Units>
constexpr bool one_unit = true;
template <typename First, typename... Rest>
constexpr bool one_unit<First, Rest...> = (std::is_same_v<First, Rest> && ...);

template <typename T>
constexpr bool is_minimum = false;
template <typename M, typename... R>
constexpr bool is_minimum<minimum<M, R...>> = true;
/// Whether a minimum's options are one recurrence at most.
template <typename T>
constexpr bool minimum_options_valid = true;
template <typename M, typename... R>
constexpr bool
    minimum_options_valid<minimum<M, R...>> = (is_recurrence<R> && ...) && recurrence_count<R...> <=
                                                                               1;

/// The amount of a cap or minimum, read by its form (the option itself is not instantiated).
template <typename T>
struct option_money {
  using type = usd_millions<0>;
};
template <typename M>
struct option_money<cap<M>> {
  using type = M;
};
template <typename M, typename... R>
struct option_money<minimum<M, R...>> {
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
template <typename M, typename... R, typename... Rest>
constexpr std::int64_t minimum_of<minimum<M, R...>, Rest...> = M::value;

/// How often the minimum among the options falls due (once when there is none).
template <typename... Options>
constexpr recurrence minimum_recurrence = recurrence::once;
template <typename M, typename... R, typename... Rest>
constexpr recurrence minimum_recurrence<minimum<M, R...>, Rest...> = recurrence_of<R...>;
template <typename First, typename... Rest>
constexpr recurrence minimum_recurrence<First, Rest...> = minimum_recurrence<Rest...>;
template <typename First, typename... Rest>
constexpr std::int64_t minimum_of<First, Rest...> = minimum_of<Rest...>;
} // namespace detail

// --- issue 11: profit base and tiered rates (kept together, so that this hunk merges whole) ---

/// Revenue share option: the rate applies to profit in `Base`, not to revenue (a share of
/// profit is not a share of revenue). `payments` applies it to the profit figures it is given.
/// `profit_share<...>` is the same clause with this option.
struct profit_base {};

/// One tier of a tiered rate: `Rate` applies until the total paid under the share reaches
/// `Threshold` (a money type), or for the rest of the term when `Threshold` is void.
template <rate_type Rate, typename Threshold = void>
struct tier {
  static_assert(std::is_void_v<Threshold> || money_type<Threshold>,
                "covenant: tier<rate, threshold>: the threshold is an amount of money");
  static constexpr tier_record record = [] {
    tier_record t{Rate::value, -1, detail::placeholder_of<Rate>(), 0};
    if constexpr (!std::is_void_v<Threshold>) {
      t.threshold = Threshold::value;
      t.threshold_placeholder = detail::placeholder_of<Threshold>();
    }
    return t;
  }();
  static constexpr bool open_ended = std::is_void_v<Threshold>;
};

namespace detail {
template <typename... Units>
constexpr bool one_unit_v = one_unit<Units...>;

template <typename T>
constexpr bool is_tier = false;
template <typename R, typename M>
constexpr bool is_tier<tier<R, M>> = true;
template <typename T>
struct tier_unit {
  using type = million_usd;
};
template <typename R, typename M>
requires(!std::is_void_v<M>) struct tier_unit<tier<R, M>> {
  using type = typename M::unit;
};
} // namespace detail

/// A rate that changes with the total paid under the share: `tiered<tier<percent<75>,
/// usd_millions<13'000>>, tier<percent<49>, usd_millions<92'000>>>` is 75 % until 13,000 has
/// been paid, then 49 % until 92,000 has (after which nothing more is due: the last threshold
/// is the share's total cap). Thresholds are totals paid, in increasing order; only the last
/// tier may have none. `payments` switches rate on the day the threshold is reached. The rules
/// that add rates up count the highest tier's rate (the tier in force depends on payments).
template <typename... Tiers>
struct tiered {
  static_assert(sizeof...(Tiers) >= 1 && (detail::is_tier<Tiers> && ...),
                "covenant: tiered<...> takes tier<rate, threshold> entries");
  static constexpr std::array<tier_record, sizeof...(Tiers)> tiers{Tiers::record...};
  static constexpr bool well_ordered = [] {
    for (std::size_t k = 0; k < tiers.size(); ++k) {
      if (tiers[k].threshold < 0 && k + 1 < tiers.size()) return false;
      if (k > 0 && tiers[k].threshold >= 0 && tiers[k].threshold <= tiers[k - 1].threshold) {
        return false;
      }
    }
    return true;
  }();
  static_assert(well_ordered, "covenant: tiered<...>: thresholds must be given, increasing, for "
                              "every tier but the last");
  /// Whether the tiers are well formed (their own static_asserts report what is not).
  static constexpr bool well_formed = well_ordered;
  static_assert(detail::one_unit_v<typename detail::tier_unit<Tiers>::type...>,
                "covenant: tiered<...>: thresholds must be in one currency unit");
  /// The highest rate of the tiers.
  static constexpr std::int64_t value = [] {
    std::int64_t m = 0;
    for (const auto& t : tiers) m = t.rate > m ? t.rate : m;
    return m;
  }();
  /// The total the last tier stops at, or -1.
  static constexpr std::int64_t last_threshold = tiers[sizeof...(Tiers) - 1].threshold;
};

namespace detail {
template <typename Rate>
struct tiers_of {
  static constexpr std::span<const tier_record> value{};
  static constexpr std::int64_t last_threshold = -1;
};
template <typename... Ts>
struct tiers_of<tiered<Ts...>> {
  static constexpr std::span<const tier_record> value = tiered<Ts...>::tiers;
  static constexpr std::int64_t last_threshold = tiered<Ts...>::last_threshold;
};
/// The cap of a share: its own, or the last threshold of its tiers, whichever is lower.
constexpr std::int64_t effective_cap(std::int64_t cap, std::int64_t last_threshold) noexcept {
  if (cap < 0) return last_threshold;
  if (last_threshold < 0) return cap;
  return cap < last_threshold ? cap : last_threshold;
}
} // namespace detail

namespace detail {
/// The unit of an option's money, or `Else` for an option without money (profit_base).
template <typename O, typename Else>
struct option_unit {
  using type = Else;
};
template <typename O, typename Else>
requires(is_cap<O> || is_minimum<O>) struct option_unit<O, Else> {
  using type = typename option_money<O>::type::unit;
};

/// The first money type among the options (a cap or a minimum), or `Default`.
template <typename Default, typename... Options>
struct first_money {
  using type = Default;
};
template <typename Default, typename First, typename... Rest>
struct first_money<Default, First, Rest...> : first_money<Default, Rest...> {};
template <typename Default, typename M, typename... Rest>
struct first_money<Default, cap<M>, Rest...> {
  using type = M;
};
template <typename Default, typename M, typename... R, typename... Rest>
struct first_money<Default, minimum<M, R...>, Rest...> {
  using type = M;
};

/// The currency unit of a tiered rate's thresholds (`Else` for a plain rate).
template <typename Rate, typename Else = million_usd>
struct rate_unit {
  using type = Else;
};
template <typename First, typename... Ts, typename Else>
struct rate_unit<tiered<First, Ts...>, Else> : tier_unit<First> {};

/// The placeholder number of the cap among the options, or 0.
template <typename... Options>
constexpr std::uint8_t cap_placeholder = 0;
template <typename M, typename... Rest>
constexpr std::uint8_t cap_placeholder<cap<M>, Rest...> = placeholder_of<M>();
template <typename First, typename... Rest>
constexpr std::uint8_t cap_placeholder<First, Rest...> = cap_placeholder<Rest...>;

constexpr clause_record with_share_terms(clause_record r, std::span<const tier_record> tiers,
                                         bool on_profit, std::uint8_t rate_placeholder,
                                         std::uint8_t cap_placeholder) noexcept {
  r.tiers = tiers;
  r.on_profit = on_profit;
  r.rate_placeholder = rate_placeholder;
  r.amount_placeholder = cap_placeholder;
  return r;
}

} // namespace detail

// --- end of issue 11 additions to the options ---

namespace detail {
/// Reports the mistakes of a revenue share where it is written, one `static_assert` per
/// check. One function per type costs far less than a lambda per check (docs/design.md,
/// "Reporting mistakes").
template <typename Where, bool OptionsKnown, bool NoBareRecurrence, bool CapDoesNotRecur,
          bool MinimumRecurrenceValid, bool OneCap, bool OneMinimum, bool CapValid,
          bool MinimumValid, bool OneUnit, bool DistinctParties, bool CapCoversMinimum>
constexpr bool revenue_share_mistakes() noexcept {
  static_assert(OptionsKnown, "covenant: revenue_share options are cap<money>, minimum<money> "
                              "and profit_base");
  static_assert(NoBareRecurrence, "covenant: revenue_share: per_year, per_quarter and "
                                  "per_month say how often an amount recurs; hint: write "
                                  "minimum<money, per_year>");
  static_assert(CapDoesNotRecur, "covenant: revenue_share: a cap is a total over the term "
                                 "and cannot recur; hint: write cap<money> and a term per "
                                 "period, or a recurring minimum<money, per_year>");
  static_assert(MinimumRecurrenceValid, "covenant: minimum<money, ...>: the only options are "
                                        "one of per_year, per_quarter and per_month");
  static_assert(OneCap, "covenant: a revenue_share takes at most one cap");
  static_assert(OneMinimum, "covenant: a revenue_share takes at most one minimum");
  static_assert(CapValid, "covenant: a cap must not be negative; hint: a cap of zero forbids "
                          "any payment");
  static_assert(MinimumValid, "covenant: a minimum payment must not be negative");
  static_assert(OneUnit, "covenant: a revenue_share's cap, minimum and tier thresholds must "
                         "be in the same currency unit");
  static_assert(DistinctParties, "covenant: revenue_share: payer and payee must differ");
  static_assert(CapCoversMinimum, "covenant: revenue_share: the cap is below the minimum "
                                  "payment the same clause promises (rule "
                                  "cap_below_commitment); hint: raise the cap or lower the "
                                  "minimum");
  return true;
}

} // namespace detail

/// `Payer` pays `Payee` `Rate` of its revenue in `Base` during `Term`; options `cap<money>` (a
/// total over the term), `minimum<money>` (over the term, or `minimum<money, per_year>`: in
/// every calendar year of it) and `profit_base` (a share of profit, not revenue;
/// or write `profit_share<...>`). `Rate` may be `tiered<tier<rate, threshold>...>`: a rate that
/// changes when the total paid reaches a threshold. A cap below the minimum fails where it is
/// written, and so is a cap below what a recurring minimum adds up to over the term.
///
///     struct revenue_share_to_microsoft
///         : revenue_share<openai, microsoft, percent<20>, openai_revenue,
///                         term<date<2026, 4, 27>, year<2031>>, cap<usd_millions<38'000>>> {};
template <party_type Payer, party_type Payee, rate_type Rate, scope_type Base, term_type Term,
          typename... Options>
struct revenue_share : detail::clause_tag {
  static constexpr bool options_known =
      ((detail::is_cap<Options> || detail::is_minimum<Options> ||
        detail::is_cap_with_options<Options> || detail::is_recurrence<Options> ||
        std::is_same_v<Options, profit_base>)&&...);
  /// Whether no recurrence is given to the share itself (it belongs in minimum<money, ...>).
  static constexpr bool no_bare_recurrence = (!detail::is_recurrence<Options> && ...);
  /// Whether the cap is given no recurrence (a cap is a total over the term).
  static constexpr bool cap_does_not_recur = (!detail::is_cap_with_options<Options> && ...);
  /// Whether the minimum has at most one recurrence and no other option.
  static constexpr bool minimum_recurrence_valid = (detail::minimum_options_valid<Options> && ...);
  static constexpr bool one_cap = (int{detail::is_cap<Options>} + ... + 0) <= 1;
  static constexpr bool one_minimum = (int{detail::is_minimum<Options>} + ... + 0) <= 1;
  static constexpr bool cap_valid =
      ((!detail::is_cap<Options> || detail::option_money<Options>::type::value >= 0) && ...);
  static constexpr bool minimum_valid =
      ((!detail::is_minimum<Options> || detail::option_money<Options>::type::value >= 0) && ...);
  static constexpr bool amounts_valid = cap_valid && minimum_valid;
  using unit = typename detail::first_money<money<0, typename detail::rate_unit<Rate>::type>,
                                            Options...>::type::unit;
  static constexpr bool one_unit =
      detail::one_unit<unit, typename detail::rate_unit<Rate, unit>::type,
                       typename detail::option_unit<Options, unit>::type...>;
  static constexpr bool distinct_parties = !std::is_same_v<Payer, Payee>;
  static constexpr bool has_cap = (detail::is_cap<Options> || ...);
  /// The cap: the cap<...> option's, or the last threshold of a tiered rate, the lower of both.
  static constexpr std::int64_t cap_amount =
      detail::effective_cap(detail::cap_of<Options...>, detail::tiers_of<Rate>::last_threshold);
  static constexpr bool on_profit = (std::is_same_v<Options, profit_base> || ...);
  static constexpr std::int64_t minimum_amount = detail::minimum_of<Options...>;
  /// How often the minimum falls due.
  static constexpr recurrence minimum_recurs = detail::minimum_recurrence<Options...>;
  // Only compared once the amounts are valid: a negative cap is one mistake, not two. A
  // recurring minimum is compared over the whole term (its latest end).
  static constexpr bool cap_covers_minimum =
      !amounts_valid || cap_amount < 0 ||
      cap_amount >= detail::recurring_total(minimum_amount, minimum_recurs, Term::start, Term::end);
  // Instantiated here, so that a malformed rate or term is reported where the clause is written.
  static_assert(sizeof(Rate) > 0 && sizeof(Term) > 0);
  /// False when a mistake was reported here: the contract then reports nothing more about it.
  static constexpr bool well_formed =
      Rate::well_formed && Term::well_formed && options_known && no_bare_recurrence &&
      cap_does_not_recur && minimum_recurrence_valid && one_cap && one_minimum && amounts_valid &&
      one_unit && distinct_parties && cap_covers_minimum;
  // Every mistake is reported by one function, instantiated only here (docs/design.md,
  // "Reporting mistakes"): the class stays usable, and nothing else is reported about it.
  static_assert(detail::revenue_share_mistakes<revenue_share, options_known, no_bare_recurrence,
                                               cap_does_not_recur, minimum_recurrence_valid,
                                               one_cap, one_minimum, cap_valid, minimum_valid,
                                               one_unit, distinct_parties, cap_covers_minimum>());

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
  static constexpr clause_record record = detail::with_recurrence(
      detail::with_share_terms(
          detail::with_money(
              detail::base_record(clause_kind::revenue_share, detail::entity_ptr<Payer>(),
                                  detail::entity_ptr<Payee>(), detail::entity_ptr<Base>(),
                                  Term::start, Term::end, Term::ends_at_event,
                                  Term::starts_at_event),
              Rate::value, cap_amount, minimum_amount,
              detail::unit_of<typename detail::first_money<
                  money<0, typename detail::rate_unit<Rate>::type>, Options...>::type>()),
          detail::tiers_of<Rate>::value, on_profit, detail::placeholder_of<Rate>(),
          detail::cap_placeholder<Options...>),
      minimum_recurs);
};

/// A share of profit: `revenue_share` with option `profit_base`.
template <party_type Payer, party_type Payee, rate_type Rate, scope_type Base, term_type Term,
          typename... Options>
using profit_share = revenue_share<Payer, Payee, Rate, Base, Term, profit_base, Options...>;

} // namespace covenant
