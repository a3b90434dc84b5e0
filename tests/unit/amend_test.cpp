// amend<base, ops...>: add appends, strike removes, replace keeps the position, retitle renames,
// add_all_of appends another contract's clauses and triggers; parties and the contract's term
// are kept. Chained three deep, v0 -> v1 -> v2 -> v3.
#include "../support/vocabulary.hpp"

#include <catch2/catch.hpp>

#include <string_view>
#include <type_traits>

namespace amend_test {

using namespace test_vocabulary;
using covenant::add;
using covenant::add_all_of;
using covenant::amend;
using covenant::day_of;
using covenant::findings;
using covenant::replace;
using covenant::retitle;
using covenant::rule;
using covenant::strike;

struct agi : event<"AGI is declared"> {};

struct hosting_excl : exclusivity<openai, microsoft, hosting, term<year<2019>, year<2026>>> {
  static constexpr auto label = "a1 hosting exclusive on Azure until 2026";
};
struct hosting_excl_to_2024
    : exclusivity<openai, microsoft, hosting, term<year<2019>, year<2024>>> {
  static constexpr auto label = "a1 hosting exclusive on Azure until 2024";
};
struct share_20
    : revenue_share<openai, microsoft, percent<20>, openai_revenue, term<year<2019>, year<2030>>> {
  static constexpr auto label = "a2 revenue share to Microsoft";
};
struct share_15
    : revenue_share<openai, microsoft, percent<15>, openai_revenue, term<year<2019>, year<2030>>> {
  static constexpr auto label = "a2 revenue share to Microsoft";
};
struct capacity_rofr
    : right_of_first_refusal<openai, microsoft, new_capacity, term<year<2019>, year<2026>>> {
  static constexpr auto label = "a3 Microsoft first refusal on new capacity";
};
struct capacity_elsewhere
    : permission<openai, use_other_cloud, new_capacity, term<year<2019>, year<2040>>> {
  static constexpr auto label = "a4 OpenAI may buy capacity elsewhere";
};
struct chat_to_amazon : licence<openai, amazon, chat, term<year<2026>, year<2040>>> {
  static constexpr auto label = "a5 ChatGPT licensed to Amazon from 2026";
};
struct supplies_models : obligation<openai, supply_models, models, term<year<2025>, year<2035>>> {
  static constexpr auto label = "a6 OpenAI supplies models";
};
struct products_elsewhere
    : permission<openai, use_other_cloud, products, term<year<2024>, year<2040>>> {
  static constexpr auto label = "a7 OpenAI may host products elsewhere from 2024";
};

using deal_term = term<year<2019>, year<2040>>;
using v0 = contract<"V0 2019", parties<openai, microsoft, amazon>, deal_term, hosting_excl,
                    share_20, capacity_rofr, capacity_elsewhere>;
using v1 = amend<v0, add<chat_to_amazon>, retitle<"V1 2023">>;
using v2 = amend<v1, replace<share_20, share_15>, strike<capacity_rofr>>;
using side_letter = contract<"side letter", parties<openai, microsoft, amazon>, supplies_models,
                             trigger<agi, ends<supplies_models>>>;
using v3 = amend<v2, add_all_of<side_letter>, retitle<"V3 draft">, retitle<"V3 2025">>;

static_assert(covenant::check<v0, covenant::strictness::strict>);
static_assert(covenant::check<v3, covenant::strictness::strict>);

/// The labels of C's clauses, in order, compared with `expected`.
template <typename C, std::size_t N>
constexpr bool labels_are(const std::string_view (&expected)[N]) {
  if (C::size != N) return false;
  for (std::size_t i = 0; i < N; ++i) {
    if (C::records[i].label != expected[i]) return false;
  }
  return true;
}

TEST_CASE("amend: three amendments deep, sizes and titles", "[amend]") {
  STATIC_REQUIRE(v0::size == 4);
  STATIC_REQUIRE(v1::size == 5); // + chat_to_amazon
  STATIC_REQUIRE(v2::size == 4); // share replaced, first refusal struck
  STATIC_REQUIRE(v3::size == 5); // + the side letter's obligation
  STATIC_REQUIRE(v0::title == "V0 2019");
  STATIC_REQUIRE(v1::title == "V1 2023");
  STATIC_REQUIRE(v2::title == "V1 2023"); // no retitle: the base's title
  STATIC_REQUIRE(v3::title == "V3 2025"); // the last retitle wins
  STATIC_REQUIRE(v3::triggers.size() == 1);
  STATIC_REQUIRE(v2::triggers.size() == 0);
}

TEST_CASE("amend: record order: add appends, replace keeps the position", "[amend]") {
  STATIC_REQUIRE(labels_are<v0>(
      {"a1 hosting exclusive on Azure until 2026", "a2 revenue share to Microsoft",
       "a3 Microsoft first refusal on new capacity", "a4 OpenAI may buy capacity elsewhere"}));
  STATIC_REQUIRE(labels_are<v1>(
      {"a1 hosting exclusive on Azure until 2026", "a2 revenue share to Microsoft",
       "a3 Microsoft first refusal on new capacity", "a4 OpenAI may buy capacity elsewhere",
       "a5 ChatGPT licensed to Amazon from 2026"}));
  STATIC_REQUIRE(labels_are<v2>(
      {"a1 hosting exclusive on Azure until 2026", "a2 revenue share to Microsoft",
       "a4 OpenAI may buy capacity elsewhere", "a5 ChatGPT licensed to Amazon from 2026"}));
  STATIC_REQUIRE(
      labels_are<v3>({"a1 hosting exclusive on Azure until 2026", "a2 revenue share to Microsoft",
                      "a4 OpenAI may buy capacity elsewhere",
                      "a5 ChatGPT licensed to Amazon from 2026", "a6 OpenAI supplies models"}));
  // The replacement is the new clause: 15 %, in the old one's place.
  STATIC_REQUIRE(v1::records[1].rate == 2'000);
  STATIC_REQUIRE(v2::records[1].rate == 1'500);
  STATIC_REQUIRE(v2::records[1].identity == covenant::detail::identity<share_15>());
  // The side letter's trigger came along and ends its obligation at AGI.
  STATIC_REQUIRE(v3::records[4].ends_at_event == covenant::detail::entity_ptr<agi>());
  STATIC_REQUIRE(covenant::is_in_force<v3, supplies_models>(day_of(2030)));
  constexpr covenant::scenario agi_2028{{agi{}, covenant::date<2028>{}}};
  STATIC_REQUIRE_FALSE(covenant::is_in_force<v3, supplies_models>(day_of(2030), agi_2028));
}

TEST_CASE("amend: parties and the contract's term are kept", "[amend]") {
  STATIC_REQUIRE(std::is_same_v<v3::party_list, parties<openai, microsoft, amazon>>);
  STATIC_REQUIRE(std::is_same_v<v3::term_type, deal_term>);
  STATIC_REQUIRE(std::is_same_v<v2::term_type, v0::term_type>);
  // A base without a term gives an amendment without one.
  using no_term = contract<"no term", parties<openai, microsoft>, hosting_excl>;
  STATIC_REQUIRE(std::is_void_v<amend<no_term, add<share_20>>::term_type>);
  // Amending with nothing gives the very same contract type.
  STATIC_REQUIRE(std::is_same_v<amend<v0>, v0>);
  STATIC_REQUIRE(std::is_same_v<amend<v0, retitle<"V0 2019">>, v0>);
}

TEST_CASE("amend: strike several, strike then add, replace in place, strike a trigger", "[amend]") {
  using struck = amend<v0, strike<hosting_excl, capacity_rofr>>;
  STATIC_REQUIRE(labels_are<struck>(
      {"a2 revenue share to Microsoft", "a4 OpenAI may buy capacity elsewhere"}));

  using moved = amend<v0, strike<hosting_excl>, add<hosting_excl>>;
  STATIC_REQUIRE(moved::size == 4);
  STATIC_REQUIRE(moved::records[3].label == "a1 hosting exclusive on Azure until 2026");
  STATIC_REQUIRE(moved::records[0].label == "a2 revenue share to Microsoft");

  using shortened = amend<v0, replace<hosting_excl, hosting_excl_to_2024>>;
  STATIC_REQUIRE(shortened::size == 4);
  STATIC_REQUIRE(shortened::records[0].label == "a1 hosting exclusive on Azure until 2024");
  STATIC_REQUIRE(shortened::records[0].end == day_of(2024));

  using untriggered = amend<v3, strike<trigger<agi, ends<supplies_models>>>>;
  STATIC_REQUIRE(untriggered::size == 5);
  STATIC_REQUIRE(untriggered::triggers.size() == 0);
  STATIC_REQUIRE(untriggered::records[4].ends_at_event == nullptr);
}

TEST_CASE("amend: a permission added beside a surviving exclusivity is inconsistent",
          "[amend][findings]") {
  using draft = amend<v0, add<products_elsewhere>, retitle<"V1 draft">>;
  STATIC_REQUIRE(draft::size == 5);
  STATIC_REQUIRE_FALSE(covenant::consistent<draft>);
  STATIC_REQUIRE(covenant::error_count<draft> == 1);
  constexpr auto fs = findings<draft>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].id == rule::exclusivity_conflict);
  STATIC_REQUIRE(fs[0].first == 0);
  STATIC_REQUIRE(fs[0].second == 4);
  // Hosting exclusive [2019, 2026), products elsewhere [2024, 2040): [2024, 2026).
  STATIC_REQUIRE(fs[0].from == day_of(2024));
  STATIC_REQUIRE(fs[0].to == day_of(2026));
  STATIC_REQUIRE(fs[0].scope_name() == "OpenAI products");
  STATIC_REQUIRE(fs[0].first_label == "a1 hosting exclusive on Azure until 2026");
  STATIC_REQUIRE(fs[0].second_label == "a7 OpenAI may host products elsewhere from 2024");

  // Ending the exclusivity when the permission starts makes the amendment consistent.
  using fixed = amend<v0, replace<hosting_excl, hosting_excl_to_2024>, add<products_elsewhere>>;
  STATIC_REQUIRE(covenant::consistent<fixed>);
  STATIC_REQUIRE(findings<fixed>.size() == 0);

  // The same conflict arrives through add_all_of.
  using letter = contract<"letter", parties<openai, microsoft, amazon>, products_elsewhere>;
  using merged = amend<v0, add_all_of<letter>>;
  STATIC_REQUIRE(merged::title == "V0 2019");
  STATIC_REQUIRE(findings<merged>.count(rule::exclusivity_conflict) == 1);
}

TEST_CASE("amend: the amended contract reads the same at run time", "[amend][runtime]") {
  std::string_view title = v3::title;
  REQUIRE(title == "V3 2025");
  std::size_t n = 0;
  for (const auto& r : v3::records) {
    REQUIRE_FALSE(r.label.empty());
    ++n;
  }
  REQUIRE(n == 5);
}

} // namespace amend_test
