// Rule outside_contract_term: when a contract has a term, no clause may start before it or run
// past its end. The finding is about one clause; its window is the part outside the contract.
#include "../support/vocabulary.hpp"

#include <catch2/catch.hpp>

#include <cstddef>

namespace rules_outside_contract_term_test {

using namespace test_vocabulary;
using covenant::day_of;
using covenant::end_of_time;
using covenant::findings;
using covenant::rule;
using covenant::severity;

struct agi_declared : event<"AGI declared"> {};

using deal_term = term<year<2019>, year<2030>>;

struct whole_term : licence<openai, microsoft, products, term<year<2019>, year<2030>>> {
  static constexpr auto label = "T1 products licence for the whole term";
};
struct inside : obligation<openai, supply_models, models, term<year<2020>, year<2025>>> {
  static constexpr auto label = "T2 model supply 2020 to 2025";
};
struct earliest_2030
    : licence<openai, microsoft, api, term<year<2019>, earliest<year<2030>, agi_declared>>> {
  static constexpr auto label = "T3 API licence until AGI or 2030";
};
struct starts_early : licence<openai, microsoft, api, term<date<2018, 6, 1>, year<2025>>> {
  static constexpr auto label = "T4 API licence from June 2018";
};
struct ends_late : licence<openai, microsoft, chat, term<year<2025>, through<2030>>> {
  static constexpr auto label = "T5 ChatGPT licence through 2030";
};
struct open_ended : licence<openai, microsoft, hosting, term<year<2025>>> {
  static constexpr auto label = "T6 open-ended hosting licence";
};
struct both_ends : licence<openai, microsoft, new_capacity, term<year<2018>, year<2031>>> {
  static constexpr auto label = "T7 capacity licence 2018 to 2031";
};
struct until_agi
    : licence<openai, microsoft, research_compute, term<year<2020>, until<agi_declared>>> {
  static constexpr auto label = "T8 research licence until AGI";
};
struct after_contract : licence<openai, microsoft, api, term<year<2035>, year<2040>>> {
  static constexpr auto label = "T9 API licence 2035 to 2040";
};
struct before_contract : licence<openai, microsoft, api, term<year<2010>, year<2015>>> {
  static constexpr auto label = "T10 API licence 2010 to 2015";
};

// ---------------------------------------------------------------------------------------------

TEST_CASE("outside_contract_term: a consistent contract passes check",
          "[rules][outside_contract_term]") {
  // Clauses that start as the contract starts and end as it ends are inside it.
  using C = contract<"consistent", parties<openai, microsoft>, deal_term, whole_term, inside,
                     earliest_2030>;
  static_assert(covenant::check<C>);
  static_assert(covenant::check<C, covenant::strictness::strict>);
  STATIC_REQUIRE(findings<C>.size() == 0);
}

TEST_CASE("outside_contract_term: near misses", "[rules][outside_contract_term]") {
  // Without a contract term nothing is outside it.
  using no_term = contract<"n", parties<openai, microsoft>, starts_early, open_ended, both_ends>;
  STATIC_REQUIRE(findings<no_term>.size() == 0);
  // An open-ended contract holds open-ended clauses.
  using open_contract =
      contract<"o", parties<openai, microsoft>, term<year<2019>>, open_ended, until_agi, ends_late>;
  STATIC_REQUIRE(findings<open_contract>.size() == 0);
  // through<2029> ends as 2030 begins.
  using through_term =
      contract<"t", parties<openai, microsoft>, term<year<2025>, through<2030>>, ends_late>;
  STATIC_REQUIRE(findings<through_term>.size() == 0);
}

TEST_CASE("outside_contract_term: a clause that starts before the contract",
          "[rules][outside_contract_term]") {
  using C = contract<"c", parties<openai, microsoft>, deal_term, whole_term, starts_early>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  constexpr auto f = fs[0];
  STATIC_REQUIRE(f.id == rule::outside_contract_term);
  STATIC_REQUIRE(f.level == severity::error);
  STATIC_REQUIRE(f.first == 1);
  STATIC_REQUIRE(f.second == 1);
  STATIC_REQUIRE(f.from == day_of(2018, 6, 1));
  STATIC_REQUIRE(f.to == day_of(2019));
  STATIC_REQUIRE(f.scope_name() == "OpenAI API");
  STATIC_REQUIRE(f.first_label == "T4 API licence from June 2018");
  STATIC_REQUIRE(f.second_label == "T4 API licence from June 2018");
}

TEST_CASE("outside_contract_term: clauses that run past the end",
          "[rules][outside_contract_term]") {
  using late = contract<"l", parties<openai, microsoft>, deal_term, ends_late>;
  STATIC_REQUIRE(findings<late>.size() == 1);
  STATIC_REQUIRE(findings<late>[0].id == rule::outside_contract_term);
  STATIC_REQUIRE(findings<late>[0].first == 0);
  STATIC_REQUIRE(findings<late>[0].second == 0);
  STATIC_REQUIRE(findings<late>[0].from == day_of(2030));
  STATIC_REQUIRE(findings<late>[0].to == day_of(2031));
  STATIC_REQUIRE(findings<late>[0].scope_name() == "ChatGPT");
  STATIC_REQUIRE(findings<late>[0].first_label == "T5 ChatGPT licence through 2030");

  using open = contract<"o", parties<openai, microsoft>, deal_term, open_ended>;
  STATIC_REQUIRE(findings<open>.size() == 1);
  STATIC_REQUIRE(findings<open>[0].from == day_of(2030));
  STATIC_REQUIRE(findings<open>[0].to == end_of_time);

  // A term that ends at an event may run to its latest end.
  using event_end = contract<"e", parties<openai, microsoft>, deal_term, until_agi>;
  STATIC_REQUIRE(findings<event_end>.size() == 1);
  STATIC_REQUIRE(findings<event_end>[0].from == day_of(2030));
  STATIC_REQUIRE(findings<event_end>[0].to == end_of_time);
  STATIC_REQUIRE(findings<event_end>[0].first_label == "T8 research licence until AGI");
}

TEST_CASE("outside_contract_term: a clause outside at both ends is one finding",
          "[rules][outside_contract_term]") {
  using C = contract<"c", parties<openai, microsoft>, deal_term, both_ends>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].from == day_of(2018)); // the part before the contract
  STATIC_REQUIRE(fs[0].to == day_of(2019));
  STATIC_REQUIRE(fs[0].scope_name() == "new compute capacity");
}

