// Events: terms that end or start at an event (until, earliest, upon), triggers that end,
// suspend or start clauses, in_force on timelines where the event happens before, inside or
// after a term, findings that carry their timeline, and the event-aware overlap (a clause that
// ends at an event never meets one that starts at the same event).
#include "../support/vocabulary.hpp"

#include <catch2/catch.hpp>

#include <array>
#include <initializer_list>
#include <stdexcept>
#include <utility>

namespace events_test {

using namespace test_vocabulary;
using covenant::day_of;
using covenant::end_of_time;
using covenant::findings;
using covenant::in_force;
using covenant::is_in_force;
using covenant::rule;
using covenant::scenario;
using covenant::severity;

/// The identity of an event (or any named entity) in lowered records.
template <typename E>
constexpr const covenant::detail::entity* id = covenant::detail::entity_ptr<E>();

struct expert_panel : party<"an expert panel"> {};
struct agi : event<"AGI is declared", condition<"systems that can generate 100B of profit">,
                   verified_by<expert_panel>> {};
struct breach : event<"a material breach is established"> {};
struct declines : event<"Microsoft declines"> {};

// Day numbers used below (days since 1970-01-01):
//   day_of(1900) = -(70 * 365 + 17 leap days 1904..1968)        = -25567
//   day_of(2025) = 55 * 365 + 14 leap days 1972..2024            =  20089
//   day_of(2026) = 20089 + 365                                   =  20454
//   day_of(2030) = 60 * 365 + 15 leap days 1972..2028            =  21915
//   day_of(2027, 3, 15) = 20819 (2027-01-01) + 31 + 28 + 14      =  20892

// ---------------------------------------------------------------------------------------------
// Terms with event boundaries.
// ---------------------------------------------------------------------------------------------

using until_agi = term<year<2025>, until<agi>>;
using earliest_2030_or_agi = term<year<2025>, earliest<year<2030>, agi>>;
using upon_agi = term<upon<agi>>;
using upon_agi_not_before_2026 = term<upon<agi, year<2026>>, year<2032>>;
using plain = term<year<2025>, year<2030>>;

TEST_CASE("events: until<E> runs to the end of time unless E happens", "[events][term]") {
  STATIC_REQUIRE(until_agi::start == 20089);
  STATIC_REQUIRE(until_agi::end == end_of_time);
  STATIC_REQUIRE(until_agi::ends_at_event == id<agi>);
  STATIC_REQUIRE(until_agi::starts_at_event == nullptr);
}

TEST_CASE("events: earliest<date, E> ends at the date at the latest", "[events][term]") {
  STATIC_REQUIRE(earliest_2030_or_agi::start == 20089);
  STATIC_REQUIRE(earliest_2030_or_agi::end == 21915);
  STATIC_REQUIRE(earliest_2030_or_agi::ends_at_event == id<agi>);
  STATIC_REQUIRE(earliest_2030_or_agi::starts_at_event == nullptr);
}

TEST_CASE("events: upon<E> starts at the event, not before its date", "[events][term]") {
  STATIC_REQUIRE(upon_agi::start == -25567); // upon's default NotBefore is 1900-01-01
  STATIC_REQUIRE(upon_agi::end == end_of_time);
  STATIC_REQUIRE(upon_agi::starts_at_event == id<agi>);
  STATIC_REQUIRE(upon_agi::ends_at_event == nullptr);
  STATIC_REQUIRE(upon_agi_not_before_2026::start == 20454);
  STATIC_REQUIRE(upon_agi_not_before_2026::end == day_of(2032));
  STATIC_REQUIRE(upon_agi_not_before_2026::starts_at_event == id<agi>);
}

TEST_CASE("events: dated terms have no events", "[events][term]") {
  STATIC_REQUIRE(plain::ends_at_event == nullptr);
  STATIC_REQUIRE(plain::starts_at_event == nullptr);
  STATIC_REQUIRE(plain::end == 21915);
}

TEST_CASE("events: an event's name, condition and verifier are lowered", "[events]") {
  STATIC_REQUIRE(id<agi>->name == "AGI is declared");
  STATIC_REQUIRE(id<agi>->condition == "systems that can generate 100B of profit");
  STATIC_REQUIRE(id<agi>->verifier == id<expert_panel>);
  STATIC_REQUIRE(id<agi>->verifier->name == "an expert panel");
  STATIC_REQUIRE(id<breach>->condition.empty());
  STATIC_REQUIRE(id<breach>->verifier == nullptr);
  STATIC_REQUIRE(id<breach>->excludes == nullptr);
}

// ---------------------------------------------------------------------------------------------
// Triggers, applied to the records at lowering.
// ---------------------------------------------------------------------------------------------

struct models_licence : licence<openai, microsoft, models, term<year<2025>>> {
  static constexpr auto label = "s1 models licensed to Microsoft";
};
struct capacity_rofr : right_of_first_refusal<openai, microsoft, new_capacity, term<year<2025>>> {
  static constexpr auto label = "s2 Microsoft first refusal on new capacity";
};
struct other_cloud_after_agi : permission<openai, use_other_cloud, new_capacity, term<year<2025>>> {
  static constexpr auto label = "s3 OpenAI may use another cloud";
};
struct research_licence : licence<openai, microsoft, models, term<year<2025>, until<agi>>> {
  static constexpr auto label = "s4 research licence until AGI";
};

using triggered =
    contract<"triggered", parties<openai, microsoft>, models_licence,
             trigger<agi, ends<models_licence>, starts<other_cloud_after_agi>>, capacity_rofr,
             other_cloud_after_agi, trigger<breach, suspends<capacity_rofr>>, research_licence,
             trigger<agi, ends<research_licence>>>;

TEST_CASE("events: triggers are not clauses, and their effects are listed in order",
          "[events][trigger]") {
  STATIC_REQUIRE(triggered::size == 4);
  // 2 effects + 1 effect + 1 effect.
  STATIC_REQUIRE(triggered::triggers.size() == 4);
  STATIC_REQUIRE(triggered::triggers[0].event == id<agi>);
  STATIC_REQUIRE(triggered::triggers[0].effect == covenant::trigger_effect::ends);
  STATIC_REQUIRE(triggered::triggers[0].clauses.size() == 1);
  STATIC_REQUIRE(triggered::triggers[1].effect == covenant::trigger_effect::starts);
  STATIC_REQUIRE(triggered::triggers[2].event == id<breach>);
  STATIC_REQUIRE(triggered::triggers[2].effect == covenant::trigger_effect::suspends);
  STATIC_REQUIRE(triggered::triggers[3].event == id<agi>);
  STATIC_REQUIRE(triggered::records[0].label == "s1 models licensed to Microsoft");
  STATIC_REQUIRE(triggered::records[1].label == "s2 Microsoft first refusal on new capacity");
  STATIC_REQUIRE(triggered::records[2].label == "s3 OpenAI may use another cloud");
  STATIC_REQUIRE(triggered::records[3].label == "s4 research licence until AGI");
}

TEST_CASE("events: ends, suspends and starts set the record's events", "[events][trigger]") {
  constexpr auto& rs = triggered::records;
  // ends<models_licence>: the open-ended licence now ends at AGI; its dates are unchanged.
  STATIC_REQUIRE(rs[0].ends_at_event == id<agi>);
  STATIC_REQUIRE(rs[0].starts_at_event == nullptr);
  STATIC_REQUIRE(rs[0].end == end_of_time);
  // suspends<capacity_rofr> behaves like an end.
  STATIC_REQUIRE(rs[1].ends_at_event == id<breach>);
  STATIC_REQUIRE(rs[1].starts_at_event == nullptr);
  // starts<other_cloud_after_agi>: waits for AGI, from its own start date on.
  STATIC_REQUIRE(rs[2].starts_at_event == id<agi>);
  STATIC_REQUIRE(rs[2].ends_at_event == nullptr);
  STATIC_REQUIRE(rs[2].start == 20089);
  // ends<research_licence> at the event its term already ends at: no conflict, no change.
  STATIC_REQUIRE(rs[3].ends_at_event == id<agi>);
  // The clause type's own record is untouched by the contract's triggers.
  STATIC_REQUIRE(models_licence::record.ends_at_event == nullptr);
}

TEST_CASE("events: triggered clauses in force on timelines", "[events][trigger][in_force]") {
  // Nothing happens: the started clause never applies, the others run on.
  constexpr auto none = in_force<triggered>(day_of(2027));
  STATIC_REQUIRE(none.size() == 3);
  STATIC_REQUIRE(none.contains(0));
  STATIC_REQUIRE(none.contains(1));
  STATIC_REQUIRE_FALSE(none.contains(2));
  STATIC_REQUIRE(none.contains(3));

  // AGI on 2027-03-15: the licences end that day, the permission starts that day.
  constexpr scenario agi_2027{{agi{}, date<2027, 3, 15>{}}};
  constexpr auto before = in_force<triggered>(20891, agi_2027); // 2027-03-14
  STATIC_REQUIRE(before.size() == 3);
  STATIC_REQUIRE_FALSE(before.contains(2));
  constexpr auto on = in_force<triggered>(20892, agi_2027); // 2027-03-15
  STATIC_REQUIRE(on.size() == 2);
  STATIC_REQUIRE(on.contains(1));
  STATIC_REQUIRE(on.contains(2));
  STATIC_REQUIRE_FALSE(on.contains(0));
  STATIC_REQUIRE_FALSE(on.contains(3));

  // A breach suspends the first refusal only.
  constexpr scenario breach_2026{{breach{}, date<2026, 6, 1>{}}};
  STATIC_REQUIRE(is_in_force<triggered, capacity_rofr>(day_of(2026, 5, 31), breach_2026));
  STATIC_REQUIRE_FALSE(is_in_force<triggered, capacity_rofr>(day_of(2026, 6, 1), breach_2026));
  STATIC_REQUIRE(is_in_force<triggered, models_licence>(day_of(2026, 6, 1), breach_2026));
}

// ---------------------------------------------------------------------------------------------
// in_force: the event before, inside and after a term.
// ---------------------------------------------------------------------------------------------

struct hosting_to_2030_or_agi : exclusivity<openai, microsoft, hosting, earliest_2030_or_agi> {
  static constexpr auto label = "e1 hosting exclusive until AGI or 2030";
};
struct elsewhere_upon_agi
    : permission<openai, use_other_cloud, new_capacity, upon_agi_not_before_2026> {
  static constexpr auto label = "e2 OpenAI may use another cloud once AGI is declared";
};
using timed =
    contract<"timed", parties<openai, microsoft>, hosting_to_2030_or_agi, elsewhere_upon_agi>;

TEST_CASE("events: a term ending at an event, on each timeline", "[events][in_force]") {
  using C = timed;
  using X = hosting_to_2030_or_agi;
  // Never: the term runs [2025-01-01, 2030-01-01).
  STATIC_REQUIRE_FALSE(is_in_force<C, X>(day_of(2024, 12, 31)));
  STATIC_REQUIRE(is_in_force<C, X>(day_of(2025)));
  STATIC_REQUIRE(is_in_force<C, X>(day_of(2029, 12, 31)));
  STATIC_REQUIRE_FALSE(is_in_force<C, X>(day_of(2030)));

  // Before the term: the exclusivity never starts.
  constexpr scenario early{{agi{}, date<2024, 6, 1>{}}};
  STATIC_REQUIRE_FALSE(is_in_force<C, X>(day_of(2025), early));
  STATIC_REQUIRE_FALSE(is_in_force<C, X>(day_of(2027), early));

  // Inside: in force up to the day before, not on the day (half-open).
  constexpr scenario inside{{agi{}, date<2027, 3, 15>{}}};
  STATIC_REQUIRE(is_in_force<C, X>(day_of(2025), inside));
  STATIC_REQUIRE(is_in_force<C, X>(day_of(2027, 3, 14), inside));
  STATIC_REQUIRE_FALSE(is_in_force<C, X>(day_of(2027, 3, 15), inside));
  STATIC_REQUIRE_FALSE(is_in_force<C, X>(day_of(2029), inside));

  // After the term: the date ends it first.
  constexpr scenario late{{agi{}, date<2031, 1, 1>{}}};
  STATIC_REQUIRE(is_in_force<C, X>(day_of(2029, 12, 31), late));
  STATIC_REQUIRE_FALSE(is_in_force<C, X>(day_of(2030), late));
}

TEST_CASE("events: a term starting at an event, on each timeline", "[events][in_force]") {
  using C = timed;
  using P = elsewhere_upon_agi;
  // Never: never in force.
  STATIC_REQUIRE_FALSE(is_in_force<C, P>(day_of(2027)));
  STATIC_REQUIRE_FALSE(is_in_force<C, P>(day_of(2031, 12, 31)));

  // Before its not-before date: it starts on that date.
  constexpr scenario early{{agi{}, date<2025, 6, 1>{}}};
  STATIC_REQUIRE_FALSE(is_in_force<C, P>(day_of(2025, 12, 31), early));
  STATIC_REQUIRE(is_in_force<C, P>(day_of(2026), early));
  STATIC_REQUIRE(is_in_force<C, P>(day_of(2031, 12, 31), early));
  STATIC_REQUIRE_FALSE(is_in_force<C, P>(day_of(2032), early));

  // Inside: it starts on the day.
  constexpr scenario inside{{agi{}, date<2028, 2, 29>{}}};
  STATIC_REQUIRE_FALSE(is_in_force<C, P>(day_of(2028, 2, 28), inside));
  STATIC_REQUIRE(is_in_force<C, P>(day_of(2028, 2, 29), inside));

  // After its end: it never applies.
  constexpr scenario late{{agi{}, date<2033, 1, 1>{}}};
  STATIC_REQUIRE_FALSE(is_in_force<C, P>(day_of(2031), late));
  STATIC_REQUIRE_FALSE(is_in_force<C, P>(day_of(2033, 6, 1), late));

  // Both clauses on the AGI-in-2027 timeline: exactly one in force on each side of the day.
  constexpr auto before = in_force<C>(day_of(2027, 3, 14), inside);
  STATIC_REQUIRE(before.size() == 1);
  STATIC_REQUIRE(before.contains(0));
  constexpr scenario agi_2027{{agi{}, date<2027, 3, 15>{}}};
  constexpr auto after = in_force<C>(day_of(2027, 3, 15), agi_2027);
  STATIC_REQUIRE(after.size() == 1);
  STATIC_REQUIRE(after.contains(1));
}

template <int N>
struct numbered_event : event<"a numbered event"> {};

TEST_CASE("events: scenario records each event's day, and at most 16 events",
          "[events][scenario]") {
  constexpr scenario s{{agi{}, date<2027, 3, 15>{}}, {breach{}, day_of(2026)}};
  STATIC_REQUIRE(s.size() == 2);
  STATIC_REQUIRE(s.date_of(agi{}) == 20892);
  STATIC_REQUIRE(s.date_of(breach{}) == 20454);
  STATIC_REQUIRE(s.date_of(declines{}) == end_of_time);
  STATIC_REQUIRE(scenario{}.size() == 0);

  const auto o = []<int... Ns>(std::integer_sequence<int, Ns...>) {
    return std::array<covenant::occurrence, sizeof...(Ns)>{
        covenant::occurrence{numbered_event<Ns>{}, day_of(2026)}...};
  }
  (std::make_integer_sequence<int, 17>{});
  REQUIRE_THROWS_AS(scenario({o[0], o[1], o[2], o[3], o[4], o[5], o[6], o[7], o[8], o[9], o[10],
                              o[11], o[12], o[13], o[14], o[15], o[16]}),
                    std::length_error);
  REQUIRE_NOTHROW(scenario({o[0], o[1], o[2], o[3], o[4], o[5], o[6], o[7], o[8], o[9], o[10],
                            o[11], o[12], o[13], o[14], o[15]}));
}

TEST_CASE("events: a scenario gives each event one day", "[events][scenario]") {
  // At compile time the same mistake is an error (tests/compile_fail/malformed_scenario_*).
  const covenant::occurrence first{agi{}, day_of(2027)};
  REQUIRE_THROWS_AS(scenario({first, {agi{}, day_of(2028)}}), std::invalid_argument);
  REQUIRE_THROWS_AS(scenario({first, first}), std::invalid_argument);
  REQUIRE_NOTHROW(scenario({first, {breach{}, day_of(2028)}}));
}

// ---------------------------------------------------------------------------------------------
// Findings carry their timeline; handovers at one event never conflict.
// ---------------------------------------------------------------------------------------------

struct hosting_until_agi : exclusivity<openai, microsoft, hosting, until_agi> {
  static constexpr auto label = "f1 hosting exclusive until AGI";
};
struct hosting_open : exclusivity<openai, microsoft, hosting, term<year<2025>>> {
  static constexpr auto label = "f2 hosting exclusive";
};
struct products_elsewhere_upon_agi
    : permission<openai, use_other_cloud, products, term<upon<agi>>> {
  static constexpr auto label = "f3 OpenAI may host products elsewhere after AGI";
};
struct products_elsewhere_upon_breach
    : permission<openai, use_other_cloud, products, term<upon<breach>>> {
  static constexpr auto label = "f4 OpenAI may host products elsewhere after a breach";
};
struct products_elsewhere_2027 : permission<openai, use_other_cloud, products, term<year<2027>>> {
  static constexpr auto label = "f5 OpenAI may host products elsewhere from 2027";
};
struct api_to_amazon_2027 : licence<openai, amazon, api, term<year<2027>>> {
  static constexpr auto label = "f6 API licensed to Amazon from 2027";
};
struct hosting_to_2030_or_agi_f : exclusivity<openai, microsoft, hosting, earliest_2030_or_agi> {
  static constexpr auto label = "f7 hosting exclusive until AGI or 2030";
};

TEST_CASE("events: a clause ending at E never meets one starting at E", "[events][overlap]") {
  // Exclusivity until AGI, permission upon AGI: handed over, never together.
  using handover =
      contract<"h", parties<openai, microsoft>, hosting_until_agi, products_elsewhere_upon_agi>;
  STATIC_REQUIRE(findings<handover>.size() == 0);
  STATIC_REQUIRE(covenant::strictly_consistent<handover>);
  // Listed the other way round.
  using reversed =
      contract<"r", parties<openai, microsoft>, products_elsewhere_upon_agi, hosting_until_agi>;
  STATIC_REQUIRE(findings<reversed>.size() == 0);
  // earliest<2030, AGI> hands over at AGI too, although upon<AGI> could start before 2030.
  using earliest_handover = contract<"e", parties<openai, microsoft>, hosting_to_2030_or_agi_f,
                                     products_elsewhere_upon_agi>;
  STATIC_REQUIRE(findings<earliest_handover>.size() == 0);
  // The same handover made by a trigger.
  using by_trigger =
      contract<"t", parties<openai, microsoft>, hosting_open, products_elsewhere_2027,
               trigger<agi, ends<hosting_open>, starts<products_elsewhere_2027>>>;
  STATIC_REQUIRE(findings<by_trigger>.size() == 0);
}

TEST_CASE("events: the ordinary overlap still conflicts", "[events][overlap]") {
  // Same exclusivity, a permission from 2027: both in force from 2027 if AGI has not happened.
  using C = contract<"c", parties<openai, microsoft>, hosting_until_agi, products_elsewhere_2027>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  constexpr auto f = fs[0];
  STATIC_REQUIRE(f.id == rule::exclusivity_conflict);
  STATIC_REQUIRE(f.level == severity::error);
  STATIC_REQUIRE(f.first == 0);
  STATIC_REQUIRE(f.second == 1);
  STATIC_REQUIRE(f.from == day_of(2027));
  STATIC_REQUIRE(f.to == end_of_time);
  STATIC_REQUIRE(f.scope_name() == "OpenAI products");
  STATIC_REQUIRE(f.first_label == "f1 hosting exclusive until AGI");
  STATIC_REQUIRE(f.second_label == "f5 OpenAI may host products elsewhere from 2027");
  // The timeline: AGI must not have happened yet; nothing needs to have happened.
  STATIC_REQUIRE(f.after_event == nullptr);
  STATIC_REQUIRE(f.before_event == id<agi>);
}

TEST_CASE("events: different events do not hand over", "[events][overlap]") {
  using C =
      contract<"c", parties<openai, microsoft>, hosting_until_agi, products_elsewhere_upon_breach>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].id == rule::exclusivity_conflict);
  // [2025, end) and [1900, end) meet from 2025 on.
  STATIC_REQUIRE(fs[0].from == day_of(2025));
  STATIC_REQUIRE(fs[0].to == end_of_time);
  STATIC_REQUIRE(fs[0].scope_name() == "OpenAI products");
  // A breach has happened by then, AGI has not.
  STATIC_REQUIRE(fs[0].after_event == id<breach>);
  STATIC_REQUIRE(fs[0].before_event == id<agi>);
}

