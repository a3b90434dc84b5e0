// Rule exclusivity_conflict: an exclusivity reserves a scope to its holder; any other party
// taking an overlapping scope at the same time (licence, permission, first refusal, first ship
// or another exclusivity) is an error.
#include "../support/vocabulary.hpp"

#include <catch2/catch.hpp>

#include <cstddef>
#include <vector>

namespace rules_exclusivity_conflict_test {

using namespace test_vocabulary;
using covenant::day_of;
using covenant::end_of_time;
using covenant::findings;
using covenant::rule;
using covenant::severity;

/// The first finding of rule `r` about contract C (check the count first).
template <typename C>
constexpr covenant::finding first_of(rule r) {
  for (const auto& f : findings<C>) {
    if (f.id == r) return f;
  }
  return {};
}

struct agi_declared : event<"AGI declared"> {};
struct offer_elsewhere : action<"offer on another platform"> {};

// Exclusivities held by Microsoft.
struct api_excl_2019_2025 : exclusivity<openai, microsoft, api, term<year<2019>, year<2025>>> {
  static constexpr auto label = "s1 API exclusive on Azure until 2025";
};
struct products_excl_open : exclusivity<openai, microsoft, products, term<year<2019>>> {
  static constexpr auto label = "s1 products exclusive on Azure";
};
struct api_excl_open : exclusivity<openai, microsoft, api, term<date<2025, 1, 21>>> {
  static constexpr auto label = "s2 API exclusive on Azure";
};
struct hosting_excl_through_2024
    : exclusivity<openai, microsoft, hosting, term<date<2019, 7, 22>, through<2024>>> {
  static constexpr auto label = "s1 hosting exclusive through 2024";
};
struct hosting_excl_until_agi
    : exclusivity<openai, microsoft, hosting, term<year<2019>, until<agi_declared>>> {
  static constexpr auto label = "s1 hosting exclusive until AGI";
};
struct hosting_excl_earliest : exclusivity<openai, microsoft, hosting,
                                           term<year<2019>, earliest<year<2030>, agi_declared>>> {
  static constexpr auto label = "s1 hosting exclusive until AGI or 2030";
};
struct hosting_excl_2019_2030
    : exclusivity<openai, microsoft, hosting, term<year<2019>, year<2030>>> {
  static constexpr auto label = "s1 hosting exclusive until 2030";
};

// Clauses in favour of Amazon.
struct api_lic_amazon_2025_2030 : licence<openai, amazon, api, term<year<2025>, year<2030>>> {
  static constexpr auto label = "s3 API licensed to Amazon";
};
struct api_lic_amazon_from_2030 : licence<openai, amazon, api, term<year<2030>>> {
  static constexpr auto label = "s3 API licensed to Amazon from 2030";
};
struct products_lic_amazon_2025 : licence<openai, amazon, products, term<year<2025>>> {
  static constexpr auto label = "s3 products licensed to Amazon";
};
struct chat_lic_amazon_open : licence<openai, amazon, chat, term<year<2019>>> {
  static constexpr auto label = "s3 ChatGPT licensed to Amazon";
};
struct api_excl_amazon_2025 : exclusivity<openai, amazon, api, term<year<2025>>> {
  static constexpr auto label = "s4 API exclusive on AWS";
};
struct api_rofr_amazon : right_of_first_refusal<openai, amazon, api, term<year<2026>, year<2028>>> {
  static constexpr auto label = "s5 AWS first refusal on API";
};
struct api_first_ship_amazon : first_ship<openai, amazon, api, term<year<2026>, year<2028>>> {
  static constexpr auto label = "s6 API ships first on AWS";
};
struct openai_may_offer_api
    : permission<openai, offer_elsewhere, api, term<year<2027>, year<2028>>> {
  static constexpr auto label = "s7 OpenAI may offer the API elsewhere";
};

// Clauses in favour of the holder itself.
struct api_lic_microsoft : licence<openai, microsoft, api, term<year<2020>>> {
  static constexpr auto label = "s8 API licensed to Microsoft";
};
struct microsoft_may_offer_chat : permission<microsoft, offer_elsewhere, chat, term<year<2020>>> {
  static constexpr auto label = "s9 Microsoft may offer ChatGPT elsewhere";
};

// Clauses that take no scope: they never conflict with an exclusivity.
struct amazon_must_offer_api : obligation<amazon, offer_elsewhere, api, term<year<2020>>> {
  static constexpr auto label = "s10 Amazon must offer the API";
};
struct amazon_must_not_offer_api : prohibition<amazon, offer_elsewhere, api, term<year<2020>>> {
  static constexpr auto label = "s11 Amazon must not offer the API";
};
struct openai_shares_with_amazon
    : revenue_share<openai, amazon, percent<10>, api_revenue, term<year<2020>>> {
  static constexpr auto label = "s12 API revenue share to Amazon";
};
struct amazon_commits : commitment<openai, amazon, usd_millions<100>, api, term<year<2020>>> {
  static constexpr auto label = "s13 OpenAI buys from Amazon";
};

// ---------------------------------------------------------------------------------------------
// Consistent contracts and near misses.
// ---------------------------------------------------------------------------------------------

using consistent_deal =
    contract<"consistent", parties<openai, microsoft, amazon>, api_excl_2019_2025,
             api_lic_amazon_2025_2030, chat_lic_amazon_open, api_lic_microsoft>;
static_assert(covenant::check<consistent_deal>);
static_assert(covenant::check<consistent_deal, covenant::strictness::strict>);

TEST_CASE("exclusivity_conflict: a consistent contract passes check",
          "[rules][exclusivity_conflict]") {
  STATIC_REQUIRE(covenant::consistent<consistent_deal>);
  STATIC_REQUIRE(covenant::strictly_consistent<consistent_deal>);
  STATIC_REQUIRE(findings<consistent_deal>.size() == 0);
  STATIC_REQUIRE(covenant::error_count<consistent_deal> == 0);
}

TEST_CASE("exclusivity_conflict: terms that touch do not overlap",
          "[rules][exclusivity_conflict]") {
  // [2019, 2025) then [2025, 2030).
  using touching = contract<"t", parties<openai, microsoft, amazon>, api_excl_2019_2025,
                            api_lic_amazon_2025_2030>;
  STATIC_REQUIRE(findings<touching>.size() == 0);
  // through<2024> ends when 2025 begins.
  using through_touching = contract<"t", parties<openai, microsoft, amazon>,
                                    hosting_excl_through_2024, products_lic_amazon_2025>;
  STATIC_REQUIRE(findings<through_touching>.size() == 0);
  // earliest<2030, event> ends at 2030 at the latest.
  using earliest_touching = contract<"t", parties<openai, microsoft, amazon>, hosting_excl_earliest,
                                     api_lic_amazon_from_2030>;
  STATIC_REQUIRE(findings<earliest_touching>.size() == 0);
}

TEST_CASE("exclusivity_conflict: disjoint sibling scopes do not overlap",
          "[rules][exclusivity_conflict]") {
  // api and chat are both part of products, but neither contains the other.
  using siblings =
      contract<"s", parties<openai, microsoft, amazon>, api_excl_open, chat_lic_amazon_open>;
  STATIC_REQUIRE(findings<siblings>.size() == 0);
}

TEST_CASE("exclusivity_conflict: grants and permissions to the holder itself are fine",
          "[rules][exclusivity_conflict]") {
  using same_holder =
      contract<"h", parties<openai, microsoft>, products_excl_open, api_lic_microsoft>;
  STATIC_REQUIRE(findings<same_holder>.size() == 0);
  // A permission to the holder is only a (redundant_permission) warning, never this error.
  using permitted_holder =
      contract<"h", parties<openai, microsoft>, products_excl_open, microsoft_may_offer_chat>;
  STATIC_REQUIRE(findings<permitted_holder>.count(rule::exclusivity_conflict) == 0);
  STATIC_REQUIRE(covenant::consistent<permitted_holder>);
}

TEST_CASE("exclusivity_conflict: clauses that take no scope never conflict",
          "[rules][exclusivity_conflict]") {
  using no_takers = contract<"n", parties<openai, microsoft, amazon>, products_excl_open,
                             openai_shares_with_amazon, amazon_commits>;
  STATIC_REQUIRE(findings<no_takers>.size() == 0);
  using prohibited = contract<"n", parties<openai, microsoft, amazon>, products_excl_open,
                              amazon_must_not_offer_api>;
  STATIC_REQUIRE(findings<prohibited>.size() == 0);
}

// ---------------------------------------------------------------------------------------------
// Conflicts.
// ---------------------------------------------------------------------------------------------

TEST_CASE("exclusivity_conflict: a licence inside an open-ended exclusivity over a wider scope",
          "[rules][exclusivity_conflict]") {
  using C = contract<"c", parties<openai, microsoft, amazon>, products_excl_open,
                     api_lic_amazon_2025_2030>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  constexpr auto f = fs[0];
  STATIC_REQUIRE(f.id == rule::exclusivity_conflict);
  STATIC_REQUIRE(f.level == severity::error);
  STATIC_REQUIRE(f.first == 0);
  STATIC_REQUIRE(f.second == 1);
  STATIC_REQUIRE(f.from == day_of(2025));
  STATIC_REQUIRE(f.to == day_of(2030));
  STATIC_REQUIRE(f.witness() == day_of(2025));
  STATIC_REQUIRE(f.scope_name() == "OpenAI API"); // the narrower scope
  STATIC_REQUIRE(f.first_label == "s1 products exclusive on Azure");
  STATIC_REQUIRE(f.second_label == "s3 API licensed to Amazon");
  STATIC_REQUIRE_FALSE(covenant::consistent<C>);
  STATIC_REQUIRE(covenant::error_count<C> == 1);
}

TEST_CASE("exclusivity_conflict: the exclusivity is named first whatever the clause order",
          "[rules][exclusivity_conflict]") {
  using C =
      contract<"c", parties<openai, microsoft, amazon>, products_lic_amazon_2025, api_excl_open>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  constexpr auto f = fs[0];
  STATIC_REQUIRE(f.id == rule::exclusivity_conflict);
  STATIC_REQUIRE(f.first == 1);
  STATIC_REQUIRE(f.second == 0);
  STATIC_REQUIRE(f.from == day_of(2025, 1, 21));  // the later start
  STATIC_REQUIRE(f.to == end_of_time);            // both open-ended
  STATIC_REQUIRE(f.scope_name() == "OpenAI API"); // the exclusivity's scope is the narrower here
  STATIC_REQUIRE(f.first_label == "s2 API exclusive on Azure");
  STATIC_REQUIRE(f.second_label == "s3 products licensed to Amazon");
}

TEST_CASE("exclusivity_conflict: two exclusivities to different holders are one finding",
          "[rules][exclusivity_conflict]") {
  using C = contract<"c", parties<openai, microsoft, amazon>, hosting_excl_2019_2030,
                     api_excl_amazon_2025>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].id == rule::exclusivity_conflict);
  STATIC_REQUIRE(fs[0].first == 0);
  STATIC_REQUIRE(fs[0].second == 1);
  STATIC_REQUIRE(fs[0].from == day_of(2025));
  STATIC_REQUIRE(fs[0].to == day_of(2030));
  STATIC_REQUIRE(fs[0].scope_name() == "OpenAI API");
  STATIC_REQUIRE(fs[0].first_label == "s1 hosting exclusive until 2030");
  STATIC_REQUIRE(fs[0].second_label == "s4 API exclusive on AWS");

  // Reversed, still one finding, reported from the earlier clause.
  using R = contract<"r", parties<openai, microsoft, amazon>, api_excl_amazon_2025,
                     hosting_excl_2019_2030>;
  constexpr auto rs = findings<R>;
  STATIC_REQUIRE(rs.size() == 1);
  STATIC_REQUIRE(rs[0].first == 0);
  STATIC_REQUIRE(rs[0].second == 1);
  STATIC_REQUIRE(rs[0].first_label == "s4 API exclusive on AWS");
  STATIC_REQUIRE(rs[0].second_label == "s1 hosting exclusive until 2030");
  STATIC_REQUIRE(rs[0].scope_name() == "OpenAI API");
}

