// diff<A, B>: clauses removed and changed (in A's order), then added (in B's order). A clause's
// counterpart is the same clause type, or else a clause with the same non-empty label; it is
// "changed" when the two records say different things (trigger effects included).
#include "../support/vocabulary.hpp"

#include <catch2/catch.hpp>

#include <vector>

namespace diff_test {

using namespace test_vocabulary;
using covenant::add;
using covenant::amend;
using covenant::clause_change;
using covenant::diff;
using covenant::replace;
using covenant::retitle;
using covenant::strike;

using what = clause_change::what;

struct agi : event<"AGI is declared"> {};
struct declines : event<"Microsoft declines"> {};

struct hosting_excl : exclusivity<openai, microsoft, hosting, term<year<2019>, year<2026>>> {
  static constexpr auto label = "d1 hosting exclusive on Azure";
};
struct share_20
    : revenue_share<openai, microsoft, percent<20>, openai_revenue, term<year<2019>, year<2030>>> {
  static constexpr auto label = "d2 revenue share to Microsoft";
};
// Same label, different rate: a change.
struct share_15
    : revenue_share<openai, microsoft, percent<15>, openai_revenue, term<year<2019>, year<2030>>> {
  static constexpr auto label = "d2 revenue share to Microsoft";
};
// Same label and same terms, another type: no change.
struct share_20_restated
    : revenue_share<openai, microsoft, percent<20>, openai_revenue, term<year<2019>, year<2030>>> {
  static constexpr auto label = "d2 revenue share to Microsoft";
};
// Another label and another base: removed and added.
struct share_20_relabelled
    : revenue_share<openai, microsoft, percent<20>, api_revenue, term<year<2019>, year<2030>>> {
  static constexpr auto label = "d2b revenue share, renumbered";
};
// The same slot (kind, parties, base) under a new label.
struct share_15_renamed
    : revenue_share<openai, microsoft, percent<15>, openai_revenue, term<year<2019>, year<2030>>> {
  static constexpr auto label = "d2c revenue share restated at 15 percent";
};
struct share_20_renamed
    : revenue_share<openai, microsoft, percent<20>, openai_revenue, term<year<2019>, year<2030>>> {
  static constexpr auto label = "d2d revenue share, renamed";
};
struct share_10_renamed
    : revenue_share<openai, microsoft, percent<10>, openai_revenue, term<year<2030>, year<2035>>> {
  static constexpr auto label = "d2e revenue share from 2030";
};
struct capacity_rofr
    : right_of_first_refusal<openai, microsoft, new_capacity, term<year<2019>, year<2026>>> {
  static constexpr auto label = "d3 Microsoft first refusal on new capacity";
};
struct chat_to_amazon : licence<openai, amazon, chat, term<year<2026>>> {
  static constexpr auto label = "d4 ChatGPT licensed to Amazon";
};
struct supplies_models : obligation<openai, supply_models, models, term<year<2025>>> {
  static constexpr auto label = "d5 OpenAI supplies models";
};
struct ships_first : first_ship<openai, microsoft, products, term<year<2026>>> {
  static constexpr auto label = "d6 products ship first on Azure";
};
struct ships_first_unless
    : first_ship<openai, microsoft, products, term<year<2026>>, unless<declines>> {
  static constexpr auto label = "d6 products ship first on Azure";
};
// No label: matched by type only.
struct unlabelled : obligation<microsoft, supply_models, azure_services, term<year<2025>>> {};

using v0 =
    contract<"V0", parties<openai, microsoft, amazon>, hosting_excl, share_20, capacity_rofr>;
using v1 = amend<v0, add<chat_to_amazon>, retitle<"V1">>;
using v2 = amend<v1, replace<share_20, share_15>, strike<capacity_rofr>>;
using v3 = amend<v2, add<supplies_models>, retitle<"V3">>;

TEST_CASE("diff: a contract against itself, or a retitled copy, has no change", "[diff]") {
  STATIC_REQUIRE(diff<v0, v0>.empty());
  STATIC_REQUIRE(diff<v0, v0>.size() == 0);
  STATIC_REQUIRE(diff<v3, v3>.empty());
  STATIC_REQUIRE(diff<v0, amend<v0, retitle<"renamed">>>.empty());
}

TEST_CASE("diff: an added clause", "[diff]") {
  constexpr auto d = diff<v0, v1>;
  STATIC_REQUIRE(d.size() == 1);
  STATIC_REQUIRE(d[0].kind == what::added);
  STATIC_REQUIRE(d[0].after == 3);
  STATIC_REQUIRE(d[0].before == 0);
  STATIC_REQUIRE(d[0].label == "d4 ChatGPT licensed to Amazon");
  STATIC_REQUIRE(d.count(what::added) == 1);
  STATIC_REQUIRE(d.count(what::removed) == 0);
}

TEST_CASE("diff: changed (same label, other terms) and removed, in the earlier order", "[diff]") {
  constexpr auto d = diff<v1, v2>;
  STATIC_REQUIRE(d.size() == 2);
  // share_20 (index 1) became share_15, still at index 1.
  STATIC_REQUIRE(d[0].kind == what::changed);
  STATIC_REQUIRE(d[0].before == 1);
  STATIC_REQUIRE(d[0].after == 1);
  STATIC_REQUIRE(d[0].label == "d2 revenue share to Microsoft");
  // The first refusal (index 2) is gone.
  STATIC_REQUIRE(d[1].kind == what::removed);
  STATIC_REQUIRE(d[1].before == 2);
  STATIC_REQUIRE(d[1].after == 0);
  STATIC_REQUIRE(d[1].label == "d3 Microsoft first refusal on new capacity");
}

TEST_CASE("diff: across three amendments, and back", "[diff]") {
  // v0 = [d1, d2 20 %, d3];  v3 = [d1, d2 15 %, d4, d5].
  constexpr auto forward = diff<v0, v3>;
  STATIC_REQUIRE(forward.size() == 4);
  STATIC_REQUIRE(forward.count(what::changed) == 1);
  STATIC_REQUIRE(forward.count(what::removed) == 1);
  STATIC_REQUIRE(forward.count(what::added) == 2);
  STATIC_REQUIRE(forward[0].kind == what::changed);
  STATIC_REQUIRE(forward[0].before == 1);
  STATIC_REQUIRE(forward[1].kind == what::removed);
  STATIC_REQUIRE(forward[1].before == 2);
  STATIC_REQUIRE(forward[2].kind == what::added);
  STATIC_REQUIRE(forward[2].after == 2);
  STATIC_REQUIRE(forward[2].label == "d4 ChatGPT licensed to Amazon");
  STATIC_REQUIRE(forward[3].kind == what::added);
  STATIC_REQUIRE(forward[3].after == 3);
  STATIC_REQUIRE(forward[3].label == "d5 OpenAI supplies models");

  constexpr auto back = diff<v3, v0>;
  STATIC_REQUIRE(back.size() == 4);
  STATIC_REQUIRE(back[0].kind == what::changed);
  STATIC_REQUIRE(back[0].before == 1);
  STATIC_REQUIRE(back[0].after == 1);
  STATIC_REQUIRE(back[1].kind == what::removed);
  STATIC_REQUIRE(back[1].before == 2);
  STATIC_REQUIRE(back[1].label == "d4 ChatGPT licensed to Amazon");
  STATIC_REQUIRE(back[2].kind == what::removed);
  STATIC_REQUIRE(back[2].before == 3);
  STATIC_REQUIRE(back[3].kind == what::added);
  STATIC_REQUIRE(back[3].after == 2);
  STATIC_REQUIRE(back[3].label == "d3 Microsoft first refusal on new capacity");
}

TEST_CASE("diff: counterparts by type, then by label", "[diff]") {
  // Another type with the same label and the same terms: no change.
  STATIC_REQUIRE(diff<v0, amend<v0, replace<share_20, share_20_restated>>>.empty());
  // Another label, another base: removed, then added.
  constexpr auto relabelled = diff<v0, amend<v0, replace<share_20, share_20_relabelled>>>;
  STATIC_REQUIRE(relabelled.size() == 2);
  STATIC_REQUIRE(relabelled[0].kind == what::removed);
  STATIC_REQUIRE(relabelled[0].before == 1);
  STATIC_REQUIRE(relabelled[0].label == "d2 revenue share to Microsoft");
  STATIC_REQUIRE(relabelled[1].kind == what::added);
  STATIC_REQUIRE(relabelled[1].after == 1);
  STATIC_REQUIRE(relabelled[1].label == "d2b revenue share, renumbered");
  // Moving a clause is no change.
  STATIC_REQUIRE(diff<v0, amend<v0, strike<hosting_excl>, add<hosting_excl>>>.empty());
}

TEST_CASE("diff: a replacement under a new label, in the same slot", "[diff]") {
  // Same kind, parties and base: the one new clause there is the old one, changed. The change
  // carries the earlier label.
  constexpr auto d = diff<v0, amend<v0, replace<share_20, share_15_renamed>>>;
  STATIC_REQUIRE(d.size() == 1);
  STATIC_REQUIRE(d[0].kind == what::changed);
  STATIC_REQUIRE(d[0].before == 1);
  STATIC_REQUIRE(d[0].after == 1);
  STATIC_REQUIRE(d[0].label == "d2 revenue share to Microsoft");
  // Same slot and same terms, new label: no change.
  STATIC_REQUIRE(diff<v0, amend<v0, replace<share_20, share_20_renamed>>>.empty());
  // Two new clauses in that slot: which one replaced it is unclear, so removed and added.
  constexpr auto two =
      diff<v0, amend<v0, replace<share_20, share_15_renamed>, add<share_10_renamed>>>;
  STATIC_REQUIRE(two.size() == 3);
  STATIC_REQUIRE(two[0].kind == what::removed);
  STATIC_REQUIRE(two[0].before == 1);
  STATIC_REQUIRE(two[1].kind == what::added);
  STATIC_REQUIRE(two[1].after == 1);
  STATIC_REQUIRE(two[1].label == "d2c revenue share restated at 15 percent");
  STATIC_REQUIRE(two[2].kind == what::added);
  STATIC_REQUIRE(two[2].after == 3);
  STATIC_REQUIRE(two[2].label == "d2e revenue share from 2030");
}

TEST_CASE("diff: exceptions and trigger effects are part of a clause's terms", "[diff]") {
  using a = contract<"a", parties<openai, microsoft>, ships_first>;
  constexpr auto d = diff<a, amend<a, replace<ships_first, ships_first_unless>>>;
  STATIC_REQUIRE(d.size() == 1);
  STATIC_REQUIRE(d[0].kind == what::changed);
  STATIC_REQUIRE(d[0].label == "d6 products ship first on Azure");

  // A trigger that ends the exclusivity at AGI changes the exclusivity, not its type.
  constexpr auto t = diff<v0, amend<v0, add<trigger<agi, ends<hosting_excl>>>>>;
  STATIC_REQUIRE(t.size() == 1);
  STATIC_REQUIRE(t[0].kind == what::changed);
  STATIC_REQUIRE(t[0].before == 0);
  STATIC_REQUIRE(t[0].after == 0);
  STATIC_REQUIRE(t[0].label == "d1 hosting exclusive on Azure");
}

TEST_CASE("diff: an unlabelled clause is matched by type only", "[diff]") {
  using a = contract<"a", parties<openai, microsoft>, hosting_excl, unlabelled>;
  constexpr auto d = diff<a, amend<a, strike<unlabelled>>>;
  STATIC_REQUIRE(d.size() == 1);
  STATIC_REQUIRE(d[0].kind == what::removed);
  STATIC_REQUIRE(d[0].before == 1);
  STATIC_REQUIRE(d[0].label.empty());
  STATIC_REQUIRE(diff<a, a>.empty());
}

TEST_CASE("diff: iterated at run time", "[diff][runtime]") {
  std::vector<what> kinds;
  for (const auto& c : diff<v0, v3>) kinds.push_back(c.kind);
  REQUIRE(kinds == std::vector<what>{what::changed, what::removed, what::added, what::added});
  REQUIRE(diff<v0, v3>.count(what::added) == 2);
}

} // namespace diff_test
