// Rule competing_first_ship: products can launch first on only one platform at a time.
#include "../support/vocabulary.hpp"

#include <catch2/catch.hpp>

#include <cstddef>

namespace rules_competing_first_ship_test {

using namespace test_vocabulary;
using covenant::day_of;
using covenant::end_of_time;
using covenant::findings;
using covenant::rule;
using covenant::severity;

struct products_first_on_azure
    : first_ship<openai, microsoft, products, term<date<2026, 4, 27>, through<2032>>> {
  static constexpr auto label = "F1 products ship first on Azure";
};
struct api_first_on_azure_2019_2025
    : first_ship<openai, microsoft, api, term<year<2019>, year<2025>>> {
  static constexpr auto label = "F2 API ships first on Azure until 2025";
};
struct api_first_on_aws_2025 : first_ship<openai, amazon, api, term<year<2025>>> {
  static constexpr auto label = "F3 API ships first on AWS";
};
struct chat_first_on_aws_open : first_ship<openai, amazon, chat, term<year<2019>>> {
  static constexpr auto label = "F4 ChatGPT ships first on AWS";
};
struct api_first_on_oci_2033 : first_ship<openai, oracle, api, term<year<2033>>> {
  static constexpr auto label = "F5 API ships first on OCI from 2033";
};
struct hosting_first_on_oci_2030
    : first_ship<openai, oracle, hosting, term<year<2030>, year<2031>>> {
  static constexpr auto label = "F6 hosting ships first on OCI in 2030";
};
struct api_first_on_azure_open : first_ship<openai, microsoft, api, term<year<2020>>> {
  static constexpr auto label = "F7 API ships first on Azure";
};

// ---------------------------------------------------------------------------------------------

TEST_CASE("competing_first_ship: a consistent contract passes check",
          "[rules][competing_first_ship]") {
  // through<2032> ends when 2033 begins, as Oracle's preference starts.
  using C = contract<"consistent", parties<openai, microsoft, amazon, oracle>,
                     products_first_on_azure, api_first_on_oci_2033, api_first_on_azure_2019_2025>;
  static_assert(covenant::check<C>);
  static_assert(covenant::check<C, covenant::strictness::strict>);
  STATIC_REQUIRE(findings<C>.size() == 0);
}

TEST_CASE("competing_first_ship: near misses", "[rules][competing_first_ship]") {
  using touching = contract<"t", parties<openai, microsoft, amazon>, api_first_on_azure_2019_2025,
                            api_first_on_aws_2025>;
  STATIC_REQUIRE(findings<touching>.size() == 0);
  using siblings = contract<"s", parties<openai, microsoft, amazon>, api_first_on_azure_open,
                            chat_first_on_aws_open>;
  STATIC_REQUIRE(findings<siblings>.size() == 0);
  using same =
      contract<"m", parties<openai, microsoft>, products_first_on_azure, api_first_on_azure_open>;
  STATIC_REQUIRE(findings<same>.size() == 0);
}

TEST_CASE("competing_first_ship: a preference over a narrower product inside a wider one",
          "[rules][competing_first_ship]") {
  using C = contract<"c", parties<openai, microsoft, amazon>, products_first_on_azure,
                     api_first_on_aws_2025>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  constexpr auto f = fs[0];
  STATIC_REQUIRE(f.id == rule::competing_first_ship);
  STATIC_REQUIRE(f.level == severity::error);
  STATIC_REQUIRE(f.first == 0);
  STATIC_REQUIRE(f.second == 1);
  STATIC_REQUIRE(f.from == day_of(2026, 4, 27));
  STATIC_REQUIRE(f.to == day_of(2033, 1, 1));
  STATIC_REQUIRE(f.scope_name() == "OpenAI API");
  STATIC_REQUIRE(f.first_label == "F1 products ship first on Azure");
  STATIC_REQUIRE(f.second_label == "F3 API ships first on AWS");
}

TEST_CASE("competing_first_ship: the wider preference written second",
          "[rules][competing_first_ship]") {
  using C = contract<"c", parties<openai, amazon, oracle>, chat_first_on_aws_open,
                     hosting_first_on_oci_2030>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].id == rule::competing_first_ship);
  STATIC_REQUIRE(fs[0].first == 0);
  STATIC_REQUIRE(fs[0].second == 1);
  STATIC_REQUIRE(fs[0].from == day_of(2030));
  STATIC_REQUIRE(fs[0].to == day_of(2031));
  STATIC_REQUIRE(fs[0].scope_name() == "ChatGPT");
  STATIC_REQUIRE(fs[0].first_label == "F4 ChatGPT ships first on AWS");
  STATIC_REQUIRE(fs[0].second_label == "F6 hosting ships first on OCI in 2030");
}

TEST_CASE("competing_first_ship: open-ended preferences overlap forever, read at run time",
          "[rules][competing_first_ship][runtime]") {
  using C = contract<"c", parties<openai, microsoft, amazon, oracle>, api_first_on_azure_open,
                     api_first_on_aws_2025, api_first_on_oci_2033>;
  const auto& fs = findings<C>;
  REQUIRE(fs.size() == 3);
  std::size_t open_ended = 0;
  for (const auto& f : fs) {
    REQUIRE(f.id == rule::competing_first_ship);
    REQUIRE(f.is_error());
    REQUIRE(f.first < f.second);
    REQUIRE(f.scope_name() == "OpenAI API");
    REQUIRE(f.to == end_of_time);
    open_ended += f.to == end_of_time ? 1U : 0U;
  }
  REQUIRE(open_ended == 3);
  REQUIRE(fs[0].from == day_of(2025));
  REQUIRE(fs[1].from == day_of(2033));
  REQUIRE(fs[2].from == day_of(2033));
  REQUIRE(fs[2].first_label == "F3 API ships first on AWS");
  REQUIRE(fs[2].second_label == "F5 API ships first on OCI from 2033");
}

} // namespace rules_competing_first_ship_test
