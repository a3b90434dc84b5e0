// Query arguments that covenant rejects rather than answer wrongly (issue 10): impossible dates
// and years outside 1900..9999 in day_of, days outside the calendar, negative revenue, kinds
// holder_of cannot answer for. At run time each throws std::invalid_argument; the same calls in
// a constant expression fail to compile (tests/compile_fail/query_*.cpp). Type arguments that
// do not belong to the contract are compile errors; here their conditions are tested as values.
#include "../support/vocabulary.hpp"

#include <catch2/catch.hpp>

#include <array>
#include <chrono>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <utility>

namespace query_arguments_test {

using namespace test_vocabulary;
using Catch::Contains;
using covenant::clause_kind;
using covenant::day_of;
using covenant::holder_of;
using covenant::in_force;
using covenant::is_in_force;
using covenant::payments;
using covenant::revenue_in;

// ---------------------------------------------------------------------------------------------
// day_of
// ---------------------------------------------------------------------------------------------

TEST_CASE("day_of: impossible dates throw instead of rolling over", "[queries][arguments]") {
  // Before issue 10: 2027-02-30 was 2 March and 2027-13-01 was 2028-01-01.
  REQUIRE_THROWS_AS(day_of(2027, 2, 30), std::invalid_argument);
  REQUIRE_THROWS_AS(day_of(2027, 13, 1), std::invalid_argument);
  REQUIRE_THROWS_AS(day_of(2027, 0, 1), std::invalid_argument);
  REQUIRE_THROWS_AS(day_of(2027, 1, 0), std::invalid_argument);
  REQUIRE_THROWS_AS(day_of(2027, 4, 31), std::invalid_argument);
  REQUIRE_THROWS_AS(day_of(2023, 2, 29), std::invalid_argument);
  REQUIRE_THROWS_AS(day_of(1900, 2, 29), std::invalid_argument); // 1900 is not a leap year
  REQUIRE_THROWS_WITH(day_of(2027, 2, 30),
                      Contains("covenant: day_of: not a calendar date (got 2027, 2, 30). Hint:"));
  REQUIRE_THROWS_WITH(day_of(2027, 13, 1), Contains("(got 2027, 13, 1)"));
  // The dates next to them are fine.
  STATIC_REQUIRE(day_of(2027, 3, 2) - day_of(2027, 2, 28) == 2);
  STATIC_REQUIRE(day_of(2024, 2, 29) + 1 == day_of(2024, 3, 1));
  STATIC_REQUIRE(day_of(2000, 2, 29) + 1 == day_of(2000, 3, 1));
  STATIC_REQUIRE(day_of(2027, 12, 31) + 1 == day_of(2028, 1, 1));
}

TEST_CASE("day_of: years outside 1900..9999 throw", "[queries][arguments]") {
  REQUIRE_THROWS_AS(day_of(1899, 12, 31), std::invalid_argument);
  REQUIRE_THROWS_AS(day_of(10000), std::invalid_argument);
  REQUIRE_THROWS_AS(day_of(0), std::invalid_argument);
  REQUIRE_THROWS_AS(day_of(-2000, 6, 1), std::invalid_argument);
  REQUIRE_THROWS_AS(day_of(std::numeric_limits<int>::max()), std::invalid_argument);
  REQUIRE_THROWS_WITH(day_of(1899, 12, 31),
                      Contains("covenant: day_of: year outside 1900..9999 (got 1899, 12, 31)"));
  STATIC_REQUIRE(day_of(1900) == covenant::date<1900>::value);
  STATIC_REQUIRE(day_of(9999, 12, 31) == covenant::date<9999, 12, 31>::value);
}

// day_of accepts exactly the dates std::chrono accepts, over the calendar's edges and four
// centuries (leap years: every 4th, not every 100th, every 400th), and agrees on the day number.
TEST_CASE("day_of agrees with std::chrono::year_month_day", "[queries][arguments][runtime]") {
  namespace chr = std::chrono;
  std::size_t accepted = 0;
  std::size_t disagreements = 0;
  for (const auto& [from, to] : {std::pair{1896, 2404}, std::pair{9996, 10003}}) {
    for (int y = from; y <= to; ++y) {
      for (unsigned m = 0; m <= 13; ++m) {
        for (unsigned d = 0; d <= 32; ++d) {
          const chr::year_month_day ymd{chr::year{y}, chr::month{m}, chr::day{d}};
          const bool expected = ymd.ok() && y >= 1900 && y <= 9999;
          bool ok = true;
          covenant::day n = 0;
          try {
            n = day_of(y, m, d);
          } catch (const std::invalid_argument&) {
            ok = false;
          }
          if (ok != expected || (ok && n != chr::sys_days(ymd).time_since_epoch().count())) {
            ++disagreements;
            UNSCOPED_INFO(y << '-' << m << '-' << d);
          }
          accepted += ok ? 1U : 0U;
        }
      }
    }
  }
  REQUIRE(disagreements == 0);
  // 1900..2404: 505 years of 365 days, plus 123 leap days (127 multiples of 4, minus 1900,
  // 2100, 2200 and 2300); 9996..9999: 4 years, one of them leap.
  REQUIRE(accepted == 505 * 365 + 123 + 4 * 365 + 1);
}

// ---------------------------------------------------------------------------------------------
// Days given to in_force, is_in_force and holder_of
// ---------------------------------------------------------------------------------------------

struct api_licence : licence<openai, amazon, api, term<year<2025>>> {
  static constexpr auto label = "a1 API licensed to Amazon";
};
struct share : revenue_share<openai, microsoft, percent<10>, openai_revenue, term<year<2025>>> {
  static constexpr auto label = "a2 10 percent of revenue to Microsoft";
};
struct elsewhere : permission<openai, use_other_cloud, products, term<year<2025>>> {
  static constexpr auto label = "a3 OpenAI may use another cloud";
};
struct not_in_deal : licence<openai, oracle, chat, term<year<2025>>> {
  static constexpr auto label = "a4 not part of the deal";
};
using deal = contract<"deal", parties<openai, microsoft, amazon>, api_licence, share, elsewhere>;
static_assert(covenant::check<deal>);

TEST_CASE("queries: a day outside 1900-01-01..9999-12-31 throws", "[queries][arguments]") {
  constexpr covenant::day first = day_of(1900, 1, 1);
  constexpr covenant::day last = day_of(9999, 12, 31);
  // The calendar's first and last days are answered.
  STATIC_REQUIRE(in_force<deal>(first).empty());
  STATIC_REQUIRE(in_force<deal>(last).size() == 3);
  STATIC_REQUIRE(is_in_force<deal, share>(last));
  STATIC_REQUIRE(holder_of<deal>(clause_kind::licence, api{}, last).is(amazon{}));
  // Before issue 10 these answered as if the calendar went on.
  for (const covenant::day d :
       {first - 1, last + 1, covenant::end_of_time, std::numeric_limits<covenant::day>::min()}) {
    REQUIRE_THROWS_AS(in_force<deal>(d), std::invalid_argument);
    REQUIRE_THROWS_AS((is_in_force<deal, share>(d)), std::invalid_argument);
    REQUIRE_THROWS_AS((holder_of<deal>(clause_kind::licence, api{}, d)), std::invalid_argument);
  }
  REQUIRE_THROWS_WITH(in_force<deal>(last + 1),
                      Contains("covenant: in_force: day outside 1900-01-01..9999-12-31 (got " +
                               std::to_string(last + 1) + ")"));
  REQUIRE_THROWS_WITH((is_in_force<deal, share>(first - 1)), Contains("covenant: is_in_force: "));
  REQUIRE_THROWS_WITH(holder_of<deal>(clause_kind::licence, api{}, first - 1),
                      Contains("covenant: holder_of: day outside"));
}

TEST_CASE("queries: clause_set::contains rejects an index past the last clause",
          "[queries][arguments]") {
  const auto set = in_force<deal>(day_of(2026));
  REQUIRE(set.contains(2));
  REQUIRE_THROWS_AS(set.contains(3), std::invalid_argument);
  REQUIRE_THROWS_WITH(set.contains(3), Contains("covenant: clause_set::contains: "));
}

// ---------------------------------------------------------------------------------------------
// holder_of: only for the rights a party holds over a scope
// ---------------------------------------------------------------------------------------------

TEST_CASE("holder_of: a kind that is not a right held over a scope throws",
          "[queries][arguments]") {
  const covenant::day on = day_of(2026);
  // Before issue 10: the payee of the revenue share "held" it.
  REQUIRE_THROWS_AS(holder_of<deal>(clause_kind::revenue_share, openai_revenue{}, on),
                    std::invalid_argument);
  REQUIRE_THROWS_WITH(holder_of<deal>(clause_kind::revenue_share, openai_revenue{}, on),
                      Contains("covenant: holder_of: this kind of clause is not a right held "
                               "over a scope (got revenue share). Hint: ask about exclusivity"));
  REQUIRE_THROWS_AS(holder_of<deal>(clause_kind::permission, products{}, on),
                    std::invalid_argument);
  for (const auto kind : {clause_kind::payment_cap, clause_kind::obligation,
                          clause_kind::prohibition, clause_kind::commitment}) {
    REQUIRE_THROWS_AS(holder_of<deal>(kind, products{}, on), std::invalid_argument);
  }
  // The four rights are answered, held or not.
  STATIC_REQUIRE(holder_of<deal>(clause_kind::licence, api{}, day_of(2026)).name() == "Amazon");
  for (const auto kind :
       {clause_kind::exclusivity, clause_kind::right_of_first_refusal, clause_kind::first_ship}) {
    REQUIRE_FALSE(holder_of<deal>(kind, api{}, on));
  }
  STATIC_REQUIRE(covenant::has_holder(clause_kind::licence));
  STATIC_REQUIRE_FALSE(covenant::has_holder(clause_kind::revenue_share));
}

// ---------------------------------------------------------------------------------------------
// payments: revenue and years
// ---------------------------------------------------------------------------------------------

TEST_CASE("payments: negative revenue throws", "[queries][arguments][payments]") {
  // Before issue 10: -1,000 at 10 % was -100 due.
  const std::array<revenue_in, 2> refund{{{2025, 5'000}, {2026, -1'000}}};
  REQUIRE_THROWS_AS(payments<deal>(openai{}, microsoft{}, refund), std::invalid_argument);
  REQUIRE_THROWS_WITH(payments<deal>(openai{}, microsoft{}, refund),
                      Contains("covenant: payments: negative revenue (got 2026, -1000)"));
  constexpr std::array<revenue_in, 2> fine{{{2025, 5'000}, {2026, 0}}};
  STATIC_REQUIRE(payments<deal>(openai{}, microsoft{}, fine)[0].due == 500);
  STATIC_REQUIRE(payments<deal>(openai{}, microsoft{}, fine)[1].due == 0);
}

TEST_CASE("payments: years outside 1900..9999 throw; 9999 is a whole year",
          "[queries][arguments][payments]") {
  const std::array<revenue_in, 1> early{{{1899, 100}}};
  REQUIRE_THROWS_AS(payments<deal>(openai{}, microsoft{}, early), std::invalid_argument);
  REQUIRE_THROWS_WITH(payments<deal>(openai{}, microsoft{}, early),
                      Contains("covenant: payments: year outside 1900..9999 (got 1899)"));
  const std::array<revenue_in, 1> late{{{10'000, 100}}};
  REQUIRE_THROWS_AS(payments<deal>(openai{}, microsoft{}, late), std::invalid_argument);
  // The last year ends on 10000-01-01, one day past the calendar: still a whole year.
  constexpr std::array<revenue_in, 2> last{{{1900, 1'000}, {9999, 1'000}}};
  STATIC_REQUIRE(payments<deal>(openai{}, microsoft{}, last)[0].due == 0);
  STATIC_REQUIRE(payments<deal>(openai{}, microsoft{}, last)[1].due == 100);
  // Years out of order: the message names both.
  const std::array<revenue_in, 2> backwards{{{2026, 1}, {2025, 1}}};
  REQUIRE_THROWS_WITH(
      payments<deal>(openai{}, microsoft{}, backwards),
      Contains("covenant: payments: years not in increasing order (got 2026, 2025)"));
}

// ---------------------------------------------------------------------------------------------
// Type arguments: is_in_force's clause and payments' parties must belong to the contract. A
// mistake is a static_assert (tests/compile_fail/query_is_in_force_clause_not_in_contract.cpp,
// query_payments_*.cpp); these are its conditions.
// ---------------------------------------------------------------------------------------------

TEST_CASE("queries: the conditions on type arguments", "[queries][arguments]") {
  STATIC_REQUIRE(covenant::has_clause<deal, share>);
  STATIC_REQUIRE(covenant::has_clause<deal, elsewhere>);
  STATIC_REQUIRE_FALSE(covenant::has_clause<deal, not_in_deal>);
  STATIC_REQUIRE(covenant::has_party<deal, openai>);
  STATIC_REQUIRE(covenant::has_party<deal, amazon>);
  STATIC_REQUIRE_FALSE(covenant::has_party<deal, oracle>);
  // Two parties of the contract with no revenue share between them: nothing is due, rightly.
  constexpr std::array<revenue_in, 1> some{{{2026, 5'000}}};
  STATIC_REQUIRE(payments<deal>(openai{}, amazon{}, some)[0].uncapped == 0);
  STATIC_REQUIRE(payments<deal>(microsoft{}, openai{}, some)[0].uncapped == 0);
}

} // namespace query_arguments_test
