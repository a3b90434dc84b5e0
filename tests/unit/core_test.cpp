// The core vocabulary: dates, terms, scopes and actions, money and rates, clause records, and
// the rule metadata table.
#include "../support/vocabulary.hpp"

#include <catch2/catch.hpp>

#include <cstddef>
#include <iterator>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>

namespace core_test {

using namespace test_vocabulary;
using covenant::civil_date;
using covenant::day_of;
using covenant::end_of_time;
using covenant::rule;
using covenant::severity;
using covenant::to_civil;
using covenant::detail::entity_ptr;

struct agi_declared : event<"AGI declared"> {};

// ---------------------------------------------------------------------------------------------
// Dates.
// ---------------------------------------------------------------------------------------------

TEST_CASE("dates: day numbers count from 1970-01-01", "[core][date]") {
  STATIC_REQUIRE(day_of(1970, 1, 1) == 0);
  STATIC_REQUIRE(day_of(1970, 1, 2) == 1);
  STATIC_REQUIRE(day_of(1969, 12, 31) == -1);
  STATIC_REQUIRE(day_of(1970, 2, 1) == 31);
  STATIC_REQUIRE(day_of(2000, 1, 1) == 10957);
  STATIC_REQUIRE(day_of(2025, 1, 1) == 20089);
  STATIC_REQUIRE(day_of(2025, 1, 21) == 20109);
  STATIC_REQUIRE(day_of(1900, 1, 1) == -25567);
  STATIC_REQUIRE(day_of(2030) == day_of(2030, 1, 1));
}

TEST_CASE("dates: leap years", "[core][date]") {
  // Divisible by 4: leap.
  STATIC_REQUIRE(day_of(2024, 3, 1) - day_of(2024, 2, 28) == 2);
  STATIC_REQUIRE(day_of(2025) - day_of(2024) == 366);
  // Not divisible by 4: common.
  STATIC_REQUIRE(day_of(2023, 3, 1) - day_of(2023, 2, 28) == 1);
  STATIC_REQUIRE(day_of(2024) - day_of(2023) == 365);
  // Centuries are common, unless divisible by 400.
  STATIC_REQUIRE(day_of(1900, 3, 1) - day_of(1900, 2, 28) == 1);
  STATIC_REQUIRE(day_of(2100, 3, 1) - day_of(2100, 2, 28) == 1);
  STATIC_REQUIRE(day_of(2000, 3, 1) - day_of(2000, 2, 28) == 2);
  STATIC_REQUIRE(day_of(2001) - day_of(2000) == 366);
  // 400 years are always 146097 days.
  STATIC_REQUIRE(day_of(2400) - day_of(2000) == 146097);
}

TEST_CASE("dates: to_civil inverts day_of", "[core][date]") {
  STATIC_REQUIRE(to_civil(0) == civil_date{1970, 1, 1});
  STATIC_REQUIRE(to_civil(-1) == civil_date{1969, 12, 31});
  STATIC_REQUIRE(to_civil(day_of(2024, 2, 29)) == civil_date{2024, 2, 29});
  STATIC_REQUIRE(to_civil(day_of(2000, 2, 29)) == civil_date{2000, 2, 29});
  STATIC_REQUIRE(to_civil(day_of(2025, 1, 21)) == civil_date{2025, 1, 21});
  STATIC_REQUIRE(to_civil(day_of(1900, 1, 1)) == civil_date{1900, 1, 1});
  STATIC_REQUIRE(to_civil(day_of(9999, 12, 31)) == civil_date{9999, 12, 31});
}

TEST_CASE("dates: every day from 1900 to 2200 round-trips, at run time", "[core][date][runtime]") {
  const covenant::day first = day_of(1900, 1, 1);
  const covenant::day last = day_of(2200, 12, 31);
  civil_date previous = to_civil(first - 1);
  REQUIRE(previous == civil_date{1899, 12, 31});
  std::size_t leap_days = 0;
  std::size_t bad_days = 0;
  covenant::day first_bad = 0;
  for (covenant::day n = first; n <= last; ++n) {
    const civil_date c = to_civil(n);
    // Consecutive: the next day of the month, or the first of the next month or year.
    const bool next_day = c.year == previous.year && c.month == previous.month &&
                          c.day_of_month == previous.day_of_month + 1;
    const bool next_month =
        c.year == previous.year && c.month == previous.month + 1 && c.day_of_month == 1;
    const bool next_year = c.year == previous.year + 1 && c.month == 1 && c.day_of_month == 1 &&
                           previous.month == 12 && previous.day_of_month == 31;
    const bool round_trip = day_of(c.year, c.month, c.day_of_month) == n;
    if (!(next_day || next_month || next_year) || !round_trip) {
      if (bad_days++ == 0) first_bad = n;
    }
    if (c.month == 2 && c.day_of_month == 29) ++leap_days;
    previous = c;
  }
  INFO("first bad day number: " << first_bad);
  REQUIRE(bad_days == 0);
  REQUIRE(previous == civil_date{2200, 12, 31});
  // 1900..2200: 76 multiples of 4, minus the centuries 1900, 2100 and 2200 (2000 stays).
  REQUIRE(leap_days == 73);
}

TEST_CASE("dates: date, year and through types", "[core][date]") {
  STATIC_REQUIRE(date<2025, 1, 21>::value == day_of(2025, 1, 21));
  STATIC_REQUIRE(date<2024, 2, 29>::value == day_of(2024, 2, 29));
  STATIC_REQUIRE(date<2030>::value == day_of(2030, 1, 1));
  STATIC_REQUIRE(year<2030>::value == day_of(2030, 1, 1));
  STATIC_REQUIRE(std::is_same_v<year<2030>, date<2030, 1, 1>>);
  // through<Y> covers all of Y and stops when Y + 1 begins.
  STATIC_REQUIRE(through<2032>::value == day_of(2033, 1, 1));
  STATIC_REQUIRE(std::is_same_v<through<2024>, year<2025>>);
  STATIC_REQUIRE(through<2032>::value - year<2032>::value == 366);
  STATIC_REQUIRE(covenant::date_type<date<2025>>);
  STATIC_REQUIRE_FALSE(covenant::date_type<int>);
}

// ---------------------------------------------------------------------------------------------
// Terms.
// ---------------------------------------------------------------------------------------------

TEST_CASE("terms: half-open periods with optional ends", "[core][term]") {
  using open = term<year<2019>>;
  STATIC_REQUIRE(open::start == day_of(2019));
  STATIC_REQUIRE(open::end == end_of_time);
  STATIC_REQUIRE(open::ends_at_event == nullptr);
  STATIC_REQUIRE(open::starts_at_event == nullptr);
  STATIC_REQUIRE(std::is_same_v<open, term<year<2019>, covenant::indefinite>>);

  using bounded = term<date<2025, 1, 21>, year<2030>>;
  STATIC_REQUIRE(bounded::start == day_of(2025, 1, 21));
  STATIC_REQUIRE(bounded::end == day_of(2030));

  using to_2032 = term<date<2026, 4, 27>, through<2032>>;
  STATIC_REQUIRE(to_2032::end == day_of(2033));

  // Terms that touch: one ends on the day the other starts.
  STATIC_REQUIRE(term<year<2019>, year<2025>>::end == term<year<2025>, year<2030>>::start);

  // One day is the shortest term.
  using one_day = term<date<2025, 2, 28>, date<2025, 3, 1>>;
  STATIC_REQUIRE(one_day::end - one_day::start == 1);
  STATIC_REQUIRE(covenant::term_type<one_day>);
  STATIC_REQUIRE_FALSE(covenant::term_type<year<2025>>);
}

TEST_CASE("terms: ends and starts at events", "[core][term]") {
  using until_agi = term<year<2019>, until<agi_declared>>;
  STATIC_REQUIRE(until_agi::end == end_of_time); // the latest possible end
  STATIC_REQUIRE(until_agi::ends_at_event == entity_ptr<agi_declared>());
  STATIC_REQUIRE(until_agi::ends_at_event->name == "AGI declared");

  using earliest_2030 = term<year<2019>, earliest<year<2030>, agi_declared>>;
  STATIC_REQUIRE(earliest_2030::end == day_of(2030));
  STATIC_REQUIRE(earliest_2030::ends_at_event == entity_ptr<agi_declared>());

  using upon_agi = term<upon<agi_declared, year<2026>>, through<2032>>;
  STATIC_REQUIRE(upon_agi::start == day_of(2026));
  STATIC_REQUIRE(upon_agi::end == day_of(2033));
  STATIC_REQUIRE(upon_agi::starts_at_event == entity_ptr<agi_declared>());
  STATIC_REQUIRE(upon_agi::ends_at_event == nullptr);
  STATIC_REQUIRE(term<upon<agi_declared>>::start == day_of(1900));
}

// ---------------------------------------------------------------------------------------------
// Scopes, actions and parties.
// ---------------------------------------------------------------------------------------------

TEST_CASE("scopes: names and containment", "[core][scope]") {
  using covenant::detail::overlaps;
  using covenant::detail::within;
  STATIC_REQUIRE(api::name == "OpenAI API");
  STATIC_REQUIRE(microsoft::name == "Microsoft");
  STATIC_REQUIRE(std::is_same_v<api::parent_type, products>);

  constexpr auto p_api = entity_ptr<api>();
  constexpr auto p_chat = entity_ptr<chat>();
  constexpr auto p_products = entity_ptr<products>();
  constexpr auto p_cloud = entity_ptr<cloud_compute>();
  constexpr auto p_capacity = entity_ptr<new_capacity>();
  constexpr auto p_revenue = entity_ptr<openai_revenue>();

  // A scope is within itself and every wider scope, transitively.
  STATIC_REQUIRE(within(p_api, p_api));
  STATIC_REQUIRE(within(p_api, p_products));
  STATIC_REQUIRE(within(p_api, p_cloud));
  STATIC_REQUIRE_FALSE(within(p_products, p_api));
  STATIC_REQUIRE_FALSE(within(p_cloud, p_api));

  // Overlap is symmetric containment; siblings and unrelated scopes do not overlap.
  STATIC_REQUIRE(overlaps(p_api, p_cloud));
  STATIC_REQUIRE(overlaps(p_cloud, p_api));
  STATIC_REQUIRE_FALSE(overlaps(p_api, p_chat));
  STATIC_REQUIRE_FALSE(overlaps(p_products, p_capacity));
  STATIC_REQUIRE_FALSE(overlaps(p_api, p_revenue));

  STATIC_REQUIRE(covenant::detail::narrower(p_api, p_cloud) == p_api);
  STATIC_REQUIRE(covenant::detail::narrower(p_cloud, p_api) == p_api);
}

TEST_CASE("scopes: owners are inherited from wider scopes", "[core][scope]") {
  using covenant::detail::owner_of;
  STATIC_REQUIRE(owner_of(entity_ptr<openai_ip>()) == entity_ptr<openai>());
  STATIC_REQUIRE(owner_of(entity_ptr<models>()) == entity_ptr<openai>());
  STATIC_REQUIRE(owner_of(entity_ptr<api>()) == nullptr);
}

TEST_CASE("actions: kinds of actions", "[core][action]") {
  using covenant::detail::overlaps;
  using covenant::detail::within;
  STATIC_REQUIRE(within(entity_ptr<serve_api_elsewhere>(), entity_ptr<use_other_cloud>()));
  STATIC_REQUIRE_FALSE(within(entity_ptr<use_other_cloud>(), entity_ptr<serve_api_elsewhere>()));
  STATIC_REQUIRE_FALSE(overlaps(entity_ptr<supply_models>(), entity_ptr<use_other_cloud>()));
}

// ---------------------------------------------------------------------------------------------
// Money, rates and clause records.
// ---------------------------------------------------------------------------------------------

TEST_CASE("money and rates are integers", "[core][money]") {
  STATIC_REQUIRE(usd_millions<38'000>::value == 38'000);
  STATIC_REQUIRE(std::is_same_v<usd_millions<1>::unit, covenant::million_usd>);
  STATIC_REQUIRE(percent<20>::value == 2'000);
  STATIC_REQUIRE(percent<100>::value == 10'000);
  STATIC_REQUIRE(percent<0>::value == 0);
  STATIC_REQUIRE(basis_points<10'000>::value == 10'000);
  STATIC_REQUIRE(covenant::rate_type<percent<5>>);
  STATIC_REQUIRE_FALSE(covenant::rate_type<usd_millions<5>>);
  STATIC_REQUIRE(covenant::money_type<usd_millions<5>>);
}

struct share : revenue_share<openai, microsoft, percent<20>, openai_revenue,
                             term<date<2026, 4, 27>, year<2031>>, minimum<usd_millions<100>>,
                             cap<usd_millions<38'000>>> {
  static constexpr auto label = "C1 revenue share";
};
struct lic : licence<openai, microsoft, openai_ip, term<year<2019>>, exclusive, sublicensable> {
  static constexpr auto label = "C2 IP licence";
};
struct unlabelled : obligation<openai, supply_models, models, term<year<2019>>> {};

TEST_CASE("clause records carry what the rules need", "[core][clause]") {
  constexpr auto r = covenant::record_of<share>;
  STATIC_REQUIRE(r.kind == covenant::clause_kind::revenue_share);
  STATIC_REQUIRE(r.party == entity_ptr<openai>());
  STATIC_REQUIRE(r.counterparty == entity_ptr<microsoft>());
  STATIC_REQUIRE(r.scope == entity_ptr<openai_revenue>());
  STATIC_REQUIRE(r.rate == 2'000);
  STATIC_REQUIRE(r.amount == 38'000);
  STATIC_REQUIRE(r.minimum == 100);
  STATIC_REQUIRE(r.start == day_of(2026, 4, 27));
  STATIC_REQUIRE(r.end == day_of(2031));
  STATIC_REQUIRE(r.label == "C1 revenue share");

  constexpr auto l = covenant::record_of<lic>;
  STATIC_REQUIRE(l.kind == covenant::clause_kind::licence);
  STATIC_REQUIRE(l.exclusive);
  STATIC_REQUIRE(l.sublicensable);
  STATIC_REQUIRE(l.amount == -1);
  STATIC_REQUIRE(std::is_same_v<license<openai, microsoft, api, term<year<2019>>>,
                                licence<openai, microsoft, api, term<year<2019>>>>);
  STATIC_REQUIRE_FALSE(
      covenant::record_of<licence<openai, microsoft, api, term<year<2019>>>>.exclusive);

  constexpr auto o = covenant::record_of<unlabelled>;
  STATIC_REQUIRE(o.kind == covenant::clause_kind::obligation);
  STATIC_REQUIRE(o.counterparty == nullptr);
  STATIC_REQUIRE(o.action == entity_ptr<supply_models>());
  STATIC_REQUIRE(o.label.empty());
}

TEST_CASE("clause kinds have distinct names", "[core][clause]") {
  std::set<std::string_view> names;
  for (int k = 0; k <= static_cast<int>(covenant::clause_kind::payment); ++k) {
    const auto name = covenant::kind_name(static_cast<covenant::clause_kind>(k));
    REQUIRE(!name.empty());
    REQUIRE(name != "clause");
    names.insert(name);
  }
  REQUIRE(names.size() == 13);
}

TEST_CASE("fixed strings", "[core][fixed_string]") {
  constexpr covenant::fixed_string s("Microsoft");
  STATIC_REQUIRE(s.size() == 9);
  STATIC_REQUIRE(s.view() == "Microsoft");
  constexpr covenant::fixed_string<4> cut(std::string_view("OpenAI"), 0);
  STATIC_REQUIRE(cut.view() == std::string_view("Ope", 3));
}

// ---------------------------------------------------------------------------------------------
// Rule metadata.
// ---------------------------------------------------------------------------------------------

/// Whether `r` appears exactly once in all_rules.
constexpr bool listed_once(rule r) {
  std::size_t n = 0;
  for (const auto& info : covenant::all_rules) n += info.id == r ? 1U : 0U;
  return n == 1;
}

TEST_CASE("rules: every rule is described exactly once", "[core][rules]") {
  constexpr std::size_t n = covenant::all_rules.size();
  // The enumerators are numbered 0..n-1 and each appears exactly once in the table.
  STATIC_REQUIRE(n >= 13);
  for (std::size_t i = 0; i < n; ++i) {
    const auto r = static_cast<rule>(i);
    INFO("rule number " << i);
    REQUIRE(listed_once(r));
    const auto& info = covenant::describe(r);
    REQUIRE(info.id == r);
    REQUIRE(!info.name.empty());
    REQUIRE(!info.summary.empty());
    REQUIRE(!info.hint.empty());
    REQUIRE(info.summary.back() == '.');
    REQUIRE(info.hint.back() == '.');
  }
  for (const auto& info : covenant::all_rules) {
    REQUIRE(static_cast<std::size_t>(info.id) < n);
  }
}

TEST_CASE("rules: names are unique identifiers", "[core][rules]") {
  std::set<std::string_view> names;
  for (const auto& info : covenant::all_rules) {
    INFO(std::string(info.name));
    REQUIRE(names.insert(info.name).second);
    for (const char ch : info.name)
      REQUIRE(((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_'));
  }
  REQUIRE(names.size() == covenant::all_rules.size());
}

TEST_CASE("rules: the consistency rules and their severities", "[core][rules]") {
  struct expected {
    rule id;
    std::string_view name;
    severity level;
  };
  constexpr expected table[] = {
      {rule::exclusivity_conflict, "exclusivity_conflict", severity::error},
      {rule::exclusive_licence_overlap, "exclusive_licence_overlap", severity::error},
      {rule::competing_first_refusal, "competing_first_refusal", severity::error},
      {rule::competing_first_ship, "competing_first_ship", severity::error},
      {rule::obligation_vs_prohibition, "obligation_vs_prohibition", severity::error},
      {rule::permission_vs_prohibition, "permission_vs_prohibition", severity::error},
      {rule::incompatible_actions, "incompatible_actions", severity::error},
      {rule::revenue_share_over_100_percent, "revenue_share_over_100_percent", severity::error},
      {rule::cap_below_commitment, "cap_below_commitment", severity::error},
      {rule::outside_contract_term, "outside_contract_term", severity::error},
      {rule::prohibited_grant, "prohibited_grant", severity::error},
      {rule::grant_without_right, "grant_without_right", severity::error},
      {rule::duplicate_clause, "duplicate_clause", severity::error},
      {rule::undeclared_party, "undeclared_party", severity::error},
      {rule::outlives_termination, "outlives_termination", severity::error},
      {rule::ambiguous_exceptions, "ambiguous_exceptions", severity::error},
      {rule::exception_cycle, "exception_cycle", severity::error},
      {rule::redundant_first_refusal, "redundant_first_refusal", severity::warning},
      {rule::redundant_permission, "redundant_permission", severity::warning},
      {rule::unhandled_refusal, "unhandled_refusal", severity::warning},
      {rule::ownership_over_ceiling, "ownership_over_ceiling", severity::error},
      {rule::unlabelled_clause, "unlabelled_clause", severity::warning},
  };
  STATIC_REQUIRE(std::size(table) == covenant::all_rules.size());
  for (const auto& e : table) {
    const auto& info = covenant::describe(e.id);
    INFO(std::string(e.name));
    REQUIRE(info.id == e.id);
    REQUIRE(info.name == e.name);
    REQUIRE(info.level == e.level);
  }
  STATIC_REQUIRE(covenant::describe(rule::redundant_permission).name == "redundant_permission");
  STATIC_REQUIRE(std::string_view(covenant::rule_traits<rule::duplicate_clause>::message)
                     .starts_with("covenant rule duplicate_clause (error): "));
  STATIC_REQUIRE(std::string_view(covenant::rule_traits<rule::redundant_permission>::message)
                     .starts_with("covenant rule redundant_permission (warning): "));
}

} // namespace core_test
