// Rule outlives_termination: when a trigger ends the contract at an event, every clause must end
// at that event (until<event>, earliest<date, event>, or ends<...> on that event) or be named in
// surviving<...>. One finding per clause and per contract-ending trigger.
#include "../support/vocabulary.hpp"

#include <catch2/catch.hpp>

namespace rules_outlives_termination_test {

using namespace test_vocabulary;
using covenant::day_of;
using covenant::end_of_time;
using covenant::findings;
using covenant::rule;
using covenant::severity;

template <typename E>
constexpr const covenant::detail::entity* id = covenant::detail::entity_ptr<E>();

struct terminated : event<"the contract is terminated"> {};
struct agi : event<"AGI is declared"> {};
struct disclose : action<"disclose confidential information"> {};

struct model_licence : licence<openai, microsoft, models, term<year<2019>>> {
  static constexpr auto label = "t1 perpetual licence of the models";
};
struct hosting_until_terminated
    : exclusivity<openai, microsoft, hosting, term<year<2019>, until<terminated>>> {
  static constexpr auto label = "t2 hosting exclusive until termination";
};
struct share_to_2030
    : revenue_share<openai, microsoft, percent<20>, openai_revenue, term<year<2019>, year<2030>>> {
  static constexpr auto label = "t3 revenue share until 2030";
};
struct confidentiality : prohibition<microsoft, disclose, models, term<year<2019>>> {
  static constexpr auto label = "t4 Microsoft keeps the models confidential";
};
struct capacity_earliest
    : right_of_first_refusal<openai, microsoft, new_capacity,
                             term<year<2019>, earliest<year<2035>, terminated>>> {
  static constexpr auto label = "t5 first refusal until termination or 2035";
};
struct capacity_elsewhere : permission<openai, use_other_cloud, new_capacity,
                                       term<year<2019>, earliest<year<2035>, terminated>>> {
  static constexpr auto label = "t6 OpenAI may buy capacity elsewhere";
};
struct licence_until_agi : licence<openai, microsoft, models, term<year<2020>, until<agi>>> {
  static constexpr auto label = "t7 research licence until AGI";
};
struct wind_down : obligation<openai, supply_models, models, term<upon<terminated>, year<2040>>> {
  static constexpr auto label = "t8 OpenAI supplies models during the wind-down";
};
struct licence_unless_terminated
    : licence<openai, microsoft, models, term<year<2019>>, unless<terminated>> {
  static constexpr auto label = "t9 licence that yields on termination";
};

using ends_all = trigger<terminated, ends_contract<>>;

TEST_CASE("outlives_termination: every clause ends at the event or survives it",
          "[rules][outlives_termination]") {
  using C = contract<"ok", parties<openai, microsoft>, model_licence, hosting_until_terminated,
                     share_to_2030, confidentiality, capacity_earliest, capacity_elsewhere,
                     trigger<terminated, ends<share_to_2030>>,
                     trigger<terminated, ends_contract<surviving<model_licence, confidentiality>>>>;
  STATIC_REQUIRE(findings<C>.size() == 0);
  STATIC_REQUIRE(covenant::strictly_consistent<C>);
  // ends<share_to_2030> on the same event gives the share that event as its end.
  STATIC_REQUIRE(C::records[2].ends_at_event == id<terminated>);
}

TEST_CASE("outlives_termination: ends<...> in the same trigger as ends_contract",
          "[rules][outlives_termination]") {
  using C = contract<"ok", parties<openai, microsoft>, model_licence,
                     trigger<terminated, ends<model_licence>, ends_contract<>>>;
  STATIC_REQUIRE(findings<C>.size() == 0);
}

TEST_CASE("outlives_termination: no contract-ending trigger, no finding",
          "[rules][outlives_termination]") {
  using C = contract<"no trigger", parties<openai, microsoft>, model_licence, share_to_2030,
                     trigger<terminated, ends<share_to_2030>>>;
  STATIC_REQUIRE(findings<C>.count(rule::outlives_termination) == 0);
}

TEST_CASE("outlives_termination: a clause neither ended nor surviving",
          "[rules][outlives_termination]") {
  using C =
      contract<"c", parties<openai, microsoft>, hosting_until_terminated, model_licence, ends_all>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  constexpr auto f = fs[0];
  STATIC_REQUIRE(f.id == rule::outlives_termination);
  STATIC_REQUIRE(f.level == severity::error);
  STATIC_REQUIRE(f.first == 1);
  STATIC_REQUIRE(f.second == 1);
  // The window is the clause's whole term: [2019-01-01, open).
  STATIC_REQUIRE(f.from == day_of(2019));
  STATIC_REQUIRE(f.to == end_of_time);
  STATIC_REQUIRE(f.scope_name() == "OpenAI models");
  STATIC_REQUIRE(f.first_label == "t1 perpetual licence of the models");
  STATIC_REQUIRE(f.second_label == "t1 perpetual licence of the models");
  STATIC_REQUIRE(f.after_event == nullptr);
  STATIC_REQUIRE(f.before_event == nullptr);
  STATIC_REQUIRE_FALSE(covenant::consistent<C>);
}

TEST_CASE("outlives_termination: a dated end is not enough", "[rules][outlives_termination]") {
  // The share ends in 2030, but the contract may be terminated before.
  using C = contract<"c", parties<openai, microsoft>, share_to_2030, ends_all>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].id == rule::outlives_termination);
  STATIC_REQUIRE(fs[0].first == 0);
  STATIC_REQUIRE(fs[0].from == day_of(2019));
  STATIC_REQUIRE(fs[0].to == day_of(2030));
  STATIC_REQUIRE(fs[0].scope_name() == "OpenAI revenue");
  STATIC_REQUIRE(fs[0].first_label == "t3 revenue share until 2030");
}

