// Dated amendments: amend<base, effective<date>, ...> ends what it strikes or replaces on the
// effective day instead of erasing it, so queries before that day answer as the base does;
// continue_as<old, new> carries a clause on under new terms, its payments and caps running on.
#include "../support/vocabulary.hpp"

#include <covenant/render.hpp>

#include <catch2/catch.hpp>

#include <array>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>

namespace amend_dated_test {

using namespace test_vocabulary;
using covenant::add;
using covenant::amend;
using covenant::clause_change;
using covenant::continue_as;
using covenant::day_of;
using covenant::diff;
using covenant::effective;
using covenant::ended_on;
using covenant::in_force;
using covenant::is_in_force;
using covenant::payments;
using covenant::replace;
using covenant::revenue_in;
using covenant::strike;

using what = clause_change::what;
using april_27 = date<2026, 4, 27>;
constexpr covenant::day effective_day = april_27::value;
constexpr covenant::day march_1 = day_of(2026, 3, 1);
constexpr covenant::day may_1 = day_of(2026, 5, 1);

struct agi : event<"AGI is declared"> {};

struct api_excl : exclusivity<openai, microsoft, api, term<date<2025, 10, 28>, until<agi>>> {
  static constexpr auto label = "t1 API exclusive on Azure until AGI";
};
struct ip_licence
    : licence<openai, microsoft, models, term<date<2025, 10, 28>, through<2032>>, exclusive> {
  static constexpr auto label = "t2 exclusive IP licence through 2032";
};
struct share : revenue_share<openai, microsoft, percent<20>, openai_revenue,
                             term<date<2025, 10, 28>, through<2030>>> {
  static constexpr auto label = "t3 revenue share to Microsoft through 2030";
};
struct later_licence : licence<openai, amazon, chat, term<year<2027>, through<2032>>> {
  static constexpr auto label = "t4 ChatGPT licensed to Amazon from 2027";
};
struct old_licence : licence<openai, amazon, chat, term<year<2020>, year<2024>>> {
  static constexpr auto label = "t5 ChatGPT licensed to Amazon 2020-2023";
};

struct ip_non_exclusive
    : licence<openai, microsoft, models, term<april_27, through<2032>>, non_exclusive> {
  static constexpr auto label = "t2 IP licence, now non-exclusive";
};
struct share_capped : revenue_share<openai, microsoft, percent<20>, openai_revenue,
                                    term<april_27, through<2030>>, cap<usd_millions<10'000>>> {
  static constexpr auto label = "t3 revenue share, same rate, capped";
};
struct api_elsewhere : permission<openai, serve_api_elsewhere, api, term<april_27>> {
  static constexpr auto label = "t6 the API may be served on any cloud";
};

using base = contract<"base", parties<openai, microsoft, amazon>, api_excl, ip_licence, share,
                      later_licence, old_licence>;
using dated = amend<base, effective<april_27>, strike<api_excl, later_licence, old_licence>,
                    replace<ip_licence, ip_non_exclusive>, continue_as<share, share_capped>,
                    add<api_elsewhere>>;
// The same words as an undated redraft.
using redraft =
    amend<base, strike<api_excl, later_licence, old_licence>, replace<ip_licence, ip_non_exclusive>,
          replace<share, share_capped>, add<api_elsewhere>>;

static_assert(covenant::check<base>);
static_assert(covenant::check<dated, covenant::strictness::strict>);
static_assert(covenant::check<redraft>);

/// The labels of the clauses of C in force on a day.
template <typename C>
std::set<std::string_view> labels_in_force(covenant::day on) {
  std::set<std::string_view> out;
  for (std::size_t i : in_force<C>(on)) out.insert(C::records[i].label);
  return out;
}

