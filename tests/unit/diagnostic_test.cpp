// What check<C>'s diagnostic is made of: the hint naming the clauses by their labels, the other
// findings and how to list them, and the clauses clang's first error line names.
#include "../support/vocabulary.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace diagnostic_test {

using namespace test_vocabulary;
using covenant::rule;
using covenant::strictness;

struct resell : action<"resell"> {};

// The legitimate clause first: a plain licence, then an exclusive one that leaves it no room.
struct api_to_amazon : licence<openai, amazon, api, term<year<2025>, year<2030>>> {
  static constexpr auto label = "L1 API licensed to Amazon";
};
struct api_exclusive_to_msft : licence<openai, microsoft, api, term<year<2026>>, exclusive> {
  static constexpr auto label = "L2 API exclusive to Microsoft";
};
using licence_second = contract<"licence second", parties<openai, microsoft, amazon>, api_to_amazon,
                                api_exclusive_to_msft>;

// Three errors and a warning.
struct hosting_exclusive : exclusivity<openai, microsoft, hosting, term<year<2019>, year<2030>>> {
  static constexpr auto label = "X1 hosting exclusive on Azure";
};
struct api_on_oracle : permission<openai, use_other_cloud, api, term<year<2020>, year<2022>>> {
  static constexpr auto label = "X2 the API may run on Oracle";
};
struct chat_on_amazon : permission<openai, use_other_cloud, chat, term<year<2021>, year<2023>>> {
  static constexpr auto label = "X3 ChatGPT may run on Amazon";
};
struct msft_may_resell_api : permission<microsoft, resell, api, term<year<2025>>> {
  static constexpr auto label = "X4 Microsoft may resell the API";
};
using four_findings =
    contract<"four findings", parties<openai, microsoft, amazon>, hosting_exclusive, api_on_oracle,
             chat_on_amazon, msft_may_resell_api, api_to_amazon>;

TEST_CASE("diagnostic: the rules' table shows each hint with generic words for the clauses",
          "[diagnostic]") {
  STATIC_REQUIRE(covenant::describe(rule::exclusive_licence_overlap).hint ==
                 "make the exclusive licence non_exclusive, grant the other licence to the same "
                 "licensee, or separate the scopes or terms.");
  STATIC_REQUIRE(covenant::describe(rule::redundant_permission).hint ==
                 "drop the permission, or say what it adds beyond the exclusivity.");
  for (const auto& info : covenant::all_rules) {
    INFO(std::string(info.name));
    REQUIRE(info.hint.find('"') == std::string_view::npos);
    REQUIRE(info.hint.back() == '.');
  }
}

TEST_CASE("diagnostic: the hint g++ is shown names the clauses by their labels", "[diagnostic]") {
  using covenant::detail::labelled_hint;
  STATIC_REQUIRE(
      labelled_hint<rule::exclusive_licence_overlap, "L2 exclusive", "L1 plain">().view() ==
      "Hint: make \"L2 exclusive\" non_exclusive, grant \"L1 plain\" to "
      "the same licensee, or separate the scopes or terms.");
  STATIC_REQUIRE(labelled_hint<rule::undeclared_party, "S1 supply">().view() ==
                 "Hint: add the party to parties<...>, or correct \"S1 supply\".");
  // A hint that names no clause reads as the rules' table.
  STATIC_REQUIRE(labelled_hint<rule::revenue_share_over_100_percent, "R1">().view() ==
                 "Hint: lower a rate, narrow a base, or end one share before the other starts.");
}

/// Whether rule R's hint, as g++ is shown it, has the labels in the places of the clauses it names.
template <rule R>
constexpr bool names_its_clauses() {
  constexpr auto text = covenant::detail::labelled_hint<R, "FIRST", "SECOND">();
  bool first = false;
  bool second = false;
  for (const auto& p : covenant::rule_traits<R>::hint_pieces) {
    first = first || p.clause == 1;
    second = second || p.clause == 2;
  }
  const auto has = [&](std::string_view what) {
    return text.view().find(what) != std::string_view::npos;
  };
  return text.view().starts_with("Hint: ") && first == has("\"FIRST\"") &&
         second == has("\"SECOND\"");
}

/// Whether rule R's hint names at least one of the finding's clauses.
template <rule R>
constexpr bool names_a_clause() {
  for (const auto& p : covenant::rule_traits<R>::hint_pieces) {
    if (p.clause != 0) return true;
  }
  return false;
}

template <std::size_t... I>
constexpr bool every_hint_names_its_clauses(std::index_sequence<I...>) {
  return (names_its_clauses<static_cast<rule>(I)>() && ...);
}

template <std::size_t... I>
constexpr std::size_t hints_naming_no_clause(std::index_sequence<I...>) {
  return (std::size_t{0} + ... + (names_a_clause<static_cast<rule>(I)>() ? 0 : 1));
}