TEST_CASE("events: a clause starting at an event meets an open exclusivity", "[events][overlap]") {
  using C = contract<"c", parties<openai, microsoft, amazon>, hosting_open,
                     products_elsewhere_upon_agi, api_to_amazon_2027>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 2);
  // Findings are by clause, then in rule order, then by the second clause in the order written:
  // both come from the exclusivity (clause 0).
  STATIC_REQUIRE(fs[0].first == 0);
  STATIC_REQUIRE(fs[0].second == 1);
  STATIC_REQUIRE(fs[0].from == day_of(2025)); // max(2025, 1900)
  STATIC_REQUIRE(fs[0].to == end_of_time);
  STATIC_REQUIRE(fs[0].scope_name() == "OpenAI products");
  STATIC_REQUIRE(fs[0].after_event == id<agi>);
  STATIC_REQUIRE(fs[0].before_event == nullptr);
  STATIC_REQUIRE(fs[1].first == 0);
  STATIC_REQUIRE(fs[1].second == 2);
  STATIC_REQUIRE(fs[1].from == day_of(2027));
  STATIC_REQUIRE(fs[1].scope_name() == "OpenAI API");
  STATIC_REQUIRE(fs[1].after_event == nullptr);
  STATIC_REQUIRE(fs[1].before_event == nullptr);
}