TEST_CASE("exclusivity_conflict: every kind of clause that takes a scope conflicts",
          "[rules][exclusivity_conflict]") {
  // (A right of first refusal with no fallback is also an unhandled_refusal warning.)
  using rofr =
      contract<"r", parties<openai, microsoft, amazon>, hosting_excl_2019_2030, api_rofr_amazon>;
  STATIC_REQUIRE(findings<rofr>.count(rule::exclusivity_conflict) == 1);
  STATIC_REQUIRE(covenant::error_count<rofr> == 1);
  constexpr auto r = first_of<rofr>(rule::exclusivity_conflict);
  STATIC_REQUIRE(r.first == 0);
  STATIC_REQUIRE(r.second == 1);
  STATIC_REQUIRE(r.from == day_of(2026));
  STATIC_REQUIRE(r.to == day_of(2028));
  STATIC_REQUIRE(r.scope_name() == "OpenAI API");
  STATIC_REQUIRE(r.second_label == "s5 AWS first refusal on API");

  using ship = contract<"s", parties<openai, microsoft, amazon>, hosting_excl_2019_2030,
                        api_first_ship_amazon>;
  STATIC_REQUIRE(findings<ship>.size() == 1);
  STATIC_REQUIRE(findings<ship>[0].id == rule::exclusivity_conflict);
  STATIC_REQUIRE(findings<ship>[0].second_label == "s6 API ships first on AWS");

  // A permission to anyone but the holder, the grantor included.
  using permitted =
      contract<"p", parties<openai, microsoft>, hosting_excl_2019_2030, openai_may_offer_api>;
  STATIC_REQUIRE(findings<permitted>.size() == 1);
  STATIC_REQUIRE(findings<permitted>[0].id == rule::exclusivity_conflict);
  STATIC_REQUIRE(findings<permitted>[0].first == 0);
  STATIC_REQUIRE(findings<permitted>[0].second == 1);
  STATIC_REQUIRE(findings<permitted>[0].from == day_of(2027));
  STATIC_REQUIRE(findings<permitted>[0].to == day_of(2028));
  STATIC_REQUIRE(findings<permitted>[0].scope_name() == "OpenAI API");
  STATIC_REQUIRE(findings<permitted>[0].second_label == "s7 OpenAI may offer the API elsewhere");
}

