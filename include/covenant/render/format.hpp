// Plain text for dates, amounts, rates and terms, used by every rendering.
#pragma once

#include <covenant/core/clause.hpp>
#include <covenant/core/date.hpp>

#include <fmt/format.h>

#include <cstdint>
#include <string>

namespace covenant::render {

/// `2025-01-21`.
inline std::string date_text(day d) {
  const auto c = to_civil(d);
  return fmt::format("{:04}-{:02}-{:02}", c.year, c.month, c.day_of_month);
}

/// A whole number with thousands separated by commas: `38,000`.
inline std::string grouped(std::int64_t n) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? "-" + out : out;
}

/// An amount in its unit (millions of US dollars by default): `38,000 USD million`.
inline std::string money_text(std::int64_t amount, std::string_view unit = "USD million") {
  return fmt::format("{} {}", grouped(amount), unit);
}

/// An amount of a clause, in the clause's unit.
inline std::string money_text(std::int64_t amount, const clause_record& r) {
  return r.unit != nullptr ? money_text(amount, *r.unit) : money_text(amount);
}

/// A rate in basis points as a percentage: `20%`, `12.5%`, `0.01%`.
inline std::string rate_text(std::int64_t basis_points) {
  const auto whole = basis_points / 100;
  const auto rest = basis_points % 100;
  if (rest == 0) return fmt::format("{}%", whole);
  if (rest % 10 == 0) return fmt::format("{}.{}%", whole, rest / 10);
  return fmt::format("{}.{:02}%", whole, rest);
}

/// What a term waits for: "AGI is declared", "AGI is declared and AGI is verified" (all_of),
/// "the first of: an IPO or a sale" (any_of).
inline std::string start_events_text(const clause_record& r) {
  const auto events = r.waits_for();
  const bool any = events.size() > 1 && r.starts_on_any;
  std::string out = any ? "the first of: " : "";
  for (std::size_t k = 0; k < events.size(); ++k) {
    if (k > 0) out += k + 1 < events.size() ? ", " : (any ? " or " : " and ");
    out += events[k]->name;
  }
  return out;
}

/// A figure that is not public: "not public (placeholder 3)" (core/placeholder.hpp).
inline std::string placeholder_text(std::uint8_t number) {
  return fmt::format("not public (placeholder {})", number);
}

/// A clause's rate, or "not public (placeholder N)" when it is a placeholder.
inline std::string rate_figure(std::int64_t basis_points, std::uint8_t placeholder) {
  return placeholder != 0 ? placeholder_text(placeholder) : rate_text(basis_points);
}

/// A clause's amount in its unit, or "not public (placeholder N)" when it is a placeholder.
inline std::string money_figure(std::int64_t amount, std::uint8_t placeholder,
                                const clause_record& r) {
  return placeholder != 0 ? placeholder_text(placeholder) : money_text(amount, r);
}

/// The last day of a half-open term, for people: `[2025-01-21, 2030-01-01)` ends 2029-12-31.
inline std::string last_day_text(day end) { return date_text(end - 1); }

/// A term in words: "from 2025-01-21 through 2029-12-31", "from 2019-07-22, open-ended",
/// "from 2025-01-21 until AGI is declared (at the latest through 2029-12-31)". Name events so
/// that they read after "until" and "from when": `event<"AGI is declared">`.
inline std::string term_text(const clause_record& r) {
  std::string out = r.starts_at_event != nullptr ? "from when " + start_events_text(r)
                                                 : fmt::format("from {}", date_text(r.start));
  if (r.starts_at_event != nullptr && r.start > day_of(1900)) {
    out += fmt::format(" (not before {})", date_text(r.start));
  }
  if (r.ends_at_event != nullptr) {
    out += fmt::format(" until {}", r.ends_at_event->name);
    if (r.end != end_of_time)
      out += fmt::format(" (at the latest through {})", last_day_text(r.end));
  } else if (r.end == end_of_time) {
    out += ", open-ended";
  } else {
    out += fmt::format(" through {}", last_day_text(r.end));
  }
  return out;
}

/// A window of days in words: "2026-04-27 through 2029-12-31", or "from 2026-04-27 on".
inline std::string window_text(day from, day to) {
  if (to == end_of_time) return fmt::format("from {} on", date_text(from));
  return fmt::format("{} through {}", date_text(from), last_day_text(to));
}

} // namespace covenant::render
