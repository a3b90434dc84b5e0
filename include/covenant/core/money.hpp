// Money and rates as integers: no floating point anywhere in checking.
#pragma once

#include <cstdint>
#include <string_view>

#include <covenant/core/fixed_string.hpp>

namespace covenant {

/// A currency unit in which amounts are counted, e.g. millions of US dollars.
template <fixed_string Name>
struct currency_unit {
  static constexpr std::string_view name = Name.view();
};

/// The default unit: millions of US dollars (`usd_millions<38'000>` is $38 billion).
struct million_usd : currency_unit<"USD million"> {};

/// An amount of money: a whole number of `Unit`.
template <std::int64_t Amount, typename Unit = million_usd>
struct money {
  static constexpr std::int64_t value = Amount;
  using unit = Unit;
};

template <std::int64_t Amount>
using usd_millions = money<Amount, million_usd>;

/// A money type.
template <typename T>
concept money_type = requires {
  { T::value } -> std::convertible_to<std::int64_t>;
  typename T::unit;
};

/// A rate in basis points (1/100 of a percent). A rate over 100 % fails where it is written.
template <std::int64_t BasisPoints>
struct basis_points {
  static constexpr bool well_formed = BasisPoints >= 0 && BasisPoints <= 10'000;
  // Reported from lambdas so that the type stays usable (docs/design.md, "Reporting mistakes").
  static_assert([] {
    static_assert(BasisPoints >= 0, "covenant: a rate must not be negative; hint: a payment the "
                                    "other way is a revenue_share with payer and payee swapped");
    return true;
  }());
  static_assert([] {
    static_assert(BasisPoints <= 10'000, "covenant: a rate must not exceed 100 % (10000 basis "
                                         "points); hint: percent<N> takes whole percent, "
                                         "basis_points<N> hundredths of a percent");
    return true;
  }());
  static constexpr std::int64_t value = BasisPoints;
};

/// A rate in whole percent: `percent<20>` is 2000 basis points.
template <std::int64_t Percent>
using percent = basis_points<Percent * 100>;

template <int N, typename Figure>
struct placeholder;
template <typename... Tiers>
struct tiered;

namespace detail {
template <typename T>
constexpr bool is_rate = false;
template <std::int64_t N>
constexpr bool is_rate<basis_points<N>> = true;
// A rate that is not public (core/placeholder.hpp), and a tiered rate (clauses/revenue_share.hpp).
template <int N, typename Figure>
constexpr bool is_rate<placeholder<N, Figure>> = is_rate<Figure>;
template <typename... Tiers>
constexpr bool is_rate<tiered<Tiers...>> = true;
} // namespace detail

/// A rate type: `basis_points<N>` or `percent<N>` (or a placeholder of one, or `tiered<...>`).
/// (Matched by its form, so that checking a clause's constraints does not instantiate it: a rate
/// out of range is reported once, by the clause that reads it.)
template <typename T>
concept rate_type = detail::is_rate<T>;

} // namespace covenant