TEST_CASE("exclusivity_conflict: a term ending at an event runs to its latest end",
          "[rules][exclusivity_conflict]") {
  using C = contract<"c", parties<openai, microsoft, amazon>, hosting_excl_until_agi,
                     api_lic_amazon_from_2030>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].id == rule::exclusivity_conflict);
  STATIC_REQUIRE(fs[0].from == day_of(2030));
  STATIC_REQUIRE(fs[0].to == end_of_time);
  STATIC_REQUIRE(fs[0].scope_name() == "OpenAI API");
  STATIC_REQUIRE(fs[0].first_label == "s1 hosting exclusive until AGI");
}

TEST_CASE("exclusivity_conflict: one exclusivity against several takers, read at run time",
          "[rules][exclusivity_conflict][runtime]") {
  using C =
      contract<"c", parties<openai, microsoft, amazon>, hosting_excl_2019_2030,
               chat_lic_amazon_open, api_lic_microsoft, api_rofr_amazon, api_lic_amazon_from_2030>;
  const auto& fs = findings<C>;
  std::size_t conflicts = 0;
  std::vector<covenant::finding> found;
  for (const auto& f : fs) {
    if (f.id != rule::exclusivity_conflict) continue;
    ++conflicts;
    found.push_back(f);
    REQUIRE(f.is_error());
    REQUIRE(f.first == 0);
    REQUIRE(f.first_label == "s1 hosting exclusive until 2030");
    REQUIRE(f.second != 2); // Microsoft's own licence is not a conflict
    REQUIRE(f.second != 4); // Amazon's licence starts as the exclusivity ends
    REQUIRE(f.from < f.to);
    REQUIRE(f.to <= day_of(2030));
  }
  REQUIRE(conflicts == 2);
  REQUIRE(found[0].second_label == "s3 ChatGPT licensed to Amazon");
  REQUIRE(found[0].scope_name() == "ChatGPT");
  REQUIRE(found[0].from == day_of(2019));
  REQUIRE(found[1].second_label == "s5 AWS first refusal on API");
  REQUIRE(found[1].scope_name() == "OpenAI API");
  REQUIRE(fs.count(severity::error) == 2);
  REQUIRE(fs.count(rule::exclusivity_conflict) == covenant::error_count<C>);
}

