// Scopes cut across dimensions (what × where × how): overlap, containment, ownership, the
// candidate index, and the rules that only a second dimension lets fire.
#include "support/index_check.hpp"
#include "support/vocabulary.hpp"

#include <covenant/render.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <string>
#include <utility>

namespace dimensions_test {

using covenant::day_of;
using covenant::findings;
using covenant::rule;
using namespace covenant;

struct label_co : party<"Label"> {};
struct service : party<"Service"> {};
struct rival : party<"Rival"> {};

struct catalogue : scope<"the catalogue", owned_by<label_co>> {};
struct new_releases : scope<"new releases", part_of<catalogue>> {};
struct back_catalogue : scope<"back catalogue", part_of<catalogue>> {};
struct worldwide : territory<"worldwide"> {};
struct eu : territory<"EU", part_of<worldwide>> {};
struct france : territory<"France", part_of<eu>> {};
struct us : territory<"US", part_of<worldwide>> {};
struct digital : channel<"digital"> {};
struct streaming : channel<"streaming", part_of<digital>> {};
struct download : channel<"download", part_of<digital>> {};

struct eu_catalogue : scope<"the catalogue in the EU", of<catalogue>, in<eu>> {};
struct world_new : scope<"new releases worldwide", of<new_releases>, in<worldwide>> {};
struct us_new : scope<"new releases in the US", of<new_releases>, in<us>> {};
struct eu_streaming : scope<"EU streaming", in<eu>, via<streaming>> {};
struct downloads : scope<"downloads", via<download>> {};
struct french_streaming_of_new
    : scope<"French streaming of new releases", of<new_releases>, in<france>, via<streaming>> {};

template <typename S>
constexpr const covenant::detail::entity* e = covenant::detail::entity_ptr<S>();

TEST_CASE("dimensions: overlap in every dimension both constrain", "[dimensions]") {
  using covenant::detail::overlaps;
  // new releases ⊂ catalogue, EU ⊂ worldwide: the two overlap although neither contains the other.
  STATIC_REQUIRE(overlaps(e<eu_catalogue>, e<world_new>));
  // The US and the EU are siblings: no overlap whatever the catalogue.
  STATIC_REQUIRE(!overlaps(e<eu_catalogue>, e<us_new>));
  // A dimension left open never separates: EU streaming (any asset) meets the EU catalogue.
  STATIC_REQUIRE(overlaps(e<eu_catalogue>, e<eu_streaming>));
  STATIC_REQUIRE(overlaps(e<eu_catalogue>, e<downloads>));
  STATIC_REQUIRE(!overlaps(e<eu_streaming>, e<downloads>));
  // Plain scopes are "what": the catalogue meets every cut of it, the EU every cut in it.
  STATIC_REQUIRE(overlaps(e<catalogue>, e<us_new>));
  STATIC_REQUIRE(overlaps(e<eu>, e<french_streaming_of_new>));
  STATIC_REQUIRE(!overlaps(e<us>, e<french_streaming_of_new>));
  // A territory and a channel constrain different dimensions: they always overlap.
  STATIC_REQUIRE(overlaps(e<us>, e<streaming>));
  // Plain scopes of one dimension keep their tree semantics.
  STATIC_REQUIRE(!overlaps(e<new_releases>, e<back_catalogue>));
}

TEST_CASE("dimensions: within means within in every dimension the outer one constrains",
          "[dimensions]") {
  using covenant::detail::within;
  STATIC_REQUIRE(within(e<french_streaming_of_new>, e<eu_catalogue>));
  STATIC_REQUIRE(within(e<french_streaming_of_new>, e<eu_streaming>));
  STATIC_REQUIRE(within(e<eu_catalogue>, e<catalogue>));
  STATIC_REQUIRE(within(e<eu_catalogue>, e<eu>));
  STATIC_REQUIRE(!within(e<catalogue>, e<eu_catalogue>));
  STATIC_REQUIRE(!within(e<world_new>, e<eu_catalogue>));
  STATIC_REQUIRE(!within(e<eu_streaming>, e<eu_catalogue>)); // it leaves "what" open
  STATIC_REQUIRE(within(e<eu_catalogue>, e<eu_catalogue>));
}

TEST_CASE("dimensions: ownership comes from the coordinates", "[dimensions]") {
  STATIC_REQUIRE(covenant::detail::owner_of(e<eu_catalogue>) == e<label_co>);
  STATIC_REQUIRE(covenant::detail::owner_of(e<french_streaming_of_new>) == e<label_co>);
  STATIC_REQUIRE(covenant::detail::owner_of(e<eu_streaming>) == nullptr);
}

struct service_eu
    : licence<label_co, service, eu_catalogue, term<year<2026>, year<2030>>, exclusive> {
  static constexpr auto label = "D1 the catalogue in the EU, exclusive to the service";
};
struct rival_world_new
    : licence<label_co, rival, world_new, term<year<2027>, year<2029>>, exclusive> {
  static constexpr auto label = "D2 new releases worldwide, exclusive to the rival";
};
struct rival_us_new : licence<label_co, rival, us_new, term<year<2027>, year<2029>>, exclusive> {
  static constexpr auto label = "D3 new releases in the US, exclusive to the rival";
};
struct rival_eu_streaming
    : licence<label_co, rival, eu_streaming, term<year<2027>, year<2029>>, non_exclusive> {
  static constexpr auto label = "D4 EU streaming of anything, to the rival";
};
struct rival_downloads_excl
    : exclusivity<label_co, rival, downloads, term<year<2027>, year<2029>>> {
  static constexpr auto label = "D5 downloads reserved to the rival";
};
// The service sublicenses French streaming of new releases: covered by its EU licence only if
// that licence is sublicensable.
struct service_eu_sub : licence<label_co, service, eu_catalogue, term<year<2026>, year<2030>>,
                                exclusive, sublicensable> {
  static constexpr auto label = "D6 the catalogue in the EU, exclusive and sublicensable";
};
struct service_sublicenses
    : licence<service, rival, french_streaming_of_new, term<year<2027>, year<2029>>> {
  static constexpr auto label = "D7 the service sublicenses French streaming of new releases";
};
struct service_sublicenses_us : licence<service, rival, us_new, term<year<2027>, year<2029>>> {
  static constexpr auto label = "D8 the service sublicenses new releases in the US";
};

TEST_CASE("dimensions: rules see overlaps that only a second dimension reveals",
          "[dimensions][rules]") {
  using clash = contract<"c", parties<label_co, service, rival>, service_eu, rival_world_new>;
  constexpr auto fs = findings<clash>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].id == rule::exclusive_licence_overlap);
  STATIC_REQUIRE(fs[0].from == day_of(2027));
  STATIC_REQUIRE(fs[0].to == day_of(2029));
  // Sibling territories: no overlap.
  using apart = contract<"a", parties<label_co, service, rival>, service_eu, rival_us_new>;
  STATIC_REQUIRE(findings<apart>.size() == 0);
  static_assert(covenant::check<apart>);
  // A licence that leaves "what" open still meets the exclusive one in the EU.
  using open_what =
      contract<"o", parties<label_co, service, rival>, service_eu, rival_eu_streaming>;
  STATIC_REQUIRE(findings<open_what>.count(rule::exclusive_licence_overlap) == 1);
  // An exclusivity over downloads anywhere meets the EU licence (all channels).
  using channels =
      contract<"h", parties<label_co, service, rival>, service_eu, rival_downloads_excl>;
  STATIC_REQUIRE(findings<channels>.count(rule::exclusivity_conflict) == 1);
}

