// Rule ambiguous_exceptions: two exceptions of one clause with the same priority and different
// outcomes (yield, or yield to different clauses) whose conditions can hold together. Events
// declared mutually exclusive (excludes<...>, on either side) cannot hold together; all_of
// conditions cannot hold together with a condition one of whose events excludes one of theirs.
#include "../support/vocabulary.hpp"

#include <catch2/catch.hpp>

namespace rules_ambiguous_exceptions_test {

using namespace test_vocabulary;
using covenant::day_of;
using covenant::end_of_time;
using covenant::findings;
using covenant::rule;
using covenant::severity;

template <typename E>
constexpr const covenant::detail::entity* id = covenant::detail::entity_ptr<E>();

struct cannot_support : event<"Microsoft cannot support the launch"> {};
struct declines : event<"Microsoft declines"> {};
struct accepts : event<"Microsoft accepts", excludes<declines>> {};
struct breach : event<"a material breach is established"> {};
struct agi : event<"AGI is declared"> {};

struct fallback_a : permission<openai, use_other_cloud, products, term<year<2026>>> {
  static constexpr auto label = "fa OpenAI may use another cloud";
};
struct fallback_b : permission<openai, serve_api_elsewhere, api, term<year<2026>>> {
  static constexpr auto label = "fb OpenAI may serve the API elsewhere";
};

/// A first-ship preference to Microsoft over products, 2026-2031, with exceptions `Unless`.
template <typename Unless>
struct ship : first_ship<openai, microsoft, products, term<year<2026>, year<2032>>, Unless> {
  static constexpr auto label = "u1 products ship first on Azure";
};

/// The contract of one preference and both fallbacks.
template <typename Unless>
using deal = contract<"deal", parties<openai, microsoft>, ship<Unless>, fallback_a, fallback_b>;

template <typename Unless>
constexpr std::size_t ambiguities = findings<deal<Unless>>.count(rule::ambiguous_exceptions);

TEST_CASE("ambiguous_exceptions: exceptions that agree", "[rules][ambiguous_exceptions]") {
  // Same outcome (plain yield) for both.
  STATIC_REQUIRE(ambiguities<unless<declines, cannot_support>> == 0);
  // Same fallback for both.
  STATIC_REQUIRE(ambiguities<unless<exception<declines, yields_to<fallback_a>>,
                                    exception<cannot_support, yields_to<fallback_a>>>> == 0);
  // One exception only.
  STATIC_REQUIRE(ambiguities<unless<exception<declines, yields_to<fallback_a>>>> == 0);
  using consistent = deal<unless<exception<declines, yields_to<fallback_a>>,
                                 exception<cannot_support, yields_to<fallback_a>>>>;
  STATIC_REQUIRE(covenant::strictly_consistent<consistent>);
}

TEST_CASE("ambiguous_exceptions: priorities decide", "[rules][ambiguous_exceptions]") {
  STATIC_REQUIRE(
      ambiguities<
          unless<exception<declines, yields_to<fallback_a>, priority<1>>, cannot_support>> == 0);
  STATIC_REQUIRE(
      ambiguities<unless<exception<declines, yields_to<fallback_a>, priority<1>>,
                         exception<cannot_support, yields_to<fallback_b>, priority<2>>>> == 0);
  // Negative priorities are priorities too.
  STATIC_REQUIRE(
      ambiguities<
          unless<exception<declines, yields_to<fallback_a>, priority<-1>>, cannot_support>> == 0);
}

TEST_CASE("ambiguous_exceptions: events that exclude each other never hold together",
          "[rules][ambiguous_exceptions]") {
  // accepts excludes declines: declared on the first event's side...
  STATIC_REQUIRE(ambiguities<unless<exception<accepts, yields_to<fallback_a>>,
                                    exception<declines, yields_to<fallback_b>>>> == 0);
  // ...or on the second's.
  STATIC_REQUIRE(ambiguities<unless<exception<declines, yields_to<fallback_a>>,
                                    exception<accepts, yields_to<fallback_b>>>> == 0);
  // One excluded event inside an all_of is enough.
  STATIC_REQUIRE(ambiguities<unless<exception<all_of<accepts, breach>, yields_to<fallback_a>>,
                                    exception<declines, yields_to<fallback_b>>>> == 0);
  STATIC_REQUIRE(id<accepts>->excludes == id<declines>);
  STATIC_REQUIRE(id<declines>->excludes == nullptr);
}

TEST_CASE("ambiguous_exceptions: a fallback against a plain yield",
          "[rules][ambiguous_exceptions]") {
  using C = deal<unless<exception<declines, yields_to<fallback_a>>, cannot_support>>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  constexpr auto f = fs[0];
  STATIC_REQUIRE(f.id == rule::ambiguous_exceptions);
  STATIC_REQUIRE(f.level == severity::error);
  STATIC_REQUIRE(f.first == 0);
  STATIC_REQUIRE(f.second == 0);
  // The window is the clause's term, [2026-01-01, 2032-01-01).
  STATIC_REQUIRE(f.from == day_of(2026));
  STATIC_REQUIRE(f.to == day_of(2032));
  STATIC_REQUIRE(f.scope_name() == "OpenAI products");
  STATIC_REQUIRE(f.first_label == "u1 products ship first on Azure");
  STATIC_REQUIRE(f.second_label == "u1 products ship first on Azure");
  STATIC_REQUIRE(f.after_event == nullptr);
  STATIC_REQUIRE(f.before_event == nullptr);
  STATIC_REQUIRE_FALSE(covenant::consistent<C>);
}

TEST_CASE("ambiguous_exceptions: two fallbacks at one priority", "[rules][ambiguous_exceptions]") {
  using C = deal<unless<exception<declines, yields_to<fallback_a>, priority<3>>,
                        exception<cannot_support, yields_to<fallback_b>, priority<3>>>>;
  STATIC_REQUIRE(findings<C>.size() == 1);
  STATIC_REQUIRE(findings<C>[0].id == rule::ambiguous_exceptions);
  STATIC_REQUIRE(covenant::error_count<C> == 1);
}

TEST_CASE("ambiguous_exceptions: all_of conditions that can hold together",
          "[rules][ambiguous_exceptions]") {
  // Neither breach nor declines excludes cannot_support.
  using C = deal<unless<exception<all_of<declines, breach>, yields_to<fallback_a>>,
                        exception<cannot_support, yields_to<fallback_b>>>>;
  STATIC_REQUIRE(findings<C>.count(rule::ambiguous_exceptions) == 1);
  // accepts and breach together, against cannot_support: nothing excludes it either.
  using D = deal<unless<exception<all_of<accepts, breach>, yields_to<fallback_a>>,
                        exception<cannot_support, yields_to<fallback_b>>>>;
  STATIC_REQUIRE(findings<D>.count(rule::ambiguous_exceptions) == 1);
}

TEST_CASE("ambiguous_exceptions: one finding per clause however many pairs",
          "[rules][ambiguous_exceptions]") {
  // Three exceptions at priority 0 with three outcomes: three ambiguous pairs, one finding.
  using C = deal<unless<exception<declines, yields_to<fallback_a>>,
                        exception<cannot_support, yields_to<fallback_b>>, breach>>;
  STATIC_REQUIRE(findings<C>.count(rule::ambiguous_exceptions) == 1);
}

// A licence ending at an event: the finding carries the clause's own timeline.
struct licence_until_agi : licence<openai, microsoft, models, term<year<2020>, until<agi>>,
                                   unless<exception<declines, yields_to<fallback_a>>, breach>> {
  static constexpr auto label = "u2 models licensed until AGI";
};

TEST_CASE("ambiguous_exceptions: on a licence, with its timeline",
          "[rules][ambiguous_exceptions]") {
  using C = contract<"c", parties<openai, microsoft>, fallback_a, licence_until_agi>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].id == rule::ambiguous_exceptions);
  STATIC_REQUIRE(fs[0].first == 1);
  STATIC_REQUIRE(fs[0].second == 1);
  STATIC_REQUIRE(fs[0].from == day_of(2020));
  STATIC_REQUIRE(fs[0].to == end_of_time);
  STATIC_REQUIRE(fs[0].scope_name() == "OpenAI models");
  STATIC_REQUIRE(fs[0].before_event == id<agi>);
  STATIC_REQUIRE(fs[0].first_label == "u2 models licensed until AGI");
}

TEST_CASE("ambiguous_exceptions: read at run time", "[rules][ambiguous_exceptions][runtime]") {
  using C = deal<unless<exception<declines, yields_to<fallback_a>>, cannot_support>>;
  const auto& fs = findings<C>;
  REQUIRE(fs.size() == 1);
  REQUIRE(fs[0].is_error());
  REQUIRE(covenant::describe(fs[0].id).name == "ambiguous_exceptions");
  REQUIRE(fs[0].scope_name() == "OpenAI products");
}

} // namespace rules_ambiguous_exceptions_test
