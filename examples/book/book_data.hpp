// What the deal book shows, as data: the versions of the Microsoft-OpenAI partnership with their
// dates, the reports and how two of them are reconciled, the dates and scenarios queried, and
// the clauses whose figures are placeholders. book.cpp renders it; `book --expectations` lists,
// from this data alone (no HTML code), what each page must show (the browser test checks it).
#pragma once

#include "../microsoft_openai/reports.hpp"
#include "../microsoft_openai/samples.hpp"
#include "../microsoft_openai/versions.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace book {

using namespace microsoft_openai;
using namespace microsoft_openai::reports;

/// One version: its page (`<slug>.html`), its short name and the day it was made.
struct version_info {
  std::string_view slug;
  std::string_view name;
  day made;
};

inline constexpr std::array<version_info, 7> versions{{
    {"v0", "V0", day_of(2019, 7, 22)},
    {"v1", "V1", day_of(2023, 1, 23)},
    {"v1-5", "V1.5", day_of(2024, 6, 1)},
    {"v2", "V2", day_of(2025, 1, 21)},
    {"v3", "V3", day_of(2025, 10, 28)},
    {"v3-5", "V3.5", day_of(2026, 2, 27)},
    {"v4", "V4", day_of(2026, 4, 27)},
}};

/// Calls `f.template operator()<Version, Previous>(index)` for each version in order; the
/// first version is its own previous one.
template <typename F>
void for_each_version(F&& f) {
  f.template operator()<v0, v0>(0);
  f.template operator()<v1, v0>(1);
  f.template operator()<v15, v1>(2);
  f.template operator()<v2, v15>(3);
  f.template operator()<v3, v2>(4);
  f.template operator()<v35, v3>(5);
  f.template operator()<v4, v35>(6);
}

inline constexpr std::size_t report_count = 5;
inline constexpr std::array<std::string_view, report_count> report_numbers{"000", "001", "002",
                                                                           "003", "004"};

/// The day each report speaks of (reports.hpp: the version it describes).
inline constexpr std::array<day, report_count> report_as_of{
    report_000::as_of, report_001::as_of, report_002::as_of, report_003::as_of, report_004::as_of};

/// Calls `f.template operator()<Report>(index)` for each report.
template <typename F>
void for_each_report(F&& f) {
  f.template operator()<seed_000>(0);
  f.template operator()<seed_001>(1);
  f.template operator()<seed_002>(2);
  f.template operator()<seed_003>(3);
  f.template operator()<seed_004>(4);
}

/// Two reports as one contract, as examples/microsoft_openai/reconciliation.cpp checks them.
template <contract_type A, contract_type B>
using together = amend<A, add_all_of<B>>;

/// Calls `f.template operator()<together<A, B>>(i, j)` for each pair of reports i < j.
template <typename F>
void for_each_pair(F&& f) {
  f.template operator()<together<seed_000, seed_001>>(0, 1);
  f.template operator()<together<seed_000, seed_002>>(0, 2);
  f.template operator()<together<seed_000, seed_003>>(0, 3);
  f.template operator()<together<seed_000, seed_004>>(0, 4);
  f.template operator()<together<seed_001, seed_002>>(1, 2);
  f.template operator()<together<seed_001, seed_003>>(1, 3);
  f.template operator()<together<seed_001, seed_004>>(1, 4);
  f.template operator()<together<seed_002, seed_003>>(2, 3);
  f.template operator()<together<seed_002, seed_004>>(2, 4);
  f.template operator()<together<seed_003, seed_004>>(3, 4);
}

/// How two reports relate, by reconciliation.cpp's reading of their joint findings: a
/// duplicate clause means they agree; any other error means the newer report supersedes the
/// older when it starts on or after the day the newer one speaks of (the older describes terms
/// changed since), and that they clash otherwise. Warnings do not count.
enum class relation { agree, superseded, clash, unrelated };

inline constexpr bool is_agreement(const finding& f) { return f.id == rule::duplicate_clause; }
inline constexpr bool is_clash(const finding& f) { return !is_agreement(f) && f.is_error(); }

/// Whether an error between reports i and j is a change of terms, not a contradiction.
inline constexpr bool is_superseded(const finding& f, std::size_t i, std::size_t j) {
  return is_clash(f) && report_as_of[i] != report_as_of[j] &&
         f.from >= std::max(report_as_of[i], report_as_of[j]);
}

template <contract_type Pair>
constexpr relation relation_of(std::size_t i, std::size_t j) {
  bool agree = false;
  bool superseded = false;
  for (const auto& f : findings<Pair>) {
    if (is_superseded(f, i, j)) {
      superseded = true;
    } else if (is_clash(f)) {
      return relation::clash;
    }
    agree = agree || is_agreement(f);
  }
  return superseded ? relation::superseded : agree ? relation::agree : relation::unrelated;
}

/// The timeline in which nothing happens.
inline constexpr scenario nothing_happens{};

/// Days every version is queried on, besides the day it was made.
inline constexpr std::array<day, 2> query_days{day_of(2027, 1, 1), day_of(2031, 1, 1)};

/// A clause whose figures are placeholders: their numbers (as the library renders them, "not
/// public (placeholder N)") and what each stands for (examples/microsoft_openai/partnership.hpp).
struct placeholder_use {
  std::string names;
  std::string why;
};

/// The placeholders of a clause, read from its record (rate, amount, tiers), or nothing.
inline std::optional<placeholder_use> placeholder_of(const clause_record& r) {
  std::vector<int> numbers;
  const auto note = [&](std::uint8_t n) {
    if (n != 0 && std::find(numbers.begin(), numbers.end(), n) == numbers.end()) {
      numbers.push_back(n);
    }
  };
  note(r.rate_placeholder);
  note(r.amount_placeholder);
  for (const auto& t : r.tiers) {
    note(t.rate_placeholder);
    note(t.threshold_placeholder);
  }
  if (numbers.empty()) return std::nullopt;
  placeholder_use u;
  for (const int n : numbers) {
    if (!u.names.empty()) u.names += ", ";
    u.names += "placeholder " + std::to_string(n);
    for (const auto& p : microsoft_openai::placeholders) {
      if (p.number != n) continue;
      if (!u.why.empty()) u.why += "; ";
      u.why += std::string(p.figure) + ": " + p.source;
    }
  }
  return u;
}

} // namespace book
