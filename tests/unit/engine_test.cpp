// The engine: the candidate index, the blocks, the exception graph and the early stop of check.
#include "support/index_check.hpp"
#include "support/numbered_label.hpp"
#include "support/vocabulary.hpp"

#include <catch2/catch.hpp>

#include <cstddef>
#include <utility>

namespace {

using namespace test_vocabulary;

// Clauses generated from an index, so that a test can write contracts of any size.
// Scopes cycle through the hierarchy cloud_compute > hosting > products > {api, chat} and its
// siblings; terms through five-year windows that start in different years.
template <int I>
struct scope_for {
  using type = api;
};
template <int I>
requires(I % 7 == 1) struct scope_for<I> {
  using type = chat;
};
template <int I>
requires(I % 7 == 2) struct scope_for<I> {
  using type = products;
};
template <int I>
requires(I % 7 == 3) struct scope_for<I> {
  using type = hosting;
};
template <int I>
requires(I % 7 == 4) struct scope_for<I> {
  using type = new_capacity;
};
template <int I>
requires(I % 7 == 5) struct scope_for<I> {
  using type = research_compute;
};
template <int I>
requires(I % 7 == 6) struct scope_for<I> {
  using type = cloud_compute;
};

// Non-exclusive licences to one licensee: consistent however many overlap.
template <int I>
struct lic : licence<microsoft, openai, typename scope_for<I>::type,
                     term<year<2000 + (I * 3) % 40>, year<2000 + (I * 3) % 40 + 1 + I % 6>>> {
  static constexpr auto label = test_support::numbered_label<I, 'g'>;
};

template <typename Seq>
struct licences;
template <int... Is>
struct licences<std::integer_sequence<int, Is...>> {
  using type = contract<"generated", parties<microsoft, openai>, lic<Is>...>;
};

using test_support::index_is_exact;

} // namespace

TEST_CASE("engine: the candidate index lists exactly the pairs that may meet", "[engine]") {
  using C = licences<std::make_integer_sequence<int, 90>>::type;
  STATIC_REQUIRE(index_is_exact<C>());
  // Some pairs meet and some do not: the test says something.
  STATIC_REQUIRE(covenant::detail::meet_offsets<C>[C::size] > 0);
  STATIC_REQUIRE(covenant::detail::meet_offsets<C>[C::size] < C::size * (C::size - 1));
  STATIC_REQUIRE(covenant::consistent<C>);
}

TEST_CASE("engine: clauses on unrelated scopes never meet", "[engine]") {
  using C = contract<"c", parties<microsoft, openai>,
                     licence<microsoft, openai, new_capacity, term<year<2020>>>,
                     licence<microsoft, openai, research_compute, term<year<2020>>>,
                     licence<microsoft, openai, openai_ip, term<year<2020>>>>;
  STATIC_REQUIRE(covenant::detail::meet_offsets<C>[C::size] == 0);
  STATIC_REQUIRE(index_is_exact<C>());
}

namespace {
// 160 licences of one scope, all in force in 2030: every pair meets.
template <int I>
struct same_scope : licence<microsoft, openai, api, term<year<2020 + I % 10>, year<2040 + I>>> {
  static constexpr auto label = test_support::numbered_label<I, 'd'>;
};
template <typename Seq>
struct dense;
template <int... Is>
struct dense<std::integer_sequence<int, Is...>> {
  using type = contract<"dense", parties<microsoft, openai>, same_scope<Is>...>;
};
// The same, with an exclusivity to Amazon written first: it clashes with every licence.
struct amazon_first : exclusivity<microsoft, amazon, api, term<year<2030>, year<2031>>> {
  static constexpr auto label = "Amazon holds the API exclusively in 2030";
};
template <typename Seq>
struct dense_broken;
template <int... Is>
struct dense_broken<std::integer_sequence<int, Is...>> {
  using type =
      contract<"dense", parties<microsoft, openai, amazon>, amazon_first, same_scope<Is>...>;
};
} // namespace

TEST_CASE("engine: a dense contract stays within the compilers' limits", "[engine]") {
  using C = dense<std::make_integer_sequence<int, 160>>::type;
  STATIC_REQUIRE(covenant::detail::meet_offsets<C>[C::size] == 160 * 159);
  // The work is cut into several blocks, each its own constant expression.
  STATIC_REQUIRE(covenant::detail::blocks<C>.count > 1);
  STATIC_REQUIRE(covenant::check<C>);
}

TEST_CASE("engine: check stops at the first failing block", "[engine]") {
  using C = dense_broken<std::make_integer_sequence<int, 160>>::type;
  STATIC_REQUIRE(covenant::detail::blocks<C>.count > 1);
  STATIC_REQUIRE(covenant::detail::first_failing_block<C, covenant::strictness::standard>() == 0);
  constexpr auto f = covenant::detail::first_problem<C, covenant::strictness::standard>;
  STATIC_REQUIRE(f.id == covenant::rule::exclusivity_conflict);
  STATIC_REQUIRE(f.first == 0);
  // The first licence written, although the index lists the licences in another order.
  STATIC_REQUIRE(f.second == 1);
  STATIC_REQUIRE(covenant::error_count<C> == 160);
  // findings<C> lists them in the order written.
  constexpr auto& fs = covenant::findings<C>;
  STATIC_REQUIRE([&] {
    for (std::size_t k = 0; k < fs.size(); ++k) {
      if (fs[k].second != k + 1) return false;
    }
    return true;
  }());
}

