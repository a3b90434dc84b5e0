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
  static_assert(BasisPoints >= 0, "covenant: a rate must not be negative");
  static_assert(BasisPoints <= 10'000,
                "covenant: a rate must not exceed 100 % (10000 basis points)");
  static constexpr std::int64_t value = BasisPoints;
};

/// A rate in whole percent: `percent<20>` is 2000 basis points.
template <std::int64_t Percent>
using percent = basis_points<Percent * 100>;

/// A rate type.
template <typename T>
concept rate_type = requires {
  { T::value } -> std::convertible_to<std::int64_t>;
}
&&!requires { typename T::unit; };

} // namespace covenant
