// Findings across rules: order, counts by severity, strictness, and a report built at run time.
#include "../support/vocabulary.hpp"

#include <catch2/catch.hpp>

#include <cstddef>
#include <map>
#include <string>
#include <string_view>

namespace rules_findings_test {

using namespace test_vocabulary;
using covenant::day_of;
using covenant::findings;
using covenant::rule;
using covenant::severity;

struct resell : action<"resell"> {};

struct api_excl : exclusivity<openai, microsoft, api, term<year<2019>, year<2030>>> {
  static constexpr auto label = "A1 API exclusive on Azure";
};
struct api_to_amazon : licence<openai, amazon, api, term<year<2025>, year<2027>>> {
  static constexpr auto label = "A2 API licensed to Amazon";
};
struct api_to_oracle : licence<openai, oracle, api, term<year<2026>, year<2027>>> {
  static constexpr auto label = "A3 API licensed to Oracle";
};
struct msft_may_resell : permission<microsoft, resell, api, term<year<2020>, year<2021>>> {
  static constexpr auto label = "A4 Microsoft may resell the API";
};
struct msft_may_resell_again : permission<microsoft, resell, api, term<year<2020>, year<2021>>> {
  static constexpr auto label = "A5 Microsoft may resell the API again";
};
struct chat_to_amazon : licence<openai, amazon, chat, term<year<2019>>> {
  static constexpr auto label = "A6 ChatGPT licensed to Amazon";
};

// Clause 0: exclusivity conflicts with 1 and 2 (errors). Clause 2: undeclared Oracle (error).
// Clause 3: duplicate of 4 (error) and redundant permission (warning). Clause 4: redundant
// permission (warning). Clause 5: nothing.
using troubled = contract<"troubled", parties<openai, microsoft, amazon>, api_excl, api_to_amazon,
                          api_to_oracle, msft_may_resell, msft_may_resell_again, chat_to_amazon>;

TEST_CASE("findings: counts by rule and severity", "[rules][findings]") {
  constexpr auto fs = findings<troubled>;
  STATIC_REQUIRE(fs.size() == 6);
  STATIC_REQUIRE(covenant::error_count<troubled> == 4);
  STATIC_REQUIRE(covenant::warning_count<troubled> == 2);
  STATIC_REQUIRE(fs.count(severity::error) + fs.count(severity::warning) == fs.size());
  STATIC_REQUIRE(fs.count(rule::exclusivity_conflict) == 2);
  STATIC_REQUIRE(fs.count(rule::undeclared_party) == 1);
  STATIC_REQUIRE(fs.count(rule::duplicate_clause) == 1);
  STATIC_REQUIRE(fs.count(rule::redundant_permission) == 2);
  STATIC_REQUIRE_FALSE(covenant::consistent<troubled>);
  STATIC_REQUIRE_FALSE(covenant::strictly_consistent<troubled>);
}

TEST_CASE("findings: ordered by first clause, then in rule order", "[rules][findings]") {
  constexpr auto fs = findings<troubled>;
  STATIC_REQUIRE(fs[0].id == rule::exclusivity_conflict);
  STATIC_REQUIRE(fs[0].second == 1);
  STATIC_REQUIRE(fs[1].id == rule::exclusivity_conflict);
  STATIC_REQUIRE(fs[1].second == 2);
  STATIC_REQUIRE(fs[2].id == rule::undeclared_party);
  STATIC_REQUIRE(fs[2].first == 2);
  STATIC_REQUIRE(fs[3].id == rule::duplicate_clause);
  STATIC_REQUIRE(fs[3].first == 3);
  STATIC_REQUIRE(fs[3].second == 4);
  STATIC_REQUIRE(fs[4].id == rule::redundant_permission);
  STATIC_REQUIRE(fs[4].first == 3);
  STATIC_REQUIRE(fs[5].id == rule::redundant_permission);
  STATIC_REQUIRE(fs[5].first == 4);
}

TEST_CASE("findings: a report built at run time", "[rules][findings][runtime]") {
  const auto& fs = findings<troubled>;
  std::map<std::string, std::size_t> by_rule;
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::string report;
  for (const auto& f : fs) {
    const auto& info = covenant::describe(f.id);
    REQUIRE(info.id == f.id);
    REQUIRE(info.level == f.level);
    ++by_rule[std::string(info.name)];
    (f.is_error() ? errors : warnings) += 1;
    REQUIRE(f.first < troubled::size);
    REQUIRE(f.second < troubled::size);
    REQUIRE(f.witness() == f.from);
    REQUIRE(f.from < f.to);
    REQUIRE(!f.scope_name().empty());
    report += std::string(info.name) + ": " + std::string(f.first_label) + " / " +
              std::string(f.second_label) + "\n";
  }
  REQUIRE(errors == covenant::error_count<troubled>);
  REQUIRE(warnings == covenant::warning_count<troubled>);
  REQUIRE(by_rule["exclusivity_conflict"] == 2);
  REQUIRE(by_rule["redundant_permission"] == 2);
  REQUIRE(by_rule.count("competing_first_ship") == 0);
  REQUIRE(report.find("exclusivity_conflict: A1 API exclusive on Azure / A3 API licensed to "
                      "Oracle\n") != std::string::npos);
  REQUIRE(report.find("undeclared_party: A3 API licensed to Oracle / A3 API licensed to "
                      "Oracle\n") != std::string::npos);
}

TEST_CASE("findings: strictness", "[rules][findings][strictness]") {
  // Only a warning: passes check, not the strict check.
  using warned = contract<"w", parties<openai, microsoft>, api_excl, msft_may_resell>;
  static_assert(covenant::check<warned>);
  STATIC_REQUIRE(covenant::consistent<warned>);
  STATIC_REQUIRE_FALSE(covenant::strictly_consistent<warned>);
  STATIC_REQUIRE(covenant::error_count<warned> == 0);
  STATIC_REQUIRE(covenant::warning_count<warned> == 1);

  // Nothing at all: both pass.
  using clean = contract<"c", parties<openai, microsoft, amazon>, api_excl, chat_to_amazon>;
  static_assert(covenant::check<clean>);
  static_assert(covenant::check<clean, covenant::strictness::strict>);
  STATIC_REQUIRE(covenant::strictly_consistent<clean>);
  STATIC_REQUIRE(findings<clean>.empty());

  // An empty contract is consistent.
  using empty = contract<"e", parties<openai, microsoft>>;
  static_assert(covenant::check<empty, covenant::strictness::strict>);
  STATIC_REQUIRE(findings<empty>.size() == 0);
  STATIC_REQUIRE(covenant::strictly_consistent<empty>);
}

} // namespace rules_findings_test
