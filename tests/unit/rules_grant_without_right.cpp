// Rule grant_without_right: a grant (licence, exclusivity, first refusal, first ship) over an
// owned scope must come from its owner, or from a party holding a sublicensable licence that
// covers the scope for the whole term of the grant.
#include "../support/vocabulary.hpp"

#include <catch2/catch.hpp>

#include <cstddef>

namespace rules_grant_without_right_test {

using namespace test_vocabulary;
using covenant::day_of;
using covenant::end_of_time;
using covenant::findings;
using covenant::rule;
using covenant::severity;

struct agi_declared : event<"AGI declared"> {};
struct use_models : action<"use the models"> {};

// openai_ip (owned by OpenAI) > models (vocabulary).
struct ip_to_msft_sub
    : licence<openai, microsoft, openai_ip, term<year<2019>, year<2030>>, sublicensable> {
  static constexpr auto label = "G1 OpenAI IP to Microsoft, sublicensable";
};
struct ip_to_msft_plain : licence<openai, microsoft, openai_ip, term<year<2019>, year<2030>>> {
  static constexpr auto label = "G2 OpenAI IP to Microsoft";
};
struct models_to_msft_sub
    : licence<openai, microsoft, models, term<year<2019>, year<2030>>, sublicensable> {
  static constexpr auto label = "G3 models to Microsoft, sublicensable";
};
struct ip_to_amazon_sub
    : licence<openai, amazon, openai_ip, term<year<2019>, year<2030>>, sublicensable> {
  static constexpr auto label = "G4 OpenAI IP to Amazon, sublicensable";
};
struct ip_to_msft_until_agi
    : licence<openai, microsoft, openai_ip, term<year<2019>, until<agi_declared>>, sublicensable> {
  static constexpr auto label = "G5 OpenAI IP to Microsoft until AGI";
};
struct ip_to_msft_exclusive_sub : licence<openai, microsoft, openai_ip,
                                          term<year<2019>, year<2030>>, exclusive, sublicensable> {
  static constexpr auto label = "G6 OpenAI IP exclusively to Microsoft, sublicensable";
};

struct owner_grants_models : licence<openai, oracle, models, term<year<2020>>> {
  static constexpr auto label = "G10 OpenAI licenses models to Oracle";
};
struct msft_sublicenses_models_2019_2030
    : licence<microsoft, oracle, models, term<year<2019>, year<2030>>> {
  static constexpr auto label = "G11 Microsoft sublicenses models for the whole term";
};
struct msft_sublicenses_models_2020_2025
    : licence<microsoft, oracle, models, term<year<2020>, year<2025>>> {
  static constexpr auto label = "G12 Microsoft sublicenses models 2020 to 2025";
};
struct msft_sublicenses_models_open : licence<microsoft, oracle, models, term<year<2020>>> {
  static constexpr auto label = "G13 Microsoft sublicenses models indefinitely";
};
struct msft_sublicenses_models_from_2018
    : licence<microsoft, oracle, models, term<year<2018>, year<2025>>> {
  static constexpr auto label = "G14 Microsoft sublicenses models from 2018";
};
struct msft_sublicenses_ip : licence<microsoft, oracle, openai_ip, term<year<2020>, year<2025>>> {
  static constexpr auto label = "G15 Microsoft sublicenses all OpenAI IP";
};
struct msft_unowned_grant : licence<microsoft, oracle, api, term<year<2020>>> {
  static constexpr auto label = "G16 Microsoft licenses the API to Oracle";
};
struct msft_excl_models : exclusivity<microsoft, oracle, models, term<year<2020>, year<2025>>> {
  static constexpr auto label = "G17 Microsoft gives Oracle exclusivity on models";
};
struct msft_rofr_models
    : right_of_first_refusal<microsoft, oracle, models, term<year<2021>, year<2022>>> {
  static constexpr auto label = "G18 Microsoft gives Oracle first refusal on models";
};
struct msft_first_ship_models
    : first_ship<microsoft, oracle, models, term<year<2022>, year<2023>>> {
  static constexpr auto label = "G19 Microsoft ships models first on OCI";
};
struct msft_permits_itself : permission<microsoft, use_models, models, term<year<2020>>> {
  static constexpr auto label = "G20 Microsoft may use the models";
};

// ---------------------------------------------------------------------------------------------

TEST_CASE("grant_without_right: grants by the owner and by a sublicensable licensee pass",
          "[rules][grant_without_right]") {
  using C = contract<"consistent", parties<openai, microsoft, oracle>, ip_to_msft_sub,
                     owner_grants_models, msft_sublicenses_models_2020_2025, msft_unowned_grant>;
  static_assert(covenant::check<C>);
  static_assert(covenant::check<C, covenant::strictness::strict>);
  STATIC_REQUIRE(findings<C>.size() == 0);
}

TEST_CASE("grant_without_right: near misses", "[rules][grant_without_right]") {
  // The sublicence covers exactly the licence's term.
  using same_term = contract<"t", parties<openai, microsoft, oracle>, ip_to_msft_sub,
                             msft_sublicenses_models_2019_2030>;
  STATIC_REQUIRE(findings<same_term>.size() == 0);
  // An exclusive, sublicensable licence gives the right too. (Whether Oracle's sublicence is a
  // second licensee under an exclusive licence is exclusive_licence_overlap's business.)
  using exclusive_sub = contract<"e", parties<openai, microsoft, oracle>, ip_to_msft_exclusive_sub,
                                 msft_sublicenses_models_2020_2025>;
  STATIC_REQUIRE(findings<exclusive_sub>.count(rule::grant_without_right) == 0);
  // A scope nobody owns may be granted by anyone.
  using unowned = contract<"u", parties<microsoft, oracle>, msft_unowned_grant>;
  STATIC_REQUIRE(findings<unowned>.size() == 0);
  // A permission is not a grant.
  using permitted = contract<"p", parties<microsoft>, msft_permits_itself>;
  STATIC_REQUIRE(findings<permitted>.size() == 0);
}

TEST_CASE("grant_without_right: a licensee without the right to sublicense",
          "[rules][grant_without_right]") {
  using C = contract<"c", parties<openai, microsoft, oracle>, ip_to_msft_plain,
                     msft_sublicenses_models_2020_2025>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  constexpr auto f = fs[0];
  STATIC_REQUIRE(f.id == rule::grant_without_right);
  STATIC_REQUIRE(f.level == severity::error);
  STATIC_REQUIRE(f.first == 1);
  STATIC_REQUIRE(f.second == 1);
  STATIC_REQUIRE(f.from == day_of(2020));
  STATIC_REQUIRE(f.to == day_of(2025));
  STATIC_REQUIRE(f.scope_name() == "OpenAI models"); // ownership inherited from OpenAI IP
  STATIC_REQUIRE(f.first_label == "G12 Microsoft sublicenses models 2020 to 2025");
  STATIC_REQUIRE(f.second_label == "G12 Microsoft sublicenses models 2020 to 2025");
}

TEST_CASE("grant_without_right: the sublicensable licence must cover the whole grant",
          "[rules][grant_without_right]") {
  // The grant outlives the licence.
  using outlives = contract<"o", parties<openai, microsoft, oracle>, ip_to_msft_sub,
                            msft_sublicenses_models_open>;
  STATIC_REQUIRE(findings<outlives>.size() == 1);
  STATIC_REQUIRE(findings<outlives>[0].id == rule::grant_without_right);
  STATIC_REQUIRE(findings<outlives>[0].first == 1);
  // The window is where the grant stands without a right: from the licence's end.
  STATIC_REQUIRE(findings<outlives>[0].from == day_of(2030));
  STATIC_REQUIRE(findings<outlives>[0].to == end_of_time);
  STATIC_REQUIRE(findings<outlives>[0].first_label ==
                 "G13 Microsoft sublicenses models indefinitely");
  // The grant starts before the licence.
  using early = contract<"e", parties<openai, microsoft, oracle>, ip_to_msft_sub,
                         msft_sublicenses_models_from_2018>;
  STATIC_REQUIRE(findings<early>.size() == 1);
  STATIC_REQUIRE(findings<early>[0].id == rule::grant_without_right);
  STATIC_REQUIRE(findings<early>[0].from == day_of(2018));
  STATIC_REQUIRE(findings<early>[0].to == day_of(2025));
  // The licence covers only part of the scope granted.
  using wider =
      contract<"w", parties<openai, microsoft, oracle>, models_to_msft_sub, msft_sublicenses_ip>;
  STATIC_REQUIRE(findings<wider>.size() == 1);
  STATIC_REQUIRE(findings<wider>[0].id == rule::grant_without_right);
  STATIC_REQUIRE(findings<wider>[0].first == 1);
  STATIC_REQUIRE(findings<wider>[0].scope_name() == "OpenAI IP");
  // The sublicensable licence is someone else's.
  using other = contract<"x", parties<openai, microsoft, amazon, oracle>, ip_to_amazon_sub,
                         msft_sublicenses_models_2020_2025>;
  STATIC_REQUIRE(findings<other>.size() == 1);
  STATIC_REQUIRE(findings<other>[0].id == rule::grant_without_right);
  STATIC_REQUIRE(findings<other>[0].first == 1);
}

TEST_CASE("grant_without_right: every kind of grant needs the right, read at run time",
          "[rules][grant_without_right][runtime]") {
  using C = contract<"c", parties<microsoft, oracle>, msft_excl_models, msft_rofr_models,
                     msft_first_ship_models, msft_unowned_grant, msft_permits_itself>;
  const auto& fs = findings<C>;
  REQUIRE(fs.count(rule::grant_without_right) == 3);
  REQUIRE(covenant::error_count<C> >= 3);
  const char* expected[] = {"G17 Microsoft gives Oracle exclusivity on models",
                            "G18 Microsoft gives Oracle first refusal on models",
                            "G19 Microsoft ships models first on OCI"};
  const covenant::day starts[] = {day_of(2020), day_of(2021), day_of(2022)};
  const covenant::day ends[] = {day_of(2025), day_of(2022), day_of(2023)};
  std::size_t k = 0;
  for (const auto& f : fs) {
    if (f.id != rule::grant_without_right) continue;
    REQUIRE(f.first == k);
    REQUIRE(f.second == k);
    REQUIRE(f.first_label == expected[k]);
    REQUIRE(f.from == starts[k]);
    REQUIRE(f.to == ends[k]);
    REQUIRE(f.scope_name() == "OpenAI models");
    ++k;
  }
  REQUIRE(k == 3);
}

// Regression (fixed in afe1a4b): a sublicensable licence that ends when an event happens does not
// cover an open-ended grant (the grant would outlive the licence once AGI is declared); the rule
// used to compare only the latest possible ends, which are equal.
TEST_CASE("grant_without_right: a licence ending at an event does not cover an open-ended grant",
          "[rules][grant_without_right]") {
  using C = contract<"c", parties<openai, microsoft, oracle>, ip_to_msft_until_agi,
                     msft_sublicenses_models_open>;
  REQUIRE(findings<C>.count(rule::grant_without_right) == 1);
}

// Standing through time: the grant stands only while, on every timeline, a licence covers it.
struct models_released : event<"models released"> {};
struct breach : event<"Microsoft in breach"> {};
struct ip_to_msft_unless_breach
    : licence<openai, microsoft, openai_ip, term<year<2019>, year<2030>>, sublicensable,
              unless<breach>> {
  static constexpr auto label = "G20 OpenAI IP to Microsoft unless Microsoft is in breach";
};
struct msft_sublicenses_2020_2025_unless_breach
    : licence<microsoft, oracle, models, term<year<2020>, year<2025>>, unless<breach>> {
  static constexpr auto label = "G21 Microsoft sublicenses models unless in breach";
};
struct msft_sublicenses_on_release
    : licence<microsoft, oracle, models, term<upon<models_released, year<2018>>, year<2025>>> {
  static constexpr auto label = "G22 Microsoft sublicenses models once released";
};
struct msft_sublicenses_on_release_2020
    : licence<microsoft, oracle, models, term<upon<models_released, year<2020>>, year<2025>>> {
  static constexpr auto label = "G23 Microsoft sublicenses models once released, from 2020";
};
struct ip_to_msft_sub_2030_2040
    : licence<openai, microsoft, openai_ip, term<year<2030>, year<2040>>, sublicensable> {
  static constexpr auto label = "G24 OpenAI IP to Microsoft 2030 to 2040";
};
struct msft_sublicenses_2020_2040
    : licence<microsoft, oracle, models, term<year<2020>, year<2040>>> {
  static constexpr auto label = "G25 Microsoft sublicenses models 2020 to 2040";
};

TEST_CASE("grant_without_right: the upstream licence's exceptions end the grant too",
          "[rules][grant_without_right][time]") {
  // The licence yields on breach, the sublicence does not: it would outlive it.
  using C = contract<"u", parties<openai, microsoft, oracle>, ip_to_msft_unless_breach,
                     msft_sublicenses_models_2020_2025>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].id == rule::grant_without_right);
  STATIC_REQUIRE(fs[0].first == 1);
  // The sublicence yields on the same breach: it stands exactly as long.
  using fixed = contract<"f", parties<openai, microsoft, oracle>, ip_to_msft_unless_breach,
                         msft_sublicenses_2020_2025_unless_breach>;
  STATIC_REQUIRE(findings<fixed>.size() == 0);
  static_assert(covenant::check<fixed>);
}

