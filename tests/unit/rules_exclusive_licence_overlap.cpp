// Rule exclusive_licence_overlap: an exclusive licence leaves no room for a licence of an
// overlapping scope to a different licensee at the same time.
#include "../support/vocabulary.hpp"

#include <catch2/catch.hpp>

#include <cstddef>

namespace rules_exclusive_licence_overlap_test {

using namespace test_vocabulary;
using covenant::day_of;
using covenant::end_of_time;
using covenant::findings;
using covenant::rule;
using covenant::severity;

struct products_excl_msft_open : licence<openai, microsoft, products, term<year<2019>>, exclusive> {
  static constexpr auto label = "L1 products licensed exclusively to Microsoft";
};
struct api_excl_msft_2019_2025
    : licence<openai, microsoft, api, term<year<2019>, year<2025>>, exclusive> {
  static constexpr auto label = "L2 API licensed exclusively to Microsoft until 2025";
};
struct api_excl_msft_sub
    : licence<openai, microsoft, api, term<year<2019>, through<2024>>, exclusive, sublicensable> {
  static constexpr auto label = "L3 API exclusive and sublicensable through 2024";
};
struct api_amazon_2025_2030 : licence<openai, amazon, api, term<year<2025>, year<2030>>> {
  static constexpr auto label = "L4 API licensed to Amazon";
};
struct api_amazon_explicit_2025_2030
    : licence<openai, amazon, api, term<year<2025>, year<2030>>, non_exclusive> {
  static constexpr auto label = "L5 API licensed non-exclusively to Amazon";
};
struct chat_amazon_excl_open : licence<openai, amazon, chat, term<year<2019>>, exclusive> {
  static constexpr auto label = "L6 ChatGPT licensed exclusively to Amazon";
};
struct hosting_oracle_2026 : licence<openai, oracle, hosting, term<year<2026>, year<2027>>> {
  static constexpr auto label = "L7 hosting licensed to Oracle for 2026";
};
struct api_msft_plain : licence<openai, microsoft, api, term<year<2020>>> {
  static constexpr auto label = "L8 API licensed to Microsoft";
};
struct products_amazon_nonexcl_open : licence<openai, amazon, products, term<year<2019>>> {
  static constexpr auto label = "L9 products licensed to Amazon";
};
struct products_oracle_nonexcl_open : licence<openai, oracle, products, term<year<2019>>> {
  static constexpr auto label = "L10 products licensed to Oracle";
};
struct api_amazon_excl_2028 : license<openai, amazon, api, term<year<2028>>, exclusive> {
  static constexpr auto label = "L11 API licensed exclusively to Amazon from 2028";
};

// OpenAI IP is owned by OpenAI (vocabulary); Microsoft holds it exclusively and may sublicense.
struct ip_excl_sub_msft : licence<openai, microsoft, openai_ip, term<year<2019>, year<2030>>,
                                  exclusive, sublicensable> {
  static constexpr auto label = "L12 OpenAI IP exclusively to Microsoft, sublicensable";
};
struct msft_sublicenses_models : licence<microsoft, oracle, models, term<year<2020>, year<2025>>> {
  static constexpr auto label = "L13 Microsoft sublicenses the models to Oracle";
};

// ---------------------------------------------------------------------------------------------

using consistent_deal =
    contract<"consistent", parties<openai, microsoft, amazon, oracle>, api_excl_msft_2019_2025,
             api_amazon_2025_2030, chat_amazon_excl_open, products_oracle_nonexcl_open>;

TEST_CASE("exclusive_licence_overlap: a consistent contract passes check",
          "[rules][exclusive_licence_overlap]") {
  // Oracle's products licence overlaps the exclusive ChatGPT licence: see the conflict below.
  using clean = contract<"clean", parties<openai, microsoft, amazon>, api_excl_msft_2019_2025,
                         api_amazon_2025_2030, chat_amazon_excl_open, api_msft_plain>;
  static_assert(covenant::check<clean>);
  static_assert(covenant::check<clean, covenant::strictness::strict>);
  STATIC_REQUIRE(findings<clean>.size() == 0);
  STATIC_REQUIRE(covenant::strictly_consistent<clean>);
}

TEST_CASE("exclusive_licence_overlap: non-exclusive licences to several licensees coexist",
          "[rules][exclusive_licence_overlap]") {
  using C = contract<"n", parties<openai, amazon, oracle>, products_amazon_nonexcl_open,
                     products_oracle_nonexcl_open, api_amazon_explicit_2025_2030>;
  STATIC_REQUIRE(findings<C>.size() == 0);
}

TEST_CASE("exclusive_licence_overlap: near misses", "[rules][exclusive_licence_overlap]") {
  // [2019, 2025) then [2025, 2030): touching terms.
  using touching = contract<"t", parties<openai, microsoft, amazon>, api_excl_msft_2019_2025,
                            api_amazon_2025_2030>;
  STATIC_REQUIRE(findings<touching>.size() == 0);
  // through<2024> ends when 2025 begins.
  using through_touching = contract<"t", parties<openai, microsoft, amazon>, api_excl_msft_sub,
                                    api_amazon_explicit_2025_2030>;
  STATIC_REQUIRE(findings<through_touching>.size() == 0);
  // Sibling scopes: exclusive ChatGPT and the API.
  using siblings =
      contract<"s", parties<openai, microsoft, amazon>, chat_amazon_excl_open, api_msft_plain>;
  STATIC_REQUIRE(findings<siblings>.size() == 0);
  // The same licensee: an exclusive licence over products and a plain one over the API.
  using same = contract<"m", parties<openai, microsoft>, products_excl_msft_open, api_msft_plain>;
  STATIC_REQUIRE(findings<same>.size() == 0);
}

TEST_CASE("exclusive_licence_overlap: another licensee inside the exclusive scope",
          "[rules][exclusive_licence_overlap]") {
  using C = contract<"c", parties<openai, microsoft, amazon>, products_excl_msft_open,
                     api_amazon_2025_2030>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  constexpr auto f = fs[0];
  STATIC_REQUIRE(f.id == rule::exclusive_licence_overlap);
  STATIC_REQUIRE(f.level == severity::error);
  STATIC_REQUIRE(f.first == 0);
  STATIC_REQUIRE(f.second == 1);
  STATIC_REQUIRE(f.from == day_of(2025));
  STATIC_REQUIRE(f.to == day_of(2030));
  STATIC_REQUIRE(f.scope_name() == "OpenAI API");
  STATIC_REQUIRE(f.first_label == "L1 products licensed exclusively to Microsoft");
  STATIC_REQUIRE(f.second_label == "L4 API licensed to Amazon");
  STATIC_REQUIRE_FALSE(covenant::consistent<C>);
}

TEST_CASE("exclusive_licence_overlap: a wider licence over an exclusive narrower scope",
          "[rules][exclusive_licence_overlap]") {
  // The other licence is written first and covers more: the exclusive one is still named first.
  using C =
      contract<"c", parties<openai, amazon, oracle>, hosting_oracle_2026, chat_amazon_excl_open>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  constexpr auto f = fs[0];
  STATIC_REQUIRE(f.id == rule::exclusive_licence_overlap);
  STATIC_REQUIRE(f.first == 1);
  STATIC_REQUIRE(f.second == 0);
  STATIC_REQUIRE(f.from == day_of(2026));
  STATIC_REQUIRE(f.to == day_of(2027));
  STATIC_REQUIRE(f.scope_name() == "ChatGPT");
  STATIC_REQUIRE(f.first_label == "L6 ChatGPT licensed exclusively to Amazon");
  STATIC_REQUIRE(f.second_label == "L7 hosting licensed to Oracle for 2026");
}

TEST_CASE("exclusive_licence_overlap: two exclusive licences are one finding",
          "[rules][exclusive_licence_overlap]") {
  using C = contract<"c", parties<openai, microsoft, amazon>, products_excl_msft_open,
                     api_amazon_excl_2028>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].id == rule::exclusive_licence_overlap);
  STATIC_REQUIRE(fs[0].first == 0);
  STATIC_REQUIRE(fs[0].second == 1);
  STATIC_REQUIRE(fs[0].from == day_of(2028));
  STATIC_REQUIRE(fs[0].to == end_of_time); // both open-ended
  STATIC_REQUIRE(fs[0].scope_name() == "OpenAI API");

  using R = contract<"r", parties<openai, microsoft, amazon>, api_amazon_excl_2028,
                     products_excl_msft_open>;
  constexpr auto rs = findings<R>;
  STATIC_REQUIRE(rs.size() == 1);
  STATIC_REQUIRE(rs[0].first == 0);
  STATIC_REQUIRE(rs[0].second == 1);
  STATIC_REQUIRE(rs[0].first_label == "L11 API licensed exclusively to Amazon from 2028");
  STATIC_REQUIRE(rs[0].second_label == "L1 products licensed exclusively to Microsoft");
}

