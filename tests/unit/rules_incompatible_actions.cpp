// Rule incompatible_actions: a party cannot be bound to an action that rules out (excludes<...>,
// directly or through kind_of<...>) another action it is bound or allowed to take over an
// overlapping scope at the same time.
#include "../support/vocabulary.hpp"

#include <catch2/catch.hpp>

#include <cstddef>

namespace rules_incompatible_actions_test {

using namespace test_vocabulary;
using covenant::day_of;
using covenant::end_of_time;
using covenant::findings;
using covenant::rule;
using covenant::severity;

// host_on_azure excludes use_other_cloud > serve_api_elsewhere (vocabulary);
// host_api_on_azure is a kind of host_on_azure, so it excludes them too.
// keep_models_private excludes supply_models (vocabulary): declared on the other side.
struct host_on_azure : action<"host on Azure", excludes<use_other_cloud>> {};
struct host_api_on_azure : action<"host the API on Azure", kind_of<host_on_azure>> {};
struct keep_models_private : action<"keep models private", excludes<supply_models>> {};
// Excludes only the narrow action: using another cloud in general is not ruled out.
struct host_api_only_on_azure
    : action<"host the API only on Azure", excludes<serve_api_elsewhere>> {};
struct agi : event<"AGI is declared"> {};

struct must_host_on_azure_open : obligation<openai, host_on_azure, products, term<year<2019>>> {
  static constexpr auto label = "O1 OpenAI must host its products on Azure";
};
struct must_host_on_azure_2019_2025
    : obligation<openai, host_on_azure, products, term<year<2019>, year<2025>>> {
  static constexpr auto label = "O2 OpenAI must host its products on Azure until 2025";
};
struct must_host_on_azure_until_agi
    : obligation<openai, host_on_azure, products, term<year<2019>, until<agi>>> {
  static constexpr auto label = "O3 OpenAI must host its products on Azure until AGI";
};
struct must_host_api_on_azure : obligation<openai, host_api_on_azure, api, term<year<2020>>> {
  static constexpr auto label = "O4 OpenAI must host the API on Azure";
};
struct must_serve_api_elsewhere_2027
    : obligation<openai, serve_api_elsewhere, api, term<year<2027>, year<2028>>> {
  static constexpr auto label = "O5 OpenAI must serve the API elsewhere in 2027";
};
struct must_use_other_cloud_open : obligation<openai, use_other_cloud, products, term<year<2026>>> {
  static constexpr auto label = "O6 OpenAI must use another cloud";
};
struct must_supply_models : obligation<openai, supply_models, models, term<year<2021>>> {
  static constexpr auto label = "O7 OpenAI must supply models";
};
struct must_host_on_azure_for_chat : obligation<openai, host_on_azure, chat, term<year<2019>>> {
  static constexpr auto label = "O8 OpenAI must host ChatGPT on Azure";
};
struct must_host_api_only_on_azure
    : obligation<openai, host_api_only_on_azure, api, term<year<2019>>> {
  static constexpr auto label = "O9 OpenAI must host the API only on Azure";
};

struct may_serve_api_elsewhere_2025_2030
    : permission<openai, serve_api_elsewhere, api, term<year<2025>, year<2030>>> {
  static constexpr auto label = "M1 OpenAI may serve the API on a second cloud";
};
struct may_use_other_cloud_for_chat : permission<openai, use_other_cloud, chat, term<year<2026>>> {
  static constexpr auto label = "M2 OpenAI may use another cloud for ChatGPT";
};
struct may_use_other_cloud_upon_agi
    : permission<openai, use_other_cloud, products, term<upon<agi, year<2019>>>> {
  static constexpr auto label = "M3 OpenAI may use another cloud once AGI is declared";
};
struct may_use_other_cloud_open : permission<openai, use_other_cloud, products, term<year<2026>>> {
  static constexpr auto label = "M4 OpenAI may offer all products on any cloud";
};
struct msft_may_use_other_cloud
    : permission<microsoft, use_other_cloud, products, term<year<2019>>> {
  static constexpr auto label = "M5 Microsoft may use another cloud";
};
struct may_keep_models_private
    : permission<openai, keep_models_private, models, term<year<2023>, year<2024>>> {
  static constexpr auto label = "M6 OpenAI may keep its models private in 2023";
};
struct may_supply_models : permission<openai, supply_models, products, term<year<2019>>> {
  static constexpr auto label = "M7 OpenAI may supply models";
};
struct may_host_on_azure : permission<openai, host_on_azure, products, term<year<2019>>> {
  static constexpr auto label = "M8 OpenAI may host its products on Azure";
};

struct must_not_use_other_cloud : prohibition<openai, use_other_cloud, products, term<year<2019>>> {
  static constexpr auto label = "P1 OpenAI must not use another cloud";
};

// ---------------------------------------------------------------------------------------------

TEST_CASE("incompatible_actions: a consistent contract passes check",
          "[rules][incompatible_actions]") {
  // Hosting on Azure until 2025, then free to serve the API elsewhere; Microsoft may use any
  // cloud; OpenAI must also supply models, which hosting on Azure does not rule out.
  using C =
      contract<"consistent", parties<openai, microsoft>, must_host_on_azure_2019_2025,
               may_serve_api_elsewhere_2025_2030, msft_may_use_other_cloud, must_supply_models>;
  static_assert(covenant::check<C>);
  static_assert(covenant::check<C, covenant::strictness::strict>);
  STATIC_REQUIRE(findings<C>.size() == 0);
  STATIC_REQUIRE(covenant::consistent<C>);
}

TEST_CASE("incompatible_actions: near misses", "[rules][incompatible_actions]") {
  // Unrelated actions: hosting on Azure does not rule out supplying models.
  using unrelated = contract<"u", parties<openai>, must_host_on_azure_open, may_supply_models,
                             must_supply_models>;
  STATIC_REQUIRE(findings<unrelated>.size() == 0);
  // Overlapping actions without excludes<...>: serving the API elsewhere is a kind of using
  // another cloud, which is no clash of this rule.
  using overlapping_only =
      contract<"k", parties<openai>, must_use_other_cloud_open, may_serve_api_elsewhere_2025_2030>;
  STATIC_REQUIRE(findings<overlapping_only>.count(rule::incompatible_actions) == 0);
  STATIC_REQUIRE(findings<overlapping_only>.size() == 0);
  // Another party is permitted.
  using other_party =
      contract<"p", parties<openai, microsoft>, must_host_on_azure_open, msft_may_use_other_cloud>;
  STATIC_REQUIRE(findings<other_party>.size() == 0);
  // Sibling scopes: hosting ChatGPT on Azure, serving the API elsewhere.
  using sibling_scopes = contract<"s", parties<openai>, must_host_on_azure_for_chat,
                                  may_serve_api_elsewhere_2025_2030>;
  STATIC_REQUIRE(findings<sibling_scopes>.size() == 0);
  // Touching terms: the obligation ends as the permission starts.
  using touching = contract<"t", parties<openai>, must_host_on_azure_2019_2025,
                            may_serve_api_elsewhere_2025_2030>;
  STATIC_REQUIRE(findings<touching>.size() == 0);
  // The obligation ends at the event the permission waits for: they never meet.
  using handover =
      contract<"h", parties<openai>, must_host_on_azure_until_agi, may_use_other_cloud_upon_agi>;
  STATIC_REQUIRE(findings<handover>.size() == 0);
  // A prohibition of the excluded action agrees with the obligation: nothing to report, from
  // this rule or from obligation_vs_prohibition (the actions do not overlap).
  using prohibited =
      contract<"o", parties<openai>, must_host_on_azure_open, must_not_use_other_cloud>;
  STATIC_REQUIRE(findings<prohibited>.count(rule::incompatible_actions) == 0);
  STATIC_REQUIRE(findings<prohibited>.size() == 0);
  // Permissions only bind nobody: two permissions of exclusive actions are fine.
  using two_permissions =
      contract<"m", parties<openai>, may_host_on_azure, may_use_other_cloud_open>;
  STATIC_REQUIRE(findings<two_permissions>.size() == 0);
  // An action that excludes only a narrower one does not clash with the wider one.
  using narrow_exclusion =
      contract<"n", parties<openai>, must_host_api_only_on_azure, may_use_other_cloud_open>;
  STATIC_REQUIRE(findings<narrow_exclusion>.size() == 0);
}

TEST_CASE("incompatible_actions: obliged to an action that excludes a permitted one, "
          "permission first",
          "[rules][incompatible_actions]") {
  using C =
      contract<"c", parties<openai>, may_serve_api_elsewhere_2025_2030, must_host_on_azure_open>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  constexpr auto f = fs[0];
  STATIC_REQUIRE(f.id == rule::incompatible_actions);
  STATIC_REQUIRE(f.level == severity::error);
  // The obligation is named first.
  STATIC_REQUIRE(f.first == 1);
  STATIC_REQUIRE(f.second == 0);
  STATIC_REQUIRE(f.from == day_of(2025));
  STATIC_REQUIRE(f.to == day_of(2030));
  STATIC_REQUIRE(f.scope_name() == "OpenAI API"); // narrower than OpenAI products
  STATIC_REQUIRE(f.first_label == "O1 OpenAI must host its products on Azure");
  STATIC_REQUIRE(f.second_label == "M1 OpenAI may serve the API on a second cloud");
  STATIC_REQUIRE(f.before_event == nullptr);
  STATIC_REQUIRE(f.after_event == nullptr);
  STATIC_REQUIRE_FALSE(covenant::consistent<C>);
  STATIC_REQUIRE(covenant::error_count<C> == 1);
}

TEST_CASE("incompatible_actions: obliged to an action that excludes a permitted one, "
          "obligation first",
          "[rules][incompatible_actions]") {
  using C = contract<"c", parties<openai>, must_host_on_azure_open, may_use_other_cloud_for_chat>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  constexpr auto f = fs[0];
  STATIC_REQUIRE(f.id == rule::incompatible_actions);
  STATIC_REQUIRE(f.level == severity::error);
  STATIC_REQUIRE(f.first == 0);
  STATIC_REQUIRE(f.second == 1);
  STATIC_REQUIRE(f.from == day_of(2026));
  STATIC_REQUIRE(f.to == end_of_time);
  STATIC_REQUIRE(f.scope_name() == "ChatGPT");
  STATIC_REQUIRE(f.first_label == "O1 OpenAI must host its products on Azure");
  STATIC_REQUIRE(f.second_label == "M2 OpenAI may use another cloud for ChatGPT");
}

TEST_CASE("incompatible_actions: the exclusion declared by the permitted action",
          "[rules][incompatible_actions]") {
  // keep_models_private excludes supply_models; the obligation is to supply models.
  using C = contract<"c", parties<openai>, must_supply_models, may_keep_models_private>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  constexpr auto f = fs[0];
  STATIC_REQUIRE(f.id == rule::incompatible_actions);
  STATIC_REQUIRE(f.level == severity::error);
  STATIC_REQUIRE(f.first == 0);
  STATIC_REQUIRE(f.second == 1);
  STATIC_REQUIRE(f.from == day_of(2023));
  STATIC_REQUIRE(f.to == day_of(2024));
  STATIC_REQUIRE(f.scope_name() == "OpenAI models");
  STATIC_REQUIRE(f.first_label == "O7 OpenAI must supply models");
  STATIC_REQUIRE(f.second_label == "M6 OpenAI may keep its models private in 2023");
}

TEST_CASE("incompatible_actions: the exclusion inherited through kind_of on both sides",
          "[rules][incompatible_actions]") {
  // Hosting the API on Azure is a kind of hosting on Azure, which excludes using another cloud;
  // serving the API elsewhere is a kind of using another cloud.
  using C =
      contract<"c", parties<openai>, must_host_api_on_azure, may_serve_api_elsewhere_2025_2030>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  constexpr auto f = fs[0];
  STATIC_REQUIRE(f.id == rule::incompatible_actions);
  STATIC_REQUIRE(f.first == 0);
  STATIC_REQUIRE(f.second == 1);
  STATIC_REQUIRE(f.from == day_of(2025));
  STATIC_REQUIRE(f.to == day_of(2030));
  STATIC_REQUIRE(f.scope_name() == "OpenAI API");
  STATIC_REQUIRE(f.first_label == "O4 OpenAI must host the API on Azure");
  STATIC_REQUIRE(f.second_label == "M1 OpenAI may serve the API on a second cloud");
}

TEST_CASE("incompatible_actions: the timeline on which an event-bound obligation meets",
          "[rules][incompatible_actions]") {
  // The obligation lasts until AGI; the permission starts in 2026 whatever happens. They meet
  // from 2026 on the timeline where AGI has not been declared by then.
  using C = contract<"e", parties<openai>, may_use_other_cloud_open, must_host_on_azure_until_agi>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  constexpr auto f = fs[0];
  STATIC_REQUIRE(f.id == rule::incompatible_actions);
  STATIC_REQUIRE(f.first == 1);
  STATIC_REQUIRE(f.second == 0);
  STATIC_REQUIRE(f.from == day_of(2026));
  STATIC_REQUIRE(f.to == end_of_time);
  STATIC_REQUIRE(f.scope_name() == "OpenAI products");
  STATIC_REQUIRE(f.before_event != nullptr);
  STATIC_REQUIRE(f.before_event->name == "AGI is declared");
  STATIC_REQUIRE(f.after_event == nullptr);
}

TEST_CASE("incompatible_actions: two obligations are reported once, the first written first",
          "[rules][incompatible_actions]") {
  using C = contract<"c", parties<openai>, must_host_api_on_azure, must_serve_api_elsewhere_2027>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs.count(rule::incompatible_actions) == 1);
  constexpr auto f = fs[0];
  STATIC_REQUIRE(f.id == rule::incompatible_actions);
  STATIC_REQUIRE(f.level == severity::error);
  STATIC_REQUIRE(f.first == 0);
  STATIC_REQUIRE(f.second == 1);
  STATIC_REQUIRE(f.from == day_of(2027));
  STATIC_REQUIRE(f.to == day_of(2028));
  STATIC_REQUIRE(f.scope_name() == "OpenAI API");
  STATIC_REQUIRE(f.first_label == "O4 OpenAI must host the API on Azure");
  STATIC_REQUIRE(f.second_label == "O5 OpenAI must serve the API elsewhere in 2027");

