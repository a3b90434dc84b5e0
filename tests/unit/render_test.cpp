// Rendering with fmt: dates, amounts, rates and terms in words; one sentence per clause kind;
// term sheets, findings, diffs and the rule table, checked against exact expected text.
#include "../support/vocabulary.hpp"

#include <covenant/render.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <string>

namespace render_test {

using namespace test_vocabulary;
using Catch::Contains;
using covenant::day_of;
using covenant::end_of_time;
using covenant::record_of;
namespace render = covenant::render;

struct expert_panel : party<"an expert panel"> {};
struct agi : event<"AGI is declared", condition<"systems that can generate 100B of profit">,
                   verified_by<expert_panel>> {};
struct declines : event<"Microsoft declines"> {};
struct cannot_support : event<"Microsoft cannot support the launch"> {};
struct build_hardware : action<"build consumer hardware"> {};

/// How many times `what` occurs in `text`.
std::size_t occurrences(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// ---------------------------------------------------------------------------------------------
// Dates, amounts, rates.
// ---------------------------------------------------------------------------------------------

TEST_CASE("render: date_text", "[render]") {
  REQUIRE(render::date_text(day_of(2025, 1, 21)) == "2025-01-21");
  REQUIRE(render::date_text(0) == "1970-01-01");
  REQUIRE(render::date_text(-1) == "1969-12-31");
  REQUIRE(render::date_text(day_of(1900)) == "1900-01-01");
  REQUIRE(render::date_text(day_of(2028, 2, 29)) == "2028-02-29");
  REQUIRE(render::date_text(day_of(9999, 12, 31)) == "9999-12-31");
  REQUIRE(render::last_day_text(day_of(2030)) == "2029-12-31");
}

TEST_CASE("render: grouped and money_text", "[render]") {
  REQUIRE(render::grouped(0) == "0");
  REQUIRE(render::grouped(999) == "999");
  REQUIRE(render::grouped(1'000) == "1,000");
  REQUIRE(render::grouped(38'000) == "38,000");
  REQUIRE(render::grouped(100'000) == "100,000");
  REQUIRE(render::grouped(1'234'567) == "1,234,567");
  REQUIRE(render::grouped(-100) == "-100");
  REQUIRE(render::grouped(-1'234'567) == "-1,234,567");
  REQUIRE(render::money_text(38'000) == "38,000 USD million");
  REQUIRE(render::money_text(1'234, "EUR thousand") == "1,234 EUR thousand");
}

TEST_CASE("render: rate_text", "[render]") {
  REQUIRE(render::rate_text(2'000) == "20%");
  REQUIRE(render::rate_text(1'250) == "12.5%");
  REQUIRE(render::rate_text(1) == "0.01%");
  REQUIRE(render::rate_text(5) == "0.05%");
  REQUIRE(render::rate_text(10) == "0.1%");
  REQUIRE(render::rate_text(1'205) == "12.05%");
  REQUIRE(render::rate_text(10'000) == "100%");
  REQUIRE(render::rate_text(0) == "0%");
}

TEST_CASE("render: window_text", "[render]") {
  REQUIRE(render::window_text(day_of(2026, 4, 27), day_of(2030)) ==
          "2026-04-27 through 2029-12-31");
  REQUIRE(render::window_text(day_of(2026, 4, 27), end_of_time) == "from 2026-04-27 on");
}

// ---------------------------------------------------------------------------------------------
// Terms in words.
// ---------------------------------------------------------------------------------------------

template <typename Term>
struct with_term : exclusivity<openai, microsoft, api, Term> {};

template <typename Term>
std::string term_of() {
  return render::term_text(record_of<with_term<Term>>);
}

TEST_CASE("render: term_text forms", "[render]") {
  REQUIRE(term_of<term<date<2025, 1, 21>, year<2030>>>() == "from 2025-01-21 through 2029-12-31");
  REQUIRE(term_of<term<year<2026>, through<2032>>>() == "from 2026-01-01 through 2032-12-31");
  REQUIRE(term_of<term<date<2019, 7, 22>>>() == "from 2019-07-22, open-ended");
  REQUIRE(term_of<term<date<2025, 1, 21>, until<agi>>>() ==
          "from 2025-01-21 until AGI is declared");
  REQUIRE(term_of<term<date<2025, 1, 21>, earliest<year<2030>, agi>>>() ==
          "from 2025-01-21 until AGI is declared (at the latest through 2029-12-31)");
  REQUIRE(term_of<term<upon<agi>>>() == "from when AGI is declared, open-ended");
  REQUIRE(term_of<term<upon<agi, year<2026>>, through<2032>>>() ==
          "from when AGI is declared (not before 2026-01-01) through 2032-12-31");
  REQUIRE(term_of<term<upon<declines>, until<agi>>>() ==
          "from when Microsoft declines until AGI is declared");
}

// ---------------------------------------------------------------------------------------------
// One sentence per clause kind, in a consistent contract.
// ---------------------------------------------------------------------------------------------

struct any_cloud;
struct s1
    : exclusivity<openai, microsoft, api, term<date<2019, 7, 22>, earliest<year<2030>, agi>>> {
  static constexpr auto label = "s1 API exclusive on Azure";
};
struct s2
    : right_of_first_refusal<openai, microsoft, new_capacity, term<date<2025, 1, 21>, year<2030>>> {
  static constexpr auto label = "s2 first refusal on new capacity";
};
struct s3 : first_ship<openai, microsoft, chat, term<year<2026>, through<2032>>,
                       unless<exception<declines, yields_to<any_cloud>>>> {
  static constexpr auto label = "s3 ChatGPT ships first on Azure";
};
struct s4 : licence<openai, microsoft, models, term<date<2019, 7, 22>>, exclusive, sublicensable> {
  static constexpr auto label = "s4 models licensed to Microsoft";
};
struct s5 : revenue_share<openai, microsoft, percent<20>, openai_revenue,
                          term<year<2026>, year<2031>>, cap<usd_millions<38'000>>> {
  static constexpr auto label = "s5 revenue share";
};
struct s6 : payment_cap<openai, microsoft, usd_millions<50'000>, openai_revenue, term<year<2026>>> {
  static constexpr auto label = "s6 payment cap";
};
struct s7 : commitment<openai, microsoft, usd_millions<250'000>, azure_services,
                       term<date<2025, 10, 28>>> {
  static constexpr auto label = "s7 Azure purchase commitment";
};
struct s8 : obligation<openai, supply_models, models, term<year<2026>, through<2032>>> {
  static constexpr auto label = "s8 OpenAI supplies models";
};
struct any_cloud : permission<openai, use_other_cloud, chat, term<year<2026>>> {
  static constexpr auto label = "s9 OpenAI may use any cloud";
};
struct s10 : prohibition<microsoft, build_hardware, models, term<upon<agi, year<2026>>>> {
  static constexpr auto label = "s10 no hardware after AGI";
};
struct s11 : permission<openai, use_other_cloud, new_capacity, term<date<2025, 1, 21>>> {
  static constexpr auto label = "s11 OpenAI may buy capacity elsewhere";
};

using deal = contract<"Render test deal", parties<microsoft, openai>, term<date<2019, 7, 22>>, s1,
                      s2, s3, s4, s5, s6, s7, s8, any_cloud, s10, s11, trigger<agi, ends<s2>>>;
static_assert(covenant::check<deal, covenant::strictness::strict>);

TEST_CASE("render: a sentence for each clause kind", "[render][sentence]") {
  using render::sentence;
  REQUIRE(sentence<deal>(0) == "OpenAI grants Microsoft exclusivity over OpenAI API, from "
                               "2019-07-22 until AGI is declared (at the latest through "
                               "2029-12-31).");
  // The trigger ends the first refusal at AGI.
  REQUIRE(sentence<deal>(1) == "OpenAI must offer new compute capacity to Microsoft first (right "
                               "of first refusal), from 2025-01-21 until AGI is declared (at the "
                               "latest through 2029-12-31).");
  REQUIRE(sentence<deal>(2) == "OpenAI ships first on Microsoft's platform (ChatGPT), from "
                               "2026-01-01 through 2032-12-31, unless Microsoft declines (then "
                               "\"s9 OpenAI may use any cloud\" applies).");
  REQUIRE(sentence<deal>(3) == "OpenAI grants Microsoft an exclusive, sublicensable licence to "
                               "OpenAI models, from 2019-07-22, open-ended.");
  REQUIRE(sentence<deal>(4) == "OpenAI pays Microsoft 20% of OpenAI revenue, capped at 38,000 "
                               "USD million in total, from 2026-01-01 through 2030-12-31.");
  REQUIRE(sentence<deal>(5) == "what OpenAI pays Microsoft for OpenAI revenue is capped at 50,000 "
                               "USD million in total, from 2026-01-01, open-ended.");
  REQUIRE(sentence<deal>(6) == "OpenAI commits to pay Microsoft at least 250,000 USD million for "
                               "Azure services, from 2025-10-28, open-ended.");
  REQUIRE(sentence<deal>(7) == "OpenAI must supply models (OpenAI models), from 2026-01-01 "
                               "through 2032-12-31.");
  REQUIRE(sentence<deal>(8) ==
          "OpenAI may use another cloud (ChatGPT), from 2026-01-01, open-ended.");
  REQUIRE(sentence<deal>(9) == "Microsoft must not build consumer hardware (OpenAI models), from "
                               "when AGI is declared (not before 2026-01-01), open-ended.");
}

struct eur_thousand : covenant::currency_unit<"EUR thousand"> {};
struct cap_in_euros
    : payment_cap<openai, microsoft, money<5'000, eur_thousand>, azure_services, term<year<2026>>> {
};
struct api_to_amazon : licence<openai, amazon, api, term<year<2025>, year<2030>>> {};
struct exclusive_api_to_amazon : licence<openai, amazon, api, term<year<2025>>, exclusive> {};
struct share_with_minimum
    : revenue_share<openai, microsoft, basis_points<1'250>, api_revenue,
                    term<year<2026>, year<2031>>, minimum<usd_millions<1'500>>> {};
struct ship_unless_both : first_ship<openai, microsoft, products, term<year<2026>>,
                                     unless<all_of<cannot_support, declines>, agi>> {};

TEST_CASE("render: sentence variants", "[render][sentence]") {
  using render::sentence;
  REQUIRE(sentence(record_of<api_to_amazon>) == "OpenAI grants Amazon a non-exclusive licence to "
                                                "OpenAI API, from 2025-01-01 through 2029-12-31.");
  REQUIRE(sentence(record_of<exclusive_api_to_amazon>) ==
          "OpenAI grants Amazon an exclusive licence to OpenAI API, from 2025-01-01, open-ended.");
  REQUIRE(sentence(record_of<share_with_minimum>) ==
          "OpenAI pays Microsoft 12.5% of OpenAI API revenue, at least 1,500 USD million, from "
          "2026-01-01 through 2030-12-31.");
  REQUIRE(sentence(record_of<ship_unless_both>) ==
          "OpenAI ships first on Microsoft's platform (OpenAI products), from 2026-01-01, "
          "open-ended, unless Microsoft cannot support the launch and Microsoft declines or AGI "
          "is declared.");
  // Amounts print in their own unit.
  REQUIRE(sentence(record_of<cap_in_euros>) ==
          "what OpenAI pays Microsoft for Azure services is capped at 5,000 EUR thousand in "
          "total, from 2026-01-01, open-ended.");
  // Without the contract's clauses, a fallback cannot be named.
  REQUIRE(sentence(record_of<s3>) == "OpenAI ships first on Microsoft's platform (ChatGPT), from "
                                     "2026-01-01 through 2032-12-31, unless Microsoft declines.");
}

// ---------------------------------------------------------------------------------------------
// Term sheets.
// ---------------------------------------------------------------------------------------------

TEST_CASE("render: the term sheet of a consistent contract", "[render][term_sheet]") {
  const std::string sheet = render::term_sheet<deal>();
  REQUIRE_THAT(sheet, Catch::StartsWith("# Render test deal\n\nParties: Microsoft, OpenAI. "
                                        "Term: from 2019-07-22 on.\n\n"
                                        "| # | Clause | Kind | Says |\n|---|---|---|---|\n"));
  // A row per clause, with its kind and sentence.
  for (std::size_t i = 0; i < deal::size; ++i) {
    const auto& r = deal::records[i];
    const std::string row = "| " + std::to_string(i + 1) + " | " + std::string(r.label) + " | " +
                            std::string(covenant::kind_name(r.kind)) + " | " +
                            render::sentence<deal>(i) + " |\n";
    REQUIRE_THAT(sheet, Contains(row));
  }
  REQUIRE(occurrences(sheet, "\n| ") == deal::size + 1); // the header, then 11 rows
  REQUIRE_THAT(sheet, Contains("| 6 | s6 payment cap | payment cap | what OpenAI pays"));
  REQUIRE_THAT(sheet, Contains("| 9 | s9 OpenAI may use any cloud | permission | "));
  // Events, each once, in the order first met: AGI (s1's end), then Microsoft declines (s3).
  REQUIRE_THAT(sheet,
               Contains("\n## Events\n\n- AGI is declared: systems that can generate 100B of "
                        "profit (verified by an expert panel).\n- Microsoft declines.\n"));
  REQUIRE_THAT(sheet, Contains("\n## Triggers\n\n- When AGI is declared, this ends: "
                               "\"s2 first refusal on new capacity\".\n"));
  REQUIRE_THAT(sheet, Catch::EndsWith("\n## Findings\n\nNone.\n"));
}

struct small_excl : exclusivity<openai, microsoft, hosting, term<year<2019>, year<2025>>> {
  static constexpr auto label = "1 hosting exclusive";
};
struct small_share
    : revenue_share<openai, microsoft, percent<20>, openai_revenue, term<year<2019>>> {
  static constexpr auto label = "2 revenue share";
};

TEST_CASE("render: a whole term sheet, at level 2", "[render][term_sheet]") {
  using C = contract<"Small deal", parties<openai, microsoft>, small_excl, small_share>;
  REQUIRE(render::term_sheet<C>(2) ==
          "## Small deal\n"
          "\n"
          "Parties: OpenAI, Microsoft.\n"
          "\n"
          "| # | Clause | Kind | Says |\n"
          "|---|---|---|---|\n"
          "| 1 | 1 hosting exclusive | exclusivity | OpenAI grants Microsoft exclusivity over "
          "hosting of OpenAI products, from 2019-01-01 through 2024-12-31. |\n"
          "| 2 | 2 revenue share | revenue share | OpenAI pays Microsoft 20% of OpenAI revenue, "
          "from 2019-01-01, open-ended. |\n"
          "\n"
          "### Findings\n"
          "\n"
          "None.\n");
}

// ---------------------------------------------------------------------------------------------
// Findings.
// ---------------------------------------------------------------------------------------------

struct hosting_until_agi : exclusivity<openai, microsoft, hosting, term<year<2025>, until<agi>>> {
  static constexpr auto label = "f1 hosting exclusive until AGI";
};
struct products_elsewhere_2027
    : permission<openai, use_other_cloud, products, term<year<2027>, year<2029>>> {
  static constexpr auto label = "f2 OpenAI may host products elsewhere 2027-2028";
};
struct products_elsewhere_upon_declines
    : permission<openai, use_other_cloud, products, term<upon<declines>>> {
  static constexpr auto label = "f3 OpenAI may host products elsewhere if Microsoft declines";
};
struct lone_rofr : right_of_first_refusal<openai, microsoft, new_capacity, term<year<2025>>> {
  static constexpr auto label = "f4 first refusal on new capacity";
};
using inconsistent = contract<"Inconsistent deal", parties<openai, microsoft>, hosting_until_agi,
                              products_elsewhere_2027, products_elsewhere_upon_declines, lone_rofr>;

TEST_CASE("render: findings in words", "[render][findings]") {
  constexpr auto& fs = covenant::findings<inconsistent>;
  STATIC_REQUIRE(fs.size() == 3);
  // Exclusivity [2025, AGI) against [2027, 2029): AGI not yet happened.
  REQUIRE(render::finding_text(fs[0]) ==
          "error `exclusivity_conflict`: \"f1 hosting exclusive until AGI\" (clause 1) vs \"f2 "
          "OpenAI may host products elsewhere 2027-2028\" (clause 2); 2027-01-01 through "
          "2028-12-31; scope: OpenAI products; on the timeline where, by then, not yet: AGI is "
          "declared");
  // Against [upon declines, open): from 2025 on, Microsoft has declined, AGI has not happened.
  REQUIRE(render::finding_text(fs[1]) ==
          "error `exclusivity_conflict`: \"f1 hosting exclusive until AGI\" (clause 1) vs \"f3 "
          "OpenAI may host products elsewhere if Microsoft declines\" (clause 3); from 2025-01-01 "
          "on; scope: OpenAI products; on the timeline where, by then, Microsoft declines; on the "
          "timeline where, by then, not yet: AGI is declared");
  // A warning about one clause.
  REQUIRE(render::finding_text(fs[2]) ==
          "warning `unhandled_refusal`: \"f4 first refusal on new capacity\" (clause 4); from "
          "2025-01-01 on; scope: new compute capacity");
  // The hints name the finding's clauses by their labels, where the rule's table has words.
  REQUIRE(render::hint_text(fs[0]) ==
          "narrow \"f1 hosting exclusive until AGI\" or \"f2 OpenAI may host products elsewhere "
          "2027-2028\", end one term before the other starts, or grant the right to the holder of "
          "\"f1 hosting exclusive until AGI\" itself.");
  REQUIRE(render::hint_text(fs[2]) ==
          "add a permission for the grantor of \"f4 first refusal on new capacity\" (for instance "
          "to use another provider), or make the exception yields_to<...> a clause that says it.");
  const std::string md = render::findings_markdown<inconsistent>();
  REQUIRE(md == "- " + render::finding_text(fs[0]) + ". How to fix: " + render::hint_text(fs[0]) +
                    "\n- " + render::finding_text(fs[1]) + ". How to fix: " +
                    render::hint_text(fs[1]) + "\n- " + render::finding_text(fs[2]) +
                    ". How to fix: " + render::hint_text(fs[2]) + "\n");
  // The term sheet ends with them.
  REQUIRE_THAT(render::term_sheet<inconsistent>(), Catch::EndsWith("\n## Findings\n\n" + md));
  REQUIRE(render::findings_markdown<deal>() == "None.\n");
}

TEST_CASE("render: a hint keeps the rule's words for a clause without a label",
          "[render][findings]") {
  covenant::finding f{};
  f.id = rule::unhandled_refusal;
  REQUIRE(render::hint_text(f) == covenant::describe(rule::unhandled_refusal).hint);
  f.first_label = "R1";
  REQUIRE_THAT(render::hint_text(f),
               Catch::StartsWith("add a permission for the grantor of \"R1\" ("));
}

// ---------------------------------------------------------------------------------------------
// Diffs and the rule table.
// ---------------------------------------------------------------------------------------------

struct small_share_15
    : revenue_share<openai, microsoft, percent<15>, openai_revenue, term<year<2019>>> {
  static constexpr auto label = "2 revenue share";
};
struct chat_elsewhere : permission<openai, use_other_cloud, chat, term<year<2025>>> {
  static constexpr auto label = "3 OpenAI may host ChatGPT elsewhere";
};

TEST_CASE("render: diff_markdown", "[render][diff]") {
  using a = contract<"A", parties<openai, microsoft>, small_excl, small_share>;
  using b = covenant::amend<a, covenant::strike<small_excl>,
                            covenant::replace<small_share, small_share_15>,
                            covenant::add<chat_elsewhere>>;
  REQUIRE(render::diff_markdown<a, b>() ==
          "- Struck out: \"1 hosting exclusive\" (OpenAI grants Microsoft exclusivity over hosting "
          "of OpenAI products, from 2019-01-01 through 2024-12-31.)\n"
          "- Changed: \"2 revenue share\": was \"OpenAI pays Microsoft 20% of OpenAI revenue, from "
          "2019-01-01, open-ended.\" now \"OpenAI pays Microsoft 15% of OpenAI revenue, from "
          "2019-01-01, open-ended.\"\n"
          "- Added: \"3 OpenAI may host ChatGPT elsewhere\" (OpenAI may use another cloud "
          "(ChatGPT), from 2025-01-01, open-ended.)\n");
  REQUIRE(render::diff_markdown<a, a>() == "No change.\n");
}

TEST_CASE("render: rules_markdown has a row per rule", "[render][rules]") {
  const std::string table = render::rules_markdown();
  REQUIRE_THAT(table, Catch::StartsWith("| Rule | Severity | Meaning | How to fix |\n"
                                        "|---|---|---|---|\n"));
  STATIC_REQUIRE(covenant::all_rules.size() == 22);
  REQUIRE(occurrences(table, "\n") == 2 + covenant::all_rules.size());
  for (const auto& r : covenant::all_rules) {
    const std::string start = "| `" + std::string(r.name) + "` | " +
                              (r.level == covenant::severity::error ? "error" : "warning") + " | " +
                              std::string(r.summary) + " | " + std::string(r.hint) + " |\n";
    REQUIRE(occurrences(table, start) == 1);
  }
  REQUIRE_THAT(table, Contains("| `unhandled_refusal` | warning | "));
  REQUIRE_THAT(table, Contains("| `exception_cycle` | error | "));
  REQUIRE_THAT(table, Contains("| `outlives_termination` | error | "));
}

} // namespace render_test
