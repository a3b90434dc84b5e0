// Rule ownership_over_ceiling: the stakes one party holds in another add up, while held
// together, to no more than an ownership ceiling on it.
#include "../support/vocabulary.hpp"

#include <catch2/catch.hpp>

#include <utility>

namespace rules_ownership_over_ceiling_test {

using namespace test_vocabulary;
using covenant::day_of;
using covenant::findings;
using covenant::rule;

struct openai_shares : scope<"OpenAI shares"> {};
struct openai_class_a : scope<"OpenAI class A shares", part_of<openai_shares>> {};
struct amazon_shares : scope<"Amazon shares"> {};
struct ipo : event<"OpenAI lists its shares"> {};
struct sale : event<"OpenAI is sold"> {};

struct ceiling_15 : ownership_ceiling<microsoft, openai, percent<15>, openai_shares,
                                      term<year<2024>, year<2030>>> {
  static constexpr auto label = "E1 Microsoft holds at most 15%";
};
struct buy_10 : equity<microsoft, openai, percent<10>, openai_shares, term<year<2024>>> {
  static constexpr auto label = "E2 Microsoft buys 10%";
};
struct buy_6 : equity<microsoft, openai, percent<6>, openai_class_a, term<year<2025>>> {
  static constexpr auto label = "E3 Microsoft buys 6% of class A";
};
struct buy_5 : equity<microsoft, openai, percent<5>, openai_shares, term<year<2025>>> {
  static constexpr auto label = "E4 Microsoft buys 5%";
};

TEST_CASE("ownership_over_ceiling: two purchases over the ceiling", "[rules][ownership]") {
  using deal = contract<"deal", parties<microsoft, openai>, ceiling_15, buy_10, buy_6>;
  STATIC_REQUIRE(!covenant::consistent<deal>);
  constexpr auto f = findings<deal>[0];
  STATIC_REQUIRE(f.id == rule::ownership_over_ceiling);
  STATIC_REQUIRE(f.first == 0); // reported from the ceiling, which is not part of the sum
  STATIC_REQUIRE(f.limit_set_apart());
  STATIC_REQUIRE(f.total == 1'600);
  STATIC_REQUIRE(f.limit == 1'500);
  STATIC_REQUIRE(f.from == day_of(2025)); // when the second purchase is made
  STATIC_REQUIRE(f.to == day_of(2030));   // until the ceiling ends
  STATIC_REQUIRE(f.part_count == 2);
  STATIC_REQUIRE(f.parts[0] == 1);
  STATIC_REQUIRE(f.parts[1] == 2);
  STATIC_REQUIRE(f.unit == nullptr);
  STATIC_REQUIRE(covenant::error_count<deal> == 1);
}

struct buy_16 : equity<microsoft, openai, percent<16>, openai_shares, term<year<2026>>> {
  static constexpr auto label = "E5 Microsoft buys 16%";
};

TEST_CASE("ownership_over_ceiling: exactly at the ceiling is fine", "[rules][ownership]") {
  using deal = contract<"deal", parties<microsoft, openai>, ceiling_15, buy_10, buy_5>;
  STATIC_REQUIRE(covenant::consistent<deal>);
  // One stake over the ceiling on its own is over it too.
  using alone = contract<"deal", parties<microsoft, openai>, ceiling_15, buy_16>;
  STATIC_REQUIRE(findings<alone>[0].total == 1'600);
  STATIC_REQUIRE(findings<alone>[0].from == day_of(2026));
}

struct buy_10_sold
    : equity<microsoft, openai, percent<10>, openai_shares, term<year<2024>, year<2025>>> {
  static constexpr auto label = "E6 Microsoft holds 10% during 2024";
};
struct buy_10_sold_late
    : equity<microsoft, openai, percent<10>, openai_shares, term<year<2024>, date<2025, 1, 2>>> {
  static constexpr auto label = "E7 Microsoft holds 10% until 2025-01-01";
};

TEST_CASE("ownership_over_ceiling: stakes add up only while held together", "[rules][ownership]") {
  using sold_first = contract<"deal", parties<microsoft, openai>, ceiling_15, buy_10_sold, buy_6>;
  STATIC_REQUIRE(covenant::consistent<sold_first>);
  // Held one day together is enough.
  using overlap = contract<"deal", parties<microsoft, openai>, ceiling_15, buy_10_sold_late, buy_6>;
  STATIC_REQUIRE(findings<overlap>[0].from == day_of(2025));
  STATIC_REQUIRE(findings<overlap>[0].to == day_of(2025, 1, 2));
}

struct amazon_10 : equity<amazon, openai, percent<10>, openai_shares, term<year<2024>>> {
  static constexpr auto label = "E8 Amazon buys 10%";
};
struct msft_in_amazon : equity<microsoft, amazon, percent<10>, amazon_shares, term<year<2024>>> {
  static constexpr auto label = "E9 Microsoft buys 10% of Amazon";
};
struct ceiling_a
    : ownership_ceiling<microsoft, openai, percent<5>, openai_class_a, term<year<2024>>> {
  static constexpr auto label = "E10 at most 5% of class A";
};

TEST_CASE("ownership_over_ceiling: only the holder's stakes in the ceiling's shares count",
          "[rules][ownership]") {
  using deal = contract<"deal", parties<microsoft, openai, amazon>, ceiling_15, amazon_10,
                        msft_in_amazon, buy_6>;
  STATIC_REQUIRE(covenant::consistent<deal>);
  // A ceiling on class A shares does not count a stake in all shares (it may lie elsewhere).
  using narrow = contract<"deal", parties<microsoft, openai>, ceiling_a, buy_10>;
  STATIC_REQUIRE(covenant::consistent<narrow>);
  using narrow_over = contract<"deal", parties<microsoft, openai>, ceiling_a, buy_6>;
  STATIC_REQUIRE(findings<narrow_over>[0].id == rule::ownership_over_ceiling);
  STATIC_REQUIRE(findings<narrow_over>[0].total == 600);
}

struct ceiling_from_2027
    : ownership_ceiling<microsoft, openai, percent<15>, openai_shares, term<year<2027>>> {
  static constexpr auto label = "E11 at most 15% from 2027";
};

TEST_CASE("ownership_over_ceiling: a stake held before the ceiling counts from its start",
          "[rules][ownership]") {
  using deal = contract<"deal", parties<microsoft, openai>, buy_10, buy_6, ceiling_from_2027>;
  STATIC_REQUIRE(findings<deal>[0].first == 2);
  STATIC_REQUIRE(findings<deal>[0].from == day_of(2027));
  STATIC_REQUIRE(findings<deal>[0].to == covenant::end_of_time);
}

struct until_ipo
    : equity<microsoft, openai, percent<10>, openai_shares, term<year<2024>, until<ipo>>> {
  static constexpr auto label = "E12 10% until the IPO";
};
struct upon_ipo : equity<microsoft, openai, percent<10>, openai_shares, term<upon<ipo>>> {
  static constexpr auto label = "E13 10% from the IPO";
};
struct upon_both
    : equity<microsoft, openai, percent<10>, openai_shares, term<upon<all_of<sale, ipo>>>> {
  static constexpr auto label = "E14 10% once sold and listed";
};
struct upon_either
    : equity<microsoft, openai, percent<10>, openai_shares, term<upon<any_of<sale, ipo>>>> {
  static constexpr auto label = "E15 10% once sold or listed";
};

TEST_CASE("ownership_over_ceiling: timelines of events, all_of and any_of",
          "[rules][ownership][events]") {
  // One stake hands over to the other at the IPO: never held together.
  using handover = contract<"deal", parties<microsoft, openai>, ceiling_15, until_ipo, upon_ipo>;
  STATIC_REQUIRE(covenant::consistent<handover>);
  // Waiting for the sale and the IPO: still after the IPO, so never with the first stake.
  using after_both = contract<"deal", parties<microsoft, openai>, ceiling_15, until_ipo, upon_both>;
  STATIC_REQUIRE(covenant::consistent<after_both>);
  // The first of the sale and the IPO: a sale before the IPO puts both stakes in force.
  using either = contract<"deal", parties<microsoft, openai>, ceiling_15, until_ipo, upon_either>;
  STATIC_REQUIRE(!covenant::consistent<either>);
  constexpr auto f = findings<either>[0];
  STATIC_REQUIRE(f.total == 2'000);
  STATIC_REQUIRE(f.after_event == covenant::detail::entity_ptr<sale>());
  STATIC_REQUIRE(f.before_event == covenant::detail::entity_ptr<ipo>());
}

// More stakes than a fixed buffer would hold: seventy stakes of 1 % against a ceiling of 69 %.
template <int K>
struct small_stake : equity<microsoft, openai, percent<1>, openai_shares,
                            term<date<2024, 1 + K / 28, 1 + K % 28>>> {
  static constexpr auto label = "E30 one of many small stakes";
};
template <int Percent>
struct ceiling_of : ownership_ceiling<microsoft, openai, percent<Percent>, openai_shares,
                                      term<year<2024>, year<2030>>> {
  static constexpr auto label = "E31 Microsoft's ceiling";
};
template <int Percent, typename Seq>
struct many_stakes;
template <int Percent, int... Ks>
struct many_stakes<Percent, std::integer_sequence<int, Ks...>> {
  using type =
      contract<"many", parties<microsoft, openai>, ceiling_of<Percent>, small_stake<Ks>...>;
};

TEST_CASE("ownership_over_ceiling: a sum of seventy stakes is taken in full",
          "[rules][ownership][large]") {
  using over = many_stakes<69, std::make_integer_sequence<int, 70>>::type;
  constexpr auto fs = findings<over>;
  STATIC_REQUIRE(covenant::error_count<over> == 1);
  STATIC_REQUIRE(fs[0].id == rule::ownership_over_ceiling);
  STATIC_REQUIRE(fs[0].total == 7'000);
  STATIC_REQUIRE(fs[0].part_count == 70);
  STATIC_REQUIRE(fs[0].from == day_of(2024, 3, 14)); // the seventieth stake
  STATIC_REQUIRE(fs[0].parts[0] == 1);
  using at_ceiling = many_stakes<70, std::make_integer_sequence<int, 70>>::type;
  STATIC_REQUIRE(covenant::error_count<at_ceiling> == 0);
}

} // namespace rules_ownership_over_ceiling_test