TEST_CASE("amend dated: struck and replaced clauses end on the effective day", "[amend][dated]") {
  // api_excl ended; ip_licence ended, then its replacement; share ended, then its continuation;
  // later_licence dropped (it would not have started); old_licence kept as it was; api_elsewhere.
  STATIC_REQUIRE(dated::size == 7);
  STATIC_REQUIRE(std::is_same_v<dated::clause_at<0>, ended_on<api_excl, april_27>>);
  STATIC_REQUIRE(dated::records[0].label == "t1 API exclusive on Azure until AGI");
  STATIC_REQUIRE(dated::records[0].start == day_of(2025, 10, 28));
  STATIC_REQUIRE(dated::records[0].end == effective_day);
  STATIC_REQUIRE(dated::records[0].ended_by_amendment == effective_day);
  // The event that could end it earlier still can.
  STATIC_REQUIRE(dated::records[0].ends_at_event == covenant::detail::entity_ptr<agi>());
  STATIC_REQUIRE(dated::records[1].label == "t2 exclusive IP licence through 2032");
  STATIC_REQUIRE(dated::records[1].end == effective_day);
  STATIC_REQUIRE(dated::records[2].label == "t2 IP licence, now non-exclusive");
  STATIC_REQUIRE(dated::records[3].label == "t3 revenue share to Microsoft through 2030");
  STATIC_REQUIRE(dated::records[3].end == effective_day);
  STATIC_REQUIRE(dated::records[4].label == "t3 revenue share, same rate, capped");
  STATIC_REQUIRE(dated::records[4].continues == dated::records[3].identity);
  STATIC_REQUIRE(dated::records[5].label == "t5 ChatGPT licensed to Amazon 2020-2023");
  STATIC_REQUIRE(dated::records[5].end == day_of(2024));
  STATIC_REQUIRE(dated::records[5].ended_by_amendment == covenant::end_of_time);
  STATIC_REQUIRE(dated::records[6].label == "t6 the API may be served on any cloud");
  // An ended clause keeps its identity: it is still named by its own type.
  STATIC_REQUIRE(is_in_force<dated, api_excl>(march_1));
  STATIC_REQUIRE_FALSE(is_in_force<dated, api_excl>(may_1));
  // Dropped, so no longer a clause of the contract (is_in_force would not compile).
  STATIC_REQUIRE_FALSE(covenant::has_clause<dated, later_licence>);
}

TEST_CASE("amend dated: before the effective day the amended contract answers as the base",
          "[amend][dated]") {
  for (const auto on : {day_of(2025, 11, 1), march_1, effective_day - 1}) {
    REQUIRE(labels_in_force<dated>(on) == labels_in_force<base>(on));
  }
  // The undated redraft forgot the past: on 1 March it shows neither the exclusivity nor the
  // exclusive licence, and no revenue share at all.
  REQUIRE(labels_in_force<redraft>(march_1) != labels_in_force<base>(march_1));
  REQUIRE(labels_in_force<redraft>(march_1).count("t1 API exclusive on Azure until AGI") == 0);
  // From the effective day on, the dated amendment answers as the redraft does.
  for (const auto on : {effective_day, may_1, day_of(2031)}) {
    REQUIRE(labels_in_force<dated>(on) == labels_in_force<redraft>(on));
  }
  // AGI before the amendment ends the exclusivity then, as in the base.
  constexpr covenant::scenario agi_early{{agi{}, day_of(2026, 1, 15)}};
  STATIC_REQUIRE_FALSE(is_in_force<dated, api_excl>(march_1, agi_early));
  STATIC_REQUIRE(is_in_force<dated, api_excl>(day_of(2026, 1, 14), agi_early));
}

constexpr std::array<revenue_in, 4> revenue{
    {{2025, 10'000}, {2026, 30'000}, {2027, 60'000}, {2028, 100'000}}};

