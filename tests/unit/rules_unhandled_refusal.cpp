// Warning unhandled_refusal: a right of first refusal (which may always be declined), or a
// first-ship preference with exceptions, and nothing saying what the grantor may do then: no
// yields_to<...> fallback and no permission for the grantor over an overlapping scope and time.
// A warning: consistent<C> holds, strictly_consistent<C> does not.
#include "../support/vocabulary.hpp"

#include <catch2/catch.hpp>

namespace rules_unhandled_refusal_test {

using namespace test_vocabulary;
using covenant::day_of;
using covenant::end_of_time;
using covenant::findings;
using covenant::rule;
using covenant::severity;

struct declines : event<"Microsoft declines"> {};

struct capacity_rofr
    : right_of_first_refusal<openai, microsoft, new_capacity, term<year<2025>, year<2030>>> {
  static constexpr auto label = "r1 Microsoft first refusal on new capacity";
};
struct ships_first : first_ship<openai, microsoft, products, term<year<2026>, year<2032>>> {
  static constexpr auto label = "r2 products ship first on Azure";
};
struct ships_first_unless
    : first_ship<openai, microsoft, products, term<year<2026>, year<2032>>, unless<declines>> {
  static constexpr auto label = "r3 products ship first on Azure unless Microsoft declines";
};
struct fallback;
struct ships_first_or_fallback
    : first_ship<openai, microsoft, products, term<year<2026>, year<2032>>,
                 unless<exception<declines, yields_to<fallback>>>> {
  static constexpr auto label = "r4 products ship first on Azure, else the fallback";
};
struct fallback : permission<openai, serve_api_elsewhere, api, term<year<2026>>> {
  static constexpr auto label = "r5 OpenAI may serve the API elsewhere";
};

// Permissions that handle, or nearly handle, a refusal.
struct anywhere_any_time : permission<openai, use_other_cloud, cloud_compute, term<year<2019>>> {
  static constexpr auto label = "p1 OpenAI may use any cloud for anything";
};
struct capacity_late : permission<openai, use_other_cloud, new_capacity, term<year<2029>>> {
  static constexpr auto label = "p2 OpenAI may buy capacity elsewhere from 2029";
};
struct capacity_after : permission<openai, use_other_cloud, new_capacity, term<year<2030>>> {
  static constexpr auto label = "p3 OpenAI may buy capacity elsewhere from 2030";
};
struct research_elsewhere
    : permission<openai, use_other_cloud, research_compute, term<year<2019>>> {
  static constexpr auto label = "p4 OpenAI may train elsewhere";
};
struct microsoft_elsewhere
    : permission<microsoft, use_other_cloud, new_capacity, term<year<2019>>> {
  static constexpr auto label = "p5 Microsoft may use another cloud";
};
struct chat_elsewhere : permission<openai, use_other_cloud, chat, term<year<2026>>> {
  static constexpr auto label = "p6 OpenAI may host ChatGPT elsewhere";
};

template <typename... Clauses>
using deal = contract<"deal", parties<openai, microsoft>, Clauses...>;

template <typename... Clauses>
constexpr std::size_t warnings = findings<deal<Clauses...>>.count(rule::unhandled_refusal);

TEST_CASE("unhandled_refusal: a lone first refusal", "[rules][unhandled_refusal]") {
  using C = deal<capacity_rofr>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  constexpr auto f = fs[0];
  STATIC_REQUIRE(f.id == rule::unhandled_refusal);
  STATIC_REQUIRE(f.level == severity::warning);
  STATIC_REQUIRE_FALSE(f.is_error());
  STATIC_REQUIRE(f.first == 0);
  STATIC_REQUIRE(f.second == 0);
  STATIC_REQUIRE(f.from == day_of(2025));
  STATIC_REQUIRE(f.to == day_of(2030));
  STATIC_REQUIRE(f.scope_name() == "new compute capacity");
  STATIC_REQUIRE(f.first_label == "r1 Microsoft first refusal on new capacity");
  STATIC_REQUIRE(f.second_label == "r1 Microsoft first refusal on new capacity");
  // A warning: consistent, not strictly; the standard check passes.
  STATIC_REQUIRE(covenant::consistent<C>);
  STATIC_REQUIRE_FALSE(covenant::strictly_consistent<C>);
  STATIC_REQUIRE(covenant::error_count<C> == 0);
  STATIC_REQUIRE(covenant::warning_count<C> == 1);
  STATIC_REQUIRE(covenant::check<C>);
}

TEST_CASE("unhandled_refusal: a permission for the grantor handles it",
          "[rules][unhandled_refusal]") {
  // Over a wider scope, for longer.
  STATIC_REQUIRE(warnings<capacity_rofr, anywhere_any_time> == 0);
  STATIC_REQUIRE(covenant::strictly_consistent<deal<capacity_rofr, anywhere_any_time>>);
  // Any overlap in time is enough: [2029, open) meets [2025, 2030) in 2029.
  STATIC_REQUIRE(warnings<capacity_rofr, capacity_late> == 0);
  // Over a narrower scope: API within products.
  STATIC_REQUIRE(warnings<ships_first_unless, fallback> == 0);
}

TEST_CASE("unhandled_refusal: near misses still warn", "[rules][unhandled_refusal]") {
  // The permission starts when the first refusal ends ([2030, ...) against [2025, 2030)).
  STATIC_REQUIRE(warnings<capacity_rofr, capacity_after> == 1);
  // A sibling scope: research compute is not new capacity.
  STATIC_REQUIRE(warnings<capacity_rofr, research_elsewhere> == 1);
  // A permission for the holder, not the grantor.
  STATIC_REQUIRE(warnings<capacity_rofr, microsoft_elsewhere> == 1);
  // ChatGPT and new capacity lie on different branches of cloud compute.
  STATIC_REQUIRE(warnings<capacity_rofr, chat_elsewhere> == 1);
}

TEST_CASE("unhandled_refusal: first ship lapses only through exceptions",
          "[rules][unhandled_refusal]") {
  // Without exceptions, a first-ship preference cannot lapse.
  STATIC_REQUIRE(warnings<ships_first> == 0);
  STATIC_REQUIRE(covenant::strictly_consistent<deal<ships_first>>);
  // With one and nothing to turn to: a warning over its term.
  using C = deal<ships_first_unless>;
  STATIC_REQUIRE(findings<C>.size() == 1);
  STATIC_REQUIRE(findings<C>[0].id == rule::unhandled_refusal);
  STATIC_REQUIRE(findings<C>[0].from == day_of(2026));
  STATIC_REQUIRE(findings<C>[0].to == day_of(2032));
  STATIC_REQUIRE(findings<C>[0].scope_name() == "OpenAI products");
  // A yields_to fallback handles it.
  STATIC_REQUIRE(warnings<ships_first_or_fallback, fallback> == 0);
  STATIC_REQUIRE(covenant::strictly_consistent<deal<ships_first_or_fallback, fallback>>);
  // So does a permission for the grantor over products (ChatGPT is part of products).
  STATIC_REQUIRE(warnings<ships_first_unless, chat_elsewhere> == 0);
}

TEST_CASE("unhandled_refusal: one warning per lapsing clause", "[rules][unhandled_refusal]") {
  using C = deal<ships_first_unless, capacity_rofr, ships_first>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 2);
  STATIC_REQUIRE(fs[0].first == 0);
  STATIC_REQUIRE(fs[1].first == 1);
  STATIC_REQUIRE(covenant::warning_count<C> == 2);
  STATIC_REQUIRE(covenant::consistent<C>);
}

