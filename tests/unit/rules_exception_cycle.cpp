// Rule exception_cycle: a clause yields (through yields_to<...>) to another that, following
// its own yields_to links, yields back to the first, or a clause yields to itself. Reported
// from the first clause of the cycle.
#include "../support/vocabulary.hpp"

#include <catch2/catch.hpp>

namespace rules_exception_cycle_test {

using namespace test_vocabulary;
using covenant::findings;
using covenant::rule;
using covenant::severity;

struct e1 : event<"Microsoft declines"> {};
struct e2 : event<"a material breach is established"> {};
struct e3 : event<"AGI is declared"> {};

// Grants with exceptions: first_ship, exclusivity, right_of_first_refusal and licence take them.
struct ship_a;
struct licence_b;
struct rofr_c;
struct plain_d;

// a -> b -> a
struct ship_a : first_ship<openai, microsoft, api, term<year<2026>, year<2032>>,
                           unless<exception<e1, yields_to<licence_b>>>> {
  static constexpr auto label = "c1 API ships first on Azure";
};
struct licence_b : licence<openai, microsoft, models, term<year<2028>>,
                           unless<exception<e2, yields_to<ship_a>>>> {
  static constexpr auto label = "c2 models licensed to Microsoft";
};
// Near miss: b2 yields plainly.
struct licence_b_plain : licence<openai, microsoft, models, term<year<2028>>, unless<e2>> {
  static constexpr auto label = "c2 models licensed, yielding plainly";
};
struct ship_a_to_plain : first_ship<openai, microsoft, api, term<year<2026>, year<2032>>,
                                    unless<exception<e1, yields_to<licence_b_plain>>>> {
  static constexpr auto label = "c1 API ships first, else the plain licence";
};
// A clause that yields to itself.
struct self_rofr : right_of_first_refusal<openai, microsoft, new_capacity, term<year<2025>>,
                                          unless<exception<e1, yields_to<self_rofr>>>> {
  static constexpr auto label = "c3 first refusal yielding to itself";
};
struct capacity_elsewhere : permission<openai, use_other_cloud, new_capacity, term<year<2025>>> {
  static constexpr auto label = "c4 OpenAI may buy capacity elsewhere";
};

TEST_CASE("exception_cycle: chains that end are fine", "[rules][exception_cycle]") {
  // a -> plain b.
  using C = contract<"chain", parties<openai, microsoft>, ship_a_to_plain, licence_b_plain>;
  STATIC_REQUIRE(findings<C>.count(rule::exception_cycle) == 0);
  STATIC_REQUIRE(covenant::strictly_consistent<C>);
}

TEST_CASE("exception_cycle: two clauses yielding to each other", "[rules][exception_cycle]") {
  using C = contract<"cycle", parties<openai, microsoft>, ship_a, licence_b>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  constexpr auto f = fs[0];
  STATIC_REQUIRE(f.id == rule::exception_cycle);
  STATIC_REQUIRE(f.level == severity::error);
  STATIC_REQUIRE(f.first == 0);
  STATIC_REQUIRE(f.second == 1);
  STATIC_REQUIRE(f.first_label == "c1 API ships first on Azure");
  STATIC_REQUIRE(f.second_label == "c2 models licensed to Microsoft");
  STATIC_REQUIRE(f.scope_name() == "OpenAI API"); // the first clause's scope
  STATIC_REQUIRE_FALSE(covenant::consistent<C>);

  // Listed the other way round: reported from the licence, now first.
  using R = contract<"cycle", parties<openai, microsoft>, licence_b, ship_a>;
  STATIC_REQUIRE(findings<R>.size() == 1);
  STATIC_REQUIRE(findings<R>[0].first == 0);
  STATIC_REQUIRE(findings<R>[0].second == 1);
  STATIC_REQUIRE(findings<R>[0].first_label == "c2 models licensed to Microsoft");
  STATIC_REQUIRE(findings<R>[0].scope_name() == "OpenAI models");
}

TEST_CASE("exception_cycle: a clause yielding to itself", "[rules][exception_cycle]") {
  using C = contract<"self", parties<openai, microsoft>, capacity_elsewhere, self_rofr>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].id == rule::exception_cycle);
  STATIC_REQUIRE(fs[0].first == 1);
  STATIC_REQUIRE(fs[0].second == 1);
  STATIC_REQUIRE(fs[0].first_label == "c3 first refusal yielding to itself");
  STATIC_REQUIRE(fs[0].scope_name() == "new compute capacity");
}