TEST_CASE("grant_without_right: a grant that waits for an event may start early",
          "[rules][grant_without_right][time]") {
  // Released in 2018, the models would be sublicensed before the 2019 licence.
  using early = contract<"e", parties<openai, microsoft, oracle>, ip_to_msft_sub,
                         msft_sublicenses_on_release>;
  constexpr auto fs = findings<early>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].id == rule::grant_without_right);
  STATIC_REQUIRE(fs[0].from == day_of(2018));
  STATIC_REQUIRE(fs[0].to == day_of(2025));
  // Not before 2020, inside the licence: fine.
  using later = contract<"l", parties<openai, microsoft, oracle>, ip_to_msft_sub,
                         msft_sublicenses_on_release_2020>;
  STATIC_REQUIRE(findings<later>.size() == 0);
}

TEST_CASE("grant_without_right: licences one after another cover a long grant",
          "[rules][grant_without_right][time]") {
  using chained = contract<"c", parties<openai, microsoft, oracle>, ip_to_msft_sub,
                           ip_to_msft_sub_2030_2040, msft_sublicenses_2020_2040>;
  STATIC_REQUIRE(findings<chained>.size() == 0);
  static_assert(covenant::check<chained>);
  // Without the second licence, the grant stands without a right from 2030.
  using gap =
      contract<"g", parties<openai, microsoft, oracle>, ip_to_msft_sub, msft_sublicenses_2020_2040>;
  STATIC_REQUIRE(findings<gap>.size() == 1);
  STATIC_REQUIRE(findings<gap>[0].from == day_of(2030));
  STATIC_REQUIRE(findings<gap>[0].to == day_of(2040));
}

} // namespace rules_grant_without_right_test
