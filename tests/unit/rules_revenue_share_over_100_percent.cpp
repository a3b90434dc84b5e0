// Rule revenue_share_over_100_percent: the shares one payer pays on the same revenue (on bases
// that overlap, their common part) must not add up to more than 100 % at any moment.
#include "../support/vocabulary.hpp"

#include <catch2/catch.hpp>

#include <cstddef>
#include <utility>

namespace rules_revenue_share_over_100_percent_test {

using namespace test_vocabulary;
using covenant::day_of;
using covenant::end_of_time;
using covenant::findings;
using covenant::rule;
using covenant::severity;

// openai_revenue > { api_revenue (vocabulary), chat_revenue }
struct chat_revenue : scope<"ChatGPT revenue", part_of<openai_revenue>> {};

struct msft_80 : revenue_share<openai, microsoft, percent<80>, openai_revenue, term<year<2020>>> {
  static constexpr auto label = "S1 80 percent to Microsoft";
};
struct amazon_20 : revenue_share<openai, amazon, percent<20>, openai_revenue, term<year<2020>>> {
  static constexpr auto label = "S2 20 percent to Amazon";
};
struct amazon_2001bp
    : revenue_share<openai, amazon, basis_points<2001>, openai_revenue, term<year<2020>>> {
  static constexpr auto label = "S3 20.01 percent to Amazon";
};
struct half_a
    : revenue_share<openai, microsoft, basis_points<5000>, openai_revenue, term<year<2021>>> {
  static constexpr auto label = "S4 half to Microsoft";
};
struct half_b : revenue_share<openai, amazon, percent<50>, openai_revenue, term<year<2021>>> {
  static constexpr auto label = "S5 half to Amazon";
};
struct msft_60_2019_2025
    : revenue_share<openai, microsoft, percent<60>, openai_revenue, term<year<2019>, year<2025>>> {
  static constexpr auto label = "S6 60 percent to Microsoft until 2025";
};
struct amazon_60_from_2025
    : revenue_share<openai, amazon, percent<60>, openai_revenue, term<year<2025>>> {
  static constexpr auto label = "S7 60 percent to Amazon from 2025";
};
struct api_60 : revenue_share<openai, microsoft, percent<60>, api_revenue, term<year<2019>>> {
  static constexpr auto label = "S8 60 percent of API revenue";
};
struct chat_60 : revenue_share<openai, amazon, percent<60>, chat_revenue, term<year<2019>>> {
  static constexpr auto label = "S9 60 percent of ChatGPT revenue";
};
// Microsoft pays too, on the same revenue base: a different payer.
struct msft_pays_60
    : revenue_share<microsoft, openai, percent<60>, openai_revenue, term<year<2019>>> {
  static constexpr auto label = "S10 Microsoft pays 60 percent";
};
struct openai_60_open
    : revenue_share<openai, microsoft, percent<60>, openai_revenue, term<year<2019>>> {
  static constexpr auto label = "S11 60 percent to Microsoft";
};
struct api_50_2025_2030
    : revenue_share<openai, amazon, percent<50>, api_revenue, term<year<2025>, year<2030>>> {
  static constexpr auto label = "S12 50 percent of API revenue to Amazon";
};
struct share_40_open
    : revenue_share<openai, microsoft, percent<40>, openai_revenue, term<year<2019>>> {
  static constexpr auto label = "S13 40 percent";
};
struct share_40_2020_2030
    : revenue_share<openai, amazon, percent<40>, openai_revenue, term<year<2020>, year<2030>>> {
  static constexpr auto label = "S14 40 percent 2020 to 2030";
};
struct share_30_2025_2027
    : revenue_share<openai, oracle, percent<30>, openai_revenue, term<year<2025>, year<2027>>> {
  static constexpr auto label = "S15 30 percent 2025 to 2027";
};
struct old_api_10
    : revenue_share<openai, microsoft, percent<10>, api_revenue, term<year<2019>, year<2020>>> {
  static constexpr auto label = "S16 old 10 percent of API revenue";
};
struct msft_60_from_2025
    : revenue_share<openai, microsoft, percent<60>, openai_revenue, term<year<2025>>> {
  static constexpr auto label = "S17 60 percent to Microsoft from 2025";
};
struct amazon_50_from_2025
    : revenue_share<openai, amazon, percent<50>, openai_revenue, term<year<2025>>> {
  static constexpr auto label = "S18 50 percent to Amazon from 2025";
};

// ---------------------------------------------------------------------------------------------

TEST_CASE("revenue_share_over_100_percent: exactly 100 percent is consistent",
          "[rules][revenue_share_over_100_percent]") {
  using C = contract<"consistent", parties<openai, microsoft, amazon>, msft_80, amazon_20>;
  static_assert(covenant::check<C>);
  static_assert(covenant::check<C, covenant::strictness::strict>);
  STATIC_REQUIRE(findings<C>.size() == 0);
  using halves = contract<"h", parties<openai, microsoft, amazon>, half_a, half_b>;
  static_assert(covenant::check<halves>);
  STATIC_REQUIRE(findings<halves>.size() == 0);
}

TEST_CASE("revenue_share_over_100_percent: near misses",
          "[rules][revenue_share_over_100_percent]") {
  // Touching terms: 60 % until 2025, then 60 % from 2025.
  using touching =
      contract<"t", parties<openai, microsoft, amazon>, msft_60_2019_2025, amazon_60_from_2025>;
  STATIC_REQUIRE(findings<touching>.size() == 0);
  // Disjoint sibling bases: API revenue and ChatGPT revenue.
  using siblings = contract<"s", parties<openai, microsoft, amazon>, api_60, chat_60>;
  STATIC_REQUIRE(findings<siblings>.size() == 0);
  // Different payers on the same base.
  using payers = contract<"p", parties<openai, microsoft>, openai_60_open, msft_pays_60>;
  STATIC_REQUIRE(findings<payers>.size() == 0);
}

TEST_CASE("revenue_share_over_100_percent: one basis point too many",
          "[rules][revenue_share_over_100_percent]") {
  using C = contract<"c", parties<openai, microsoft, amazon>, msft_80, amazon_2001bp>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  constexpr auto f = fs[0];
  STATIC_REQUIRE(f.id == rule::revenue_share_over_100_percent);
  STATIC_REQUIRE(f.level == severity::error);
  STATIC_REQUIRE(f.first == 0);
  STATIC_REQUIRE(f.second == 1);
  STATIC_REQUIRE(f.from == day_of(2020));
  STATIC_REQUIRE(f.to == end_of_time);
  STATIC_REQUIRE(f.scope_name() == "OpenAI revenue");
  STATIC_REQUIRE(f.first_label == "S1 80 percent to Microsoft");
  STATIC_REQUIRE(f.second_label == "S3 20.01 percent to Amazon");
}

TEST_CASE("revenue_share_over_100_percent: a share on a wider base burdens the narrower one",
          "[rules][revenue_share_over_100_percent]") {
  // 60 % of all revenue plus 50 % of API revenue: API revenue bears 110 % from 2025 to 2030.
  // All revenue bears only 60 %, so there is one finding, on the narrower base.
  using C = contract<"c", parties<openai, microsoft, amazon>, openai_60_open, api_50_2025_2030>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  constexpr auto f = fs[0];
  STATIC_REQUIRE(f.id == rule::revenue_share_over_100_percent);
  STATIC_REQUIRE(f.first == 1);
  STATIC_REQUIRE(f.second == 0);
  STATIC_REQUIRE(f.from == day_of(2025));
  STATIC_REQUIRE(f.to == day_of(2030));
  STATIC_REQUIRE(f.scope_name() == "OpenAI API revenue");
  STATIC_REQUIRE(f.first_label == "S12 50 percent of API revenue to Amazon");
  STATIC_REQUIRE(f.second_label == "S11 60 percent to Microsoft");
}

TEST_CASE("revenue_share_over_100_percent: three shares that are fine in pairs",
          "[rules][revenue_share_over_100_percent]") {
  // 40 + 40 + 30: every pair is under 100 %, all three from 2025 to 2027 are not.
  using C = contract<"c", parties<openai, microsoft, amazon, oracle>, share_40_open,
                     share_40_2020_2030, share_30_2025_2027>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].id == rule::revenue_share_over_100_percent);
  STATIC_REQUIRE(fs[0].first == 0);
  STATIC_REQUIRE(fs[0].second == 1);
  STATIC_REQUIRE(fs[0].from == day_of(2025));
  STATIC_REQUIRE(fs[0].to == day_of(2027));
  STATIC_REQUIRE(fs[0].scope_name() == "OpenAI revenue");

  using pairs_only =
      contract<"p", parties<openai, microsoft, amazon, oracle>, share_40_open, share_30_2025_2027>;
  STATIC_REQUIRE(findings<pairs_only>.size() == 0);
}

