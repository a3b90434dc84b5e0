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

// The partnership's scopes are cut by cloud (where) and by customers (how) where the reports cut
// them: the clauses meet exactly where those cuts say.
namespace amend_example_dimensions {

using namespace microsoft_openai;
using covenant::detail::entity_ptr;
using covenant::detail::overlaps;

struct api_on_azure : scope<"the OpenAI API on Azure", of<api_hosting>, in<azure>> {};
struct api_elsewhere : scope<"the OpenAI API on other clouds", of<api_hosting>, in<other_clouds>> {
};
struct first_party_elsewhere
    : scope<"first-party products on other clouds", of<first_party_hosting>, in<other_clouds>> {};
struct api_on_oracle : scope<"the OpenAI API on Oracle", of<api_hosting>, in<oracle_cloud>> {};

template <typename C>
constexpr const covenant::clause_record& record() {
  return covenant::record_of<C>;
}

TEST_CASE("example: the API exclusivity meets the API on any cloud, not products elsewhere",
          "[example][dimensions]") {
  constexpr auto* v3_api = record<v3_api_exclusivity>().scope;
  STATIC_REQUIRE(overlaps(entity_ptr<api_on_azure>(), v3_api));
  STATIC_REQUIRE(overlaps(entity_ptr<api_elsewhere>(), v3_api));
  STATIC_REQUIRE_FALSE(overlaps(entity_ptr<first_party_elsewhere>(), v3_api));
  // V3's permissions: non-API products anywhere, the API for US national security anywhere.
  STATIC_REQUIRE_FALSE(overlaps(record<v3_non_api_any_cloud>().scope, v3_api));
  STATIC_REQUIRE_FALSE(overlaps(record<v3_national_security>().scope, v3_api));
  STATIC_REQUIRE_FALSE(overlaps(record<v3_national_security>().scope,
                                record<v35_stateless_api_exclusivity>().scope));
  // V2's exclusivity had no carve-out for national security; V4's any-cloud meets every one.
  STATIC_REQUIRE(
      overlaps(record<v3_national_security>().scope, record<v2_api_exclusivity>().scope));
  STATIC_REQUIRE(overlaps(record<v4_any_cloud>().scope, v3_api));
  STATIC_REQUIRE(
      overlaps(record<v4_any_cloud>().scope, record<v35_stateless_api_exclusivity>().scope));
}

TEST_CASE("example: Oracle's new capacity is cut out of the cloud exclusivity, nothing more",
          "[example][dimensions]") {
  constexpr auto* v15_capacity = record<v15_azure_exclusivity>().scope;
  constexpr auto* v15_products = record<v15_products_on_azure>().scope;
  constexpr auto* v15_research = record<v15_research_on_azure>().scope;
  constexpr auto* oracle = record<v15_oracle>().scope;
  // The permission falls outside V1.5's exclusivities (by where for new capacity, by what for
  // the rest), though inside V0's.
  STATIC_REQUIRE_FALSE(overlaps(oracle, v15_capacity));
  STATIC_REQUIRE_FALSE(overlaps(oracle, v15_products));
  STATIC_REQUIRE_FALSE(overlaps(oracle, v15_research));
  STATIC_REQUIRE(overlaps(oracle, record<v0_azure_exclusivity>().scope));
  // The API stays exclusive on every cloud, Oracle's included.
  STATIC_REQUIRE(overlaps(entity_ptr<api_on_azure>(), v15_products));
  STATIC_REQUIRE(overlaps(entity_ptr<api_elsewhere>(), v15_products));
  STATIC_REQUIRE(overlaps(entity_ptr<api_on_oracle>(), v15_products));
  STATIC_REQUIRE_FALSE(overlaps(entity_ptr<api_on_oracle>(), v15_capacity));
  // New capacity elsewhere is still Azure's.
  STATIC_REQUIRE(overlaps(entity_ptr<capacity_on_other_clouds>(), v15_capacity));
  // The Oracle permission is about new capacity: it never meets the API's exclusivity, but it
  // does meet Microsoft's first refusal on new capacity.
  STATIC_REQUIRE_FALSE(overlaps(oracle, record<v2_api_exclusivity>().scope));
  STATIC_REQUIRE(overlaps(oracle, record<v2_first_refusal>().scope));
}

TEST_CASE("example: who holds the API on other clouds, by customers, version by version",
          "[example][dimensions]") {
  using covenant::clause_kind;
  const auto on = covenant::day_of(2026, 1, 1);
  const auto before_v3 = covenant::day_of(2025, 6, 1);
  STATIC_REQUIRE(covenant::holder_of<v2>(clause_kind::exclusivity,
                                         national_security_api_on_other_clouds{}, before_v3)
                     .is(microsoft{}));
  STATIC_REQUIRE(
      covenant::holder_of<v3>(clause_kind::exclusivity, api_on_other_clouds{}, on).is(microsoft{}));
  STATIC_REQUIRE_FALSE(covenant::holder_of<v3>(clause_kind::exclusivity,
                                               national_security_api_on_other_clouds{}, on));
  STATIC_REQUIRE_FALSE(covenant::holder_of<v3>(clause_kind::exclusivity, api_hosting{}, on));
  STATIC_REQUIRE(covenant::holder_of<v15>(clause_kind::exclusivity, capacity_on_other_clouds{},
                                          covenant::day_of(2024, 7, 1))
                     .is(microsoft{}));
  STATIC_REQUIRE_FALSE(covenant::holder_of<v15>(clause_kind::exclusivity, oracle_capacity{},
                                                covenant::day_of(2024, 7, 1)));
  STATIC_REQUIRE(covenant::holder_of<v1>(clause_kind::exclusivity, oracle_capacity{},
                                         covenant::day_of(2024, 7, 1))
                     .is(microsoft{}));
}

// A clause on the API for all customers on other clouds breaks V3's exclusivity; one on
// first-party products there, or on the API for national security, does not.
struct api_elsewhere_for_all
    : permission<openai, use_other_cloud, api_elsewhere, term<date<2025, 11, 1>>> {
  static constexpr auto label = "draft: the API on other clouds for every customer";
};
struct first_party_elsewhere_too
    : permission<openai, use_other_cloud, first_party_elsewhere, term<date<2025, 11, 1>>> {
  static constexpr auto label = "draft: first-party products on other clouds";
};
struct api_on_oracle_draft
    : permission<openai, use_other_cloud, api_on_oracle, term<date<2024, 7, 1>>> {
  static constexpr auto label = "draft: the API on Oracle";
};

TEST_CASE("example: drafts meet the exclusivities where the cuts say", "[example][dimensions]") {
  using with_api = covenant::amend<v3, covenant::add<api_elsewhere_for_all>>;
  using with_first_party = covenant::amend<v3, covenant::add<first_party_elsewhere_too>>;
  using v15_with_api_on_oracle = covenant::amend<v15, covenant::add<api_on_oracle_draft>>;
  STATIC_REQUIRE_FALSE(covenant::consistent<with_api>);
  STATIC_REQUIRE(covenant::findings<with_api>[0].id == covenant::rule::exclusivity_conflict);
  STATIC_REQUIRE(covenant::consistent<with_first_party>);
  // Oracle's cloud is open to OpenAI for new capacity only: the API may not run there.
  STATIC_REQUIRE_FALSE(covenant::consistent<v15_with_api_on_oracle>);
  STATIC_REQUIRE(covenant::findings<v15_with_api_on_oracle>[0].id ==
                 covenant::rule::exclusivity_conflict);
}

} // namespace amend_example_dimensions
