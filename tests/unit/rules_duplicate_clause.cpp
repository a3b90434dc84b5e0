// Rule duplicate_clause: two clauses that say exactly the same thing, labels aside.
#include "../support/vocabulary.hpp"

#include <catch2/catch.hpp>

#include <cstddef>

namespace rules_duplicate_clause_test {

using namespace test_vocabulary;
using covenant::day_of;
using covenant::end_of_time;
using covenant::findings;
using covenant::rule;
using covenant::severity;

struct agi_declared : event<"AGI declared"> {};
struct million_eur : covenant::currency_unit<"EUR million"> {};

struct supply_a : obligation<openai, supply_models, products, term<year<2025>, year<2030>>> {
  static constexpr auto label = "D1 OpenAI supplies models";
};
struct supply_b : obligation<openai, supply_models, products, term<year<2025>, year<2030>>> {
  static constexpr auto label = "D2 amended model supply";
};
struct supply_c : obligation<openai, supply_models, products, term<year<2025>, year<2030>>> {
  static constexpr auto label = "D3 model supply again";
};
struct supply_longer : obligation<openai, supply_models, products, term<year<2025>, year<2031>>> {
  static constexpr auto label = "D4 model supply to 2031";
};
struct supply_api : obligation<openai, supply_models, api, term<year<2025>, year<2030>>> {
  static constexpr auto label = "D5 model supply for the API";
};
struct other_action : obligation<openai, use_other_cloud, products, term<year<2025>, year<2030>>> {
  static constexpr auto label = "D6 OpenAI uses another cloud";
};
struct msft_supplies
    : obligation<microsoft, supply_models, products, term<year<2025>, year<2030>>> {
  static constexpr auto label = "D7 Microsoft supplies models";
};
struct may_supply : permission<openai, supply_models, products, term<year<2025>, year<2030>>> {
  static constexpr auto label = "D8 OpenAI may supply models";
};
struct lic_open : licence<openai, microsoft, api, term<year<2019>>> {
  static constexpr auto label = "D9 API licence";
};
struct lic_until_agi : licence<openai, microsoft, api, term<year<2019>, until<agi_declared>>> {
  static constexpr auto label = "D10 API licence until AGI";
};
struct lic_sub : licence<openai, microsoft, api, term<year<2019>>, sublicensable> {
  static constexpr auto label = "D11 sublicensable API licence";
};
struct lic_open_again : licence<openai, microsoft, api, term<year<2019>>, non_exclusive> {
  static constexpr auto label = "D12 API licence restated";
};
struct commit_usd
    : commitment<openai, microsoft, usd_millions<100>, azure_services, term<year<2025>>> {
  static constexpr auto label = "D13 commitment in USD";
};
struct commit_eur : commitment<openai, microsoft, covenant::money<100, million_eur>, azure_services,
                               term<year<2025>>> {
  static constexpr auto label = "D14 commitment in EUR";
};
struct commit_more
    : commitment<openai, microsoft, usd_millions<101>, azure_services, term<year<2025>>> {
  static constexpr auto label = "D15 larger commitment";
};
struct share_30 : revenue_share<openai, microsoft, percent<30>, openai_revenue, term<year<2025>>> {
  static constexpr auto label = "D16 30 percent share";
};
struct share_30_again
    : revenue_share<openai, microsoft, percent<30>, openai_revenue, term<year<2025>>> {
  static constexpr auto label = "D17 30 percent share restated";
};
struct share_31 : revenue_share<openai, microsoft, percent<31>, openai_revenue, term<year<2025>>> {
  static constexpr auto label = "D18 31 percent share";
};

// ---------------------------------------------------------------------------------------------

TEST_CASE("duplicate_clause: a consistent contract passes check", "[rules][duplicate_clause]") {
  using C = contract<"consistent", parties<openai, microsoft>, supply_a, supply_longer, supply_api,
                     other_action, msft_supplies, may_supply>;
  static_assert(covenant::check<C>);
  static_assert(covenant::check<C, covenant::strictness::strict>);
  STATIC_REQUIRE(findings<C>.size() == 0);
}

TEST_CASE("duplicate_clause: clauses that differ in one term are not duplicates",
          "[rules][duplicate_clause]") {
  // Same latest end, but one ends at an event.
  using event_end = contract<"e", parties<openai, microsoft>, lic_open, lic_until_agi>;
  STATIC_REQUIRE(findings<event_end>.size() == 0);
  // Sublicensable or not.
  using options = contract<"o", parties<openai, microsoft>, lic_open, lic_sub>;
  STATIC_REQUIRE(findings<options>.size() == 0);
  // Amounts in different units, and different amounts.
  using units = contract<"u", parties<openai, microsoft>, commit_usd, commit_eur, commit_more>;
  STATIC_REQUIRE(findings<units>.size() == 0);
  // Different rates.
  using rates = contract<"r", parties<openai, microsoft>, share_30, share_31>;
  STATIC_REQUIRE(findings<rates>.size() == 0);
}

TEST_CASE("duplicate_clause: the same terms under two labels", "[rules][duplicate_clause]") {
  using C = contract<"c", parties<openai>, supply_a, supply_b>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  constexpr auto f = fs[0];
  STATIC_REQUIRE(f.id == rule::duplicate_clause);
  STATIC_REQUIRE(f.level == severity::error);
  STATIC_REQUIRE(f.first == 0);
  STATIC_REQUIRE(f.second == 1);
  STATIC_REQUIRE(f.from == day_of(2025));
  STATIC_REQUIRE(f.to == day_of(2030));
  STATIC_REQUIRE(f.scope_name() == "OpenAI products");
  STATIC_REQUIRE(f.first_label == "D1 OpenAI supplies models");
  STATIC_REQUIRE(f.second_label == "D2 amended model supply");
}

TEST_CASE("duplicate_clause: non_exclusive is the default, so restating it duplicates",
          "[rules][duplicate_clause]") {
  using C = contract<"c", parties<openai, microsoft>, lic_open, lic_open_again>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].id == rule::duplicate_clause);
  STATIC_REQUIRE(fs[0].from == day_of(2019));
  STATIC_REQUIRE(fs[0].to == end_of_time);
  STATIC_REQUIRE(fs[0].first_label == "D9 API licence");
  STATIC_REQUIRE(fs[0].second_label == "D12 API licence restated");
}