  // Written the other way round: the obligation to serve elsewhere is now named first.
  using R = contract<"r", parties<openai>, must_serve_api_elsewhere_2027, must_host_api_on_azure>;
  constexpr auto rs = findings<R>;
  STATIC_REQUIRE(rs.size() == 1);
  STATIC_REQUIRE(rs[0].id == rule::incompatible_actions);
  STATIC_REQUIRE(rs[0].first == 0);
  STATIC_REQUIRE(rs[0].second == 1);
  STATIC_REQUIRE(rs[0].first_label == "O5 OpenAI must serve the API elsewhere in 2027");
  STATIC_REQUIRE(rs[0].second_label == "O4 OpenAI must host the API on Azure");
  STATIC_REQUIRE(covenant::error_count<R> == 1);
}

TEST_CASE("incompatible_actions: exclusive_actions on entities", "[rules][incompatible_actions]") {
  using covenant::detail::entity_ptr;
  using covenant::detail::exclusive_actions;
  // Declared on one side, seen from both.
  STATIC_REQUIRE(exclusive_actions(entity_ptr<host_on_azure>(), entity_ptr<use_other_cloud>()));
  STATIC_REQUIRE(exclusive_actions(entity_ptr<use_other_cloud>(), entity_ptr<host_on_azure>()));
  STATIC_REQUIRE(exclusive_actions(entity_ptr<supply_models>(), entity_ptr<keep_models_private>()));
  // Inherited through kind_of on the excluded side, the excluding side, or both.
  STATIC_REQUIRE(exclusive_actions(entity_ptr<host_on_azure>(), entity_ptr<serve_api_elsewhere>()));
  STATIC_REQUIRE(exclusive_actions(entity_ptr<host_api_on_azure>(), entity_ptr<use_other_cloud>()));
  STATIC_REQUIRE(
      exclusive_actions(entity_ptr<host_api_on_azure>(), entity_ptr<serve_api_elsewhere>()));
  STATIC_REQUIRE(
      exclusive_actions(entity_ptr<serve_api_elsewhere>(), entity_ptr<host_api_on_azure>()));
  // Unrelated actions.
  STATIC_REQUIRE_FALSE(exclusive_actions(entity_ptr<host_on_azure>(), entity_ptr<supply_models>()));
  STATIC_REQUIRE_FALSE(
      exclusive_actions(entity_ptr<keep_models_private>(), entity_ptr<use_other_cloud>()));
  // Actions that merely overlap, one a kind of the other, or are the same.
  STATIC_REQUIRE_FALSE(
      exclusive_actions(entity_ptr<use_other_cloud>(), entity_ptr<serve_api_elsewhere>()));
  STATIC_REQUIRE_FALSE(
      exclusive_actions(entity_ptr<host_on_azure>(), entity_ptr<host_api_on_azure>()));
  STATIC_REQUIRE_FALSE(exclusive_actions(entity_ptr<host_on_azure>(), entity_ptr<host_on_azure>()));
  // Excluding a narrower action does not exclude the wider one.
  STATIC_REQUIRE(
      exclusive_actions(entity_ptr<host_api_only_on_azure>(), entity_ptr<serve_api_elsewhere>()));
  STATIC_REQUIRE_FALSE(
      exclusive_actions(entity_ptr<host_api_only_on_azure>(), entity_ptr<use_other_cloud>()));
}

