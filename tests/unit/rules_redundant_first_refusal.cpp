// Warning redundant_first_refusal: a right of first refusal held by the party that already has
// exclusivity over a scope containing it, at the same time.
#include "../support/vocabulary.hpp"

#include <catch2/catch.hpp>

#include <cstddef>

namespace rules_redundant_first_refusal_test {

using namespace test_vocabulary;
using covenant::day_of;
using covenant::end_of_time;
using covenant::findings;
using covenant::rule;
using covenant::severity;

struct offer_elsewhere : action<"offer on another cloud"> {};

struct products_excl_2019_2030
    : exclusivity<openai, microsoft, products, term<year<2019>, year<2030>>> {
  static constexpr auto label = "W1 products exclusive on Azure until 2030";
};
struct api_excl_open : exclusivity<openai, microsoft, api, term<year<2019>>> {
  static constexpr auto label = "W2 API exclusive on Azure";
};
struct api_rofr_2025 : right_of_first_refusal<openai, microsoft, api, term<year<2025>>> {
  static constexpr auto label = "W3 Azure first refusal on the API";
};
struct api_rofr_2030 : right_of_first_refusal<openai, microsoft, api, term<year<2030>>> {
  static constexpr auto label = "W4 Azure first refusal on the API from 2030";
};
struct products_rofr_2025 : right_of_first_refusal<openai, microsoft, products, term<year<2025>>> {
  static constexpr auto label = "W5 Azure first refusal on products";
};
// Once Microsoft declines after 2030, OpenAI may go elsewhere (no unhandled_refusal warning).
struct openai_may_offer_from_2030
    : permission<openai, offer_elsewhere, products, term<year<2030>>> {
  static constexpr auto label = "W6 OpenAI may offer products elsewhere from 2030";
};

// ---------------------------------------------------------------------------------------------

TEST_CASE("redundant_first_refusal: a first refusal that starts when exclusivity ends is fine",
          "[rules][redundant_first_refusal]") {
  using C = contract<"consistent", parties<openai, microsoft>, products_excl_2019_2030,
                     api_rofr_2030, openai_may_offer_from_2030>;
  static_assert(covenant::check<C>);
  static_assert(covenant::check<C, covenant::strictness::strict>);
  STATIC_REQUIRE(findings<C>.size() == 0);
  STATIC_REQUIRE(covenant::strictly_consistent<C>);
}

TEST_CASE("redundant_first_refusal: a first refusal over a wider scope adds something",
          "[rules][redundant_first_refusal]") {
  using C = contract<"w", parties<openai, microsoft>, api_excl_open, products_rofr_2025>;
  STATIC_REQUIRE(findings<C>.count(rule::redundant_first_refusal) == 0);
  STATIC_REQUIRE(covenant::consistent<C>);
}

TEST_CASE("redundant_first_refusal: a first refusal inside the holder's exclusivity",
          "[rules][redundant_first_refusal]") {
  using C = contract<"c", parties<openai, microsoft>, products_excl_2019_2030, api_rofr_2025,
                     openai_may_offer_from_2030>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  constexpr auto f = fs[0];
  STATIC_REQUIRE(f.id == rule::redundant_first_refusal);
  STATIC_REQUIRE(f.level == severity::warning);
  STATIC_REQUIRE(f.first == 1);  // the right of first refusal
  STATIC_REQUIRE(f.second == 0); // the exclusivity
  STATIC_REQUIRE(f.from == day_of(2025));
  STATIC_REQUIRE(f.to == day_of(2030));
  STATIC_REQUIRE(f.scope_name() == "OpenAI API");
  STATIC_REQUIRE(f.first_label == "W3 Azure first refusal on the API");
  STATIC_REQUIRE(f.second_label == "W1 products exclusive on Azure until 2030");
  STATIC_REQUIRE_FALSE(f.is_error());
}

TEST_CASE("redundant_first_refusal: warnings fail only strict checks",
          "[rules][redundant_first_refusal][strictness]") {
  using C = contract<"c", parties<openai, microsoft>, products_excl_2019_2030, api_rofr_2025,
                     openai_may_offer_from_2030>;
  static_assert(covenant::check<C>); // standard: warnings do not fail
  STATIC_REQUIRE(covenant::consistent<C>);
  STATIC_REQUIRE_FALSE(covenant::strictly_consistent<C>);
  STATIC_REQUIRE(covenant::error_count<C> == 0);
  STATIC_REQUIRE(covenant::warning_count<C> == 1);
}

TEST_CASE("redundant_first_refusal: open-ended terms, read at run time",
          "[rules][redundant_first_refusal][runtime]") {
  // Both open-ended, and the first refusal equals the exclusive scope.
  using C = contract<"c", parties<openai, microsoft>, api_rofr_2025, api_excl_open>;
  const auto& fs = findings<C>;
  std::size_t warnings = 0;
  for (const auto& f : fs) {
    if (f.id != rule::redundant_first_refusal) continue;
    ++warnings;
    REQUIRE(f.level == severity::warning);
    REQUIRE(f.first == 0);
    REQUIRE(f.second == 1);
    REQUIRE(f.from == day_of(2025));
    REQUIRE(f.to == end_of_time);
    REQUIRE(f.scope_name() == "OpenAI API");
  }
  REQUIRE(warnings == 1);
  REQUIRE(fs.count(severity::error) == 0);
  REQUIRE(covenant::consistent<C>);
}

} // namespace rules_redundant_first_refusal_test