TEST_CASE("duplicate_clause: one clause type written twice", "[rules][duplicate_clause]") {
  using C = contract<"c", parties<openai, microsoft>, share_30, share_30>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.count(rule::duplicate_clause) == 1);
  STATIC_REQUIRE(fs[0].id == rule::duplicate_clause);
  STATIC_REQUIRE(fs[0].first == 0);
  STATIC_REQUIRE(fs[0].second == 1);
  STATIC_REQUIRE(fs[0].first_label == fs[0].second_label);
  STATIC_REQUIRE(fs[0].scope_name() == "OpenAI revenue");
  // 30 % + 30 % stays under 100 %: nothing else to say but that the two share a label (a
  // warning, after the error about the same clause).
  STATIC_REQUIRE(fs.size() == 2);
  STATIC_REQUIRE(fs[1].id == rule::unlabelled_clause);
  STATIC_REQUIRE(fs[1].first == 0);
  STATIC_REQUIRE(fs[1].second == 1);
}

TEST_CASE("duplicate_clause: three copies make two findings, read at run time",
          "[rules][duplicate_clause][runtime]") {
  using C = contract<"c", parties<openai, microsoft>, supply_a, share_30, supply_b, share_30_again,
                     supply_c>;
  const auto& fs = findings<C>;
  REQUIRE(fs.size() == 3);
  REQUIRE(fs.count(rule::duplicate_clause) == 3);
  REQUIRE(covenant::error_count<C> == 3);
  // Each clause is paired with the next copy of itself.
  const std::size_t pairs[][2] = {{0, 2}, {1, 3}, {2, 4}};
  std::size_t k = 0;
  for (const auto& f : fs) {
    REQUIRE(f.first == pairs[k][0]);
    REQUIRE(f.second == pairs[k][1]);
    REQUIRE(f.first_label != f.second_label);
    ++k;
  }
  REQUIRE(fs[1].scope_name() == "OpenAI revenue");
  REQUIRE(fs[2].second_label == "D3 model supply again");
}

} // namespace rules_duplicate_clause_test
