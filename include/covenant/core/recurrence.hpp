// Recurring amounts: per_year, per_quarter, per_month, and what they add up to over a term.
#pragma once

#include <covenant/core/clause.hpp>
#include <covenant/core/date.hpp>

#include <cstdint>
#include <limits>

namespace covenant {

/// Option of a commitment or of a revenue share's minimum: the amount falls due again in every
/// calendar year of the term (`commitment<..., term<...>, per_year>`,
/// `minimum<eur_millions<10>, per_year>`). A period the term covers only in part is pro-rated
/// by days (detail::recurring_total).
struct per_year {
  /// The period.
  static constexpr recurrence value = recurrence::year;
};
/// The same, for every calendar quarter (January to March, April to June, ...).
struct per_quarter {
  /// The period.
  static constexpr recurrence value = recurrence::quarter;
};
/// The same, for every calendar month.
struct per_month {
  /// The period.
  static constexpr recurrence value = recurrence::month;
};

namespace detail {

template <typename T>
constexpr bool is_recurrence = false;
template <>
inline constexpr bool is_recurrence<per_year> = true;
template <>
inline constexpr bool is_recurrence<per_quarter> = true;
template <>
inline constexpr bool is_recurrence<per_month> = true;

/// The recurrence among the options, or `once` (lambda-free: lowering stays cheap).
template <typename... Options>
constexpr recurrence recurrence_of = recurrence::once;
template <typename First, typename... Rest>
constexpr recurrence recurrence_of<First, Rest...> = [] {
  if constexpr (is_recurrence<First>) {
    return First::value;
  } else {
    return recurrence_of<Rest...>;
  }
}();

/// The record with how often its amount (or minimum) falls due.
constexpr clause_record with_recurrence(clause_record r, recurrence recurs) noexcept {
  r.recurs = recurs;
  return r;
}

/// How many recurrence options there are among the options (more than one is a mistake).
template <typename... Options>
constexpr int recurrence_count = (int{is_recurrence<Options>} + ... + 0);

/// What `amount` a `recurs` period adds up to on the days [from, to): once, `amount` whatever
/// the days; else, for each calendar period those days meet, `amount` times the days of the
/// period within [from, to) over the days of the period, a partial period rounded up to a
/// whole unit (a guarantee is never understated). Periods nest in calendar years, so the
/// amounts of the years of a term add up to the amount of the term. A term without an end
/// (or one past the calendar) promises without bound: the largest std::int64_t.
constexpr std::int64_t recurring_total(std::int64_t amount, recurrence recurs, day from,
                                       day to) noexcept {
  constexpr std::int64_t unbounded = std::numeric_limits<std::int64_t>::max();
  if (recurs == recurrence::once) return amount;
  if (to <= from || amount <= 0) return 0;
  if (to > last_day + 1 || from < first_day) return unbounded;
  const auto c = to_civil(from);
  int y = c.year;
  unsigned m = recurs == recurrence::year      ? 1U
               : recurs == recurrence::quarter ? (c.month - 1U) / 3U * 3U + 1U
                                               : c.month;
  const unsigned step = recurs == recurrence::year ? 12U : recurs == recurrence::quarter ? 3U : 1U;
  std::int64_t total = 0;
  for (day p = days_from_civil(y, m, 1); p < to;) {
    m += step;
    if (m > 12U) {
      m -= 12U;
      ++y;
    }
    const day next = days_from_civil(y, m, 1);
    const day a = p > from ? p : from;
    const day b = next < to ? next : to;
    const std::int64_t len = static_cast<std::int64_t>(next) - p;
    const std::int64_t in = static_cast<std::int64_t>(b) - a;
    if (amount > (unbounded - len) / in) return unbounded;
    const std::int64_t part = (amount * in + len - 1) / len;
    if (total > unbounded - part) return unbounded;
    total += part;
    p = next;
  }
  return total;
}

} // namespace detail
} // namespace covenant