TEST_CASE("events: a date end before the handover event is still an overlap", "[events][overlap]") {
  // earliest<2030, AGI> against a licence to Amazon from 2027: they meet in [2027, 2030) on the
  // timeline where AGI has not happened.
  using C = contract<"c", parties<openai, microsoft, amazon>, hosting_to_2030_or_agi_f,
                     api_to_amazon_2027>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].from == day_of(2027));
  STATIC_REQUIRE(fs[0].to == day_of(2030));
  STATIC_REQUIRE(fs[0].before_event == id<agi>);
  STATIC_REQUIRE(fs[0].first_label == "f7 hosting exclusive until AGI or 2030");
  STATIC_REQUIRE(fs[0].second_label == "f6 API licensed to Amazon from 2027");
}

TEST_CASE("events: in_force at run time, with a timeline built at run time",
          "[events][in_force][runtime]") {
  for (const int year : {2024, 2027, 2031}) {
    const scenario s{{agi{}, day_of(year, 3, 15)}};
    const auto set = in_force<timed>(day_of(2027, 6, 1), s);
    // 2024: the exclusivity never starts; the permission starts on 2026-01-01.
    // 2027: the exclusivity ended on 2027-03-15; the permission started that day.
    // 2031: the exclusivity runs until 2030; the permission has not started on 2027-06-01.
    if (year == 2031) {
      REQUIRE(set.size() == 1);
      REQUIRE(set.contains(0));
    } else {
      REQUIRE(set.size() == 1);
      REQUIRE(set.contains(1));
    }
  }
}

} // namespace events_test
