// Calendar dates with day precision, as types (date<2025, 1, 21>) and as values (day numbers).
#pragma once

#include <concepts>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <stdexcept>
#include <string>
#include <type_traits>

namespace covenant {

/// A day number: days since 1970-01-01 in the proleptic Gregorian calendar.
using day = std::int32_t;

/// The end of an open-ended term: later than any real date.
inline constexpr day end_of_time = std::numeric_limits<day>::max();

/// A calendar date as a value.
struct civil_date {
  int year;
  unsigned month;
  unsigned day_of_month;
  friend constexpr bool operator==(const civil_date&, const civil_date&) = default;
};

namespace detail {

/// A value at fault, for the message of a rejected argument: a number or a name.
struct argument_value {
  std::int64_t number = 0;
  const char* name = nullptr;
  constexpr argument_value(std::int64_t n) noexcept : number(n) {}    // NOLINT: implicit on purpose
  constexpr argument_value(const char* text) noexcept : name(text) {} // NOLINT: implicit on purpose
};

/// Throws `std::invalid_argument("<what> (got <values>). <hint>")`. Run time only: it builds
/// the message.
[[noreturn]] inline void throw_invalid_argument(const char* what, const char* hint,
                                                std::initializer_list<argument_value> got) {
  std::string message(what);
  message += " (got ";
  const char* separator = "";
  for (const auto& v : got) {
    message += separator;
    message += v.name != nullptr ? std::string(v.name) : std::to_string(v.number);
    separator = ", ";
  }
  message += "). ";
  message += hint;
  throw std::invalid_argument(message);
}

/// Rejects a wrong argument to a query or to `day_of`: `what` reads "covenant: <query>: <what
/// is wrong>". In a constant expression the throw makes the call a compile error, and both
/// compilers print this call, with `what` and `hint`, in the first lines of the diagnostic.
/// At run time the exception's message also gives the values at fault.
template <typename... Values>
constexpr void require_argument(bool ok, const char* what, const char* hint, Values... got) {
  if (ok) return;
  if (std::is_constant_evaluated()) throw std::invalid_argument(what);
  throw_invalid_argument(what, hint, {argument_value(got)...});
}

constexpr bool is_leap(int y) noexcept { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

constexpr unsigned days_in_month(int y, unsigned m) noexcept {
  constexpr unsigned lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return (m == 2 && is_leap(y)) ? 29U : lengths[m - 1];
}

/// The years covenant's calendar covers.
inline constexpr int first_year = 1900;
inline constexpr int last_year = 9999;

constexpr bool supported_year(int y) noexcept { return y >= first_year && y <= last_year; }

constexpr bool calendar_date(int y, unsigned m, unsigned d) noexcept {
  return m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

constexpr bool valid_date(int y, unsigned m, unsigned d) noexcept {
  return supported_year(y) && calendar_date(y, m, d);
}

// Counting from a year that starts a 400-year cycle keeps the arithmetic free of negative
// division; the supported range (1900..9999) lies inside it.
constexpr day days_from_civil(int y, unsigned m, unsigned d) noexcept {
  long total = 0;
  for (int year = 1970; year < y; ++year) total += is_leap(year) ? 366 : 365;
  for (int year = y; year < 1970; ++year) total -= is_leap(year) ? 366 : 365;
  for (unsigned month = 1; month < m; ++month) total += days_in_month(y, month);
  return static_cast<day>(total + static_cast<long>(d) - 1);
}

} // namespace detail

/// Converts a day number back to a calendar date.
constexpr civil_date to_civil(day n) noexcept {
  int y = 1970;
  long rest = n;
  while (rest < 0) {
    --y;
    rest += detail::is_leap(y) ? 366 : 365;
  }
  while (rest >= (detail::is_leap(y) ? 366 : 365)) {
    rest -= detail::is_leap(y) ? 366 : 365;
    ++y;
  }
  unsigned m = 1;
  while (rest >= static_cast<long>(detail::days_in_month(y, m))) {
    rest -= detail::days_in_month(y, m);
    ++m;
  }
  return {y, m, static_cast<unsigned>(rest) + 1U};
}

/// The day number of a calendar date given as values. A year outside 1900..9999, or a date
/// that does not exist (2027-02-30, month 13), throws `std::invalid_argument`: in a constant
/// expression, a compile error.
constexpr day day_of(int y, unsigned m = 1, unsigned d = 1) {
  detail::require_argument(detail::supported_year(y), "covenant: day_of: year outside 1900..9999",
                           "Hint: the calendar runs from 1900-01-01 to 9999-12-31", y,
                           std::int64_t{m}, std::int64_t{d});
  detail::require_argument(detail::calendar_date(y, m, d), "covenant: day_of: not a calendar date",
                           "Hint: the month is 1..12 and the day exists in that month "
                           "(no 30 February; 29 February only in leap years)",
                           y, std::int64_t{m}, std::int64_t{d});
  return detail::days_from_civil(y, m, d);
}

namespace detail {

/// The first and last days covenant's calendar covers: 1900-01-01 and 9999-12-31.
inline constexpr day first_day = days_from_civil(first_year, 1, 1);
inline constexpr day last_day = days_from_civil(last_year, 12, 31);

/// Whether a day number lies in covenant's calendar.
constexpr bool supported_day(day n) noexcept { return n >= first_day && n <= last_day; }

} // namespace detail

/// A calendar date as a type. `date<2025, 1, 21>` is 21 January 2025.
namespace detail {
struct date_tag {};
} // namespace detail

template <int Year, unsigned Month = 1, unsigned Day = 1>
struct date : detail::date_tag {
  /// Whether the date exists and lies in the supported range.
  static constexpr bool well_formed = detail::valid_date(Year, Month, Day);
  // Reported from a lambda, not by the class's own static_assert: clang would make the class
  // unusable, and every later use of it a second error (docs/design.md, "Reporting mistakes").
  static_assert([] {
    static_assert(well_formed, "covenant: invalid date (year 1900..9999, month 1..12, day within "
                               "the month); hint: check the day against the month's length");
    return true;
  }());
  static constexpr day value = well_formed ? detail::days_from_civil(Year, Month, Day) : 0;
};

/// The first day of a year: `year<2030>` is 2030-01-01, the usual boundary "until 2030".
template <int Year>
using year = date<Year, 1, 1>;

/// The end of a year, as the boundary of a half-open term: `through<2032>` covers all of 2032
/// and stops at 2033-01-01.
template <int Year>
using through = date<Year + 1, 1, 1>;

namespace detail {
template <typename T>
constexpr bool is_date = false;
template <int Y, unsigned M, unsigned D>
constexpr bool is_date<date<Y, M, D>> = true;
} // namespace detail

/// A date type, as written in terms. (Matched by its form, so that checking the constraint does
/// not instantiate the date: an invalid one is reported once, by the term that reads it.)
template <typename T>
concept date_type = detail::is_date<T>;

} // namespace covenant
