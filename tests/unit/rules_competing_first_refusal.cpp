// Rule competing_first_refusal: two rights of first refusal to different holders over an
// overlapping scope at the same time cannot both be first.
#include "../support/vocabulary.hpp"

#include <catch2/catch.hpp>

#include <cstddef>

namespace rules_competing_first_refusal_test {

using namespace test_vocabulary;
using covenant::day_of;
using covenant::end_of_time;
using covenant::findings;
using covenant::rule;
using covenant::severity;

/// The first finding of rule `r` about contract C (check the count first).
template <typename C>
constexpr covenant::finding first_of(rule r) {
  for (const auto& f : findings<C>) {
    if (f.id == r) return f;
  }
  return {};
}

struct buy_elsewhere : action<"buy compute from another provider"> {};

struct msft_rofr_capacity_2019_2025
    : right_of_first_refusal<openai, microsoft, new_capacity, term<year<2019>, year<2025>>> {
  static constexpr auto label = "R1 Microsoft first refusal on new capacity until 2025";
};
struct msft_rofr_compute_open
    : right_of_first_refusal<openai, microsoft, cloud_compute, term<date<2025, 1, 21>>> {
  static constexpr auto label = "R2 Microsoft first refusal on all compute";
};
struct amazon_rofr_capacity_2025_2030
    : right_of_first_refusal<openai, amazon, new_capacity, term<year<2025>, year<2030>>> {
  static constexpr auto label = "R3 Amazon first refusal on new capacity";
};
struct amazon_rofr_research_open
    : right_of_first_refusal<openai, amazon, research_compute, term<year<2019>>> {
  static constexpr auto label = "R4 Amazon first refusal on research compute";
};
struct oracle_rofr_capacity_2027
    : right_of_first_refusal<openai, oracle, new_capacity, term<year<2027>, year<2029>>> {
  static constexpr auto label = "R5 Oracle first refusal on new capacity";
};
struct msft_rofr_capacity_open
    : right_of_first_refusal<openai, microsoft, new_capacity, term<year<2019>>> {
  static constexpr auto label = "R6 Microsoft first refusal on new capacity";
};
// The grantor may buy elsewhere once a refusal is declined: no unhandled_refusal warning.
struct openai_may_buy_elsewhere
    : permission<openai, buy_elsewhere, cloud_compute, term<year<2019>>> {
  static constexpr auto label = "R7 OpenAI may buy compute elsewhere";
};

// Microsoft gives OpenAI a first refusal on Microsoft's new capacity: the opposite direction.
struct openai_rofr_from_msft
    : right_of_first_refusal<microsoft, openai, new_capacity, term<year<2025>>> {
  static constexpr auto label = "R8 OpenAI first refusal on Microsoft capacity";
};
struct msft_may_sell_elsewhere
    : permission<microsoft, buy_elsewhere, new_capacity, term<year<2025>>> {
  static constexpr auto label = "R9 Microsoft may sell capacity elsewhere";
};

// ---------------------------------------------------------------------------------------------

TEST_CASE("competing_first_refusal: a consistent contract passes check",
          "[rules][competing_first_refusal]") {
  using C =
      contract<"consistent", parties<openai, microsoft, amazon>, msft_rofr_capacity_2019_2025,
               amazon_rofr_capacity_2025_2030, amazon_rofr_research_open, openai_may_buy_elsewhere>;
  static_assert(covenant::check<C>);
  static_assert(covenant::check<C, covenant::strictness::strict>);
  STATIC_REQUIRE(findings<C>.size() == 0);
}

TEST_CASE("competing_first_refusal: near misses", "[rules][competing_first_refusal]") {
  // Touching terms: [2019, 2025) then [2025, 2030).
  using touching = contract<"t", parties<openai, microsoft, amazon>, msft_rofr_capacity_2019_2025,
                            amazon_rofr_capacity_2025_2030>;
  STATIC_REQUIRE(findings<touching>.count(rule::competing_first_refusal) == 0);
  STATIC_REQUIRE(covenant::consistent<touching>);
  // Disjoint siblings: new capacity and research compute.
  using siblings = contract<"s", parties<openai, microsoft, amazon>, msft_rofr_capacity_open,
                            amazon_rofr_research_open>;
  STATIC_REQUIRE(findings<siblings>.count(rule::competing_first_refusal) == 0);
  STATIC_REQUIRE(covenant::consistent<siblings>);
  // The same holder twice over nested scopes.
  using same =
      contract<"m", parties<openai, microsoft>, msft_rofr_compute_open, msft_rofr_capacity_open>;
  STATIC_REQUIRE(findings<same>.count(rule::competing_first_refusal) == 0);
  STATIC_REQUIRE(covenant::consistent<same>);
}

TEST_CASE("competing_first_refusal: an open-ended right over a wider scope",
          "[rules][competing_first_refusal]") {
  using C = contract<"c", parties<openai, microsoft, amazon>, msft_rofr_compute_open,
                     amazon_rofr_capacity_2025_2030, openai_may_buy_elsewhere>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  constexpr auto f = fs[0];
  STATIC_REQUIRE(f.id == rule::competing_first_refusal);
  STATIC_REQUIRE(f.level == severity::error);
  STATIC_REQUIRE(f.first == 0);
  STATIC_REQUIRE(f.second == 1);
  STATIC_REQUIRE(f.from == day_of(2025, 1, 21));
  STATIC_REQUIRE(f.to == day_of(2030));
  STATIC_REQUIRE(f.scope_name() == "new compute capacity");
  STATIC_REQUIRE(f.first_label == "R2 Microsoft first refusal on all compute");
  STATIC_REQUIRE(f.second_label == "R3 Amazon first refusal on new capacity");
}

TEST_CASE("competing_first_refusal: the narrower right written first",
          "[rules][competing_first_refusal]") {
  using C = contract<"c", parties<openai, microsoft, amazon>, amazon_rofr_research_open,
                     msft_rofr_compute_open, openai_may_buy_elsewhere>;
  STATIC_REQUIRE(findings<C>.count(rule::competing_first_refusal) == 1);
  constexpr auto f = first_of<C>(rule::competing_first_refusal);
  STATIC_REQUIRE(f.first == 0);
  STATIC_REQUIRE(f.second == 1);
  STATIC_REQUIRE(f.from == day_of(2025, 1, 21));
  STATIC_REQUIRE(f.to == end_of_time);
  STATIC_REQUIRE(f.scope_name() == "research and training compute");
  STATIC_REQUIRE(f.first_label == "R4 Amazon first refusal on research compute");
  STATIC_REQUIRE(f.second_label == "R2 Microsoft first refusal on all compute");
}

TEST_CASE("competing_first_refusal: three holders make three pairs, read at run time",
          "[rules][competing_first_refusal][runtime]") {
  using C =
      contract<"c", parties<openai, microsoft, amazon, oracle>, msft_rofr_capacity_open,
               amazon_rofr_capacity_2025_2030, oracle_rofr_capacity_2027, openai_may_buy_elsewhere>;
  const auto& fs = findings<C>;
  REQUIRE(fs.size() == 3);
  REQUIRE(fs.count(rule::competing_first_refusal) == 3);
  REQUIRE(fs.count(severity::error) == 3);
  struct pair_window {
    std::size_t first, second;
    covenant::day from, to;
  };
  const pair_window expected[] = {{0, 1, day_of(2025), day_of(2030)},
                                  {0, 2, day_of(2027), day_of(2029)},
                                  {1, 2, day_of(2027), day_of(2029)}};
  std::size_t i = 0;
  for (const auto& f : fs) {
    REQUIRE(f.scope_name() == "new compute capacity");
    REQUIRE(f.first == expected[i].first);
    REQUIRE(f.second == expected[i].second);
    REQUIRE(f.from == expected[i].from);
    REQUIRE(f.to == expected[i].to);
    ++i;
  }
}

// Regression (fixed in afe1a4b; the rule did not compare grantors and reported this pair).
// Microsoft giving OpenAI a first refusal on Microsoft's new capacity does not compete with OpenAI
// giving Microsoft a first refusal on the capacity OpenAI buys: each grantor has one first holder.
TEST_CASE("competing_first_refusal: rights granted by different grantors do not compete",
          "[rules][competing_first_refusal]") {
  using C = contract<"c", parties<openai, microsoft>, msft_rofr_capacity_open,
                     openai_rofr_from_msft, openai_may_buy_elsewhere, msft_may_sell_elsewhere>;
  REQUIRE(findings<C>.count(rule::competing_first_refusal) == 0);
}

} // namespace rules_competing_first_refusal_test
