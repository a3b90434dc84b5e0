// Payment and holding terms the deals use (issue 11): tiered shares, shares of profit, equity,
// one-off payments, placeholders, and terms that start at all_of / any_of several events.
// Payment figures are worked out by hand: a year's share accrues evenly over its days,
// figure * rate * days / (10000 * days in the year), rounded down.
#include "../support/vocabulary.hpp"

#include <covenant/render.hpp>

#include <catch2/catch.hpp>

#include <array>
#include <stdexcept>
#include <string>

namespace deal_terms_test {

using namespace test_vocabulary;
using covenant::day_of;
using covenant::end_of_time;
using covenant::payments;
using covenant::revenue_in;
using covenant::scenario;

struct openai_profit : scope<"OpenAI profit"> {};
struct openai_shares : scope<"OpenAI shares"> {};

// 75 % of profit until 13,000 is paid, then 49 % until 92,000 (the reported 2023 terms).
using two_tiers =
    tiered<tier<percent<75>, usd_millions<13'000>>, tier<percent<49>, usd_millions<92'000>>>;
struct profit_tiers : profit_share<openai, microsoft, two_tiers, openai_profit, term<year<2023>>> {
  static constexpr auto label = "T1 75% of profit until 13,000, then 49% until 92,000";
};
using tiered_deal = contract<"tiers", parties<openai, microsoft>, profit_tiers>;
static_assert(covenant::check<tiered_deal>);

TEST_CASE("tiered share: the record", "[terms][tiers]") {
  constexpr auto r = covenant::record_of<profit_tiers>;
  STATIC_REQUIRE(r.on_profit);
  STATIC_REQUIRE(r.tiers.size() == 2);
  STATIC_REQUIRE(r.rate == 7'500);    // the highest tier: what rules that add rates up read
  STATIC_REQUIRE(r.amount == 92'000); // the last threshold is the cap
  STATIC_REQUIRE(r.tiers[1].rate == 4'900 && r.tiers[0].threshold == 13'000);
}

TEST_CASE("tiered share: the rate changes on the day the threshold is reached",
          "[terms][tiers][payments]") {
  // 2023: 75 % of 20,000 over a year is 15,000, past 13,000. 13,000 needs
  // ceil(13,000 * 10000 * 365 / (20,000 * 7500)) = 317 days: from 2023-11-14 on, 49 % for the
  // 48 days left, 20,000 * 4900 * 48 / 3,650,000 = 1,288. 2024: 49 % of 100,000 = 49,000.
  // 2025: 49,000 more would pass 92,000; 28,712 is left under the last threshold.
  constexpr std::array<revenue_in, 4> years{{{2023, 90'000, 20'000},
                                             {2024, 300'000, 100'000},
                                             {2025, 300'000, 100'000},
                                             {2026, 300'000, 100'000}}};
  constexpr auto rows = payments<tiered_deal>(openai{}, microsoft{}, years);
  STATIC_REQUIRE(rows[0].due == 14'288);
  STATIC_REQUIRE(rows[0].tier_changed == day_of(2023, 11, 14));
  STATIC_REQUIRE(!rows[0].capped);
  STATIC_REQUIRE(rows[1].due == 49'000);
  STATIC_REQUIRE(rows[1].tier_changed == end_of_time);
  STATIC_REQUIRE(rows[2].uncapped == 49'000);
  STATIC_REQUIRE(rows[2].due == 28'712);
  STATIC_REQUIRE(rows[2].capped);
  STATIC_REQUIRE(rows[3].due == 0);
  STATIC_REQUIRE(rows[3].cumulative == 92'000);
}

struct profit_tiers_mid_year
    : profit_share<openai, microsoft, two_tiers, openai_profit, term<date<2023, 7, 1>>> {
  static constexpr auto label = "T2 the same from 2023-07-01";
};
using mid_year = contract<"tiers", parties<openai, microsoft>, profit_tiers_mid_year>;

TEST_CASE("tiered share: a share that starts within the year switches counting from its start",
          "[terms][tiers][payments]") {
  // 184 days in force; 40,000 of profit: 13,000 needs ceil(13,000 * 3,650,000 / 300,000,000) =
  // 159 days, so 49 % from 2023-12-07 for 25 days: 40,000 * 4900 * 25 / 3,650,000 = 1,342.
  constexpr std::array<revenue_in, 1> years{{{2023, 0, 40'000}}};
  constexpr auto rows = payments<mid_year>(openai{}, microsoft{}, years);
  STATIC_REQUIRE(rows[0].due == 14'342);
  STATIC_REQUIRE(rows[0].tier_changed == day_of(2023, 12, 7));
}

TEST_CASE("share of profit: due on profit, not revenue", "[terms][profit][payments]") {
  constexpr std::array<revenue_in, 2> years{{{2023, 1'000'000, 8'000}, {2024, 1'000'000, -500}}};
  constexpr auto rows = payments<tiered_deal>(openai{}, microsoft{}, years);
  STATIC_REQUIRE(rows[0].due == 6'000); // 75 % of 8,000; the revenue plays no part
  STATIC_REQUIRE(rows[1].due == 0);     // a loss owes nothing
  STATIC_REQUIRE(rows[1].profit == -500);
  // A year without its profit figure cannot be computed.
  const std::array<revenue_in, 1> missing{{{2023, 1'000'000}}};
  REQUIRE_THROWS_AS(payments<tiered_deal>(openai{}, microsoft{}, missing), std::invalid_argument);
}

TEST_CASE("share of profit and tiers: rendering says which", "[terms][render]") {
  const std::string s = covenant::render::sentence<tiered_deal>(0);
  REQUIRE(s == "OpenAI pays Microsoft 75% of the profit in OpenAI profit until 13,000 USD "
               "million has been paid in total, then 49% until 92,000 USD million has been "
               "paid in total, from 2023-01-01, open-ended.");
}

// Placeholders: figures that are not public.
struct share_placeholder
    : revenue_share<openai, microsoft, placeholder<1, percent<20>>, openai_revenue,
                    term<year<2026>>, cap<placeholder<2, usd_millions<38'000>>>> {
  static constexpr auto label = "P1 share at a placeholder rate";
};
struct commitment_not_public : commitment<openai, microsoft, placeholder<3, usd_millions<0>>,
                                          azure_services, term<year<2025>>> {
  static constexpr auto label = "P2 commitment, amount not public";
};
using with_placeholders =
    contract<"p", parties<openai, microsoft>, share_placeholder, commitment_not_public>;

TEST_CASE("placeholders: checked and paid with their value, rendered as not public",
          "[terms][placeholder]") {
  STATIC_REQUIRE(covenant::record_of<share_placeholder>.rate == 2'000);
  STATIC_REQUIRE(covenant::record_of<share_placeholder>.rate_placeholder == 1);
  STATIC_REQUIRE(covenant::record_of<share_placeholder>.amount_placeholder == 2);
  STATIC_REQUIRE(covenant::record_of<commitment_not_public>.amount_placeholder == 3);
  constexpr std::array<revenue_in, 1> years{{{2026, 10'000}}};
  STATIC_REQUIRE(payments<with_placeholders>(openai{}, microsoft{}, years)[0].due == 2'000);
  REQUIRE(covenant::render::sentence<with_placeholders>(0) ==
          "OpenAI pays Microsoft not public (placeholder 1) of OpenAI revenue, capped at not "
          "public (placeholder 2) in total, from 2026-01-01, open-ended.");
  REQUIRE(covenant::render::sentence<with_placeholders>(1) ==
          "OpenAI commits to pay Microsoft at least not public (placeholder 3) for Azure "
          "services, from 2025-01-01, open-ended.");
}

// Equity and one-off payments.
struct stake : equity<microsoft, openai, percent<27>, openai_shares, term<date<2025, 10, 28>>> {
  static constexpr auto label = "Q1 Microsoft holds about 27%";
};
struct stake_ceiling
    : ownership_ceiling<microsoft, openai, percent<30>, openai_shares, term<date<2025, 10, 28>>> {
  static constexpr auto label = "Q2 at most 30%";
};
struct invest
    : one_off_payment<microsoft, openai, usd_millions<1'000>, openai_shares, date<2019, 7, 22>> {
  static constexpr auto label = "Q3 Microsoft invests 1,000";
};
using holdings = contract<"h", parties<microsoft, openai>, stake, stake_ceiling, invest>;
static_assert(covenant::check<holdings>);

TEST_CASE("equity and one-off payments: records and sentences", "[terms][equity]") {
  constexpr auto p = covenant::record_of<invest>;
  STATIC_REQUIRE(p.kind == covenant::clause_kind::payment);
  STATIC_REQUIRE(p.start == day_of(2019, 7, 22) && p.end == day_of(2019, 7, 23));
  STATIC_REQUIRE(covenant::is_in_force<holdings, invest>(day_of(2019, 7, 22)));
  STATIC_REQUIRE(!covenant::is_in_force<holdings, invest>(day_of(2019, 7, 23)));
  STATIC_REQUIRE(covenant::record_of<stake>.rate == 2'700);
  REQUIRE(covenant::render::sentence<holdings>(0) ==
          "Microsoft holds 27% of OpenAI (OpenAI shares), from 2025-10-28, open-ended.");
  REQUIRE(covenant::render::sentence<holdings>(1) ==
          "Microsoft may hold at most 30% of OpenAI (OpenAI shares), from 2025-10-28, "
          "open-ended.");
  REQUIRE(covenant::render::sentence<holdings>(2) ==
          "Microsoft pays OpenAI 1,000 USD million for OpenAI shares, on 2019-07-22.");
}

struct payments_cap : payment_cap<microsoft, openai, usd_millions<500>, openai_shares,
                                  term<year<2019>, year<2020>>> {
  static constexpr auto label = "Q4 Microsoft pays OpenAI at most 500 in 2019";
};
using over_cap = contract<"h", parties<microsoft, openai>, invest, payments_cap>;

TEST_CASE("one-off payments count under a payment cap", "[terms][equity][rules]") {
  STATIC_REQUIRE(!covenant::consistent<over_cap>);
  STATIC_REQUIRE(covenant::findings<over_cap>[0].id == covenant::rule::cap_below_commitment);
  STATIC_REQUIRE(covenant::findings<over_cap>[0].total == 1'000);
}

// Terms that start when several events have all happened, or at the first of several.
struct declared : event<"AGI is declared"> {};
struct verified : event<"AGI is verified"> {};
struct ipo : event<"OpenAI lists its shares"> {};
struct post_agi : licence<openai, microsoft, models, term<upon<all_of<declared, verified>>>> {
  static constexpr auto label = "S1 post-AGI models once declared and verified";
};
struct either : licence<openai, microsoft, openai_ip,
                        term<upon<any_of<verified, ipo>, date<2026>>, year<2032>>> {
  static constexpr auto label = "S2 from verification or the IPO, whichever first";
};
using starts = contract<"s", parties<openai, microsoft>, post_agi, either>;

TEST_CASE("all_of / any_of starts: in force from the last / the first event", "[terms][events]") {
  constexpr scenario declared_only{{declared{}, day_of(2028, 3, 1)}};
  constexpr scenario both{{declared{}, day_of(2028, 3, 1)}, {verified{}, day_of(2028, 9, 1)}};
  STATIC_REQUIRE(!covenant::is_in_force<starts, post_agi>(day_of(2029), declared_only));
  STATIC_REQUIRE(!covenant::is_in_force<starts, post_agi>(day_of(2028, 8, 31), both));
  STATIC_REQUIRE(covenant::is_in_force<starts, post_agi>(day_of(2028, 9, 1), both));
  constexpr scenario ipo_first{{ipo{}, day_of(2027, 5, 1)}, {verified{}, day_of(2028, 9, 1)}};
  STATIC_REQUIRE(!covenant::is_in_force<starts, either>(day_of(2027, 4, 30), ipo_first));
  STATIC_REQUIRE(covenant::is_in_force<starts, either>(day_of(2027, 5, 1), ipo_first));
  // Not before its not-before day, whatever happens first.
  constexpr scenario early{{ipo{}, day_of(2025, 5, 1)}};
  STATIC_REQUIRE(!covenant::is_in_force<starts, either>(day_of(2025, 6, 1), early));
  STATIC_REQUIRE(covenant::is_in_force<starts, either>(day_of(2026), early));
  STATIC_REQUIRE(!covenant::is_in_force<starts, either>(day_of(2030)));
  // The record lists the events; two starts differ when their sets or their logic differ.
  constexpr auto r = covenant::record_of<either>;
  STATIC_REQUIRE(r.waits_for().size() == 2 && r.starts_on_any);
  STATIC_REQUIRE(r.starts_at_event == covenant::detail::entity_ptr<verified>());
  STATIC_REQUIRE(!covenant::record_of<post_agi>.starts_on_any);
  STATIC_REQUIRE(
      covenant::record_of<post_agi>.starts_after(covenant::detail::entity_ptr<verified>()));
  STATIC_REQUIRE(!r.starts_after(covenant::detail::entity_ptr<verified>()));
  REQUIRE(covenant::render::sentence<starts>(0) ==
          "OpenAI grants Microsoft a non-exclusive licence to OpenAI models, from when AGI is "
          "declared and AGI is verified, open-ended.");
  REQUIRE(covenant::render::sentence<starts>(1) ==
          "OpenAI grants Microsoft a non-exclusive licence to OpenAI IP, from when the first of: "
          "AGI is verified or OpenAI lists its shares (not before 2026-01-01) through "
          "2031-12-31.");
}

struct both_any : licence<openai, microsoft, models, term<upon<any_of<declared, verified>>>> {
  static constexpr auto label = "S3 post-AGI models once declared or verified";
};
struct excl_until_declared
    : licence<openai, microsoft, models, term<year<2020>, until<declared>>, exclusive> {
  static constexpr auto label = "S4 exclusive until AGI is declared";
};
struct other_after_both : licence<openai, amazon, models, term<upon<all_of<verified, declared>>>> {
  static constexpr auto label = "S5 Amazon once AGI is verified and declared";
};
struct other_after_either
    : licence<openai, amazon, models, term<upon<any_of<verified, declared>>>> {
  static constexpr auto label = "S6 Amazon once AGI is verified or declared";
};

TEST_CASE("all_of / any_of starts: handovers stay sound", "[terms][events][rules]") {
  // all_of holds the event that ends the exclusive licence: they never meet.
  using after_all =
      contract<"s", parties<openai, microsoft, amazon>, excl_until_declared, other_after_both>;
  STATIC_REQUIRE(covenant::consistent<after_all>);
  // any_of may start on verification alone, while the exclusive licence still runs.
  using after_any =
      contract<"s", parties<openai, microsoft, amazon>, excl_until_declared, other_after_either>;
  STATIC_REQUIRE(!covenant::consistent<after_any>);
  STATIC_REQUIRE(covenant::findings<after_any>[0].id == covenant::rule::exclusive_licence_overlap);
  // The same licence starting on all_of and on any_of of the same events is not a duplicate.
  using two = contract<"s", parties<openai, microsoft>, post_agi, both_any>;
  STATIC_REQUIRE(covenant::error_count<two> == 0);
}

} // namespace deal_terms_test
