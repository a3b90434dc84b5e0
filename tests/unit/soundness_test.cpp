// Regressions from the soundness review (issue "Sound rules and strict input"): verdicts that
// were wrong or did not compile, each pinned by a case that failed before its fix.
#include "../support/vocabulary.hpp"

#include <catch2/catch.hpp>

namespace soundness_test {

using namespace test_vocabulary;
using covenant::add;
using covenant::amend;
using covenant::clause_change;
using covenant::diff;
using covenant::findings;
using covenant::replace;
using covenant::rule;

struct breach : event<"Microsoft in breach"> {};
struct insolvency : event<"OpenAI insolvent"> {};

struct licence_unless_breach
    : licence<openai, microsoft, models, term<year<2025>>, unless<breach>> {
  static constexpr auto label = "L1 models to Microsoft unless in breach";
};
struct licence_unless_insolvency
    : licence<openai, microsoft, models, term<year<2025>>, unless<insolvency>> {
  static constexpr auto label = "L2 models to Microsoft unless OpenAI is insolvent";
};
struct licence_unless_both_orders
    : licence<openai, microsoft, models, term<year<2025>>, unless<all_of<breach, insolvency>>> {
  static constexpr auto label = "L3 models to Microsoft unless both";
};
struct licence_unless_both_reversed
    : licence<openai, microsoft, models, term<year<2025>>, unless<all_of<insolvency, breach>>> {
  static constexpr auto label = "L4 models to Microsoft unless both, reversed";
};

// Two clauses that differ only in their exceptions used to fail with "comparison has
// unspecified value": exception records compared unrelated event pointers by order.
TEST_CASE("soundness: clauses that differ only in their exceptions compare by identity",
          "[soundness][exceptions]") {
  using C =
      contract<"c", parties<openai, microsoft>, licence_unless_breach, licence_unless_insolvency>;
  STATIC_REQUIRE(findings<C>.count(rule::duplicate_clause) == 0);
  static_assert(covenant::check<C>);
  // The same condition written in another order is the same exception: a duplicate.
  using same = contract<"s", parties<openai, microsoft>, licence_unless_both_orders,
                        licence_unless_both_reversed>;
  STATIC_REQUIRE(findings<same>.count(rule::duplicate_clause) == 1);
}

// A diff of an amendment that changes only an exception failed the same way.
TEST_CASE("soundness: a diff of an amendment that changes only an exception",
          "[soundness][exceptions][diff]") {
  using before = contract<"v1", parties<openai, microsoft>, licence_unless_breach>;
  using after = amend<before, replace<licence_unless_breach, licence_unless_insolvency>>;
  constexpr auto changes = diff<before, after>;
  STATIC_REQUIRE(changes.size() == 1);
  STATIC_REQUIRE(changes[0].kind == clause_change::what::changed);
}

// A chain of two exclusivities (or two exclusive licences), the second granted by the first's
// holder, used to be consistent in one order and inconsistent in the other.
struct chain_a : exclusivity<openai, microsoft, models, term<year<2025>>> {
  static constexpr auto label = "X1 models reserved to Microsoft";
};
struct chain_b : exclusivity<microsoft, amazon, models, term<year<2025>>> {
  static constexpr auto label = "X2 Microsoft reserves them to Amazon";
};
struct chain_c : licence<openai, microsoft, models, term<year<2025>>, exclusive> {
  static constexpr auto label = "X3 models licensed exclusively to Microsoft";
};
struct chain_d : licence<microsoft, amazon, models, term<year<2025>>, exclusive> {
  static constexpr auto label = "X4 Microsoft sublicenses them exclusively to Amazon";
};
struct rival_exclusivity : exclusivity<openai, amazon, models, term<year<2025>>> {
  static constexpr auto label = "X5 models reserved to Amazon by OpenAI";
};

TEST_CASE("soundness: verdicts do not depend on the order of the clauses", "[soundness][order]") {
  using ab = contract<"ab", parties<openai, microsoft, amazon>, chain_a, chain_b>;
  using ba = contract<"ba", parties<openai, microsoft, amazon>, chain_b, chain_a>;
  STATIC_REQUIRE(findings<ab>.count(rule::exclusivity_conflict) ==
                 findings<ba>.count(rule::exclusivity_conflict));
  using cd = contract<"cd", parties<openai, microsoft, amazon>, chain_c, chain_d>;
  using dc = contract<"dc", parties<openai, microsoft, amazon>, chain_d, chain_c>;
  STATIC_REQUIRE(findings<cd>.count(rule::exclusive_licence_overlap) ==
                 findings<dc>.count(rule::exclusive_licence_overlap));
  // Two exclusivities from one grantor to two holders clash in either order.
  using two = contract<"2", parties<openai, microsoft, amazon>, chain_a, rival_exclusivity>;
  using owt = contract<"2", parties<openai, microsoft, amazon>, rival_exclusivity, chain_a>;
  STATIC_REQUIRE(findings<two>.count(rule::exclusivity_conflict) == 1);
  STATIC_REQUIRE(findings<owt>.count(rule::exclusivity_conflict) == 1);
}

struct agi_event : event<"AGI"> {};
struct licence_unless_agi
    : licence<openai, microsoft, models, term<year<2025>>, unless<agi_event>> {
  static constexpr auto label = "X8 models licensed unless AGI";
};

TEST_CASE("soundness: a clause that yields at the ending event does not outlive the contract",
          "[soundness][termination]") {
  using C = contract<"c", parties<openai, microsoft>, licence_unless_agi,
                     covenant::trigger<agi_event, covenant::ends_contract<>>>;
  STATIC_REQUIRE(findings<C>.count(rule::outlives_termination) == 0);
}

} // namespace soundness_test