TEST_CASE("incompatible_actions: one obligation against several clauses, read at run time",
          "[rules][incompatible_actions][runtime]") {
  // Clause 0 clashes with 1 (ChatGPT), 2 (the API) and 5 (the API, 2027); 3 is unrelated and 4
  // binds another party.
  using C = contract<"c", parties<openai, microsoft>, must_host_on_azure_open,
                     may_use_other_cloud_for_chat, may_serve_api_elsewhere_2025_2030,
                     may_supply_models, msft_may_use_other_cloud, must_serve_api_elsewhere_2027>;
  const auto& fs = findings<C>;
  REQUIRE(fs.size() == 3);
  REQUIRE(fs.count(rule::incompatible_actions) == 3);
  REQUIRE(covenant::error_count<C> == 3);
  std::size_t seen_chat = 0;
  std::size_t seen_api = 0;
  std::size_t seen_obligation = 0;
  for (const auto& f : fs) {
    REQUIRE(f.id == rule::incompatible_actions);
    REQUIRE(f.level == severity::error);
    REQUIRE(f.first == 0);
    REQUIRE(f.first_label == "O1 OpenAI must host its products on Azure");
    if (f.second == 1) {
      ++seen_chat;
      REQUIRE(f.second_label == "M2 OpenAI may use another cloud for ChatGPT");
      REQUIRE(f.scope_name() == "ChatGPT");
      REQUIRE(f.from == day_of(2026));
      REQUIRE(f.to == end_of_time);
    } else if (f.second == 2) {
      ++seen_api;
      REQUIRE(f.second_label == "M1 OpenAI may serve the API on a second cloud");
      REQUIRE(f.scope_name() == "OpenAI API");
      REQUIRE(f.from == day_of(2025));
      REQUIRE(f.to == day_of(2030));
    } else {
      REQUIRE(f.second == 5);
      ++seen_obligation;
      REQUIRE(f.second_label == "O5 OpenAI must serve the API elsewhere in 2027");
      REQUIRE(f.scope_name() == "OpenAI API");
      REQUIRE(f.from == day_of(2027));
      REQUIRE(f.to == day_of(2028));
    }
  }
  REQUIRE(seen_chat == 1);
  REQUIRE(seen_api == 1);
  REQUIRE(seen_obligation == 1);
}

} // namespace rules_incompatible_actions_test
