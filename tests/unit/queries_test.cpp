// Queries: in_force (which clauses apply on a day), is_in_force, holder_of (who holds a right
// over a scope; a grant over a wider scope answers for a narrower one), and how exceptions
// (unless, all_of, yields_to, priority) change them, at compile time and at run time.
#include "../support/vocabulary.hpp"

#include <catch2/catch.hpp>

#include <cstddef>
#include <string_view>
#include <vector>

namespace queries_test {

using namespace test_vocabulary;
using covenant::clause_kind;
using covenant::day_of;
using covenant::holder_of;
using covenant::in_force;
using covenant::is_in_force;
using covenant::scenario;

struct cannot_support : event<"Microsoft cannot support the launch"> {};
struct declines : event<"Microsoft declines"> {};
struct breach : event<"a material breach is established"> {};

// ---------------------------------------------------------------------------------------------
// in_force and holder_of over dated grants.
// ---------------------------------------------------------------------------------------------

struct hosting_excl : exclusivity<openai, microsoft, hosting, term<year<2019>, year<2025>>> {
  static constexpr auto label = "g1 hosting exclusive on Azure 2019-2024";
};
struct api_lic_amazon : licence<openai, amazon, api, term<year<2025>>> {
  static constexpr auto label = "g2 API licensed to Amazon";
};
struct products_lic_oracle : licence<openai, oracle, products, term<year<2026>>> {
  static constexpr auto label = "g3 products licensed to Oracle";
};
struct not_in_grants : licence<openai, oracle, chat, term<year<2019>>> {
  static constexpr auto label = "g4 not part of the contract";
};

using grants = contract<"grants", parties<openai, microsoft, amazon, oracle>, hosting_excl,
                        api_lic_amazon, products_lic_oracle>;
static_assert(covenant::check<grants, covenant::strictness::strict>);

TEST_CASE("queries: in_force by day", "[queries][in_force]") {
  constexpr auto before = in_force<grants>(day_of(2018, 12, 31));
  STATIC_REQUIRE(before.empty());
  STATIC_REQUIRE(before.size() == 0);

  constexpr auto y2020 = in_force<grants>(day_of(2020));
  STATIC_REQUIRE(y2020.size() == 1);
  STATIC_REQUIRE(y2020.contains(0));

  // Half-open terms: on 2025-01-01 the exclusivity is over and Amazon's licence has begun.
  constexpr auto y2025 = in_force<grants>(day_of(2025));
  STATIC_REQUIRE(y2025.size() == 1);
  STATIC_REQUIRE_FALSE(y2025.contains(0));
  STATIC_REQUIRE(y2025.contains(1));

  constexpr auto y2026 = in_force<grants>(day_of(2026));
  STATIC_REQUIRE(y2026.size() == 2);
  STATIC_REQUIRE(y2026.contains(1));
  STATIC_REQUIRE(y2026.contains(2));
}

TEST_CASE("queries: is_in_force names the clause type", "[queries][in_force]") {
  STATIC_REQUIRE(is_in_force<grants, hosting_excl>(day_of(2024, 12, 31)));
  STATIC_REQUIRE_FALSE(is_in_force<grants, hosting_excl>(day_of(2025)));
  STATIC_REQUIRE_FALSE(is_in_force<grants, products_lic_oracle>(day_of(2025, 12, 31)));
  STATIC_REQUIRE(is_in_force<grants, products_lic_oracle>(day_of(2026)));
  // A clause that is not in the contract is a compile error (query_arguments_test.cpp).
  STATIC_REQUIRE_FALSE(covenant::has_clause<grants, not_in_grants>);
}

TEST_CASE("queries: holder_of answers with the holder and the granting clause",
          "[queries][holder_of]") {
  constexpr auto h = holder_of<grants>(clause_kind::exclusivity, hosting{}, day_of(2020));
  STATIC_REQUIRE(static_cast<bool>(h));
  STATIC_REQUIRE(h.is(microsoft{}));
  STATIC_REQUIRE_FALSE(h.is(amazon{}));
  STATIC_REQUIRE(h.name() == "Microsoft");
  STATIC_REQUIRE(h.clause == 0);

  // Nobody holds it once the term is over; the answer is empty.
  constexpr auto none = holder_of<grants>(clause_kind::exclusivity, hosting{}, day_of(2025));
  STATIC_REQUIRE_FALSE(static_cast<bool>(none));
  STATIC_REQUIRE(none.name().empty());

  // The kind matters: there is no licence of hosting in 2020.
  STATIC_REQUIRE_FALSE(holder_of<grants>(clause_kind::licence, hosting{}, day_of(2020)));
  STATIC_REQUIRE_FALSE(holder_of<grants>(clause_kind::right_of_first_refusal, api{}, day_of(2020)));
}

TEST_CASE("queries: a grant over a wider scope answers for a narrower one, not the reverse",
          "[queries][holder_of]") {
  // hosting > products > {api, chat}.
  STATIC_REQUIRE(
      holder_of<grants>(clause_kind::exclusivity, products{}, day_of(2020)).is(microsoft{}));
  STATIC_REQUIRE(holder_of<grants>(clause_kind::exclusivity, api{}, day_of(2020)).is(microsoft{}));
  STATIC_REQUIRE(
      holder_of<grants>(clause_kind::exclusivity, chat{}, day_of(2024, 12, 31)).is(microsoft{}));
  // cloud_compute is wider than hosting: the exclusivity does not cover all of it.
  STATIC_REQUIRE_FALSE(holder_of<grants>(clause_kind::exclusivity, cloud_compute{}, day_of(2020)));
  // new_capacity is a sibling of hosting.
  STATIC_REQUIRE_FALSE(holder_of<grants>(clause_kind::exclusivity, new_capacity{}, day_of(2020)));

  // Amazon's API licence does not answer for products; Oracle's products licence (from 2026)
  // answers for ChatGPT.
  STATIC_REQUIRE_FALSE(holder_of<grants>(clause_kind::licence, products{}, day_of(2025, 6, 1)));
  STATIC_REQUIRE_FALSE(holder_of<grants>(clause_kind::licence, chat{}, day_of(2025, 6, 1)));
  constexpr auto chat_2026 = holder_of<grants>(clause_kind::licence, chat{}, day_of(2026));
  STATIC_REQUIRE(chat_2026.is(oracle{}));
  STATIC_REQUIRE(chat_2026.clause == 2);
  STATIC_REQUIRE(holder_of<grants>(clause_kind::licence, products{}, day_of(2026)).is(oracle{}));
  STATIC_REQUIRE_FALSE(holder_of<grants>(clause_kind::licence, hosting{}, day_of(2026)));
  // Two licences cover the API from 2026: the first clause written answers.
  constexpr auto api_2026 = holder_of<grants>(clause_kind::licence, api{}, day_of(2026));
  STATIC_REQUIRE(api_2026.is(amazon{}));
  STATIC_REQUIRE(api_2026.clause == 1);
}

// ---------------------------------------------------------------------------------------------
// Exceptions: unless<event>, all_of, yields_to, priorities.
// ---------------------------------------------------------------------------------------------

struct ships_first
    : first_ship<openai, microsoft, products, term<year<2026>, year<2032>>, unless<declines>> {
  static constexpr auto label = "x1 products ship first on Azure unless Microsoft declines";
};
struct any_cloud : permission<openai, use_other_cloud, products, term<year<2026>>> {
  static constexpr auto label = "x2 OpenAI may use any cloud";
};
using simple = contract<"simple", parties<openai, microsoft>, ships_first, any_cloud>;
static_assert(covenant::check<simple, covenant::strictness::strict>);

TEST_CASE("queries: a clause yields from the day its exception happens", "[queries][exceptions]") {
  // No event: in force over its whole term, and Microsoft is first for the API.
  STATIC_REQUIRE(is_in_force<simple, ships_first>(day_of(2026)));
  STATIC_REQUIRE(is_in_force<simple, ships_first>(day_of(2031, 12, 31)));
  STATIC_REQUIRE_FALSE(is_in_force<simple, ships_first>(day_of(2032)));
  STATIC_REQUIRE(holder_of<simple>(clause_kind::first_ship, api{}, day_of(2027)).is(microsoft{}));

  constexpr scenario declined{{declines{}, date<2027, 7, 1>{}}};
  STATIC_REQUIRE(is_in_force<simple, ships_first>(day_of(2027, 6, 30), declined));
  STATIC_REQUIRE_FALSE(is_in_force<simple, ships_first>(day_of(2027, 7, 1), declined));
  STATIC_REQUIRE_FALSE(is_in_force<simple, ships_first>(day_of(2031), declined));
  STATIC_REQUIRE(holder_of<simple>(clause_kind::first_ship, api{}, day_of(2027, 6, 30), declined)
                     .is(microsoft{}));
  STATIC_REQUIRE_FALSE(
      holder_of<simple>(clause_kind::first_ship, api{}, day_of(2027, 7, 1), declined));
  // The plain permission does not depend on the exception.
  STATIC_REQUIRE(in_force<simple>(day_of(2027, 7, 1), declined).size() == 1);
  STATIC_REQUIRE(in_force<simple>(day_of(2027, 7, 1), declined).contains(1));

  // Declined before the term starts: the preference never applies.
  constexpr scenario early{{declines{}, date<2025, 3, 1>{}}};
  STATIC_REQUIRE_FALSE(is_in_force<simple, ships_first>(day_of(2026), early));
  // An unrelated event changes nothing.
  constexpr scenario unrelated{{breach{}, date<2027, 1, 1>{}}};
  STATIC_REQUIRE(is_in_force<simple, ships_first>(day_of(2028), unrelated));
}

struct ships_first_both : first_ship<openai, microsoft, products, term<year<2026>, year<2032>>,
                                     unless<all_of<cannot_support, declines>>> {
  static constexpr auto label = "x3 ship first unless Microsoft cannot and declines";
};
struct ships_first_either : first_ship<openai, microsoft, chat, term<year<2026>, year<2032>>,
                                       unless<breach, all_of<cannot_support, declines>>> {
  static constexpr auto label = "x4 ChatGPT ships first unless breach, or cannot and declines";
};
using conjunction =
    contract<"all_of", parties<openai, microsoft>, ships_first_both, ships_first_either, any_cloud>;
static_assert(covenant::check<conjunction, covenant::strictness::strict>);

TEST_CASE("queries: all_of holds only once every event has happened", "[queries][exceptions]") {
  using C = conjunction;
  using X = ships_first_both;
  constexpr scenario only_cannot{{cannot_support{}, date<2027>{}}};
  constexpr scenario only_declines{{declines{}, date<2027>{}}};
  STATIC_REQUIRE(is_in_force<C, X>(day_of(2028), only_cannot));
  STATIC_REQUIRE(is_in_force<C, X>(day_of(2028), only_declines));

  // Both: from the later of the two days, in either order.
  constexpr scenario both{{cannot_support{}, date<2027>{}}, {declines{}, date<2028, 5, 1>{}}};
  STATIC_REQUIRE(is_in_force<C, X>(day_of(2028, 4, 30), both));
  STATIC_REQUIRE_FALSE(is_in_force<C, X>(day_of(2028, 5, 1), both));
  constexpr scenario both_reversed{{declines{}, date<2027>{}},
                                   {cannot_support{}, date<2028, 5, 1>{}}};
  STATIC_REQUIRE(is_in_force<C, X>(day_of(2028, 4, 30), both_reversed));
  STATIC_REQUIRE_FALSE(is_in_force<C, X>(day_of(2028, 5, 1), both_reversed));
}

TEST_CASE("queries: of several exceptions, the first to hold ends the clause",
          "[queries][exceptions]") {
  using C = conjunction;
  using X = ships_first_either;
  // A breach alone is enough.
  constexpr scenario breached{{breach{}, date<2029, 9, 1>{}}};
  STATIC_REQUIRE(is_in_force<C, X>(day_of(2029, 8, 31), breached));
  STATIC_REQUIRE_FALSE(is_in_force<C, X>(day_of(2029, 9, 1), breached));
  // The conjunction completes in 2028, before the breach in 2029.
  constexpr scenario all{{breach{}, date<2029, 9, 1>{}},
                         {cannot_support{}, date<2027>{}},
                         {declines{}, date<2028, 5, 1>{}}};
  STATIC_REQUIRE(is_in_force<C, X>(day_of(2028, 4, 30), all));
  STATIC_REQUIRE_FALSE(is_in_force<C, X>(day_of(2028, 5, 1), all));
  // Only half of the conjunction: only the breach counts.
  constexpr scenario half{{declines{}, date<2027>{}}, {breach{}, date<2030>{}}};
  STATIC_REQUIRE(is_in_force<C, X>(day_of(2029, 12, 31), half));
  STATIC_REQUIRE_FALSE(is_in_force<C, X>(day_of(2030), half));
}

struct fallback_any_cloud;
struct ships_first_or_fallback
    : first_ship<openai, microsoft, products, term<year<2026>, year<2032>>,
                 unless<exception<declines, yields_to<fallback_any_cloud>>>> {
  static constexpr auto label = "y1 ship first, else OpenAI may use any cloud";
};
struct fallback_any_cloud : permission<openai, use_other_cloud, products, term<year<2026>>> {
  static constexpr auto label = "y2 OpenAI may use any cloud once Microsoft declines";
};
using with_fallback =
    contract<"yields_to", parties<openai, microsoft>, ships_first_or_fallback, fallback_any_cloud>;
static_assert(covenant::check<with_fallback, covenant::strictness::strict>);

TEST_CASE("queries: a yields_to fallback applies only once the exception holds",
          "[queries][exceptions]") {
  using C = with_fallback;
  using F = fallback_any_cloud;
  using X = ships_first_or_fallback;
  // No event: the fallback never applies, although its own term is open.
  STATIC_REQUIRE_FALSE(is_in_force<C, F>(day_of(2026)));
  STATIC_REQUIRE_FALSE(is_in_force<C, F>(day_of(2040)));
  STATIC_REQUIRE(in_force<C>(day_of(2027)).size() == 1);
  STATIC_REQUIRE(in_force<C>(day_of(2027)).contains(0));

  // Microsoft declines on 2027-07-01: the preference yields and the fallback takes over.
  constexpr scenario declined{{declines{}, date<2027, 7, 1>{}}};
  STATIC_REQUIRE(is_in_force<C, X>(day_of(2027, 6, 30), declined));
  STATIC_REQUIRE_FALSE(is_in_force<C, F>(day_of(2027, 6, 30), declined));
  STATIC_REQUIRE_FALSE(is_in_force<C, X>(day_of(2027, 7, 1), declined));
  STATIC_REQUIRE(is_in_force<C, F>(day_of(2027, 7, 1), declined));
  STATIC_REQUIRE(is_in_force<C, F>(day_of(2040), declined));

  // Declined before either term starts: the fallback waits for its own start.
  constexpr scenario early{{declines{}, date<2025, 3, 1>{}}};
  STATIC_REQUIRE_FALSE(is_in_force<C, F>(day_of(2025, 12, 31), early));
  STATIC_REQUIRE(is_in_force<C, F>(day_of(2026), early));
  STATIC_REQUIRE_FALSE(is_in_force<C, X>(day_of(2026), early));
}

struct if_cannot;
struct if_declines;
struct ships_first_prioritised
    : first_ship<openai, microsoft, products, term<year<2026>, year<2032>>,
                 unless<exception<cannot_support, yields_to<if_cannot>, priority<1>>,
                        exception<declines, yields_to<if_declines>, priority<2>>>> {
  static constexpr auto label = "z1 ship first; a refusal outranks an inability";
};
struct if_cannot : permission<openai, use_other_cloud, products, term<year<2026>>> {
  static constexpr auto label = "z2 OpenAI may use another cloud if Microsoft cannot";
};
struct if_declines : permission<openai, serve_api_elsewhere, api, term<year<2026>>> {
  static constexpr auto label = "z3 OpenAI may serve the API elsewhere if Microsoft declines";
};
using prioritised = contract<"priority", parties<openai, microsoft>, ships_first_prioritised,
                             if_cannot, if_declines>;
static_assert(covenant::check<prioritised, covenant::strictness::strict>);

TEST_CASE("queries: the higher priority decides when exceptions hold together",
          "[queries][exceptions]") {
  using C = prioritised;
  using X = ships_first_prioritised;
  using A = if_cannot;   // priority 1
  using B = if_declines; // priority 2

  // Only the lower-priority exception: its fallback applies.
  constexpr scenario cannot{{cannot_support{}, date<2027>{}}};
  STATIC_REQUIRE_FALSE(is_in_force<C, X>(day_of(2027), cannot));
  STATIC_REQUIRE(is_in_force<C, A>(day_of(2027), cannot));
  STATIC_REQUIRE_FALSE(is_in_force<C, B>(day_of(2027), cannot));

  // Only the higher one.
  constexpr scenario declined{{declines{}, date<2027>{}}};
  STATIC_REQUIRE(is_in_force<C, B>(day_of(2027), declined));
  STATIC_REQUIRE_FALSE(is_in_force<C, A>(day_of(2027), declined));

  // Both on the same day: priority 2 decides.
  constexpr scenario same_day{{cannot_support{}, date<2027>{}}, {declines{}, date<2027>{}}};
  STATIC_REQUIRE(in_force<C>(day_of(2027), same_day).size() == 1);
  STATIC_REQUIRE(is_in_force<C, B>(day_of(2027), same_day));
  STATIC_REQUIRE_FALSE(is_in_force<C, A>(day_of(2027), same_day));

  // The higher one first: the lower one, arriving later, never takes over.
  constexpr scenario declined_first{{declines{}, date<2027>{}}, {cannot_support{}, date<2028>{}}};
  STATIC_REQUIRE(is_in_force<C, B>(day_of(2029), declined_first));
  STATIC_REQUIRE_FALSE(is_in_force<C, A>(day_of(2029), declined_first));

  // The lower one first: its fallback applies until the higher one holds too.
  constexpr scenario cannot_first{{cannot_support{}, date<2027>{}}, {declines{}, date<2028>{}}};
  STATIC_REQUIRE(is_in_force<C, A>(day_of(2027, 6, 1), cannot_first));
  STATIC_REQUIRE_FALSE(is_in_force<C, B>(day_of(2027, 6, 1), cannot_first));
  STATIC_REQUIRE(is_in_force<C, B>(day_of(2028, 6, 1), cannot_first));
}

// Regression (fixed in afe1a4b): once both exceptions hold, the higher priority decides, so a
// lower-priority fallback that started earlier stops when the higher exception holds.
TEST_CASE("queries: a lower-priority fallback stops once a higher exception holds",
          "[queries][exceptions]") {
  using C = prioritised;
  constexpr scenario cannot_first{{cannot_support{}, date<2027>{}}, {declines{}, date<2028>{}}};
  // 2027-12-31: only the inability holds; 2028-01-01: the refusal holds too.
  STATIC_REQUIRE(is_in_force<C, if_cannot>(day_of(2027, 12, 31), cannot_first));
  STATIC_REQUIRE_FALSE(is_in_force<C, if_cannot>(day_of(2028), cannot_first));
  constexpr auto set = in_force<C>(day_of(2028, 6, 1), cannot_first);
  STATIC_REQUIRE(set.contains(2)); // if_declines
  STATIC_REQUIRE_FALSE(set.contains(1));
  STATIC_REQUIRE(set.size() == 1);
}

// Regression (fixed in afe1a4b): an exception that holds before 1970 holds from its own day
// (detail::holds_from used to start its maximum at day 0, 1970-01-01).
struct old_licence : licence<openai, microsoft, models, term<year<1950>>, unless<breach>> {
  static constexpr auto label = "o1 an old licence, ended by a breach";
};
using old_deal = contract<"old", parties<openai, microsoft>, old_licence>;

TEST_CASE("queries: an exception that holds before 1970", "[queries][exceptions]") {
  constexpr scenario breached{{breach{}, date<1960>{}}};
  STATIC_REQUIRE(is_in_force<old_deal, old_licence>(day_of(1959, 12, 31), breached));
  STATIC_REQUIRE_FALSE(is_in_force<old_deal, old_licence>(day_of(1960), breached));
  STATIC_REQUIRE_FALSE(is_in_force<old_deal, old_licence>(day_of(1965), breached));
  // At run time too.
  const scenario at_run_time{{breach{}, day_of(1960, 6, 1)}};
  REQUIRE(is_in_force<old_deal, old_licence>(day_of(1960, 5, 31), at_run_time));
  REQUIRE_FALSE(is_in_force<old_deal, old_licence>(day_of(1960, 6, 1), at_run_time));
}

// The same queries at run time, on timelines and days that are not constants.
TEST_CASE("queries: in_force and holder_of at run time", "[queries][runtime]") {
  std::vector<covenant::day> decline_days{day_of(2026, 4, 1), day_of(2027, 7, 1)};
  for (const covenant::day d : decline_days) {
    const scenario s{{declines{}, d}};
    // The day before: the preference, only.
    auto set = in_force<with_fallback>(d - 1, s);
    std::vector<std::string_view> labels;
    for (const std::size_t i : set) labels.emplace_back(with_fallback::records[i].label);
    REQUIRE(labels ==
            std::vector<std::string_view>{"y1 ship first, else OpenAI may use any cloud"});
    // The day itself: the fallback, only.
    set = in_force<with_fallback>(d, s);
    labels.clear();
    for (const std::size_t i : set) labels.emplace_back(with_fallback::records[i].label);
    REQUIRE(labels ==
            std::vector<std::string_view>{"y2 OpenAI may use any cloud once Microsoft declines"});
    REQUIRE_FALSE(holder_of<with_fallback>(clause_kind::first_ship, chat{}, d, s));
    const auto h = holder_of<with_fallback>(clause_kind::first_ship, chat{}, d - 1, s);
    REQUIRE(h);
    REQUIRE(h.name() == "Microsoft");
    REQUIRE(h.clause == 0);
  }

  // Priorities at run time: the same day for both events.
  const covenant::day same = decline_days[1];
  const scenario both{{cannot_support{}, same}, {declines{}, same}};
  REQUIRE(is_in_force<prioritised, if_declines>(same, both));
  REQUIRE_FALSE(is_in_force<prioritised, if_cannot>(same, both));
  REQUIRE_FALSE(is_in_force<prioritised, ships_first_prioritised>(same, both));

  // A clause set iterates in increasing order.
  std::vector<std::size_t> indices;
  for (const std::size_t i : in_force<grants>(day_of(2026))) indices.push_back(i);
  REQUIRE(indices == std::vector<std::size_t>{1, 2});
}

} // namespace queries_test