// Sums: a third share breaks the limit that two stay under; shares that hand over never add up.
struct breakup : event<"breakup"> {};
struct share_30 : revenue_share<openai, microsoft, percent<30>, openai_revenue, term<year<2025>>> {
  static constexpr auto label = "S20 30 percent to Microsoft";
};
struct share_60_until
    : revenue_share<openai, amazon, percent<60>, openai_revenue, term<year<2025>, until<breakup>>> {
  static constexpr auto label = "S21 60 percent to Amazon until the breakup";
};
struct share_70_from
    : revenue_share<openai, oracle, percent<70>, openai_revenue, term<upon<breakup, year<2025>>>> {
  static constexpr auto label = "S22 70 percent to Oracle from the breakup";
};
struct share_40 : revenue_share<openai, amazon, percent<40>, api_revenue, term<year<2026>>> {
  static constexpr auto label = "S23 40 percent of API revenue to Amazon";
};
struct share_36 : revenue_share<openai, oracle, percent<36>, openai_revenue, term<year<2027>>> {
  static constexpr auto label = "S24 36 percent to Oracle";
};
struct share_80_until
    : revenue_share<openai, oracle, percent<80>, openai_revenue, term<year<2025>, until<breakup>>> {
  static constexpr auto label = "S25 80 percent to Oracle until the breakup";
};