TEST_CASE("outside_contract_term: findings read at run time",
          "[rules][outside_contract_term][runtime]") {
  using C = contract<"c", parties<openai, microsoft>, deal_term, whole_term, starts_early, inside,
                     ends_late, open_ended>;
  const auto& fs = findings<C>;
  REQUIRE(fs.size() == 3);
  REQUIRE(fs.count(rule::outside_contract_term) == 3);
  const std::size_t expected_clause[] = {1, 3, 4};
  std::size_t k = 0;
  for (const auto& f : fs) {
    REQUIRE(f.first == expected_clause[k]);
    REQUIRE(f.second == f.first);
    REQUIRE(f.first_label == f.second_label);
    REQUIRE(f.from < f.to);
    // Every window lies outside [2019, 2030).
    REQUIRE((f.to <= day_of(2019) || f.from >= day_of(2030)));
    ++k;
  }
}

// Regression (fixed in afe1a4b): for a clause entirely outside the contract the window used to
// run from the contract's boundary, not from (or to) the clause's own dates: 2035-2040 after a
// contract ending in 2030 gave [2030, 2040), whose witness day (2030) is not a day the clause is
// in force.
TEST_CASE("outside_contract_term: the window of a clause wholly outside is the clause's own",
          "[rules][outside_contract_term]") {
  using after = contract<"a", parties<openai, microsoft>, deal_term, after_contract>;
  REQUIRE(findings<after>.size() == 1);
  CHECK(findings<after>[0].from == day_of(2035));
  CHECK(findings<after>[0].to == day_of(2040));
  using before = contract<"b", parties<openai, microsoft>, deal_term, before_contract>;
  REQUIRE(findings<before>.size() == 1);
  CHECK(findings<before>[0].from == day_of(2010));
  CHECK(findings<before>[0].to == day_of(2015));
}

// Regression (fixed in afe1a4b): a contract whose term ends at an event used to let open-ended
// clauses outlive it, as the contract view kept only its latest possible end (end of time).
TEST_CASE("outside_contract_term: an open-ended clause outlives a contract that ends at an event",
          "[rules][outside_contract_term]") {
  using C =
      contract<"c", parties<openai, microsoft>, term<year<2019>, until<agi_declared>>, open_ended>;
  REQUIRE(findings<C>.count(rule::outside_contract_term) == 1);
}

// An event-started clause: with no earliest day it is in force from the event or the contract's
// start, whichever is later (lowering moves its start); with an earliest day written before the
// contract, it starts before the contract like a date would.
struct upon_agi : licence<openai, microsoft, research_compute, term<upon<agi_declared>>> {
  static constexpr auto label = "T11 research licence upon AGI";
};
struct upon_agi_from_2015
    : licence<openai, microsoft, research_compute, term<upon<agi_declared, year<2015>>>> {
  static constexpr auto label = "T12 research licence upon AGI, not before 2015";
};
struct upon_agi_until_2015
    : licence<openai, microsoft, research_compute, term<upon<agi_declared>, year<2015>>> {
  static constexpr auto label = "T13 research licence upon AGI, until 2015";
};

TEST_CASE("outside_contract_term: an event-started clause starts no earlier than its contract",
          "[rules][outside_contract_term][events]") {
  using C = contract<"c", parties<openai, microsoft>, term<year<2019>>, upon_agi>;
  STATIC_REQUIRE(C::records[0].start == day_of(2019));
  STATIC_REQUIRE(findings<C>.empty());
  // AGI declared before the contract: the licence is in force from the contract's start.
  constexpr covenant::scenario early{{agi_declared{}, day_of(2017)}};
  STATIC_REQUIRE(!covenant::is_in_force<C, upon_agi>(day_of(2018), early));
  STATIC_REQUIRE(covenant::is_in_force<C, upon_agi>(day_of(2019), early));
  // Without a contract term nothing moves.
  using loose = contract<"l", parties<openai, microsoft>, upon_agi>;
  STATIC_REQUIRE(loose::records[0].start == covenant::detail::no_earliest_day);
}

TEST_CASE("outside_contract_term: an earliest day before the contract is reported",
          "[rules][outside_contract_term][events]") {
  using C = contract<"c", parties<openai, microsoft>, term<year<2019>>, upon_agi_from_2015>;
  STATIC_REQUIRE(C::records[0].start == day_of(2015));
  REQUIRE(findings<C>.size() == 1);
  CHECK(findings<C>[0].id == rule::outside_contract_term);
  CHECK(findings<C>[0].from == day_of(2015));
  CHECK(findings<C>[0].to == day_of(2019));
  // A clause waiting for an event that can only end before the contract lies wholly outside it.
  using D = contract<"d", parties<openai, microsoft>, term<year<2019>>, upon_agi_until_2015>;
  REQUIRE(findings<D>.count(rule::outside_contract_term) == 1);
}

} // namespace rules_outside_contract_term_test