// Regression (fixed in afe1a4b): a first refusal that ends when Microsoft declines, and a
// permission for OpenAI that starts then, is the plainest way to say what happens after a
// refusal. The two hand over at the event (their common window is empty), and that counts.
struct rofr_until_declines
    : right_of_first_refusal<openai, microsoft, new_capacity, term<year<2025>, until<declines>>> {
  static constexpr auto label = "q1 first refusal until Microsoft declines";
};
struct elsewhere_upon_declines
    : permission<openai, use_other_cloud, new_capacity, term<upon<declines>>> {
  static constexpr auto label = "q2 OpenAI may buy capacity elsewhere once Microsoft declines";
};

TEST_CASE("unhandled_refusal: a permission that starts upon the refusal handles it",
          "[rules][unhandled_refusal]") {
  STATIC_REQUIRE(warnings<rofr_until_declines, elsewhere_upon_declines> == 0);
  STATIC_REQUIRE(covenant::strictly_consistent<deal<rofr_until_declines, elsewhere_upon_declines>>);
  // Without the permission, it warns.
  STATIC_REQUIRE(warnings<rofr_until_declines> == 1);
}

TEST_CASE("unhandled_refusal: read at run time", "[rules][unhandled_refusal][runtime]") {
  const auto& fs = findings<deal<capacity_rofr, research_elsewhere>>;
  REQUIRE(fs.size() == 1);
  REQUIRE(fs.count(severity::warning) == 1);
  REQUIRE(fs.count(severity::error) == 0);
  REQUIRE(covenant::describe(fs[0].id).name == "unhandled_refusal");
  REQUIRE(fs[0].to != end_of_time);
}

} // namespace rules_unhandled_refusal_test
