// payments<C>(payer, payee, revenue_by_year, scenario): a year's share is
//   revenue * rate * days in force that year / (10000 * days in the year), rounded down,
// limited by the clause's own cap and then by payment caps between the same parties. Every
// figure below is worked out by hand from that formula.
#include "../support/vocabulary.hpp"

#include <catch2/catch.hpp>

#include <array>
#include <cstdint>
#include <stdexcept>

namespace payments_test {

using namespace test_vocabulary;
using covenant::payments;
using covenant::revenue_in;
using covenant::scenario;

struct agi : event<"AGI is declared"> {};

// 20 % from 2025-04-01 to 2028-09-30, 2,000 in total at most.
struct royalty
    : revenue_share<openai, microsoft, percent<20>, openai_revenue,
                    term<date<2025, 4, 1>, date<2028, 10, 1>>, cap<usd_millions<2'000>>> {
  static constexpr auto label = "p1 20 percent of revenue, capped at 2,000";
};
using capped = contract<"capped", parties<openai, microsoft>, royalty>;
static_assert(covenant::check<capped>);

TEST_CASE("payments: partial first and last years, cap reached in the middle of a year",
          "[payments]") {
  constexpr std::array<revenue_in, 5> revenue{
      {{2025, 4'000}, {2026, 5'000}, {2027, 6'000}, {2028, 3'660}, {2029, 1'000}}};
  constexpr auto p = payments<capped>(openai{}, microsoft{}, revenue);

  // 2025: in force from April 1st: 365 - (31 + 28 + 31) = 275 days.
  //   4,000 * 2,000 * 275 / (10,000 * 365) = 2,200,000,000 / 3,650,000 = 602.7 -> 602.
  STATIC_REQUIRE(p[0].year == 2025);
  STATIC_REQUIRE(p[0].revenue == 4'000);
  STATIC_REQUIRE(p[0].uncapped == 602);
  STATIC_REQUIRE(p[0].due == 602);
  STATIC_REQUIRE(p[0].cumulative == 602);
  STATIC_REQUIRE_FALSE(p[0].capped);
  // 2026: the whole year: 5,000 * 20 % = 1,000; 602 + 1,000 = 1,602.
  STATIC_REQUIRE(p[1].uncapped == 1'000);
  STATIC_REQUIRE(p[1].due == 1'000);
  STATIC_REQUIRE(p[1].cumulative == 1'602);
  STATIC_REQUIRE_FALSE(p[1].capped);
  // 2027: 6,000 * 20 % = 1,200, but only 2,000 - 1,602 = 398 is left of the cap.
  STATIC_REQUIRE(p[2].uncapped == 1'200);
  STATIC_REQUIRE(p[2].due == 398);
  STATIC_REQUIRE(p[2].cumulative == 2'000);
  STATIC_REQUIRE(p[2].capped);
  // 2028 (leap year): in force until October 1st: 31 + 29 + 31 + 30 + 31 + 30 + 31 + 31 + 30
  //   = 274 days. 3,660 * 2,000 * 274 / (10,000 * 366) = 2,005,680,000 / 3,660,000 = 548,
  //   all of it cut: the cap is spent.
  STATIC_REQUIRE(p[3].uncapped == 548);
  STATIC_REQUIRE(p[3].due == 0);
  STATIC_REQUIRE(p[3].cumulative == 2'000);
  STATIC_REQUIRE(p[3].capped);
  // 2029: the term is over: nothing due, nothing cut.
  STATIC_REQUIRE(p[4].year == 2029);
  STATIC_REQUIRE(p[4].uncapped == 0);
  STATIC_REQUIRE(p[4].due == 0);
  STATIC_REQUIRE(p[4].cumulative == 2'000);
  STATIC_REQUIRE_FALSE(p[4].capped);
}

TEST_CASE("payments: the cap reached exactly is not a cut", "[payments]") {
  constexpr std::array<revenue_in, 4> revenue{
      {{2025, 0}, {2026, 5'000}, {2027, 5'000}, {2028, 3'660}}};
  constexpr auto p = payments<capped>(openai{}, microsoft{}, revenue);
  STATIC_REQUIRE(p[0].due == 0);
  STATIC_REQUIRE(p[1].due == 1'000);
  // 1,000 + 1,000 = 2,000: exactly the cap, paid in full.
  STATIC_REQUIRE(p[2].due == 1'000);
  STATIC_REQUIRE(p[2].cumulative == 2'000);
  STATIC_REQUIRE_FALSE(p[2].capped);
  // Then 548 (as above) is due under the rates, and nothing is left.
  STATIC_REQUIRE(p[3].uncapped == 548);
  STATIC_REQUIRE(p[3].due == 0);
  STATIC_REQUIRE(p[3].capped);
}

TEST_CASE("payments: no revenue, nothing due; a fraction of a unit rounds down", "[payments]") {
  constexpr std::array<revenue_in, 2> nothing{{{2026, 0}, {2027, 0}}};
  constexpr auto p = payments<capped>(openai{}, microsoft{}, nothing);
  STATIC_REQUIRE(p[0].uncapped == 0);
  STATIC_REQUIRE(p[0].due == 0);
  STATIC_REQUIRE(p[1].cumulative == 0);
  STATIC_REQUIRE_FALSE(p[0].capped);
  STATIC_REQUIRE_FALSE(p[1].capped);

  // 4 * 20 % = 0.8 -> 0; 5 * 20 % = 1.
  constexpr std::array<revenue_in, 2> tiny{{{2026, 4}, {2027, 5}}};
  constexpr auto t = payments<capped>(openai{}, microsoft{}, tiny);
  STATIC_REQUIRE(t[0].due == 0);
  STATIC_REQUIRE(t[1].due == 1);

  // No revenue share between these two, in this direction: all zero.
  constexpr std::array<revenue_in, 1> some{{{2026, 5'000}}};
  STATIC_REQUIRE(payments<capped>(microsoft{}, openai{}, some)[0].uncapped == 0);
  // A party outside the contract is a compile error (query_arguments_test.cpp).
  STATIC_REQUIRE_FALSE(covenant::has_party<capped, amazon>);
}

// ---------------------------------------------------------------------------------------------
// Terms ended (and started) by an event.
// ---------------------------------------------------------------------------------------------

struct until_agi
    : revenue_share<openai, microsoft, percent<10>, api_revenue, term<year<2025>, until<agi>>> {
  static constexpr auto label = "p2 10 percent of API revenue until AGI";
};
struct upon_agi
    : revenue_share<openai, microsoft, percent<10>, openai_revenue, term<upon<agi, year<2025>>>> {
  static constexpr auto label = "p3 10 percent of all revenue once AGI is declared";
};
using around_agi = contract<"around AGI", parties<openai, microsoft>, until_agi, upon_agi>;
static_assert(covenant::check<around_agi>);

TEST_CASE("payments: a term ended by an event in the scenario", "[payments][events]") {
  constexpr std::array<revenue_in, 3> revenue{{{2025, 7'300}, {2026, 7'300}, {2027, 7'300}}};

  // Nothing happens: p2 runs on, p3 never starts. 7,300 * 10 % = 730 a year.
  constexpr auto never = payments<around_agi>(openai{}, microsoft{}, revenue);
  STATIC_REQUIRE(never[0].due == 730);
  STATIC_REQUIRE(never[1].due == 730);
  STATIC_REQUIRE(never[2].due == 730);
  STATIC_REQUIRE(never[2].cumulative == 2'190);

  // AGI on 2026-07-01: p2 has 31 + 28 + 31 + 30 + 31 + 30 = 181 days of 2026, p3 the other 184.
  //   p2: 7,300 * 1,000 * 181 / 3,650,000 = 362;  p3: 7,300 * 1,000 * 184 / 3,650,000 = 368.
  constexpr scenario agi_2026{{agi{}, covenant::date<2026, 7, 1>{}}};
  constexpr auto split = payments<around_agi>(openai{}, microsoft{}, revenue, agi_2026);
  STATIC_REQUIRE(split[0].due == 730);
  STATIC_REQUIRE(split[1].uncapped == 730); // 362 + 368
  STATIC_REQUIRE(split[1].due == 730);
  STATIC_REQUIRE(split[2].due == 730); // p3 alone
  STATIC_REQUIRE_FALSE(split[1].capped);

  // p2 alone, on the same timeline: its 181 days of 2026, then nothing.
  using only_until = contract<"until AGI", parties<openai, microsoft>, until_agi>;
  constexpr auto ended = payments<only_until>(openai{}, microsoft{}, revenue, agi_2026);
  STATIC_REQUIRE(ended[0].due == 730);
  STATIC_REQUIRE(ended[1].due == 362);
  STATIC_REQUIRE(ended[2].due == 0);
  STATIC_REQUIRE(ended[2].cumulative == 1'092); // 730 + 362
}

// ---------------------------------------------------------------------------------------------
// Several shares, and payment caps.
// ---------------------------------------------------------------------------------------------

struct share_all : revenue_share<openai, microsoft, percent<10>, openai_revenue, term<year<2025>>> {
  static constexpr auto label = "s1 10 percent of all revenue";
};
struct share_api : revenue_share<openai, microsoft, percent<5>, api_revenue, term<year<2026>>> {
  static constexpr auto label = "s2 5 percent of API revenue from 2026";
};
struct share_to_amazon
    : revenue_share<openai, amazon, percent<7>, openai_revenue, term<year<2025>>> {
  static constexpr auto label = "s3 7 percent of all revenue to Amazon";
};
struct share_back
    : revenue_share<microsoft, openai, percent<20>, azure_services, term<year<2025>>> {
  static constexpr auto label = "s4 Microsoft pays 20 percent of Azure revenue";
};
using shares = contract<"shares", parties<openai, microsoft, amazon>, share_all, share_api,
                        share_to_amazon, share_back>;
static_assert(covenant::check<shares>);

struct cap_200
    : payment_cap<openai, microsoft, usd_millions<200>, openai_revenue, term<year<2025>>> {
  static constexpr auto label = "s5 OpenAI pays Microsoft 200 at most";
};
struct cap_120_in_2025 : payment_cap<openai, microsoft, usd_millions<120>, openai_revenue,
                                     term<year<2025>, year<2026>>> {
  static constexpr auto label = "s6 OpenAI pays Microsoft 120 at most in 2025";
};

constexpr std::array<revenue_in, 3> thousand_a_year{{{2025, 1'000}, {2026, 1'000}, {2027, 1'000}}};

TEST_CASE("payments: revenue shares from payer to payee add up; others are left out",
          "[payments]") {
  constexpr auto p = payments<shares>(openai{}, microsoft{}, thousand_a_year);
  // 2025: s1 only: 100. 2026 on: s1 + s2 = 100 + 50.
  STATIC_REQUIRE(p[0].due == 100);
  STATIC_REQUIRE(p[1].uncapped == 150);
  STATIC_REQUIRE(p[1].due == 150);
  STATIC_REQUIRE(p[2].cumulative == 400);
  // The other payee and the other direction.
  constexpr auto amazon_gets = payments<shares>(openai{}, amazon{}, thousand_a_year);
  STATIC_REQUIRE(amazon_gets[0].due == 70);
  STATIC_REQUIRE(amazon_gets[2].cumulative == 210);
  constexpr auto back = payments<shares>(microsoft{}, openai{}, thousand_a_year);
  STATIC_REQUIRE(back[1].due == 200);
}

TEST_CASE("payments: a payment cap limits the total of every share", "[payments][cap]") {
  using C = covenant::amend<shares, covenant::add<cap_200>>;
  constexpr auto p = payments<C>(openai{}, microsoft{}, thousand_a_year);
  // 2025: 100 (of 200). 2026: 150 due under the rates, 100 left of the cap. 2027: nothing left.
  STATIC_REQUIRE(p[0].due == 100);
  STATIC_REQUIRE_FALSE(p[0].capped);
  STATIC_REQUIRE(p[1].uncapped == 150);
  STATIC_REQUIRE(p[1].due == 100);
  STATIC_REQUIRE(p[1].cumulative == 200);
  STATIC_REQUIRE(p[1].capped);
  STATIC_REQUIRE(p[2].uncapped == 150);
  STATIC_REQUIRE(p[2].due == 0);
  STATIC_REQUIRE(p[2].capped);
  // The cap is between OpenAI and Microsoft only.
  STATIC_REQUIRE(payments<C>(openai{}, amazon{}, thousand_a_year)[2].cumulative == 210);
}

TEST_CASE("payments: a payment cap applies only in years its term touches", "[payments][cap]") {
  using C = covenant::amend<shares, covenant::add<cap_120_in_2025>>;
  constexpr auto p = payments<C>(openai{}, microsoft{}, thousand_a_year);
  // 2025: 100 <= 120. 2026: the cap is over, 150 is due. 100 + 150 + 150 = 400.
  STATIC_REQUIRE(p[0].due == 100);
  STATIC_REQUIRE(p[1].due == 150);
  STATIC_REQUIRE_FALSE(p[1].capped);
  STATIC_REQUIRE(p[2].cumulative == 400);
}

TEST_CASE("payments: large amounts that fit do not overflow", "[payments]") {
  // 10^13 * 1,000 * 365 = 3.65 * 10^18 < 2^63 - 1 (about 9.22 * 10^18).
  constexpr std::array<revenue_in, 2> huge{
      {{2025, 10'000'000'000'000}, {2026, 10'000'000'000'000}}};
  constexpr auto p = payments<shares>(openai{}, microsoft{}, huge);
  STATIC_REQUIRE(p[0].due == 1'000'000'000'000); // 10 %
  STATIC_REQUIRE(p[1].due == 1'500'000'000'000); // 10 % + 5 %
  STATIC_REQUIRE(p[1].cumulative == 2'500'000'000'000);
}

// ---------------------------------------------------------------------------------------------
// Errors at run time.
// ---------------------------------------------------------------------------------------------

TEST_CASE("payments: years out of order are an error", "[payments][runtime]") {
  std::array<revenue_in, 2> backwards{{{2026, 1'000}, {2025, 1'000}}};
  REQUIRE_THROWS_AS(payments<shares>(openai{}, microsoft{}, backwards), std::invalid_argument);
  std::array<revenue_in, 2> twice{{{2025, 1'000}, {2025, 1'000}}};
  REQUIRE_THROWS_AS(payments<shares>(openai{}, microsoft{}, twice), std::invalid_argument);
  // In increasing order, with a gap, it is fine.
  std::array<revenue_in, 2> gap{{{2025, 1'000}, {2027, 1'000}}};
  const auto p = payments<shares>(openai{}, microsoft{}, gap);
  REQUIRE(p[1].year == 2027);
  REQUIRE(p[1].due == 150);
  REQUIRE(p[1].cumulative == 250);
}

TEST_CASE("payments: overflow throws at run time, never wraps", "[payments][runtime]") {
  // 10^15 * 2,000 = 2 * 10^18 fits; * 365 days does not.
  std::array<revenue_in, 1> too_much{{{2026, 1'000'000'000'000'000}}};
  REQUIRE_THROWS_AS(payments<capped>(openai{}, microsoft{}, too_much), std::overflow_error);
  REQUIRE_THROWS_WITH(payments<capped>(openai{}, microsoft{}, too_much),
                      Catch::Contains("payment computation overflows"));
  // The largest multiplier overflows on its own: 2^62 * 1,000.
  std::array<revenue_in, 1> way_too_much{{{2026, std::int64_t{1} << 62}}};
  REQUIRE_THROWS_AS(payments<shares>(openai{}, microsoft{}, way_too_much), std::overflow_error);
}

TEST_CASE("payments: the same figures at run time", "[payments][runtime]") {
  std::array<revenue_in, 5> revenue{
      {{2025, 4'000}, {2026, 5'000}, {2027, 6'000}, {2028, 3'660}, {2029, 1'000}}};
  const auto p = payments<capped>(openai{}, microsoft{}, revenue);
  REQUIRE(p[0].due == 602);
  REQUIRE(p[2].due == 398);
  REQUIRE(p[3].uncapped == 548);
  REQUIRE(p[4].cumulative == 2'000);
  const scenario s{{agi{}, covenant::day_of(2026, 7, 1)}};
  std::array<revenue_in, 1> y2026{{{2026, 7'300}}};
  REQUIRE(payments<around_agi>(openai{}, microsoft{}, y2026, s)[0].due == 730);
}

// ---------------------------------------------------------------------------------------------
// Regressions (fixed in afe1a4b).
// ---------------------------------------------------------------------------------------------

// A payment cap limits only the shares whose base overlaps its scope: a cap on Azure services
// does not limit a share of API revenue.
struct api_share : revenue_share<openai, microsoft, percent<10>, api_revenue, term<year<2025>>> {
  static constexpr auto label = "b1 10 percent of API revenue";
};
struct azure_cap
    : payment_cap<openai, microsoft, usd_millions<50>, azure_services, term<year<2025>>> {
  static constexpr auto label = "b2 Azure payments capped at 50";
};
using unrelated_cap = contract<"unrelated cap", parties<openai, microsoft>, api_share, azure_cap>;

TEST_CASE("payments: a payment cap on an unrelated scope", "[payments][cap]") {
  constexpr std::array<revenue_in, 1> revenue{{{2025, 1'000}}};
  constexpr auto p = payments<unrelated_cap>(openai{}, microsoft{}, revenue);
  STATIC_REQUIRE(p[0].due == 100); // 1,000 * 10 %, not cut to 50
  STATIC_REQUIRE_FALSE(p[0].capped);
}

// When a payment cap cuts a year, the share's own running total counts what was paid, not the
// uncut amount. The share (own cap 1,000) is cut to 50 in 2025 by a one-year payment cap; in
// 2026, 10 % of 10,000 = 1,000 is due and 1,000 - 50 = 950 is left of its own cap.
struct capped_share : revenue_share<openai, microsoft, percent<10>, openai_revenue,
                                    term<year<2025>>, cap<usd_millions<1'000>>> {
  static constexpr auto label = "b3 10 percent, capped at 1,000";
};
struct cap_50_in_2025 : payment_cap<openai, microsoft, usd_millions<50>, openai_revenue,
                                    term<year<2025>, year<2026>>> {
  static constexpr auto label = "b4 at most 50 in 2025";
};
using two_caps = contract<"two caps", parties<openai, microsoft>, capped_share, cap_50_in_2025>;

TEST_CASE("payments: a clause cap counts what was actually paid", "[payments][cap]") {
  constexpr std::array<revenue_in, 2> revenue{{{2025, 1'000}, {2026, 10'000}}};
  constexpr auto p = payments<two_caps>(openai{}, microsoft{}, revenue);
  STATIC_REQUIRE(p[0].uncapped == 100);
  STATIC_REQUIRE(p[0].due == 50);
  STATIC_REQUIRE(p[0].capped);
  STATIC_REQUIRE(p[1].uncapped == 1'000);
  STATIC_REQUIRE(p[1].due == 950);
  STATIC_REQUIRE(p[1].capped);
  STATIC_REQUIRE(p[1].cumulative == 1'000);
}

// ---------------------------------------------------------------------------------------------
// Minimum payments: topped up in the year the share's term ends.
// ---------------------------------------------------------------------------------------------

struct share_with_minimum
    : revenue_share<openai, microsoft, percent<10>, openai_revenue, term<year<2025>, year<2027>>,
                    minimum<usd_millions<500>>> {
  static constexpr auto label = "m1 10 percent, at least 500 over 2025-2026";
};
struct minimum_until_agi : revenue_share<openai, microsoft, percent<10>, openai_revenue,
                                         term<year<2025>, until<agi>>, minimum<usd_millions<500>>> {
  static constexpr auto label = "m2 10 percent until AGI, at least 500";
};
using with_minimum = contract<"minimum", parties<openai, microsoft>, share_with_minimum>;
using minimum_to_agi = contract<"minimum to AGI", parties<openai, microsoft>, minimum_until_agi>;

TEST_CASE("payments: a minimum is topped up in the last year of the term", "[payments][minimum]") {
  // 2025: 100. 2026 (the term ends on 2027-01-01): 100 due, 100 + 100 < 500: topped up by 300
  // to 500 - 100 = 400 (the share alone is `uncapped`, the guarantee's part `top_up`).
  // 2027: the term is over.
  constexpr auto p = payments<with_minimum>(openai{}, microsoft{}, thousand_a_year);
  STATIC_REQUIRE(p[0].due == 100);
  STATIC_REQUIRE(p[1].uncapped == 100);
  STATIC_REQUIRE(p[1].top_up == 300);
  STATIC_REQUIRE(p[1].due == 400);
  STATIC_REQUIRE_FALSE(p[1].capped);
  STATIC_REQUIRE(p[1].cumulative == 500);
  STATIC_REQUIRE(p[2].due == 0);
  STATIC_REQUIRE(p[2].cumulative == 500);

  // Revenue that earns more than the minimum: no top-up. 300 + 300 = 600 >= 500.
  constexpr std::array<revenue_in, 2> more{{{2025, 3'000}, {2026, 3'000}}};
  constexpr auto q = payments<with_minimum>(openai{}, microsoft{}, more);
  STATIC_REQUIRE(q[1].due == 300);
  STATIC_REQUIRE(q[1].cumulative == 600);
}

TEST_CASE("payments: a minimum on a term ended by an event", "[payments][minimum][events]") {
  // Nothing happens: the term never ends, the minimum is never topped up.
  constexpr auto never = payments<minimum_to_agi>(openai{}, microsoft{}, thousand_a_year);
  STATIC_REQUIRE(never[1].due == 100);
  STATIC_REQUIRE(never[2].cumulative == 300);
  // AGI on 2026-07-01: 2026 has 181 days, 1,000 * 1,000 * 181 / 3,650,000 = 49.6 -> 49, and
  // 100 + 49 < 500: topped up to 500 - 100 = 400 in 2026.
  constexpr scenario agi_2026{{agi{}, covenant::date<2026, 7, 1>{}}};
  constexpr auto ended = payments<minimum_to_agi>(openai{}, microsoft{}, thousand_a_year, agi_2026);
  STATIC_REQUIRE(ended[0].due == 100);
  STATIC_REQUIRE(ended[1].due == 400);
  STATIC_REQUIRE(ended[2].due == 0);
  STATIC_REQUIRE(ended[2].cumulative == 500);
}

// ---------------------------------------------------------------------------------------------
// A payment cap limits guarantees too: when the shares used the cap up, a guarantee's top-up is
// a shortfall, not paid. Guarantees alone within the cap (what cap_below_commitment checks) are
// always paid in full.
// ---------------------------------------------------------------------------------------------

struct half_of_revenue
    : revenue_share<openai, microsoft, percent<50>, openai_revenue, term<year<2025>, year<2028>>> {
  static constexpr auto label = "g1 half of revenue, 2025-2027";
};
struct yearly_guarantee : commitment<openai, microsoft, usd_millions<20>, openai_revenue,
                                     term<year<2025>, year<2028>>, covenant::per_year> {
  static constexpr auto label = "g2 at least 20 a year";
};
struct cap_100_three_years : payment_cap<openai, microsoft, usd_millions<100>, openai_revenue,
                                         term<year<2025>, year<2028>>> {
  static constexpr auto label = "g3 at most 100 over 2025-2027";
};
using floor_and_cap = contract<"floor and cap", parties<openai, microsoft>, half_of_revenue,
                               yearly_guarantee, cap_100_three_years>;
static_assert(covenant::check<floor_and_cap>); // 3 x 20 = 60 <= 100

TEST_CASE("payments: a cap the shares used up leaves a guarantee short", "[payments][cap]") {
  // 2025: 50 % of 200 = 100, the whole cap. 2026 and 2027: no revenue, the guarantee asks 20
  // each year, and no room is left: 20 short each year, nothing paid.
  constexpr std::array<revenue_in, 3> early{{{2025, 200}, {2026, 0}, {2027, 0}}};
  constexpr auto p = payments<floor_and_cap>(openai{}, microsoft{}, early);
  STATIC_REQUIRE(p[0].due == 100);
  STATIC_REQUIRE(p[0].shortfall == 0);
  STATIC_REQUIRE(p[1].top_up == 0);
  STATIC_REQUIRE(p[1].shortfall == 20);
  STATIC_REQUIRE(p[1].due == 0);
  STATIC_REQUIRE(p[2].shortfall == 20);
  STATIC_REQUIRE(p[2].cumulative == 100); // never above the cap
  // Part of the room left: 2025 pays 90 (of 180), 2026 tops up 10 of the 20 asked.
  constexpr std::array<revenue_in, 2> nearly{{{2025, 180}, {2026, 0}}};
  constexpr auto q = payments<floor_and_cap>(openai{}, microsoft{}, nearly);
  STATIC_REQUIRE(q[1].top_up == 10);
  STATIC_REQUIRE(q[1].shortfall == 10);
  STATIC_REQUIRE(q[1].cumulative == 100);
  // Without revenue the guarantees alone fit: 20 a year, no shortfall.
  constexpr std::array<revenue_in, 3> none{{{2025, 0}, {2026, 0}, {2027, 0}}};
  constexpr auto r = payments<floor_and_cap>(openai{}, microsoft{}, none);
  STATIC_REQUIRE(r[0].top_up == 20);
  STATIC_REQUIRE(r[2].cumulative == 60);
  STATIC_REQUIRE(r[0].shortfall + r[1].shortfall + r[2].shortfall == 0);
}

// Dated amendments: a continued commitment is one promise, a continued payment cap one cap.
struct commit_200 : commitment<openai, microsoft, usd_millions<200>, openai_revenue,
                               term<year<2025>, year<2030>>> {
  static constexpr auto label = "g4 200 over 2025-2029";
};
struct commit_200_continued : commitment<openai, microsoft, usd_millions<200>, openai_revenue,
                                         term<year<2027>, year<2030>>> {
  static constexpr auto label = "g5 the commitment, continued from 2027";
};
struct tenth_of_revenue
    : revenue_share<openai, microsoft, percent<10>, openai_revenue, term<year<2025>, year<2030>>> {
  static constexpr auto label = "g6 10 percent of revenue";
};
struct cap_100_to_2030 : payment_cap<openai, microsoft, usd_millions<100>, openai_revenue,
                                     term<year<2025>, year<2030>>> {
  static constexpr auto label = "g7 at most 100";
};
struct cap_100_continued : payment_cap<openai, microsoft, usd_millions<100>, openai_revenue,
                                       term<year<2027>, year<2030>>> {
  static constexpr auto label = "g8 the cap, continued from 2027";
};

TEST_CASE("payments: continued commitments and caps run on", "[payments][amend]") {
  using promise = contract<"promise", parties<openai, microsoft>, commit_200>;
  using continued = covenant::amend<promise, covenant::effective<year<2027>>,
                                    covenant::continue_as<commit_200, commit_200_continued>>;
  constexpr std::array<revenue_in, 5> nothing{
      {{2025, 0}, {2026, 0}, {2027, 0}, {2028, 0}, {2029, 0}}};
  constexpr auto p = payments<continued>(openai{}, microsoft{}, nothing);
  // Not 200 when the first part ends in 2026 and 200 again in 2029: 200 once, in 2029.
  STATIC_REQUIRE(p[1].top_up == 0);
  STATIC_REQUIRE(p[4].top_up == 200);
  STATIC_REQUIRE(p[4].cumulative == 200);

  using capped_share =
      contract<"capped", parties<openai, microsoft>, tenth_of_revenue, cap_100_to_2030>;
  using cap_continued = covenant::amend<capped_share, covenant::effective<year<2027>>,
                                        covenant::continue_as<cap_100_to_2030, cap_100_continued>>;
  constexpr std::array<revenue_in, 3> thousand{{{2025, 1'000}, {2026, 1'000}, {2027, 1'000}}};
  constexpr auto q = payments<cap_continued>(openai{}, microsoft{}, thousand);
  // 2025: 100, the whole cap; the continuation from 2027 has no fresh room.
  STATIC_REQUIRE(q[0].due == 100);
  STATIC_REQUIRE(q[1].due == 0);
  STATIC_REQUIRE(q[2].due == 0);
  STATIC_REQUIRE(q[2].capped);
  STATIC_REQUIRE(q[2].cumulative == 100);
}

} // namespace payments_test