TEST_CASE("exclusive_licence_overlap: findings read at run time",
          "[rules][exclusive_licence_overlap][runtime]") {
  // Oracle's products licence overlaps both the ChatGPT exclusive licence (Amazon) and, from
  // 2019 to 2025, the API exclusive licence (Microsoft); Amazon's API licence does not.
  const auto& fs = findings<consistent_deal>;
  REQUIRE(covenant::error_count<consistent_deal> == 2);
  std::size_t n = 0;
  for (const auto& f : fs) {
    REQUIRE(f.id == rule::exclusive_licence_overlap);
    REQUIRE(f.level == severity::error);
    REQUIRE(f.second == 3);
    REQUIRE(f.second_label == "L10 products licensed to Oracle");
    if (f.first == 0) {
      REQUIRE(f.scope_name() == "OpenAI API");
      REQUIRE(f.from == day_of(2019));
      REQUIRE(f.to == day_of(2025));
    } else {
      REQUIRE(f.first == 2);
      REQUIRE(f.scope_name() == "ChatGPT");
      REQUIRE(f.to == end_of_time);
    }
    ++n;
  }
  REQUIRE(n == 2);
}

// Regression (fixed in afe1a4b): an exclusive licence that is also sublicensable exists so that
// the licensee can sublicense; a sublicence granted by the exclusive licensee itself (within its
// scope and term) is not "another licensee" competing with it. The rule used to report it, as it
// compared licensees and ignored who granted the other licence.
TEST_CASE("exclusive_licence_overlap: a sublicence by the exclusive licensee is not a conflict",
          "[rules][exclusive_licence_overlap]") {
  using C =
      contract<"c", parties<openai, microsoft, oracle>, ip_excl_sub_msft, msft_sublicenses_models>;
  REQUIRE(findings<C>.count(rule::grant_without_right) == 0); // Microsoft may sublicense
  REQUIRE(findings<C>.count(rule::exclusive_licence_overlap) == 0);
}

} // namespace rules_exclusive_licence_overlap_test