TEST_CASE("dimensions: grant_without_right works per dimension", "[dimensions][rules]") {
  // Within the EU licence in every dimension, and sublicensable: entitled.
  using entitled =
      contract<"e", parties<label_co, service, rival>, service_eu_sub, service_sublicenses>;
  STATIC_REQUIRE(findings<entitled>.count(rule::grant_without_right) == 0);
  // Not sublicensable: not entitled.
  using plain = contract<"p", parties<label_co, service, rival>, service_eu, service_sublicenses>;
  STATIC_REQUIRE(findings<plain>.count(rule::grant_without_right) == 1);
  // The US lies outside the EU licence: not entitled, although the catalogue is covered.
  using outside =
      contract<"u", parties<label_co, service, rival>, service_eu_sub, service_sublicenses_us>;
  STATIC_REQUIRE(findings<outside>.count(rule::grant_without_right) == 1);
}

// The candidate index files clauses by their "what" coordinate and filters on the others; it must
// list exactly the pairs that may meet, with cut scopes, open dimensions and plain scopes mixed.
template <int I>
struct mixed_scope {
  using type = eu_catalogue;
};
template <int I>
requires(I % 6 == 1) struct mixed_scope<I> {
  using type = world_new;
};
template <int I>
requires(I % 6 == 2) struct mixed_scope<I> {
  using type = us_new;
};
template <int I>
requires(I % 6 == 3) struct mixed_scope<I> {
  using type = eu_streaming;
};
template <int I>
requires(I % 6 == 4) struct mixed_scope<I> {
  using type = downloads;
};
template <int I>
requires(I % 6 == 5) struct mixed_scope<I> {
  using type = back_catalogue;
};

template <int I>
struct mixed_licence
    : licence<label_co, service, typename mixed_scope<I>::type,
              term<year<2000 + (I * 7) % 30>, year<2000 + (I * 7) % 30 + 1 + I % 5>>> {
  static constexpr auto label = "generated licence";
};

template <typename Seq>
struct mixed;
template <int... Is>
struct mixed<std::integer_sequence<int, Is...>> {
  using type = contract<"mixed", parties<label_co, service>, mixed_licence<Is>...>;
};

using test_support::index_is_exact;

TEST_CASE("dimensions: the candidate index is exact with cut scopes", "[dimensions][engine]") {
  using C = mixed<std::make_integer_sequence<int, 60>>::type;
  STATIC_REQUIRE(index_is_exact<C>());
}

TEST_CASE("dimensions: documents name the coordinates", "[dimensions][render]") {
  const std::string text = covenant::render::sentence(service_eu::record);
  REQUIRE(text == "Label grants Service an exclusive licence to the catalogue in the EU (what: the "
                  "catalogue; where: EU; how: any), from 2026-01-01 through 2029-12-31.");
}

} // namespace dimensions_test
