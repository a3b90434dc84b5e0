// Issue 13, money that recurs: recurring commitments and minimums (per_year, per_quarter,
// per_month, pro-rated by days), guarantees as floors in payments, recoupable advances, and
// rule cap_below_commitment on per-period amounts.
#include "../support/vocabulary.hpp"

#include <covenant/render.hpp>

#include <catch2/catch.hpp>

#include <array>
#include <cstdint>
#include <limits>
#include <string>

namespace recurring_money_test {

using namespace test_vocabulary;
using covenant::day_of;
using covenant::findings;
using covenant::money;
using covenant::payments;
using covenant::recurrence;
using covenant::revenue_in;
using covenant::rule;
using covenant::detail::recurring_total;

struct eur_thousand : covenant::currency_unit<"EUR thousand"> {};
template <std::int64_t N>
using eur = money<N, eur_thousand>;

// ---------------------------------------------------------------------------------------------
// Periods and pro-rating.
// ---------------------------------------------------------------------------------------------

TEST_CASE("recurring_total: whole calendar periods", "[recurring]") {
  STATIC_REQUIRE(recurring_total(10, recurrence::once, day_of(2026), day_of(2031)) == 10);
  STATIC_REQUIRE(recurring_total(10, recurrence::year, day_of(2026), day_of(2031)) == 50);
  STATIC_REQUIRE(recurring_total(10, recurrence::quarter, day_of(2026), day_of(2027)) == 40);
  STATIC_REQUIRE(recurring_total(10, recurrence::month, day_of(2026), day_of(2027)) == 120);
  STATIC_REQUIRE(recurring_total(10, recurrence::year, day_of(2026), day_of(2026)) == 0);
}

TEST_CASE("recurring_total: a partial period is pro-rated by days, rounded up", "[recurring]") {
  // 2026-07-01 to 2027-01-01: 184 of 365 days, 10,000 * 184 / 365 = 5,041.09 -> 5,042.
  STATIC_REQUIRE(recurring_total(10'000, recurrence::year, day_of(2026, 7, 1), day_of(2027)) ==
                 5'042);
  // Then two whole years and 2029-01-01 to 2029-03-01: 59 of 365 days, 1,616.4 -> 1,617.
  STATIC_REQUIRE(recurring_total(10'000, recurrence::year, day_of(2026, 7, 1),
                                 day_of(2029, 3, 1)) == 5'042 + 20'000 + 1'617);
  // A leap year: 2028-01-01 to 2028-02-01, 31 of 366 days: 10,000 * 31 / 366 = 846.9 -> 847.
  STATIC_REQUIRE(recurring_total(10'000, recurrence::year, day_of(2028), day_of(2028, 2, 1)) ==
                 847);
  // Quarters: 2026-02-15 to 2026-05-01 is 45 of the 90 days of Q1 and all 30 of April's
  // 91-day Q2: 500 + 1,000 * 30 / 91 = 500 + 329.7 -> 830.
  STATIC_REQUIRE(recurring_total(1'000, recurrence::quarter, day_of(2026, 2, 15),
                                 day_of(2026, 5, 1)) == 500 + 330);
  // Months: 2026-01-20 to 2026-03-10 is 12 of 31, all of February, 9 of 31.
  // 100 * 12 / 31 = 38.7 -> 39; 100; 100 * 9 / 31 = 29.03 -> 30.
  STATIC_REQUIRE(recurring_total(100, recurrence::month, day_of(2026, 1, 20),
                                 day_of(2026, 3, 10)) == 39 + 100 + 30);
  // Years add up to the term: the floor of each year sums to the cap rule's total.
  STATIC_REQUIRE(recurring_total(10'000, recurrence::year, day_of(2026, 7, 1), day_of(2027)) +
                     recurring_total(10'000, recurrence::year, day_of(2027), day_of(2028, 7, 1)) ==
                 recurring_total(10'000, recurrence::year, day_of(2026, 7, 1), day_of(2028, 7, 1)));
}

TEST_CASE("recurring_total: a term without an end promises without bound", "[recurring]") {
  STATIC_REQUIRE(recurring_total(1, recurrence::year, day_of(2026), covenant::end_of_time) ==
                 std::numeric_limits<std::int64_t>::max());
}

// ---------------------------------------------------------------------------------------------
// Lowering.
// ---------------------------------------------------------------------------------------------

struct service : party<"Streaming service"> {};
struct label_co : party<"Label"> {};
struct streams : scope<"streaming revenue"> {};
struct downloads : scope<"download revenue"> {};

using five_years = term<year<2026>, year<2031>>;

struct royalty : revenue_share<service, label_co, percent<55>, streams, five_years> {
  static constexpr auto label = "R1 55 percent of streaming revenue";
};
struct guarantee : commitment<service, label_co, eur<10'000>, streams, five_years, per_year> {
  static constexpr auto label = "R2 at least 10,000 a year";
};

struct quarterly_m : revenue_share<service, label_co, percent<55>, streams, five_years,
                                   minimum<eur<3'000>, per_quarter>> {
  static constexpr auto label = "m";
};
struct once_g : commitment<service, label_co, eur<10'000>, streams, five_years> {
  static constexpr auto label = "o";
};
TEST_CASE("recurring amounts lower to the amount of one period and a period", "[recurring]") {
  constexpr auto g = covenant::record_of<guarantee>;
  STATIC_REQUIRE(g.amount == 10'000);
  STATIC_REQUIRE(g.recurs == recurrence::year);
  STATIC_REQUIRE(covenant::record_of<royalty>.recurs == recurrence::once);
  STATIC_REQUIRE(covenant::record_of<quarterly_m>.minimum == 3'000);
  STATIC_REQUIRE(covenant::record_of<quarterly_m>.recurs == recurrence::quarter);
  STATIC_REQUIRE(covenant::record_of<once_g>.recurs == recurrence::once);
  // The same amount once or every year are different terms.
  STATIC_REQUIRE_FALSE(covenant::record_of<once_g>.same_terms_as(g));
}

// ---------------------------------------------------------------------------------------------
// Payments: shares, caps, then floors.
// ---------------------------------------------------------------------------------------------

using licence_deal = contract<"licence", parties<service, label_co>, royalty, guarantee>;

TEST_CASE("payments: a guarantee per year is a floor on each year", "[payments][recurring]") {
  // The example: 55 % of 10,000 is 5,500; the guarantee of 10,000 a year tops it up by
  // 4,500. 2027: 55 % of 30,000 is 16,500, above the guarantee.
  constexpr std::array<revenue_in, 3> revenue{{{2026, 10'000}, {2027, 30'000}, {2028, 0}}};
  constexpr auto p = payments<licence_deal>(service{}, label_co{}, revenue);
  STATIC_REQUIRE(p[0].uncapped == 5'500);
  STATIC_REQUIRE(p[0].top_up == 4'500);
  STATIC_REQUIRE(p[0].due == 10'000);
  STATIC_REQUIRE_FALSE(p[0].capped);
  STATIC_REQUIRE(p[1].uncapped == 16'500);
  STATIC_REQUIRE(p[1].top_up == 0);
  STATIC_REQUIRE(p[1].due == 16'500);
  STATIC_REQUIRE(p[2].uncapped == 0);
  STATIC_REQUIRE(p[2].top_up == 10'000);
  STATIC_REQUIRE(p[2].due == 10'000);
  STATIC_REQUIRE(p[2].cumulative == 36'500);
  // Outside the term, nothing is guaranteed.
  constexpr std::array<revenue_in, 2> after{{{2030, 0}, {2031, 0}}};
  constexpr auto q = payments<licence_deal>(service{}, label_co{}, after);
  STATIC_REQUIRE(q[0].top_up == 10'000);
  STATIC_REQUIRE(q[1].top_up == 0);
  STATIC_REQUIRE(q[1].due == 0);
  // Only what the payer owes the payee: the other way, nothing.
  constexpr auto back = payments<licence_deal>(label_co{}, service{}, revenue);
  STATIC_REQUIRE(back[0].due == 0);
}

struct half_year_guarantee : commitment<service, label_co, eur<10'000>, streams,
                                        term<date<2026, 7, 1>, date<2028, 7, 1>>, per_year> {
  static constexpr auto label = "R3 10,000 a year from mid-2026 to mid-2028";
};
using pro_rated = contract<"pro-rated", parties<service, label_co>, half_year_guarantee>;

TEST_CASE("payments: a partial year's guarantee is pro-rated by days", "[payments][recurring]") {
  // 2026: 184 of 365 days -> 5,042. 2027: 10,000. 2028: 182 of 366 days, 4,972.7 -> 4,973.
  constexpr std::array<revenue_in, 4> revenue{{{2026, 0}, {2027, 0}, {2028, 0}, {2029, 0}}};
  constexpr auto p = payments<pro_rated>(service{}, label_co{}, revenue);
  STATIC_REQUIRE(p[0].top_up == 5'042);
  STATIC_REQUIRE(p[1].top_up == 10'000);
  STATIC_REQUIRE(p[2].top_up == 4'973);
  STATIC_REQUIRE(p[3].top_up == 0);
  STATIC_REQUIRE(p[3].cumulative == 5'042 + 10'000 + 4'973);
  // With no share, the whole guarantee is a top-up: it is owed whatever the revenue.
  STATIC_REQUIRE(p[1].uncapped == 0);
  STATIC_REQUIRE(p[1].due == 10'000);
}

struct quarterly_minimum
    : revenue_share<service, label_co, percent<10>, streams, term<date<2026, 2, 15>, year<2027>>,
                    minimum<eur<1'000>, per_quarter>> {
  static constexpr auto label = "R4 10 percent, at least 1,000 a quarter";
};
using quarterly = contract<"quarterly", parties<service, label_co>, quarterly_minimum>;

TEST_CASE("payments: a recurring minimum tops up its own share", "[payments][recurring]") {
  // 2026-02-15 to 2027-01-01: Q1 45 of 90 days -> 500, then three whole quarters: 3,500.
  // 10 % of 20,000 over 320 of 365 days: 20,000 * 1,000 * 320 / 3,650,000 = 1,753.4 -> 1,753.
  constexpr std::array<revenue_in, 1> revenue{{{2026, 20'000}}};
  constexpr auto p = payments<quarterly>(service{}, label_co{}, revenue);
  STATIC_REQUIRE(p[0].uncapped == 1'753);
  STATIC_REQUIRE(p[0].top_up == 3'500 - 1'753);
  STATIC_REQUIRE(p[0].due == 3'500);
}

struct whole_term_commitment
    : commitment<service, label_co, eur<25'000>, streams, term<year<2026>, year<2028>>> {
  static constexpr auto label = "R5 at least 25,000 over 2026-2027";
};
using whole_term =
    contract<"whole term", parties<service, label_co>, royalty, whole_term_commitment>;

TEST_CASE("payments: a whole-term commitment falls due in the year its term ends",
          "[payments][recurring]") {
  // 2026: 5,500 paid, counted towards the 25,000. 2027 (the term ends on 2028-01-01): 5,500
  // more, 11,000 in all: topped up by 14,000. 2028: the commitment is over.
  constexpr std::array<revenue_in, 3> revenue{{{2026, 10'000}, {2027, 10'000}, {2028, 10'000}}};
  constexpr auto p = payments<whole_term>(service{}, label_co{}, revenue);
  STATIC_REQUIRE(p[0].top_up == 0);
  STATIC_REQUIRE(p[0].due == 5'500);
  STATIC_REQUIRE(p[1].top_up == 14'000);
  STATIC_REQUIRE(p[1].due == 19'500);
  STATIC_REQUIRE(p[1].cumulative == 25'000);
  STATIC_REQUIRE(p[2].top_up == 0);
  STATIC_REQUIRE(p[2].due == 5'500);
}

struct download_share : revenue_share<service, label_co, percent<50>, downloads, five_years> {
  static constexpr auto label = "R6 half of download revenue";
};
using other_scope = contract<"other scope", parties<service, label_co>, download_share, guarantee>;

TEST_CASE("payments: only shares over the guarantee's scope count towards it",
          "[payments][recurring]") {
  // 50 % of download revenue is another scope: the streaming guarantee is topped up in full.
  constexpr std::array<revenue_in, 1> revenue{{{2026, 30'000}}};
  constexpr auto p = payments<other_scope>(service{}, label_co{}, revenue);
  STATIC_REQUIRE(p[0].uncapped == 15'000);
  STATIC_REQUIRE(p[0].top_up == 10'000);
  STATIC_REQUIRE(p[0].due == 25'000);
}

struct second_guarantee : commitment<service, label_co, eur<4'000>, streams, five_years, per_year> {
  static constexpr auto label = "R7 at least 4,000 a year more";
};
using two_guarantees =
    contract<"two guarantees", parties<service, label_co>, royalty, guarantee, second_guarantee>;

TEST_CASE("payments: guarantees add up", "[payments][recurring]") {
  // 5,500 counts towards the first guarantee (top-up 4,500); the second is topped up in full.
  constexpr std::array<revenue_in, 2> revenue{{{2026, 10'000}, {2027, 30'000}}};
  constexpr auto p = payments<two_guarantees>(service{}, label_co{}, revenue);
  STATIC_REQUIRE(p[0].top_up == 4'500 + 4'000);
  STATIC_REQUIRE(p[0].due == 14'000);
  // 16,500 covers both: 10,000 + 4,000.
  STATIC_REQUIRE(p[1].top_up == 0);
  STATIC_REQUIRE(p[1].due == 16'500);
}

struct capped_royalty
    : revenue_share<service, label_co, percent<55>, streams, five_years, cap<eur<60'000>>> {
  static constexpr auto label = "R8 55 percent, capped at 60,000";
};
using capped_and_guaranteed =
    contract<"capped", parties<service, label_co>, capped_royalty, guarantee>;

TEST_CASE("payments: caps cut shares, then floors top up", "[payments][recurring]") {
  // 2026: 55 % of 100,000 = 55,000. 2027: 55,000 more, cut to the 5,000 left under the cap:
  // the guarantee tops it up by 5,000. 2028: the share's cap is used up:
  // the guarantee is owed in full.
  constexpr std::array<revenue_in, 3> revenue{{{2026, 100'000}, {2027, 100'000}, {2028, 0}}};
  constexpr auto p = payments<capped_and_guaranteed>(service{}, label_co{}, revenue);
  STATIC_REQUIRE(p[0].due == 55'000);
  STATIC_REQUIRE(p[1].uncapped == 55'000);
  STATIC_REQUIRE(p[1].capped);
  STATIC_REQUIRE(p[1].top_up == 5'000);
  STATIC_REQUIRE(p[1].due == 10'000);
  STATIC_REQUIRE(p[2].top_up == 10'000);
  STATIC_REQUIRE(p[2].due == 10'000);
  STATIC_REQUIRE(p[2].cumulative == 75'000);
}

// ---------------------------------------------------------------------------------------------
// Advances.
// ---------------------------------------------------------------------------------------------

struct signing_advance : advance<service, label_co, eur<20'000>, streams, date<2026, 1, 1>> {
  static constexpr auto label = "R9 advance of 20,000 on signing";
};
using with_advance = contract<"advance", parties<service, label_co>, royalty, signing_advance>;

TEST_CASE("payments: an advance is paid on its day and recouped from later shares",
          "[payments][advance]") {
  // 2026: 20,000 advanced; the share of 5,500 recoups it: 14,500 left. 2027: 11,000 recouped,
  // 3,500 left. 2028: 3,500 recouped, 7,500 of the 11,000 paid. 2029: all paid.
  constexpr std::array<revenue_in, 4> revenue{
      {{2026, 10'000}, {2027, 20'000}, {2028, 20'000}, {2029, 20'000}}};
  constexpr auto p = payments<with_advance>(service{}, label_co{}, revenue);
  STATIC_REQUIRE(p[0].advance == 20'000);
  STATIC_REQUIRE(p[0].recouped == 5'500);
  STATIC_REQUIRE(p[0].unrecouped == 14'500);
  STATIC_REQUIRE(p[0].due == 0);
  STATIC_REQUIRE(p[0].cumulative == 20'000);
  STATIC_REQUIRE(p[1].advance == 0);
  STATIC_REQUIRE(p[1].recouped == 11'000);
  STATIC_REQUIRE(p[1].unrecouped == 3'500);
  STATIC_REQUIRE(p[1].due == 0);
  STATIC_REQUIRE(p[2].recouped == 3'500);
  STATIC_REQUIRE(p[2].unrecouped == 0);
  STATIC_REQUIRE(p[2].due == 7'500);
  STATIC_REQUIRE(p[3].recouped == 0);
  STATIC_REQUIRE(p[3].due == 11'000);
  // Everything owed is paid once: the advance and what was not recouped.
  STATIC_REQUIRE(p[3].cumulative == 5'500 + 3 * 11'000);
  // The advance is the payer's to the payee: the other way it is nothing.
  STATIC_REQUIRE(payments<with_advance>(label_co{}, service{}, revenue)[0].advance == 0);
}

struct later_advance : advance<service, label_co, eur<8'000>, streams, date<2027, 6, 1>> {
  static constexpr auto label = "R10 advance of 8,000 in mid-2027";
};
using guaranteed_advance =
    contract<"guaranteed advance", parties<service, label_co>, royalty, guarantee, later_advance>;

TEST_CASE("payments: guarantee top-ups are recoupable too", "[payments][advance][recurring]") {
  // 2026: no advance yet: 10,000 (5,500 + 4,500) paid. 2027: 8,000 advanced; the 10,000 owed
  // recoups it and 2,000 is paid. 2028: nothing left to recoup.
  constexpr std::array<revenue_in, 3> revenue{{{2026, 10'000}, {2027, 10'000}, {2028, 10'000}}};
  constexpr auto p = payments<guaranteed_advance>(service{}, label_co{}, revenue);
  STATIC_REQUIRE(p[0].due == 10'000);
  STATIC_REQUIRE(p[0].unrecouped == 0);
  STATIC_REQUIRE(p[1].advance == 8'000);
  STATIC_REQUIRE(p[1].top_up == 4'500);
  STATIC_REQUIRE(p[1].recouped == 8'000);
  STATIC_REQUIRE(p[1].due == 2'000);
  STATIC_REQUIRE(p[1].cumulative == 20'000);
  STATIC_REQUIRE(p[2].recouped == 0);
  STATIC_REQUIRE(p[2].due == 10'000);
}

TEST_CASE("an advance lowers to a recoupable one-off payment", "[advance]") {
  constexpr auto r = covenant::record_of<signing_advance>;
  STATIC_REQUIRE(r.kind == covenant::clause_kind::payment);
  STATIC_REQUIRE(r.recoupable);
  STATIC_REQUIRE(r.amount == 20'000);
  STATIC_REQUIRE(r.start == day_of(2026));
  STATIC_REQUIRE(r.end == day_of(2026) + 1);
}

// ---------------------------------------------------------------------------------------------
// Rule cap_below_commitment with per-period amounts.
// ---------------------------------------------------------------------------------------------

template <std::int64_t N>
struct cap_over_term : payment_cap<service, label_co, eur<N>, streams, five_years> {
  static constexpr auto label = "K1 payments capped";
};
struct eu_streams : scope<"EU streaming revenue", part_of<streams>> {};
struct guarantee_b : commitment<service, label_co, eur<10>, eu_streams, five_years, per_year> {
  static constexpr auto label = "K3 10 a year";
};
struct guarantee_a : commitment<service, label_co, eur<10>, streams, five_years, per_year> {
  static constexpr auto label = "K2 10 a year";
};

struct once_a : commitment<service, label_co, eur<10>, streams, five_years> {
  static constexpr auto label = "once";
};
TEST_CASE("cap_below_commitment: a per-year promise counts for every year of its term",
          "[rules][cap_below_commitment][recurring]") {
  // Two guarantees of 10 a year for 5 years: 100, against a cap of 80.
  using C = contract<"c", parties<service, label_co>, cap_over_term<80>, guarantee_a, guarantee_b>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].id == rule::cap_below_commitment);
  STATIC_REQUIRE(fs[0].total == 100);
  STATIC_REQUIRE(fs[0].limit == 80);
  STATIC_REQUIRE(fs[0].part_count == 2);
  // A cap of 100 lets both through; a cap of 99 does not.
  STATIC_REQUIRE(findings<contract<"c", parties<service, label_co>, cap_over_term<100>, guarantee_a,
                                   guarantee_b>>
                     .size() == 0);
  STATIC_REQUIRE(findings<contract<"c", parties<service, label_co>, cap_over_term<99>, guarantee_a,
                                   guarantee_b>>
                     .size() == 1);
  // Once, the same amounts are 20 in all.
  STATIC_REQUIRE(
      findings<contract<"c", parties<service, label_co>, cap_over_term<20>, once_a>>.size() == 0);
}

struct monthly : commitment<service, label_co, eur<1'000>, streams,
                            term<date<2026, 1, 20>, date<2026, 3, 10>>, per_month> {
  static constexpr auto label = "K4 1,000 a month";
};
TEST_CASE("cap_below_commitment: a partial period is pro-rated, rounded up",
          "[rules][cap_below_commitment][recurring]") {
  // 1,000 a month from 2026-01-20 to 2026-03-10: 387.1 -> 388, 1,000, 290.3 -> 291: 1,679.
  STATIC_REQUIRE(
      findings<contract<"c", parties<service, label_co>, cap_over_term<1'679>, monthly>>.size() ==
      0);
  constexpr auto fs =
      findings<contract<"c", parties<service, label_co>, cap_over_term<1'678>, monthly>>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].total == 1'679);
}

struct share_30 : revenue_share<service, label_co, percent<10>, streams, five_years,
                                minimum<eur<30>, per_year>> {
  static constexpr auto label = "K5 10 percent, at least 30 a year";
};
TEST_CASE("cap_below_commitment: a recurring minimum under a payment cap",
          "[rules][cap_below_commitment][recurring]") {
  // 150 over the five years, against 149.
  constexpr auto fs =
      findings<contract<"c", parties<service, label_co>, cap_over_term<149>, share_30>>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].total == 150);
  STATIC_REQUIRE(
      findings<contract<"c", parties<service, label_co>, cap_over_term<150>, share_30>>.size() ==
      0);
}

struct open_cap : payment_cap<service, label_co, eur<1'000'000>, streams, term<year<2026>>> {
  static constexpr auto label = "K6 capped, open-ended";
};
struct open_guarantee : commitment<service, label_co, eur<1>, streams, term<year<2026>>, per_year> {
  static constexpr auto label = "K7 1 a year, open-ended";
};
TEST_CASE("cap_below_commitment: a recurring promise without an end exceeds any cap",
          "[rules][cap_below_commitment][recurring]") {
  constexpr auto fs = findings<contract<"c", parties<service, label_co>, open_cap, open_guarantee>>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].id == rule::cap_below_commitment);
}

// ---------------------------------------------------------------------------------------------
// Rendering.
// ---------------------------------------------------------------------------------------------

using rendered = contract<"rendered", parties<service, label_co>, royalty, guarantee, quarterly_m,
                          signing_advance>;

TEST_CASE("render: recurring amounts and advances in words", "[render][recurring][advance]") {
  using covenant::render::sentence;
  REQUIRE(sentence<rendered>(1) == "Streaming service commits to pay Label at least 10,000 EUR "
                                   "thousand a year for streaming revenue, from 2026-01-01 "
                                   "through 2030-12-31.");
  REQUIRE(sentence<rendered>(2) == "Streaming service pays Label 55% of streaming revenue, at "
                                   "least 3,000 EUR thousand a quarter, from 2026-01-01 through "
                                   "2030-12-31.");
  REQUIRE(sentence<rendered>(3) == "Streaming service pays Label 20,000 EUR thousand for "
                                   "streaming revenue, on 2026-01-01, as an advance recouped "
                                   "from what it later owes.");
}

} // namespace recurring_money_test
