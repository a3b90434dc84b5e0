// What the deal book shows, as data: the versions of the Microsoft-OpenAI partnership with their
// dates, the reports and how two of them are reconciled, the dates and scenarios queried, and
// the clauses whose figures are placeholders. book.cpp renders it; `book --expectations` lists,
// from this data alone (no HTML code), what each page must show (the browser test checks it).
#pragma once

#include "../microsoft_openai/reports.hpp"
#include "../microsoft_openai/versions.hpp"

#include <array>
#include <cstddef>
#include <string_view>

namespace book {

using namespace microsoft_openai;
using namespace microsoft_openai::reports;

/// One version: its page (`<slug>.html`), its short name and the day it was made.
struct version_info {
  std::string_view slug;
  std::string_view name;
  day made;
};

inline constexpr std::array<version_info, 6> versions{{
    {"v0", "V0", day_of(2019, 7, 22)},
    {"v1", "V1", day_of(2023, 1, 23)},
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
  f.template operator()<v2, v1>(2);
  f.template operator()<v3, v2>(3);
  f.template operator()<v35, v3>(4);
  f.template operator()<v4, v35>(5);
}

inline constexpr std::size_t report_count = 5;
inline constexpr std::array<std::string_view, report_count> report_numbers{"000", "001", "002",
                                                                           "003", "004"};

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
/// duplicate clause means they agree, any other error that they clash. Warnings do not count.
enum class relation { agree, clash, unrelated };

inline constexpr bool is_agreement(const finding& f) { return f.id == rule::duplicate_clause; }
inline constexpr bool is_clash(const finding& f) { return !is_agreement(f) && f.is_error(); }

template <contract_type Pair>
constexpr relation relation_of() {
  bool agree = false;
  for (const auto& f : findings<Pair>) {
    if (is_clash(f)) return relation::clash;
    agree = agree || is_agreement(f);
  }
  return agree ? relation::agree : relation::unrelated;
}

/// The timeline in which nothing happens.
inline constexpr scenario nothing_happens{};

/// The timeline in which AGI is declared and verified in mid-2029 (as in versions.cpp).
inline constexpr scenario agi_in_2029{{agi_declared{}, day_of(2029, 6, 30)},
                                      {agi_verified{}, day_of(2029, 6, 30)}};

/// Days every version is queried on, besides the day it was made.
inline constexpr std::array<day, 2> query_days{day_of(2027, 1, 1), day_of(2031, 1, 1)};

/// An illustrative revenue scenario for OpenAI, in USD million (as in versions.cpp). Not a
/// forecast.
inline constexpr std::array<revenue_in, 6> sample_revenue{{{2026, 30'000},
                                                           {2027, 60'000},
                                                           {2028, 100'000},
                                                           {2029, 150'000},
                                                           {2030, 200'000},
                                                           {2031, 250'000}}};

/// A clause whose figures are placeholders (examples/microsoft_openai/partnership.hpp).
struct placeholder_use {
  clause_record clause;
  /// The placeholder names, as in partnership.hpp.
  std::string_view names;
  /// Why the figure is a placeholder.
  std::string_view why;
};

inline constexpr std::array placeholder_uses{
    placeholder_use{record_of<v1_profit_share>,
                    "placeholder_profit_share_rate, placeholder_profit_share_cap",
                    "75 % until $13B is recouped is reported, not confirmed; only this first tier "
                    "is modelled"},
    placeholder_use{record_of<v2_revenue_share>, "placeholder_openai_share_rate",
                    "the 20 % rate is reported, never confirmed"},
    placeholder_use{record_of<v2_microsoft_share>, "placeholder_microsoft_share_rate",
                    "the rate was never reported"},
    placeholder_use{record_of<v2_azure_commitment>, "placeholder_azure_commitment_2025",
                    "no amount was given; zero constrains nothing"},
    placeholder_use{record_of<v3_revenue_share>, "placeholder_openai_share_rate",
                    "the 20 % rate is reported, never confirmed"},
    placeholder_use{record_of<v4_revenue_share>,
                    "placeholder_openai_share_rate, placeholder_openai_share_cap",
                    "the 20 % rate and the $38B cap are reported, unconfirmed"},
    placeholder_use{record_of<r000_revenue_share>, "placeholder_openai_share_rate",
                    "the report gives no rate"},
    placeholder_use{record_of<r002_revenue_share>, "placeholder_openai_share_rate",
                    "the report gives no rate"},
    placeholder_use{record_of<r003_revenue_share>,
                    "placeholder_openai_share_rate, placeholder_openai_share_cap",
                    "the report gives no rate and no amount for the cap"},
};

// Each listed clause really holds its placeholder's figure.
static_assert(record_of<v1_profit_share>.rate == placeholder_profit_share_rate::value &&
              record_of<v1_profit_share>.amount == placeholder_profit_share_cap::value);
static_assert(record_of<v2_revenue_share>.rate == placeholder_openai_share_rate::value);
static_assert(record_of<v2_microsoft_share>.rate == placeholder_microsoft_share_rate::value);
static_assert(record_of<v2_azure_commitment>.amount == placeholder_azure_commitment_2025::value);
static_assert(record_of<v3_revenue_share>.rate == placeholder_openai_share_rate::value);
static_assert(record_of<v4_revenue_share>.rate == placeholder_openai_share_rate::value &&
              record_of<v4_revenue_share>.amount == placeholder_openai_share_cap::value);
static_assert(record_of<r003_revenue_share>.amount == placeholder_openai_share_cap::value);

/// The placeholder entry of a clause, or null.
inline constexpr const placeholder_use* placeholder_of(const clause_record& r) {
  for (const auto& u : placeholder_uses) {
    if (u.clause.identity == r.identity) return &u;
  }
  return nullptr;
}

} // namespace book