TEST_CASE("amend dated: a continued share pays on across the amendment", "[amend][dated]") {
  constexpr auto before = payments<base>(openai{}, microsoft{}, revenue);
  constexpr auto continued = payments<dated>(openai{}, microsoft{}, revenue);
  constexpr auto redrafted = payments<redraft>(openai{}, microsoft{}, revenue);
  // 2025: 20 % of 10,000 over the 65 days from 28 October: 356 under both.
  STATIC_REQUIRE(before[0].due == 356);
  STATIC_REQUIRE(continued[0].due == 356);
  // 2026: the same 6,000 as the base, under the cap.
  STATIC_REQUIRE(before[1].due == 6'000);
  STATIC_REQUIRE(continued[1].due == 6'000);
  STATIC_REQUIRE_FALSE(continued[1].capped);
  // The redraft starts the share on 27 April: 20 % of 30,000 over 249 days of 365.
  STATIC_REQUIRE(redrafted[1].due == 4'093);
  // 2027: the cap of 10,000 counts the 6,356 paid before: 3,644 of 12,000 is due.
  STATIC_REQUIRE(continued[2].uncapped == 12'000);
  STATIC_REQUIRE(continued[2].due == 10'000 - 6'356);
  STATIC_REQUIRE(continued[2].capped);
  STATIC_REQUIRE(continued[3].due == 0);
  STATIC_REQUIRE(continued[3].cumulative == 10'000);
  // The redraft's cap counts from 27 April only.
  STATIC_REQUIRE(redrafted[2].due == 10'000 - 4'093);
}

TEST_CASE("amend dated: a replacement ends the old share and starts the new one afresh",
          "[amend][dated]") {
  using replaced = amend<base, effective<april_27>, replace<share, share_capped>>;
  constexpr auto p = payments<replaced>(openai{}, microsoft{}, revenue);
  // Two shares, each rounded down on its own days: 1,906 + 4,093.
  STATIC_REQUIRE(p[1].due == 5'999);
  // The new share's cap counts from the effective day: 10,000 - 4,093 is left for 2027.
  STATIC_REQUIRE(p[2].due == 10'000 - 4'093);
  STATIC_REQUIRE(replaced::records[3].continues == nullptr);
}

struct share_higher_cap
    : revenue_share<openai, microsoft, percent<20>, openai_revenue, term<year<2027>, through<2030>>,
                    cap<usd_millions<20'000>>> {
  static constexpr auto label = "t3 revenue share, cap raised";
};

TEST_CASE("amend dated: a continuation keeps the chain across amendments", "[amend][dated]") {
  using again = amend<dated, effective<year<2027>>, continue_as<share_capped, share_higher_cap>>;
  STATIC_REQUIRE(again::size == 8);
  STATIC_REQUIRE(again::records[4].end == day_of(2027));
  STATIC_REQUIRE(again::records[5].continues == again::records[4].identity);
  constexpr auto p = payments<again>(openai{}, microsoft{}, revenue);
  STATIC_REQUIRE(p[1].due == 6'000);
  // 2027 under the raised cap: all 12,000; 2028: 20,000 - 18,356 is left.
  STATIC_REQUIRE(p[2].due == 12'000);
  STATIC_REQUIRE(p[3].due == 20'000 - 18'356);
  // A later amendment strikes an ended clause by its own type.
  using struck = amend<again, strike<api_excl>>;
  STATIC_REQUIRE(struck::size == 7);
}

TEST_CASE("amend dated: a struck clause with no term left, and undated amendments unchanged",
          "[amend][dated]") {
  // Nothing to end: the same contract.
  STATIC_REQUIRE(std::is_same_v<amend<base, effective<april_27>>, base>);
  // Undated strike still erases.
  using erased = amend<base, strike<api_excl>>;
  STATIC_REQUIRE(erased::size == 4);
  STATIC_REQUIRE_FALSE(covenant::has_clause<erased, api_excl>);
  // A trigger naming a clause that a dated amendment ended still reaches it.
  using with_trigger = amend<base, add<covenant::trigger<agi, covenant::ends<ip_licence>>>>;
  using ended = amend<with_trigger, effective<april_27>, strike<ip_licence>>;
  STATIC_REQUIRE(ended::records[1].ends_at_event == covenant::detail::entity_ptr<agi>());
  constexpr covenant::scenario agi_early{{agi{}, day_of(2026, 1, 15)}};
  STATIC_REQUIRE_FALSE(is_in_force<ended, ip_licence>(march_1, agi_early));
  STATIC_REQUIRE(is_in_force<ended, ip_licence>(march_1));
}

TEST_CASE("amend dated: a dated amendment makes room for what the old terms forbade",
          "[amend][dated][findings]") {
  // Undated, the permission beside the surviving exclusivity is a conflict from 27 April on.
  using clash = amend<base, add<api_elsewhere>>;
  STATIC_REQUIRE(covenant::findings<clash>.count(covenant::rule::exclusivity_conflict) == 1);
  // Dated, the exclusivity ends the day the permission starts.
  using ended = amend<base, effective<april_27>, strike<api_excl>, add<api_elsewhere>>;
  STATIC_REQUIRE(covenant::findings<ended>.size() == 0);
}

TEST_CASE("diff: a dated amendment ends and continues clauses", "[diff][dated]") {
  constexpr auto d = diff<base, dated>;
  STATIC_REQUIRE(d.count(what::removed) == 1);
  STATIC_REQUIRE(d.count(what::ended) == 2);
  STATIC_REQUIRE(d.count(what::continued) == 1);
  STATIC_REQUIRE(d.size() == 6);
  STATIC_REQUIRE(d[0].kind == what::ended);
  STATIC_REQUIRE(d[0].label == "t1 API exclusive on Azure until AGI");
  STATIC_REQUIRE(d[0].on == effective_day);
  STATIC_REQUIRE(d[1].kind == what::ended);
  STATIC_REQUIRE(d[1].label == "t2 exclusive IP licence through 2032");
  STATIC_REQUIRE(d[2].kind == what::continued);
  STATIC_REQUIRE(d[2].before == 2);
  STATIC_REQUIRE(d[2].after == 4);
  STATIC_REQUIRE(d[2].on == effective_day);
  // later_licence never started: it is gone.
  STATIC_REQUIRE(d[3].kind == what::removed);
  STATIC_REQUIRE(d[3].label == "t4 ChatGPT licensed to Amazon from 2027");
  // The replacement is added; the continuation is not.
  STATIC_REQUIRE(d[4].kind == what::added);
  STATIC_REQUIRE(d[4].label == "t2 IP licence, now non-exclusive");
  STATIC_REQUIRE(d[5].kind == what::added);
  STATIC_REQUIRE(d[5].label == "t6 the API may be served on any cloud");
  // The redraft's words, undated: removed and changed.
  constexpr auto r = diff<base, redraft>;
  STATIC_REQUIRE(r.count(what::ended) == 0);
  STATIC_REQUIRE(r.count(what::removed) == 3);
  STATIC_REQUIRE(r.count(what::changed) == 2);
  // Nothing changes between a dated amendment and itself.
  STATIC_REQUIRE(diff<dated, dated>.empty());
}

TEST_CASE("render: diff_markdown says ended on and continued from", "[render][diff][dated]") {
  using small = contract<"small", parties<openai, microsoft>, api_excl, share>;
  using next =
      amend<small, effective<april_27>, strike<api_excl>, continue_as<share, share_capped>>;
  REQUIRE(
      covenant::render::diff_markdown<small, next>() ==
      "- Ended on 2026-04-27: \"t1 API exclusive on Azure until AGI\" (OpenAI grants "
      "Microsoft exclusivity over OpenAI API, from 2025-10-28 until AGI is declared.)\n"
      "- Continued from 2026-04-27: \"t3 revenue share to Microsoft through 2030\" as \"t3 "
      "revenue share, same rate, capped\": was \"OpenAI pays Microsoft 20% of OpenAI revenue, "
      "from 2025-10-28 through 2030-12-31.\" now \"OpenAI pays Microsoft 20% of OpenAI "
      "revenue, capped at 10,000 USD million in total, from 2026-04-27 through 2030-12-31.\"\n");
}

} // namespace amend_dated_test
