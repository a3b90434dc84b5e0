// The Microsoft-OpenAI example's V4 is a dated amendment of V3.5 (effective 2026-04-27): before
// that day it answers as V3.5 does; OpenAI's revenue share runs on across it at the same rate.
#include "../../examples/microsoft_openai/versions.hpp"

#include <catch2/catch.hpp>

#include <array>
#include <set>
#include <string_view>

namespace amend_example_test {

using namespace microsoft_openai;

template <typename C>
std::set<std::string_view> labels_in_force(covenant::day on, const covenant::scenario& s = {}) {
  std::set<std::string_view> out;
  for (std::size_t i : covenant::in_force<C>(on, s)) out.insert(C::records[i].label);
  return out;
}

constexpr covenant::scenario agi_in_2026{{agi_declared{}, covenant::day_of(2026, 3, 15)},
                                         {agi_verified{}, covenant::day_of(2026, 3, 15)}};

TEST_CASE("example: V4 in force before 2026-04-27 is V3.5", "[amend][dated][example]") {
  const auto march_1 = covenant::day_of(2026, 3, 1);
  REQUIRE(labels_in_force<v4>(march_1) == labels_in_force<v35>(march_1));
  REQUIRE(labels_in_force<v4>(march_1).count(
              "V3.5 Azure exclusive for stateless APIs, third-party collaborations included "
              "[FACTS V3.5]") == 1);
  REQUIRE(labels_in_force<v4>(march_1).count(
              "V3 IP licence of models and products through 2032, post-AGI included [FACTS V3]") ==
          1);
  for (const auto on : {covenant::day_of(2025, 11, 1), covenant::day_of(2026, 4, 26)}) {
    REQUIRE(labels_in_force<v4>(on) == labels_in_force<v35>(on));
    REQUIRE(labels_in_force<v4>(on, agi_in_2026) == labels_in_force<v35>(on, agi_in_2026));
  }
  // From that day on, the stateless-API exclusivity is over.
  STATIC_REQUIRE(covenant::is_in_force<v4, v35_stateless_api_exclusivity>(march_1));
  STATIC_REQUIRE_FALSE(
      covenant::is_in_force<v4, v35_stateless_api_exclusivity>(covenant::day_of(2026, 4, 27)));
  STATIC_REQUIRE(covenant::is_in_force<v4, v4_any_cloud>(covenant::day_of(2026, 4, 27)));
}

TEST_CASE("example: V4 continues OpenAI's revenue share, its cap counting 2026 from January",
          "[amend][dated][example]") {
  constexpr std::array<covenant::revenue_in, 4> revenue{
      {{2026, 30'000}, {2027, 60'000}, {2028, 100'000}, {2029, 150'000}}};
  constexpr auto v35_owed = covenant::payments<v35>(openai{}, microsoft{}, revenue);
  constexpr auto v4_owed = covenant::payments<v4>(openai{}, microsoft{}, revenue);
  STATIC_REQUIRE(v35_owed[0].due == 6'000);
  STATIC_REQUIRE(v4_owed[0].due == 6'000);
  STATIC_REQUIRE(v4_owed[1].due == 12'000);
  // The $38B placeholder cap is reached in 2028: 6,000 + 12,000 + 20,000.
  STATIC_REQUIRE(v4_owed[2].cumulative == 38'000);
  STATIC_REQUIRE(v4_owed[3].due == 0);
  STATIC_REQUIRE(v4_owed[3].capped);
}

} // namespace amend_example_test