// Three clauses: x -> z -> y -> x, written as x, y, z.
struct cyc_x;
struct cyc_y;
struct cyc_z;
struct cyc_x : first_ship<openai, microsoft, api, term<year<2026>>,
                          unless<exception<e1, yields_to<cyc_z>>>> {
  static constexpr auto label = "x API ships first";
};
struct cyc_y : first_ship<openai, microsoft, chat, term<year<2026>>,
                          unless<exception<e2, yields_to<cyc_x>>>> {
  static constexpr auto label = "y ChatGPT ships first";
};
struct cyc_z : licence<openai, microsoft, models, term<year<2026>>,
                       unless<exception<e3, yields_to<cyc_y>>>> {
  static constexpr auto label = "z models licensed";
};
// A clause that yields into the cycle without being part of it.
struct into_cycle : exclusivity<openai, microsoft, new_capacity, term<year<2026>>,
                                unless<exception<e1, yields_to<cyc_x>>>> {
  static constexpr auto label = "w capacity exclusive, else x";
};

TEST_CASE("exception_cycle: a longer cycle, and a clause leading into it",
          "[rules][exception_cycle]") {
  // Clause 0 (x) reaches itself through z (2) and y (1): one finding, (0, 2). y and z point to
  // earlier clauses (x, y), so they do not report the cycle again.
  using C = contract<"three", parties<openai, microsoft>, cyc_x, cyc_y, cyc_z>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].first == 0);
  STATIC_REQUIRE(fs[0].second == 2);
  STATIC_REQUIRE(fs[0].first_label == "x API ships first");
  STATIC_REQUIRE(fs[0].second_label == "z models licensed");

  // w -> x leads into the cycle but is not on it: still one finding, about x.
  using W = contract<"into", parties<openai, microsoft>, into_cycle, cyc_x, cyc_y, cyc_z>;
  STATIC_REQUIRE(findings<W>.count(rule::exception_cycle) == 1);
  STATIC_REQUIRE(findings<W>[0].first == 1);
  STATIC_REQUIRE(findings<W>[0].second == 3);
}

// Regression (fixed in afe1a4b): a cycle that runs forwards through the contract (p -> q ->
// r -> p, written p, q, r) is reported once, from p, not again from q.
struct fwd_p;
struct fwd_q;
struct fwd_r;
struct fwd_p : first_ship<openai, microsoft, api, term<year<2026>>,
                          unless<exception<e1, yields_to<fwd_q>>>> {
  static constexpr auto label = "p API ships first";
};
struct fwd_q : first_ship<openai, microsoft, chat, term<year<2026>>,
                          unless<exception<e2, yields_to<fwd_r>>>> {
  static constexpr auto label = "q ChatGPT ships first";
};
struct fwd_r : licence<openai, microsoft, models, term<year<2026>>,
                       unless<exception<e3, yields_to<fwd_p>>>> {
  static constexpr auto label = "r models licensed";
};
using forward_cycle = contract<"forward", parties<openai, microsoft>, fwd_p, fwd_q, fwd_r>;

TEST_CASE("exception_cycle: a forward cycle of three is reported once",
          "[rules][exception_cycle]") {
  constexpr auto fs = findings<forward_cycle>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs.count(rule::exception_cycle) == 1);
  STATIC_REQUIRE(fs[0].first == 0);
  STATIC_REQUIRE(fs[0].second == 1);
  STATIC_REQUIRE(fs[0].first_label == "p API ships first");
  STATIC_REQUIRE(fs[0].second_label == "q ChatGPT ships first");
}

// Regression (fixed in afe1a4b): the finding's window is where the two clauses' terms overlap
// (it was [0, 0), "1970-01-01 through 1969-12-31", once yields_to counted as a handover):
// c1 [2026, 2032) and c2 [2028, open) give [2028, 2032); a clause yielding to itself, its term.
TEST_CASE("exception_cycle: the finding's window is where the clauses meet",
          "[rules][exception_cycle]") {
  using C = contract<"cycle", parties<openai, microsoft>, ship_a, licence_b>;
  STATIC_REQUIRE(findings<C>[0].from == covenant::day_of(2028));
  STATIC_REQUIRE(findings<C>[0].to == covenant::day_of(2032));
  using S = contract<"self", parties<openai, microsoft>, capacity_elsewhere, self_rofr>;
  STATIC_REQUIRE(findings<S>[0].from == covenant::day_of(2025));
  STATIC_REQUIRE(findings<S>[0].to == covenant::end_of_time);
  // A forward cycle: p, q, r all [2026, open).
  STATIC_REQUIRE(findings<forward_cycle>[0].from == covenant::day_of(2026));
  STATIC_REQUIRE(findings<forward_cycle>[0].to == covenant::end_of_time);
}

TEST_CASE("exception_cycle: read at run time", "[rules][exception_cycle][runtime]") {
  using C = contract<"cycle", parties<openai, microsoft>, ship_a, licence_b>;
  std::size_t n = 0;
  for (const auto& f : findings<C>) {
    REQUIRE(f.id == rule::exception_cycle);
    REQUIRE(covenant::describe(f.id).level == severity::error);
    ++n;
  }
  REQUIRE(n == 1);
}

} // namespace rules_exception_cycle_test
