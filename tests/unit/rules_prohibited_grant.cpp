// Rule prohibited_grant: a party must not grant a right that a prohibition on it forbids it to
// grant (the grant_actions hierarchy: grant_rights > grant_exclusivity, grant_licence >
// grant_exclusive_licence, grant_first_refusal, grant_first_ship).
#include "../support/vocabulary.hpp"

#include <catch2/catch.hpp>

namespace rules_prohibited_grant_test {

using namespace test_vocabulary;
using covenant::day_of;
using covenant::findings;
using covenant::rule;

struct apple : party<"Apple"> {};
struct google : party<"Google"> {};
struct default_placement : scope<"default search placement", owned_by<apple>> {};
struct safari_placement : scope<"Safari default search", part_of<default_placement>> {};

struct no_exclusive_placement
    : prohibition<apple, grant_exclusivity, default_placement, term<year<2025>, year<2030>>> {
  static constexpr auto label = "P1 Apple grants no exclusive default placement";
};
struct no_grants_at_all
    : prohibition<apple, grant_rights, default_placement, term<year<2025>, year<2030>>> {
  static constexpr auto label = "P2 Apple grants no rights over default placement";
};
struct no_exclusive_licence
    : prohibition<apple, grant_exclusive_licence, default_placement, term<year<2025>, year<2030>>> {
  static constexpr auto label = "P3 Apple grants no exclusive licence of default placement";
};
struct google_exclusive
    : exclusivity<apple, google, safari_placement, term<year<2026>, year<2028>>> {
  static constexpr auto label = "G1 Safari default exclusive to Google";
};
struct google_exclusive_after
    : exclusivity<apple, google, safari_placement, term<year<2030>, year<2032>>> {
  static constexpr auto label = "G2 Safari default exclusive to Google from 2030";
};
struct google_licence
    : licence<apple, google, safari_placement, term<year<2026>, year<2028>>, non_exclusive> {
  static constexpr auto label = "G3 Safari default licensed to Google";
};
struct google_exclusive_licence
    : licence<apple, google, safari_placement, term<year<2026>, year<2028>>, exclusive> {
  static constexpr auto label = "G4 Safari default exclusively licensed to Google";
};
struct google_first_refusal
    : right_of_first_refusal<apple, google, safari_placement, term<year<2026>, year<2028>>> {
  static constexpr auto label = "G5 Google has first refusal on Safari default";
};
struct microsoft_exclusive
    : exclusivity<microsoft, google, azure_services, term<year<2026>, year<2028>>> {
  static constexpr auto label = "G6 unrelated exclusivity";
};

TEST_CASE("prohibited_grant: an exclusivity granted against a prohibition",
          "[rules][prohibited_grant]") {
  using C = contract<"c", parties<apple, google>, no_exclusive_placement, google_exclusive>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].id == rule::prohibited_grant);
  STATIC_REQUIRE(fs[0].is_error());
  STATIC_REQUIRE(fs[0].first == 1);
  STATIC_REQUIRE(fs[0].second == 0);
  STATIC_REQUIRE(fs[0].from == day_of(2026));
  STATIC_REQUIRE(fs[0].to == day_of(2028));
  STATIC_REQUIRE(fs[0].scope_name() == "Safari default search");
  STATIC_REQUIRE(fs[0].first_label == "G1 Safari default exclusive to Google");
  STATIC_REQUIRE(fs[0].second_label == "P1 Apple grants no exclusive default placement");
}

TEST_CASE("prohibited_grant: the action hierarchy decides what is forbidden",
          "[rules][prohibited_grant]") {
  // A ban on granting any right covers a first refusal and a plain licence.
  using any_right =
      contract<"a", parties<apple, google>, no_grants_at_all, google_first_refusal, google_licence>;
  STATIC_REQUIRE(findings<any_right>.count(rule::prohibited_grant) == 2);
  // A ban on exclusivities does not cover a non-exclusive licence...
  using plain_licence =
      contract<"p", parties<apple, google>, no_exclusive_placement, google_licence>;
  STATIC_REQUIRE(findings<plain_licence>.size() == 0);
  static_assert(covenant::check<plain_licence>);
  // ...but it covers an exclusive licence, which is an exclusivity too.
  using excl_licence =
      contract<"e", parties<apple, google>, no_exclusive_placement, google_exclusive_licence>;
  STATIC_REQUIRE(findings<excl_licence>.count(rule::prohibited_grant) == 1);
  // A ban on exclusive licences does not cover a plain exclusivity.
  using narrow_ban = contract<"n", parties<apple, google>, no_exclusive_licence, google_exclusive>;
  STATIC_REQUIRE(findings<narrow_ban>.size() == 0);
}

TEST_CASE("prohibited_grant: near misses", "[rules][prohibited_grant]") {
  // After the prohibition ends.
  using later =
      contract<"l", parties<apple, google>, no_exclusive_placement, google_exclusive_after>;
  STATIC_REQUIRE(findings<later>.size() == 0);
  // Another grantor, another scope.
  using other =
      contract<"o", parties<apple, google, microsoft>, no_exclusive_placement, microsoft_exclusive>;
  STATIC_REQUIRE(findings<other>.size() == 0);
  static_assert(covenant::check<other>);
}

} // namespace rules_prohibited_grant_test
