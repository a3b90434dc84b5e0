// Rule obligation_vs_prohibition: a party cannot be bound both to take an action and not to
// take it (or a wider or narrower one) over an overlapping scope at the same time.
#include "../support/vocabulary.hpp"

#include <catch2/catch.hpp>

#include <cstddef>

namespace rules_obligation_vs_prohibition_test {

using namespace test_vocabulary;
using covenant::day_of;
using covenant::end_of_time;
using covenant::findings;
using covenant::rule;
using covenant::severity;

// use_other_cloud > { serve_api_elsewhere (vocabulary), serve_chat_elsewhere }
struct serve_chat_elsewhere : action<"serve ChatGPT on another cloud", kind_of<use_other_cloud>> {};

struct must_serve_api_elsewhere_2025_2030
    : obligation<openai, serve_api_elsewhere, api, term<year<2025>, year<2030>>> {
  static constexpr auto label = "O1 OpenAI must serve the API on a second cloud";
};
struct must_not_use_other_cloud_open
    : prohibition<openai, use_other_cloud, products, term<year<2019>>> {
  static constexpr auto label = "P1 OpenAI must not use another cloud";
};
struct must_not_use_other_cloud_2019_2025
    : prohibition<openai, use_other_cloud, products, term<year<2019>, year<2025>>> {
  static constexpr auto label = "P2 OpenAI must not use another cloud until 2025";
};
struct must_use_other_cloud_open : obligation<openai, use_other_cloud, hosting, term<year<2026>>> {
  static constexpr auto label = "O2 OpenAI must use another cloud for hosting";
};
struct must_not_serve_api_elsewhere_2027
    : prohibition<openai, serve_api_elsewhere, api, term<year<2027>, year<2028>>> {
  static constexpr auto label = "P3 OpenAI must not serve the API elsewhere in 2027";
};
struct must_not_serve_chat_elsewhere
    : prohibition<openai, serve_chat_elsewhere, products, term<year<2019>>> {
  static constexpr auto label = "P4 OpenAI must not serve ChatGPT elsewhere";
};
struct must_not_use_other_cloud_for_chat
    : prohibition<openai, use_other_cloud, chat, term<year<2019>>> {
  static constexpr auto label = "P5 OpenAI must not use another cloud for ChatGPT";
};
struct msft_must_not_use_other_cloud
    : prohibition<microsoft, use_other_cloud, products, term<year<2019>>> {
  static constexpr auto label = "P6 Microsoft must not use another cloud";
};
struct must_not_supply_models : prohibition<openai, supply_models, products, term<year<2019>>> {
  static constexpr auto label = "P7 OpenAI must not supply models";
};
struct may_serve_api_elsewhere
    : permission<openai, serve_api_elsewhere, api, term<year<2025>, year<2030>>> {
  static constexpr auto label = "M1 OpenAI may serve the API elsewhere";
};

// ---------------------------------------------------------------------------------------------

TEST_CASE("obligation_vs_prohibition: a consistent contract passes check",
          "[rules][obligation_vs_prohibition]") {
  using C = contract<"consistent", parties<openai, microsoft>, must_not_use_other_cloud_2019_2025,
                     must_serve_api_elsewhere_2025_2030, msft_must_not_use_other_cloud>;
  static_assert(covenant::check<C>);
  static_assert(covenant::check<C, covenant::strictness::strict>);
  STATIC_REQUIRE(findings<C>.size() == 0);
}

TEST_CASE("obligation_vs_prohibition: near misses", "[rules][obligation_vs_prohibition]") {
  // Touching terms: the prohibition ends as the obligation starts.
  using touching = contract<"t", parties<openai>, must_not_use_other_cloud_2019_2025,
                            must_serve_api_elsewhere_2025_2030>;
  STATIC_REQUIRE(findings<touching>.size() == 0);
  // Another party is prohibited.
  using other_party = contract<"p", parties<openai, microsoft>, must_serve_api_elsewhere_2025_2030,
                               msft_must_not_use_other_cloud>;
  STATIC_REQUIRE(findings<other_party>.size() == 0);
  // Sibling actions: serving ChatGPT elsewhere is not serving the API elsewhere.
  using sibling_actions = contract<"a", parties<openai>, must_serve_api_elsewhere_2025_2030,
                                   must_not_serve_chat_elsewhere>;
  STATIC_REQUIRE(findings<sibling_actions>.size() == 0);
  // Unrelated actions.
  using unrelated =
      contract<"u", parties<openai>, must_serve_api_elsewhere_2025_2030, must_not_supply_models>;
  STATIC_REQUIRE(findings<unrelated>.size() == 0);
  // Sibling scopes: the API obligation and the ChatGPT prohibition.
  using sibling_scopes = contract<"s", parties<openai>, must_serve_api_elsewhere_2025_2030,
                                  must_not_use_other_cloud_for_chat>;
  STATIC_REQUIRE(findings<sibling_scopes>.size() == 0);
  // A permission is not an obligation: permission_vs_prohibition reports this pair instead.
  using permitted =
      contract<"m", parties<openai>, must_not_use_other_cloud_open, may_serve_api_elsewhere>;
  STATIC_REQUIRE(findings<permitted>.count(rule::obligation_vs_prohibition) == 0);
  STATIC_REQUIRE(findings<permitted>.count(rule::permission_vs_prohibition) == 1);
}

TEST_CASE("obligation_vs_prohibition: obliged to a narrower action than is prohibited",
          "[rules][obligation_vs_prohibition]") {
  using C = contract<"c", parties<openai>, must_serve_api_elsewhere_2025_2030,
                     must_not_use_other_cloud_open>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  constexpr auto f = fs[0];
  STATIC_REQUIRE(f.id == rule::obligation_vs_prohibition);
  STATIC_REQUIRE(f.level == severity::error);
  STATIC_REQUIRE(f.first == 0);
  STATIC_REQUIRE(f.second == 1);
  STATIC_REQUIRE(f.from == day_of(2025));
  STATIC_REQUIRE(f.to == day_of(2030));
  STATIC_REQUIRE(f.scope_name() == "OpenAI API");
  STATIC_REQUIRE(f.first_label == "O1 OpenAI must serve the API on a second cloud");
  STATIC_REQUIRE(f.second_label == "P1 OpenAI must not use another cloud");
}

TEST_CASE(
    "obligation_vs_prohibition: obliged to a wider action than is prohibited, prohibition first",
    "[rules][obligation_vs_prohibition]") {
  using C =
      contract<"c", parties<openai>, must_not_serve_api_elsewhere_2027, must_use_other_cloud_open>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  constexpr auto f = fs[0];
  STATIC_REQUIRE(f.id == rule::obligation_vs_prohibition);
  // The obligation is named first.
  STATIC_REQUIRE(f.first == 1);
  STATIC_REQUIRE(f.second == 0);
  STATIC_REQUIRE(f.from == day_of(2027));
  STATIC_REQUIRE(f.to == day_of(2028));
  STATIC_REQUIRE(f.scope_name() == "OpenAI API");
  STATIC_REQUIRE(f.first_label == "O2 OpenAI must use another cloud for hosting");
  STATIC_REQUIRE(f.second_label == "P3 OpenAI must not serve the API elsewhere in 2027");
}

TEST_CASE("obligation_vs_prohibition: open-ended terms, several prohibitions, read at run time",
          "[rules][obligation_vs_prohibition][runtime]") {
  using C = contract<"c", parties<openai>, must_use_other_cloud_open, must_not_use_other_cloud_open,
                     must_not_serve_chat_elsewhere, must_not_supply_models,
                     must_not_use_other_cloud_2019_2025>;
  const auto& fs = findings<C>;
  REQUIRE(fs.size() == 2);
  REQUIRE(covenant::error_count<C> == 2);
  std::size_t seen_products = 0;
  std::size_t seen_chat = 0;
  for (const auto& f : fs) {
    REQUIRE(f.id == rule::obligation_vs_prohibition);
    REQUIRE(f.first == 0);
    REQUIRE(f.first_label == "O2 OpenAI must use another cloud for hosting");
    REQUIRE(f.from == day_of(2026));
    REQUIRE(f.to == end_of_time);
    REQUIRE(f.scope_name() == "OpenAI products"); // narrower than hosting
    if (f.second == 1) ++seen_products;
    if (f.second == 2) ++seen_chat;
  }
  REQUIRE(seen_products == 1);
  REQUIRE(seen_chat == 1); // serving ChatGPT elsewhere is a kind of using another cloud
}

} // namespace rules_obligation_vs_prohibition_test