TEST_CASE("diagnostic: every rule's hint names the clauses it speaks of by their labels",
          "[diagnostic]") {
  constexpr auto every_rule = std::make_index_sequence<covenant::all_rules.size()>{};
  STATIC_REQUIRE(every_hint_names_its_clauses(every_rule));
  // Only a sum of shares and a missing label are better said without naming a clause.
  STATIC_REQUIRE(!names_a_clause<rule::revenue_share_over_100_percent>());
  STATIC_REQUIRE(!names_a_clause<rule::unlabelled_clause>());
  STATIC_REQUIRE(hints_naming_no_clause(every_rule) == 2);
}

TEST_CASE("diagnostic: the hint names the exclusive licence even when it is written second",
          "[diagnostic]") {
  using shown = covenant::detail::verdict<licence_second, strictness::standard>;
  STATIC_REQUIRE(shown::f.id == rule::exclusive_licence_overlap);
  STATIC_REQUIRE(std::is_same_v<shown::first_clause, api_exclusive_to_msft>);
  STATIC_REQUIRE(std::is_same_v<shown::second_clause, api_to_amazon>);
  STATIC_REQUIRE(
      std::is_same_v<shown::shown_type,
                     covenant::in_conflict<rule::exclusive_licence_overlap, api_exclusive_to_msft,
                                           api_to_amazon, covenant::other_findings<0, 0>>>);
  STATIC_REQUIRE(
      covenant::detail::labelled_hint<rule::exclusive_licence_overlap,
                                      covenant::detail::label_of<shown::first_clause>(),
                                      covenant::detail::label_of<shown::second_clause>()>()
          .view()
          .starts_with("Hint: make \"L2 API exclusive to Microsoft\" non_exclusive, "
                       "grant \"L1 API licensed to Amazon\" to the same licensee"));
  // clang is shown the same words, as pieces with the labels between them.
  using words = covenant::detail::clang_words<rule::exclusive_licence_overlap,
                                              api_exclusive_to_msft, api_to_amazon, 0, 0>;
  STATIC_REQUIRE(
      std::string_view(covenant::detail::hint_arg<rule::exclusive_licence_overlap, 0,
                                                  api_exclusive_to_msft, api_to_amazon>()) ==
      "make ");
  STATIC_REQUIRE(
      std::string_view(covenant::detail::hint_arg<rule::exclusive_licence_overlap, 1,
                                                  api_exclusive_to_msft, api_to_amazon>()) ==
      "L2 API exclusive to Microsoft");
  STATIC_REQUIRE(
      std::string_view(covenant::detail::hint_arg<rule::exclusive_licence_overlap, 3,
                                                  api_exclusive_to_msft, api_to_amazon>()) ==
      "L1 API licensed to Amazon");
  STATIC_REQUIRE(words::pieces.size() == 5);
}

TEST_CASE("diagnostic: the other findings and how to list them", "[diagnostic]") {
  using covenant::detail::other_findings_text;
  STATIC_REQUIRE(other_findings_text<0, 0>().view() == "The contract has no other finding.");
  STATIC_REQUIRE(other_findings_text<2, 1>().view() ==
                 "Besides this one, the contract has 2 other errors and 1 warning: list them all "
                 "with covenant::findings<C> or covenant::render::findings_markdown<C>().");
  STATIC_REQUIRE(other_findings_text<1, 12>().view().starts_with(
      "Besides this one, the contract has 1 other error and 12 warnings: "));
  STATIC_REQUIRE(other_findings_text<0, 10>().view().starts_with(
      "Besides this one, the contract has 0 other errors and 10 warnings: "));
}

TEST_CASE("diagnostic: the counts are the contract's findings besides the one shown",
          "[diagnostic]") {
  STATIC_REQUIRE(covenant::error_count<four_findings> == 3);
  STATIC_REQUIRE(covenant::warning_count<four_findings> == 1);
  using standard = covenant::detail::verdict<four_findings, strictness::standard>;
  STATIC_REQUIRE(standard::other_errors == 2);
  STATIC_REQUIRE(standard::other_warnings == 1);
  STATIC_REQUIRE(std::is_same_v<standard::others, covenant::other_findings<2, 1>>);
  STATIC_REQUIRE(standard::others_text.view().starts_with(
      "Besides this one, the contract has 2 other errors and 1 warning"));

  // Under the strict check a warning may be the one shown; the errors are then all "other".
  using warnings_only =
      contract<"warnings only", parties<openai, microsoft>, hosting_exclusive, msft_may_resell_api>;
  STATIC_REQUIRE(covenant::error_count<warnings_only> == 0);
  STATIC_REQUIRE(covenant::warning_count<warnings_only> == 1);
  using strict = covenant::detail::verdict<warnings_only, strictness::strict>;
  STATIC_REQUIRE(!strict::f.is_error());
  STATIC_REQUIRE(std::is_same_v<strict::others, covenant::other_findings<0, 0>>);
  STATIC_REQUIRE(strict::others_text.view() == "The contract has no other finding.");
}

} // namespace diagnostic_test
