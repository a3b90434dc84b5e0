// Rule unlabelled_clause (warning): a clause without a label, or with the label of another clause.
// Duplicates come from a table built once per contract from a hash of the labels, not from a
// comparison of every pair.
#include "../support/numbered_label.hpp"
#include "../support/vocabulary.hpp"

#include <catch2/catch.hpp>

#include <array>
#include <cstddef>
#include <utility>

namespace rules_unlabelled_clause_test {

using namespace test_vocabulary;
using covenant::findings;
using covenant::rule;
using covenant::severity;
using covenant::strictness;

struct api_licence : licence<openai, microsoft, api, term<year<2019>>> {
  static constexpr auto label = "u1 API licence";
};
struct chat_licence : licence<openai, microsoft, chat, term<year<2019>>> {
  static constexpr auto label = "u2 ChatGPT licence";
};
struct capacity_licence_same_label : licence<openai, microsoft, new_capacity, term<year<2019>>> {
  static constexpr auto label = "u1 API licence";
};
struct research_licence_same_label
    : licence<openai, microsoft, research_compute, term<year<2019>>> {
  static constexpr auto label = "u1 API licence";
};
struct unlabelled_licence : licence<openai, microsoft, research_compute, term<year<2019>>> {};
struct other_unlabelled_licence : licence<openai, microsoft, new_capacity, term<year<2019>>> {};
// Labels that differ only in case, or one a prefix of the other, are different labels.
struct upper_case : licence<openai, microsoft, new_capacity, term<year<2019>>> {
  static constexpr auto label = "U1 API LICENCE";
};
struct prefix : licence<openai, microsoft, hosting, term<year<2019>>> {
  static constexpr auto label = "u1";
};

template <typename C>
constexpr std::size_t count_of_rule() {
  return findings<C>.count(rule::unlabelled_clause);
}

TEST_CASE("unlabelled_clause: distinct labels give no finding", "[rules][unlabelled_clause]") {
  using C =
      contract<"c", parties<openai, microsoft>, api_licence, chat_licence, upper_case, prefix>;
  STATIC_REQUIRE(count_of_rule<C>() == 0);
  STATIC_REQUIRE(covenant::strictly_consistent<C>);
  STATIC_REQUIRE(covenant::check<C, strictness::strict>);
}

TEST_CASE("unlabelled_clause: a clause without a label is a warning about it alone",
          "[rules][unlabelled_clause]") {
  using C = contract<"c", parties<openai, microsoft>, api_licence, unlabelled_licence,
                     other_unlabelled_licence>;
  STATIC_REQUIRE(count_of_rule<C>() == 2);
  STATIC_REQUIRE(covenant::consistent<C>);
  STATIC_REQUIRE(!covenant::strictly_consistent<C>);
  STATIC_REQUIRE(covenant::check<C>);
  constexpr auto f = findings<C>[0];
  STATIC_REQUIRE(f.id == rule::unlabelled_clause);
  STATIC_REQUIRE(f.level == severity::warning);
  STATIC_REQUIRE(f.first == 1);
  STATIC_REQUIRE(f.second == 1);
  STATIC_REQUIRE(findings<C>[1].first == 2);
  STATIC_REQUIRE(findings<C>[1].second == 2);
  // Two clauses without labels are not also reported as sharing the label "".
  STATIC_REQUIRE(findings<C>.size() == 2);
}

TEST_CASE("unlabelled_clause: clauses with one label are reported in pairs, in order",
          "[rules][unlabelled_clause]") {
  using C = contract<"c", parties<openai, microsoft>, api_licence, chat_licence,
                     capacity_licence_same_label, research_licence_same_label>;
  STATIC_REQUIRE(count_of_rule<C>() == 2);
  STATIC_REQUIRE(covenant::consistent<C>);
  STATIC_REQUIRE(covenant::warning_count<C> == 2);
  // From the first clause with the label, naming the next one; then from that one.
  STATIC_REQUIRE(findings<C>[0].first == 0);
  STATIC_REQUIRE(findings<C>[0].second == 2);
  STATIC_REQUIRE(findings<C>[1].first == 2);
  STATIC_REQUIRE(findings<C>[1].second == 3);
  STATIC_REQUIRE(findings<C>[0].first_label == "u1 API licence");
  STATIC_REQUIRE(findings<C>[0].second_label == "u1 API licence");
}

TEST_CASE("unlabelled_clause: the same clause type twice shares its label",
          "[rules][unlabelled_clause]") {
  using C = contract<"c", parties<openai, microsoft>, api_licence, api_licence>;
  STATIC_REQUIRE(count_of_rule<C>() == 1);
  STATIC_REQUIRE(findings<C>.count(rule::duplicate_clause) == 1);
}

// Each in a month of its own: no two clauses meet, so that only the labels are at stake.
template <int I, bool Twin>
struct numbered_licence
    : licence<openai, microsoft, api,
              term<date<2000 + I / 12, 1 + I % 12, 1>, date<2000 + I / 12, 1 + I % 12, 20>>> {
  // With Twin, clause 399 repeats clause 7's label.
  static constexpr const char* label = test_support::numbered_label < (Twin && I == 399) ? 7 : I > ;
};

template <bool Twin, typename Seq>
struct numbered_licences;
template <bool Twin, int... Is>
struct numbered_licences<Twin, std::integer_sequence<int, Is...>> {
  using type = contract<"numbered", parties<openai, microsoft>, numbered_licence<Is, Twin>...>;
};

TEST_CASE("unlabelled_clause: a 400-clause contract is checked in one pass over its labels",
          "[rules][unlabelled_clause][scale]") {
  using distinct = numbered_licences<false, std::make_integer_sequence<int, 400>>::type;
  using twin = numbered_licences<true, std::make_integer_sequence<int, 400>>::type;
  STATIC_REQUIRE(std::string_view(distinct::records[123].label) == "n123");
  STATIC_REQUIRE(count_of_rule<distinct>() == 0);
  STATIC_REQUIRE(covenant::check<distinct, strictness::strict>);
  STATIC_REQUIRE(count_of_rule<twin>() == 1);
  STATIC_REQUIRE(findings<twin>[0].first == 7);
  STATIC_REQUIRE(findings<twin>[0].second == 399);
  // The table itself: every clause but 7 has no twin.
  STATIC_REQUIRE(covenant::detail::label_twin_table<twin>[7] == 399);
  STATIC_REQUIRE(covenant::detail::label_twin_table<twin>[399] == 400);
  STATIC_REQUIRE(covenant::detail::label_twin_table<twin>[8] == 400);
}

} // namespace rules_unlabelled_clause_test