TEST_CASE("revenue_share_over_100_percent: the sum names every share in it",
          "[rules][revenue_share_over_100_percent][sum]") {
  using C = contract<"c", parties<openai, microsoft, amazon, oracle>, share_30, share_40, share_36>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  constexpr auto f = fs[0];
  // Reported on the narrowest revenue that bears all three: API revenue.
  STATIC_REQUIRE(f.first == 1);
  STATIC_REQUIRE(f.second == 0);
  STATIC_REQUIRE(f.scope_name() == "OpenAI API revenue");
  STATIC_REQUIRE(f.total == 10'600);
  STATIC_REQUIRE(f.limit == 10'000);
  STATIC_REQUIRE(f.from == day_of(2027));
  STATIC_REQUIRE(f.part_count == 3);
  STATIC_REQUIRE(f.parts[0] == 0);
  STATIC_REQUIRE(f.parts[1] == 1);
  STATIC_REQUIRE(f.parts[2] == 2);
  STATIC_REQUIRE(f.part_labels[2] == "S24 36 percent to Oracle");
  STATIC_REQUIRE(!f.limit_set_apart());
}

TEST_CASE("revenue_share_over_100_percent: shares that hand over to each other never add up",
          "[rules][revenue_share_over_100_percent][events]") {
  // 30 % + (60 % until the breakup) + (70 % from it): 90 % before, 100 % after.
  using handover = contract<"h", parties<openai, microsoft, amazon, oracle>, share_30,
                            share_60_until, share_70_from>;
  STATIC_REQUIRE(findings<handover>.size() == 0);
  static_assert(covenant::check<handover>);
  // Two shares that both end at the breakup stand together before it.
  using before =
      contract<"b", parties<openai, microsoft, amazon, oracle>, share_80_until, share_60_until>;
  constexpr auto fs = findings<before>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].total == 14'000);
  STATIC_REQUIRE(fs[0].before_event != nullptr);
}

TEST_CASE("revenue_share_over_100_percent: findings read at run time",
          "[rules][revenue_share_over_100_percent][runtime]") {
  using C = contract<"c", parties<openai, microsoft, amazon>, msft_80, amazon_2001bp, half_b>;
  const auto& fs = findings<C>;
  REQUIRE(fs.size() == covenant::error_count<C>);
  REQUIRE(fs.size() == 1); // one finding per payer and base
  for (const auto& f : fs) {
    REQUIRE(f.id == rule::revenue_share_over_100_percent);
    REQUIRE(f.is_error());
    REQUIRE(f.first == 0);
    REQUIRE(f.first_label == "S1 80 percent to Microsoft");
    REQUIRE(f.from == day_of(2020));
    REQUIRE(f.scope_name() == "OpenAI revenue");
  }
}

// Regression (fixed in afe1a4b): the first share on a base used to speak for every share on it,
// even when it was not in force when the total went over 100 %. Here the old 10 % API share ended
// in 2020, yet it was named in a finding whose window starts in 2025 (with the 60 % share),
// besides the correct finding about the 60 % and 50 % shares on all revenue.
TEST_CASE("revenue_share_over_100_percent: a finding names only shares in force in its window",
          "[rules][revenue_share_over_100_percent]") {
  using C = contract<"c", parties<openai, microsoft, amazon>, old_api_10, msft_60_from_2025,
                     amazon_50_from_2025>;
  using record_list = decltype(C::records);
  const record_list& rs = C::records;
  const auto& fs = findings<C>;
  REQUIRE(fs.size() >= 1);
  for (const auto& f : fs) {
    CHECK(rs[f.first].start <= f.from);
    CHECK(f.to <= rs[f.first].end);
    CHECK(rs[f.second].start <= f.from);
    CHECK(f.to <= rs[f.second].end);
  }
}

// ---------------------------------------------------------------------------------------------
// Bases that cross without nesting: revenue in their common part bears both shares.

struct worldwide_market : territory<"worldwide"> {};
struct eu_market : territory<"EU", part_of<worldwide_market>> {};
struct france_market : territory<"France", part_of<eu_market>> {};
struct us_market : territory<"US", part_of<worldwide_market>> {};
struct any_channel : channel<"any channel"> {};
struct online : channel<"online", part_of<any_channel>> {};

struct eu_revenue : scope<"OpenAI revenue in the EU", of<openai_revenue>, in<eu_market>> {};
struct us_revenue : scope<"OpenAI revenue in the US", of<openai_revenue>, in<us_market>> {};
struct online_revenue : scope<"OpenAI revenue online", of<openai_revenue>, via<online>> {};
struct french_api_revenue
    : scope<"OpenAI API revenue in France", of<api_revenue>, in<france_market>> {};

template <int Percent>
struct eu_share : revenue_share<openai, microsoft, percent<Percent>, eu_revenue, term<year<2025>>> {
  static constexpr auto label = "S40 share of EU revenue";
};
struct api_share_50
    : revenue_share<openai, amazon, percent<50>, api_revenue, term<year<2025>, year<2030>>> {
  static constexpr auto label = "S41 50 percent of API revenue";
};
struct us_share_60 : revenue_share<openai, oracle, percent<60>, us_revenue, term<year<2025>>> {
  static constexpr auto label = "S42 60 percent of US revenue";
};
struct online_share_30
    : revenue_share<openai, oracle, percent<30>, online_revenue, term<year<2027>>> {
  static constexpr auto label = "S43 30 percent of online revenue";
};
struct french_api_share_10
    : revenue_share<openai, oracle, percent<10>, french_api_revenue, term<year<2025>>> {
  static constexpr auto label = "S44 10 percent of API revenue in France";
};

TEST_CASE("revenue_share_over_100_percent: shares on bases that only cross add up",
          "[rules][revenue_share_over_100_percent][dimensions]") {
  // 60 % of EU revenue and 50 % of API revenue: EU API revenue bears 110 %.
  using crossing = contract<"c", parties<openai, microsoft, amazon>, eu_share<60>, api_share_50>;
  constexpr auto fs = findings<crossing>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].id == rule::revenue_share_over_100_percent);
  STATIC_REQUIRE(fs[0].first == 0); // neither base is the narrower: the first share reports
  STATIC_REQUIRE(fs[0].second == 1);
  STATIC_REQUIRE(fs[0].total == 11'000);
  STATIC_REQUIRE(fs[0].part_count == 2);
  STATIC_REQUIRE(fs[0].from == day_of(2025));
  STATIC_REQUIRE(fs[0].to == day_of(2030));
  // Written the other way round, still one finding, from the share written first.
  using reversed = contract<"r", parties<openai, microsoft, amazon>, api_share_50, eu_share<60>>;
  STATIC_REQUIRE(findings<reversed>.size() == 1);
  STATIC_REQUIRE(findings<reversed>[0].first == 0);
  // 50 % and 50 %: exactly all of EU API revenue.
  using exact = contract<"e", parties<openai, microsoft, amazon>, eu_share<50>, api_share_50>;
  static_assert(covenant::check<exact>);
  STATIC_REQUIRE(findings<exact>.size() == 0);
  // EU and US revenue never meet: no common part.
  using apart = contract<"a", parties<openai, microsoft, oracle>, eu_share<60>, us_share_60>;
  STATIC_REQUIRE(findings<apart>.size() == 0);
}