TEST_CASE("outlives_termination: ending at another event is not enough",
          "[rules][outlives_termination]") {
  using C = contract<"c", parties<openai, microsoft>, licence_until_agi, ends_all>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].id == rule::outlives_termination);
  STATIC_REQUIRE(fs[0].from == day_of(2020));
  STATIC_REQUIRE(fs[0].to == end_of_time);
  STATIC_REQUIRE(fs[0].before_event == id<agi>);
  STATIC_REQUIRE(fs[0].after_event == nullptr);
  STATIC_REQUIRE(fs[0].first_label == "t7 research licence until AGI");
}

TEST_CASE("outlives_termination: a clause that starts at the termination must be named",
          "[rules][outlives_termination]") {
  // A wind-down obligation starts when the contract ends: it is what survives, so say so.
  using unnamed = contract<"c", parties<openai, microsoft>, wind_down, ends_all>;
  constexpr auto fs = findings<unnamed>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].id == rule::outlives_termination);
  STATIC_REQUIRE(fs[0].from == day_of(1900)); // upon's default not-before date
  STATIC_REQUIRE(fs[0].to == day_of(2040));
  STATIC_REQUIRE(fs[0].after_event == id<terminated>);
  STATIC_REQUIRE(fs[0].before_event == nullptr);
  STATIC_REQUIRE(fs[0].scope_name() == "OpenAI models");

  using named = contract<"c", parties<openai, microsoft>, wind_down,
                         trigger<terminated, ends_contract<surviving<wind_down>>>>;
  STATIC_REQUIRE(findings<named>.size() == 0);
}

TEST_CASE("outlives_termination: an exception on the event ends the clause with the contract",
          "[rules][outlives_termination]") {
  // unless<terminated> makes the licence yield when the contract is terminated: it cannot
  // outlive it (this used to be reported, a false alarm).
  using C = contract<"c", parties<openai, microsoft>, licence_unless_terminated, ends_all>;
  STATIC_REQUIRE(findings<C>.count(rule::outlives_termination) == 0);
}

TEST_CASE("outlives_termination: one finding per clause, in clause order",
          "[rules][outlives_termination]") {
  using C = contract<"c", parties<openai, microsoft>, model_licence, hosting_until_terminated,
                     share_to_2030, confidentiality, ends_all>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 3);
  STATIC_REQUIRE(fs.count(rule::outlives_termination) == 3);
  STATIC_REQUIRE(covenant::error_count<C> == 3);
  STATIC_REQUIRE(fs[0].first == 0);
  STATIC_REQUIRE(fs[1].first == 2);
  STATIC_REQUIRE(fs[2].first == 3);
  STATIC_REQUIRE(fs[2].first_label == "t4 Microsoft keeps the models confidential");
}

TEST_CASE("outlives_termination: one finding per contract-ending trigger",
          "[rules][outlives_termination]") {
  // Two ways the contract can end. The exclusivity ends at termination only: it outlives the
  // end at AGI. The licence survives both.
  using C = contract<"c", parties<openai, microsoft>, hosting_until_terminated, model_licence,
                     trigger<terminated, ends_contract<surviving<model_licence>>>,
                     trigger<agi, ends_contract<surviving<model_licence>>>>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].first == 0);
  STATIC_REQUIRE(fs[0].before_event == id<terminated>);
  STATIC_REQUIRE(fs[0].scope_name() == "hosting of OpenAI products");

  // A clause that survives neither is reported once for each.
  using twice = contract<"c", parties<openai, microsoft>, share_to_2030,
                         trigger<terminated, ends_contract<>>, trigger<agi, ends_contract<>>>;
  STATIC_REQUIRE(findings<twice>.size() == 2);
  STATIC_REQUIRE(findings<twice>[0].first == 0);
  STATIC_REQUIRE(findings<twice>[1].first == 0);
}

TEST_CASE("outlives_termination: read at run time", "[rules][outlives_termination][runtime]") {
  using C = contract<"c", parties<openai, microsoft>, model_licence, hosting_until_terminated,
                     share_to_2030, ends_all>;
  std::size_t n = 0;
  for (const auto& f : findings<C>) {
    REQUIRE(f.id == rule::outlives_termination);
    REQUIRE(f.first == f.second);
    REQUIRE(f.first != 1); // the exclusivity ends at the termination
    REQUIRE(covenant::describe(f.id).name == "outlives_termination");
    ++n;
  }
  REQUIRE(n == 2);
}

} // namespace rules_outlives_termination_test