namespace {
// A chain of fallbacks: clause I yields to clause I + 1 when the breach happens; the last one
// either just yields or, when Cycle, yields back to clause 0.
struct breach : event<"breach"> {};
template <int I, int Last, bool Cycle>
struct link;
template <int I, int Last, bool Cycle>
struct next_of {
  using type = link<I + 1, Last, Cycle>;
};
template <int Last, bool Cycle>
struct next_of<Last, Last, Cycle> {
  using type = link<0, Last, Cycle>;
};
template <int I, int Last, bool Cycle>
using outcome = std::conditional_t<(I == Last && !Cycle), yields,
                                   yields_to<typename next_of<I, Last, Cycle>::type>>;
template <int I, int Last, bool Cycle>
struct link : licence<microsoft, openai, typename scope_for<I>::type, term<year<2020 + I>>,
                      unless<exception<breach, outcome<I, Last, Cycle>>>> {
  static constexpr auto label = test_support::numbered_label<I, 'l'>;
};
template <typename Seq, bool Cycle>
struct chain;
template <int... Is, bool Cycle>
struct chain<std::integer_sequence<int, Is...>, Cycle> {
  using type = contract<"chain", parties<microsoft, openai>, link<Is, sizeof...(Is) - 1, Cycle>...>;
};
} // namespace

TEST_CASE("engine: exception cycles are found in one linear pass", "[engine][exception_cycle]") {
  // Sixty fallbacks: the first engine explored every path and exceeded the step limit at 22.
  using open_chain = chain<std::make_integer_sequence<int, 60>, false>::type;
  STATIC_REQUIRE(open_chain::fallback_count == 59);
  STATIC_REQUIRE(covenant::findings<open_chain>.count(covenant::rule::exception_cycle) == 0);

  using closed_chain = chain<std::make_integer_sequence<int, 60>, true>::type;
  STATIC_REQUIRE(closed_chain::fallback_count == 60);
  constexpr auto& fs = covenant::findings<closed_chain>;
  // One cycle, reported once, from its first clause, naming the clause it yields to.
  STATIC_REQUIRE(fs.count(covenant::rule::exception_cycle) == 1);
  STATIC_REQUIRE(fs[0].id == covenant::rule::exception_cycle);
  STATIC_REQUIRE(fs[0].first == 0);
  STATIC_REQUIRE(fs[0].second == 1);
}

TEST_CASE("engine: clause_at finds a clause's type past the triggers", "[engine]") {
  struct agi : event<"AGI"> {};
  struct a : licence<microsoft, openai, api, term<year<2020>>> {};
  struct b : licence<microsoft, openai, chat, term<year<2020>>> {};
  using C = contract<"c", parties<microsoft, openai>, a, trigger<agi, ends<a>>, b>;
  STATIC_REQUIRE(C::size == 2);
  STATIC_REQUIRE(std::is_same_v<C::clause_at<0>, a>);
  STATIC_REQUIRE(std::is_same_v<C::clause_at<1>, b>);
  STATIC_REQUIRE(C::records[0].ends_at_event == covenant::detail::entity_ptr<agi>());
}

namespace {
// Whether the records the engine reads (the view, keyed on the item list) are the contract's
// records, labels and identities included, and its parties the contract's.
template <typename C>
constexpr bool view_matches_records() {
  const auto v = C::view();
  if (v.size != C::size || v.parties.size() != C::party_ids.size()) return false;
  for (std::size_t i = 0; i < C::size; ++i) {
    const auto& r = C::records[i];
    if (!v.clauses[i].same_terms_as(r) || v.clauses[i].label != r.label ||
        v.clauses[i].identity != r.identity || r.identity == nullptr) {
      return false;
    }
  }
  for (std::size_t i = 0; i < C::party_ids.size(); ++i) {
    if (v.parties[i] != C::party_ids[i]) return false;
  }
  return v.triggers.size() == C::triggers.size();
}
struct agi_declared : event<"AGI"> {};
struct view_a : licence<microsoft, openai, api, term<year<2020>>> {
  static constexpr auto label = "a";
};
struct view_b : licence<microsoft, openai, chat, term<year<2020>>> {
  static constexpr auto label = "b";
};
} // namespace

TEST_CASE("engine: the view reads the same records as the contract lists", "[engine]") {
  using plain = contract<"c", parties<microsoft, openai>, view_a, view_b>;
  using triggered = contract<"c", parties<microsoft, openai>, view_a,
                             trigger<agi_declared, ends<view_a>>, view_b>;
  STATIC_REQUIRE(view_matches_records<plain>());
  STATIC_REQUIRE(view_matches_records<triggered>());
  // Labels and identities are set by lowering: the second clause is "b", not the first's.
  STATIC_REQUIRE(plain::view().clauses[1].label == "b");
  STATIC_REQUIRE(plain::view().clauses[1].identity == covenant::detail::identity<view_b>());
  STATIC_REQUIRE(triggered::view().clauses[1].label == "b");
  STATIC_REQUIRE(triggered::view().triggers.size() == 1);
}