struct microsoft_must_offer_api : obligation<microsoft, offer_elsewhere, api, term<year<2020>>> {
  static constexpr auto label = "s13 Microsoft must offer the API";
};

// A duty to act within a reserved scope takes it as surely as a permission to (issue: a duty
// to serve the API elsewhere inside Microsoft's exclusivity used to pass).
TEST_CASE("exclusivity_conflict: an obligation on another party inside the exclusivity",
          "[rules][exclusivity_conflict]") {
  using C =
      contract<"o", parties<openai, microsoft, amazon>, products_excl_open, amazon_must_offer_api>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].id == rule::exclusivity_conflict);
  STATIC_REQUIRE(fs[0].first == 0);
  STATIC_REQUIRE(fs[0].second == 1);
  STATIC_REQUIRE(fs[0].from == day_of(2020));
  STATIC_REQUIRE(fs[0].scope_name() == "OpenAI API");
  STATIC_REQUIRE(fs[0].second_label == "s10 Amazon must offer the API");
  // The same duty on the holder itself is no conflict.
  using holder =
      contract<"h", parties<openai, microsoft>, products_excl_open, microsoft_must_offer_api>;
  STATIC_REQUIRE(findings<holder>.count(rule::exclusivity_conflict) == 0);
}

} // namespace rules_exclusivity_conflict_test