TEST_CASE("revenue_share_over_100_percent: common parts across three bases",
          "[rules][revenue_share_over_100_percent][dimensions]") {
  // 40 % of EU revenue, 50 % of API revenue and from 2027 30 % of online revenue: each pair is
  // fine (90 %, 70 %, 80 %), EU online API revenue bears 120 % from 2027.
  using three = contract<"t", parties<openai, microsoft, amazon, oracle>, eu_share<40>,
                         api_share_50, online_share_30>;
  constexpr auto fs = findings<three>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].total == 12'000);
  STATIC_REQUIRE(fs[0].part_count == 3);
  STATIC_REQUIRE(fs[0].from == day_of(2027));
  STATIC_REQUIRE(fs[0].first == 0);
  // A base within both: API revenue in France bears the EU share, the API share and its own
  // (60 + 50 + 10); it is the narrowest base of that sum, so its share reports it. The rest of
  // EU API revenue bears 110 %: another sum, reported by the first share.
  using nested = contract<"n", parties<openai, microsoft, amazon, oracle>, eu_share<60>,
                          api_share_50, french_api_share_10>;
  constexpr auto gs = findings<nested>;
  STATIC_REQUIRE(gs.size() == 2);
  STATIC_REQUIRE(gs[0].first == 0);
  STATIC_REQUIRE(gs[0].total == 11'000);
  STATIC_REQUIRE(gs[1].first == 2);
  STATIC_REQUIRE(gs[1].total == 12'000);
  STATIC_REQUIRE(gs[1].part_count == 3);
  STATIC_REQUIRE(gs[1].scope_name() == "OpenAI API revenue in France");
}

// ---------------------------------------------------------------------------------------------
// Sums of any size.

template <int K>
struct small_share : revenue_share<openai, microsoft, percent<1>, openai_revenue,
                                   term<date<2025, 1 + K / 28, 1 + K % 28>>> {
  static constexpr auto label = "S50 one of many small shares";
};
template <int Percent>
struct last_share
    : revenue_share<openai, amazon, percent<Percent>, openai_revenue, term<year<2026>>> {
  static constexpr auto label = "S51 the last share";
};
template <int Percent, typename Seq>
struct many_shares;
template <int Percent, int... Ks>
struct many_shares<Percent, std::integer_sequence<int, Ks...>> {
  using type =
      contract<"many", parties<openai, microsoft, amazon>, small_share<Ks>..., last_share<Percent>>;
};

TEST_CASE("revenue_share_over_100_percent: a sum of sixty-five shares is taken in full",
          "[rules][revenue_share_over_100_percent][large]") {
  // 64 shares of 1 % and one of 37 %: 101 %.
  using over = many_shares<37, std::make_integer_sequence<int, 64>>::type;
  constexpr auto fs = findings<over>;
  STATIC_REQUIRE(covenant::error_count<over> == 1);
  STATIC_REQUIRE(fs.count(rule::revenue_share_over_100_percent) == 1);
  STATIC_REQUIRE(fs[0].id == rule::revenue_share_over_100_percent);
  STATIC_REQUIRE(fs[0].first == 0);
  STATIC_REQUIRE(fs[0].total == 10'100);
  STATIC_REQUIRE(fs[0].part_count == 65);
  STATIC_REQUIRE(fs[0].from == day_of(2026));
  using at_limit = many_shares<36, std::make_integer_sequence<int, 64>>::type;
  static_assert(covenant::check<at_limit>);
  STATIC_REQUIRE(covenant::error_count<at_limit> == 0);
}

} // namespace rules_revenue_share_over_100_percent_test
