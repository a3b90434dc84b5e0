// Warning redundant_permission: a permission given to the party that already holds exclusivity
// over a scope containing it, at the same time.
#include "../support/vocabulary.hpp"

#include <catch2/catch.hpp>

#include <cstddef>

namespace rules_redundant_permission_test {

using namespace test_vocabulary;
using covenant::day_of;
using covenant::end_of_time;
using covenant::findings;
using covenant::rule;
using covenant::severity;

struct resell : action<"resell"> {};

struct hosting_excl_2019_2030
    : exclusivity<openai, microsoft, hosting, term<year<2019>, year<2030>>> {
  static constexpr auto label = "X1 hosting exclusive on Azure until 2030";
};
struct api_excl_open : exclusivity<openai, microsoft, api, term<year<2019>>> {
  static constexpr auto label = "X2 API exclusive on Azure";
};
struct msft_may_resell_api_2025 : permission<microsoft, resell, api, term<year<2025>>> {
  static constexpr auto label = "X3 Microsoft may resell the API";
};
struct msft_may_resell_api_2030 : permission<microsoft, resell, api, term<year<2030>>> {
  static constexpr auto label = "X4 Microsoft may resell the API from 2030";
};
struct msft_may_resell_products : permission<microsoft, resell, products, term<year<2025>>> {
  static constexpr auto label = "X5 Microsoft may resell products";
};
struct msft_may_resell_capacity : permission<microsoft, resell, new_capacity, term<year<2019>>> {
  static constexpr auto label = "X6 Microsoft may resell new capacity";
};

// ---------------------------------------------------------------------------------------------

TEST_CASE("redundant_permission: permissions beyond the exclusivity are fine",
          "[rules][redundant_permission]") {
  // From 2030, when the exclusivity has ended; and over a sibling scope.
  using C = contract<"consistent", parties<openai, microsoft>, hosting_excl_2019_2030,
                     msft_may_resell_api_2030, msft_may_resell_capacity>;
  static_assert(covenant::check<C>);
  static_assert(covenant::check<C, covenant::strictness::strict>);
  STATIC_REQUIRE(findings<C>.size() == 0);
  // A permission over a wider scope than the exclusivity.
  using wider = contract<"w", parties<openai, microsoft>, api_excl_open, msft_may_resell_products>;
  STATIC_REQUIRE(findings<wider>.size() == 0);
}

TEST_CASE("redundant_permission: a permission inside the holder's exclusivity",
          "[rules][redundant_permission]") {
  using C =
      contract<"c", parties<openai, microsoft>, msft_may_resell_api_2025, hosting_excl_2019_2030>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  constexpr auto f = fs[0];
  STATIC_REQUIRE(f.id == rule::redundant_permission);
  STATIC_REQUIRE(f.level == severity::warning);
  STATIC_REQUIRE(f.first == 0);  // the permission
  STATIC_REQUIRE(f.second == 1); // the exclusivity
  STATIC_REQUIRE(f.from == day_of(2025));
  STATIC_REQUIRE(f.to == day_of(2030));
  STATIC_REQUIRE(f.scope_name() == "OpenAI API");
  STATIC_REQUIRE(f.first_label == "X3 Microsoft may resell the API");
  STATIC_REQUIRE(f.second_label == "X1 hosting exclusive on Azure until 2030");
}

TEST_CASE("redundant_permission: warnings fail only strict checks",
          "[rules][redundant_permission][strictness]") {
  using C = contract<"c", parties<openai, microsoft>, api_excl_open, msft_may_resell_api_2025>;
  static_assert(covenant::check<C>);
  STATIC_REQUIRE(covenant::consistent<C>);
  STATIC_REQUIRE_FALSE(covenant::strictly_consistent<C>);
  STATIC_REQUIRE(covenant::error_count<C> == 0);
  STATIC_REQUIRE(covenant::warning_count<C> == 1);
  STATIC_REQUIRE(findings<C>.count(severity::warning) == 1);
  STATIC_REQUIRE(findings<C>[0].to == end_of_time);
}

TEST_CASE("redundant_permission: one warning per permission, read at run time",
          "[rules][redundant_permission][runtime]") {
  // Two exclusivities contain the API permission: it is reported once.
  using C = contract<"c", parties<openai, microsoft>, hosting_excl_2019_2030, api_excl_open,
                     msft_may_resell_api_2025, msft_may_resell_products, msft_may_resell_capacity>;
  const auto& fs = findings<C>;
  REQUIRE(fs.size() == 2);
  REQUIRE(fs.count(severity::warning) == 2);
  REQUIRE(covenant::warning_count<C> == 2);
  std::size_t k = 0;
  const std::size_t permissions[] = {2, 3};
  for (const auto& f : fs) {
    REQUIRE(f.id == rule::redundant_permission);
    REQUIRE(f.first == permissions[k]);
    REQUIRE(f.second == 0); // the first exclusivity that contains it
    REQUIRE(f.from == day_of(2025));
    REQUIRE(f.to == day_of(2030));
    ++k;
  }
  REQUIRE(fs[1].scope_name() == "OpenAI products");
}

} // namespace rules_redundant_permission_test
