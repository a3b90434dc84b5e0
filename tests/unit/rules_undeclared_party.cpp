// Rule undeclared_party: every party a clause names must be among the contract's parties<...>.
#include "../support/vocabulary.hpp"

#include <catch2/catch.hpp>

#include <cstddef>
#include <type_traits>

namespace rules_undeclared_party_test {

using namespace test_vocabulary;
using covenant::day_of;
using covenant::end_of_time;
using covenant::findings;
using covenant::rule;
using covenant::severity;

struct api_to_msft : licence<openai, microsoft, api, term<year<2019>, year<2030>>> {
  static constexpr auto label = "U1 API licensed to Microsoft";
};
struct api_to_oracle : licence<openai, oracle, api, term<year<2025>, year<2030>>> {
  static constexpr auto label = "U2 API licensed to Oracle";
};
struct amazon_must_supply : obligation<amazon, supply_models, products, term<year<2026>>> {
  static constexpr auto label = "U3 Amazon must supply models";
};
struct amazon_pays_oracle
    : revenue_share<amazon, oracle, percent<5>, openai_revenue, term<year<2027>>> {
  static constexpr auto label = "U4 Amazon pays Oracle";
};
struct openai_must_supply : obligation<openai, supply_models, products, term<year<2026>>> {
  static constexpr auto label = "U5 OpenAI must supply models";
};

// ---------------------------------------------------------------------------------------------

TEST_CASE("undeclared_party: a consistent contract passes check", "[rules][undeclared_party]") {
  // Obligations name no counterparty; parties may be listed in any order.
  using C = contract<"consistent", parties<microsoft, openai>, api_to_msft, openai_must_supply>;
  static_assert(covenant::check<C>);
  static_assert(covenant::check<C, covenant::strictness::strict>);
  STATIC_REQUIRE(findings<C>.size() == 0);
  // A declared party that no clause names is fine.
  using extra = contract<"x", parties<openai, microsoft, amazon, oracle>, api_to_msft>;
  STATIC_REQUIRE(findings<extra>.size() == 0);
}

TEST_CASE("undeclared_party: an undeclared counterparty", "[rules][undeclared_party]") {
  using C = contract<"c", parties<openai, microsoft>, api_to_msft, api_to_oracle>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  constexpr auto f = fs[0];
  STATIC_REQUIRE(f.id == rule::undeclared_party);
  STATIC_REQUIRE(f.level == severity::error);
  STATIC_REQUIRE(f.first == 1);
  STATIC_REQUIRE(f.second == 1);
  STATIC_REQUIRE(f.from == day_of(2025));
  STATIC_REQUIRE(f.to == day_of(2030));
  STATIC_REQUIRE(f.scope_name() == "OpenAI API");
  STATIC_REQUIRE(f.first_label == "U2 API licensed to Oracle");
  STATIC_REQUIRE(f.second_label == "U2 API licensed to Oracle");
}

TEST_CASE("undeclared_party: an undeclared bound party", "[rules][undeclared_party]") {
  using C = contract<"c", parties<openai, microsoft>, amazon_must_supply>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].id == rule::undeclared_party);
  STATIC_REQUIRE(fs[0].first == 0);
  STATIC_REQUIRE(fs[0].second == 0);
  STATIC_REQUIRE(fs[0].from == day_of(2026));
  STATIC_REQUIRE(fs[0].to == end_of_time);
  STATIC_REQUIRE(fs[0].scope_name() == "OpenAI products");
  STATIC_REQUIRE(fs[0].first_label == "U3 Amazon must supply models");
}

TEST_CASE("undeclared_party: one finding per clause, read at run time",
          "[rules][undeclared_party][runtime]") {
  // Both parties of U4 are undeclared: still one finding for that clause.
  using C = contract<"c", parties<openai, microsoft>, api_to_msft, amazon_pays_oracle,
                     api_to_oracle, amazon_must_supply>;
  const auto& fs = findings<C>;
  REQUIRE(fs.size() == 3);
  REQUIRE(fs.count(rule::undeclared_party) == 3);
  const std::size_t clauses[] = {1, 2, 3};
  std::size_t k = 0;
  for (const auto& f : fs) {
    REQUIRE(f.is_error());
    REQUIRE(f.first == clauses[k]);
    REQUIRE(f.second == clauses[k]);
    ++k;
  }
  REQUIRE(fs[0].first_label == "U4 Amazon pays Oracle");
  REQUIRE(fs[0].scope_name() == "OpenAI revenue");
}

TEST_CASE("undeclared_party: the diagnostic names the first missing party",
          "[rules][undeclared_party]") {
  using covenant::detail::undeclared_party_in;
  using two = contract<"two", parties<openai, microsoft>, api_to_msft>;
  STATIC_REQUIRE(std::is_same_v<undeclared_party_in<two, api_to_oracle>, oracle>);
  STATIC_REQUIRE(std::is_same_v<undeclared_party_in<two, amazon_must_supply>, amazon>);
  STATIC_REQUIRE(std::is_same_v<undeclared_party_in<two, amazon_pays_oracle>, amazon>);
  using with_amazon = contract<"a", parties<amazon>, amazon_must_supply>;
  STATIC_REQUIRE(std::is_same_v<undeclared_party_in<with_amazon, amazon_pays_oracle>, oracle>);
  struct grant : exclusivity<amazon, microsoft, api, term<year<2026>>> {};
  struct promise : commitment<openai, oracle, usd_millions<10>, azure_services, term<year<2026>>> {
  };
  STATIC_REQUIRE(std::is_same_v<undeclared_party_in<two, grant>, amazon>);
  STATIC_REQUIRE(std::is_same_v<undeclared_party_in<two, promise>, oracle>);
}

} // namespace rules_undeclared_party_test
