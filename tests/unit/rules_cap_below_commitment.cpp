// Rule cap_below_commitment: a cap on what one party pays another (a payment cap, or the cap
// of a revenue share) cannot be lower than a commitment, or a revenue share minimum, between the
// same parties over an overlapping scope and time.
#include "../support/vocabulary.hpp"

#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <utility>

namespace rules_cap_below_commitment_test {

using namespace test_vocabulary;
using covenant::day_of;
using covenant::end_of_time;
using covenant::findings;
using covenant::money;
using covenant::rule;
using covenant::severity;

struct million_eur : covenant::currency_unit<"EUR million"> {};
template <std::int64_t N>
using eur_millions = money<N, million_eur>;

// azure_services > { azure_compute, azure_storage }
struct azure_compute : scope<"Azure compute", part_of<azure_services>> {};
struct azure_storage : scope<"Azure storage", part_of<azure_services>> {};

struct cap_1000 : payment_cap<openai, microsoft, usd_millions<1000>, azure_services,
                              term<year<2025>, year<2030>>> {
  static constexpr auto label = "K1 Azure payments capped at 1000";
};
struct commit_1000 : commitment<openai, microsoft, usd_millions<1000>, azure_services,
                                term<year<2025>, year<2030>>> {
  static constexpr auto label = "K2 OpenAI commits 1000 to Azure";
};
struct commit_1001 : commitment<openai, microsoft, usd_millions<1001>, azure_compute,
                                term<date<2026, 6, 1>, year<2030>>> {
  static constexpr auto label = "K3 OpenAI commits 1001 to Azure compute";
};
struct commit_1001_eur : commitment<openai, microsoft, eur_millions<1001>, azure_services,
                                    term<year<2025>, year<2030>>> {
  static constexpr auto label = "K4 OpenAI commits 1001 EUR to Azure";
};
struct msft_commits_5000 : commitment<microsoft, openai, usd_millions<5000>, azure_services,
                                      term<year<2025>, year<2030>>> {
  static constexpr auto label = "K5 Microsoft commits 5000 to OpenAI";
};
struct commit_5000_from_2030
    : commitment<openai, microsoft, usd_millions<5000>, azure_services, term<year<2030>>> {
  static constexpr auto label = "K6 OpenAI commits 5000 from 2030";
};
struct cap_100_storage
    : payment_cap<openai, microsoft, usd_millions<100>, azure_storage, term<year<2025>>> {
  static constexpr auto label = "K7 Azure storage payments capped at 100";
};
struct commit_500_compute
    : commitment<openai, microsoft, usd_millions<500>, azure_compute, term<year<2025>>> {
  static constexpr auto label = "K8 OpenAI commits 500 to Azure compute";
};
struct amazon_commit_5000
    : commitment<openai, amazon, usd_millions<5000>, azure_services, term<year<2025>, year<2030>>> {
  static constexpr auto label = "K9 OpenAI commits 5000 to Amazon";
};
// Revenue shares with caps and minimums.
struct share_capped_500 : revenue_share<openai, microsoft, percent<20>, openai_revenue,
                                        term<year<2025>, year<2031>>, cap<usd_millions<500>>> {
  static constexpr auto label = "K10 revenue share capped at 500";
};
struct revenue_commit_600
    : commitment<openai, microsoft, usd_millions<600>, api_revenue, term<year<2026>, year<2027>>> {
  static constexpr auto label = "K11 OpenAI commits 600 on API revenue";
};
struct share_minimum_150 : revenue_share<openai, microsoft, percent<10>, api_revenue,
                                         term<year<2027>, year<2029>>, minimum<usd_millions<150>>> {
  static constexpr auto label = "K12 revenue share with a 150 minimum";
};
struct revenue_cap_100 : payment_cap<openai, microsoft, usd_millions<100>, openai_revenue,
                                     term<year<2027>, year<2029>>> {
  static constexpr auto label = "K13 revenue payments capped at 100";
};
struct revenue_cap_150 : payment_cap<openai, microsoft, usd_millions<150>, openai_revenue,
                                     term<year<2027>, year<2029>>> {
  static constexpr auto label = "K14 revenue payments capped at 150";
};
struct share_capped_600_with_minimum
    : revenue_share<openai, microsoft, percent<20>, openai_revenue, term<year<2025>, year<2031>>,
                    minimum<usd_millions<600>>, cap<usd_millions<600>>> {
  static constexpr auto label = "K15 revenue share with minimum equal to cap";
};

// ---------------------------------------------------------------------------------------------

TEST_CASE("cap_below_commitment: a cap equal to the commitment is consistent",
          "[rules][cap_below_commitment]") {
  using C = contract<"consistent", parties<openai, microsoft>, cap_1000, commit_1000>;
  static_assert(covenant::check<C>);
  static_assert(covenant::check<C, covenant::strictness::strict>);
  STATIC_REQUIRE(findings<C>.size() == 0);
  using minimum_at_cap =
      contract<"m", parties<openai, microsoft>, revenue_cap_150, share_minimum_150>;
  static_assert(covenant::check<minimum_at_cap>);
  STATIC_REQUIRE(findings<minimum_at_cap>.size() == 0);
  // A revenue share whose own minimum equals its cap.
  using own_minimum = contract<"o", parties<openai, microsoft>, share_capped_600_with_minimum>;
  static_assert(covenant::check<own_minimum>);
  STATIC_REQUIRE(findings<own_minimum>.size() == 0);
}

TEST_CASE("cap_below_commitment: near misses", "[rules][cap_below_commitment]") {
  // The commitment runs the other way.
  using other_way = contract<"w", parties<openai, microsoft>, cap_1000, msft_commits_5000>;
  STATIC_REQUIRE(findings<other_way>.size() == 0);
  // The commitment is to another payee.
  using other_payee =
      contract<"p", parties<openai, microsoft, amazon>, cap_1000, amazon_commit_5000>;
  STATIC_REQUIRE(findings<other_payee>.size() == 0);
  // Touching terms: the cap ends when the commitment starts.
  using touching = contract<"t", parties<openai, microsoft>, cap_1000, commit_5000_from_2030>;
  STATIC_REQUIRE(findings<touching>.size() == 0);
  // Disjoint sibling scopes.
  using siblings = contract<"s", parties<openai, microsoft>, cap_100_storage, commit_500_compute>;
  STATIC_REQUIRE(findings<siblings>.size() == 0);
  // Different currency units cannot be compared.
  using currencies = contract<"u", parties<openai, microsoft>, cap_1000, commit_1001_eur>;
  STATIC_REQUIRE(findings<currencies>.size() == 0);
}

TEST_CASE("cap_below_commitment: a payment cap one million below a commitment",
          "[rules][cap_below_commitment]") {
  using C = contract<"c", parties<openai, microsoft>, cap_1000, commit_1001>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  constexpr auto f = fs[0];
  STATIC_REQUIRE(f.id == rule::cap_below_commitment);
  STATIC_REQUIRE(f.level == severity::error);
  STATIC_REQUIRE(f.first == 0);
  STATIC_REQUIRE(f.second == 1);
  STATIC_REQUIRE(f.from == day_of(2026, 6, 1));
  STATIC_REQUIRE(f.to == day_of(2030));
  STATIC_REQUIRE(f.scope_name() == "Azure services");
  STATIC_REQUIRE(f.total == 1001);
  STATIC_REQUIRE(f.limit == 1000);
  STATIC_REQUIRE(f.part_count == 1);
  STATIC_REQUIRE(f.parts[0] == 1);
  STATIC_REQUIRE(f.first_label == "K1 Azure payments capped at 1000");
  STATIC_REQUIRE(f.second_label == "K3 OpenAI commits 1001 to Azure compute");
}

TEST_CASE("cap_below_commitment: the cap is named first whatever the order",
          "[rules][cap_below_commitment]") {
  using C = contract<"c", parties<openai, microsoft>, commit_1001, cap_1000>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].id == rule::cap_below_commitment);
  STATIC_REQUIRE(fs[0].first == 1);
  STATIC_REQUIRE(fs[0].second == 0);
  STATIC_REQUIRE(fs[0].first_label == "K1 Azure payments capped at 1000");
  STATIC_REQUIRE(fs[0].second_label == "K3 OpenAI commits 1001 to Azure compute");
}

TEST_CASE("cap_below_commitment: a revenue share cap below a commitment",
          "[rules][cap_below_commitment]") {
  using C = contract<"c", parties<openai, microsoft>, share_capped_500, revenue_commit_600>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].id == rule::cap_below_commitment);
  STATIC_REQUIRE(fs[0].first == 0);
  STATIC_REQUIRE(fs[0].second == 1);
  STATIC_REQUIRE(fs[0].from == day_of(2026));
  STATIC_REQUIRE(fs[0].to == day_of(2031));
  STATIC_REQUIRE(fs[0].scope_name() == "OpenAI revenue");
  STATIC_REQUIRE(fs[0].first_label == "K10 revenue share capped at 500");
  STATIC_REQUIRE(fs[0].second_label == "K11 OpenAI commits 600 on API revenue");
}

TEST_CASE("cap_below_commitment: a payment cap below a revenue share minimum",
          "[rules][cap_below_commitment]") {
  using C = contract<"c", parties<openai, microsoft>, share_minimum_150, revenue_cap_100>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].id == rule::cap_below_commitment);
  STATIC_REQUIRE(fs[0].first == 1);
  STATIC_REQUIRE(fs[0].second == 0);
  STATIC_REQUIRE(fs[0].from == day_of(2027));
  STATIC_REQUIRE(fs[0].to == day_of(2029));
  STATIC_REQUIRE(fs[0].scope_name() == "OpenAI revenue");
  STATIC_REQUIRE(fs[0].first_label == "K13 revenue payments capped at 100");
  STATIC_REQUIRE(fs[0].second_label == "K12 revenue share with a 150 minimum");
}

// Sums: every promise the cap must let through counts, at once or one after another.
struct cap_50bn : payment_cap<openai, microsoft, usd_millions<50'000>, azure_services,
                              term<year<2025>, year<2035>>> {
  static constexpr auto label = "K20 Azure payments capped at 50 bn";
};
struct commit_30bn_a : commitment<openai, microsoft, usd_millions<30'000>, azure_compute,
                                  term<year<2026>, year<2030>>> {
  static constexpr auto label = "K21 30 bn of compute";
};
struct commit_30bn_b : commitment<openai, microsoft, usd_millions<30'000>, azure_storage,
                                  term<year<2027>, year<2028>>> {
  static constexpr auto label = "K22 30 bn of storage";
};
struct commit_30bn_later : commitment<openai, microsoft, usd_millions<30'000>, azure_services,
                                      term<year<2031>, year<2033>>> {
  static constexpr auto label = "K23 30 bn later";
};
struct commit_20bn : commitment<openai, microsoft, usd_millions<20'000>, azure_services,
                                term<year<2030>, year<2031>>> {
  static constexpr auto label = "K24 20 bn";
};
struct commit_30bn_open
    : commitment<openai, microsoft, usd_millions<30'000>, azure_services, term<year<2026>>> {
  static constexpr auto label = "K25 30 bn, no end";
};
struct commit_30bn_wide : commitment<openai, microsoft, usd_millions<30'000>, cloud_compute,
                                     term<year<2026>, year<2030>>> {
  static constexpr auto label = "K26 30 bn of any cloud compute";
};
struct share_minimum_30bn
    : revenue_share<openai, microsoft, percent<10>, azure_services, term<year<2026>, year<2030>>,
                    minimum<usd_millions<30'000>>> {
  static constexpr auto label = "K27 share with a 30 bn minimum";
};
struct pivot : event<"pivot"> {};
struct commit_30bn_until_pivot : commitment<openai, microsoft, usd_millions<30'000>, azure_services,
                                            term<year<2026>, earliest<year<2030>, pivot>>> {
  static constexpr auto label = "K28 30 bn until the pivot";
};
struct commit_30bn_after_pivot : commitment<openai, microsoft, usd_millions<30'000>, azure_services,
                                            term<upon<pivot, year<2026>>, year<2034>>> {
  static constexpr auto label = "K29 30 bn after the pivot";
};

TEST_CASE("cap_below_commitment: commitments add up under one cap",
          "[rules][cap_below_commitment][sum]") {
  // Two commitments of 30 bn under a 50 bn cap: each fits, together they do not.
  using C = contract<"c", parties<openai, microsoft>, cap_50bn, commit_30bn_a, commit_30bn_b>;
  constexpr auto fs = findings<C>;
  STATIC_REQUIRE(fs.size() == 1);
  constexpr auto f = fs[0];
  STATIC_REQUIRE(f.id == rule::cap_below_commitment);
  STATIC_REQUIRE(f.first == 0);
  STATIC_REQUIRE(f.second == 1);
  STATIC_REQUIRE(f.total == 60'000);
  STATIC_REQUIRE(f.limit == 50'000);
  STATIC_REQUIRE(f.from == day_of(2027)); // when the second commitment starts
  STATIC_REQUIRE(f.to == day_of(2035));
  STATIC_REQUIRE(f.part_count == 2);
  STATIC_REQUIRE(f.parts[0] == 1);
  STATIC_REQUIRE(f.parts[1] == 2);
  STATIC_REQUIRE(f.part_labels[1] == "K22 30 bn of storage");
  STATIC_REQUIRE(f.limit_set_apart());
  // One after the other inside the cap's term: still both due under it.
  using sequential =
      contract<"s", parties<openai, microsoft>, cap_50bn, commit_30bn_a, commit_30bn_later>;
  STATIC_REQUIRE(findings<sequential>.size() == 1);
  STATIC_REQUIRE(findings<sequential>[0].from == day_of(2031));
  // Two minimums of revenue shares count like commitments under a payment cap.
  using minimums =
      contract<"m", parties<openai, microsoft>, cap_50bn, share_minimum_30bn, commit_30bn_b>;
  STATIC_REQUIRE(findings<minimums>.size() == 1);
  STATIC_REQUIRE(findings<minimums>[0].total == 60'000);
  // Exactly at the cap.
  using at_cap = contract<"a", parties<openai, microsoft>, cap_50bn, commit_30bn_a, commit_20bn>;
  STATIC_REQUIRE(findings<at_cap>.size() == 0);
  static_assert(covenant::check<at_cap>);
}

TEST_CASE("cap_below_commitment: a promise that reaches beyond the cap can be kept beyond it",
          "[rules][cap_below_commitment][partial]") {
  // A commitment with no end can be met after the cap's term ends.
  using longer = contract<"l", parties<openai, microsoft>, cap_1000, commit_30bn_open>;
  STATIC_REQUIRE(findings<longer>.size() == 0);
  // A commitment on a wider scope can be met outside the capped one.
  using wider =
      contract<"w", parties<openai, microsoft>, cap_50bn, commit_30bn_wide, commit_30bn_a>;
  STATIC_REQUIRE(findings<wider>.size() == 0);
  // A cap on part of the term: the commitment can be met before or after it.
  using part_of_term = contract<"p", parties<openai, microsoft>, revenue_cap_100, commit_1000>;
  STATIC_REQUIRE(findings<part_of_term>.size() == 0);
  static_assert(covenant::check<part_of_term>);
}

TEST_CASE("cap_below_commitment: promises on different timelines do not add up",
          "[rules][cap_below_commitment][events]") {
  // One commitment stands until the pivot, the other only after it: never both in full.
  using handover = contract<"h", parties<openai, microsoft>, cap_50bn, commit_30bn_until_pivot,
                            commit_30bn_after_pivot>;
  STATIC_REQUIRE(findings<handover>.size() == 0);
  // But a third promise standing on every timeline adds to either.
  using third = contract<"t", parties<openai, microsoft>, cap_50bn, commit_30bn_until_pivot,
                         commit_30bn_after_pivot, commit_30bn_b>;
  constexpr auto fs = findings<third>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].total == 60'000);
  STATIC_REQUIRE(fs[0].part_count == 2);
}

TEST_CASE("cap_below_commitment: one cap against several commitments, read at run time",
          "[rules][cap_below_commitment][runtime]") {
  using C = contract<"c", parties<openai, microsoft, amazon>, cap_1000, commit_1000, commit_1001,
                     commit_1001_eur, msft_commits_5000, commit_5000_from_2030, amazon_commit_5000>;
  const auto& fs = findings<C>;
  REQUIRE(fs.size() == 1);
  REQUIRE(covenant::error_count<C> == 1);
  REQUIRE(covenant::warning_count<C> == 0);
  std::size_t n = 0;
  for (const auto& f : fs) {
    if (f.id != rule::cap_below_commitment) continue;
    ++n;
    REQUIRE(f.first == 0);
    // K2 (1000) and K3 (1001) are both due under K1's 1000: their sum breaks it, from the day
    // K3 starts.
    REQUIRE(f.second == 1);
    REQUIRE(f.total == 2001);
    REQUIRE(f.from == day_of(2026, 6, 1));
    REQUIRE(f.part_count == 2);
    REQUIRE(f.part_labels[1] == "K3 OpenAI commits 1001 to Azure compute");
  }
  REQUIRE(n == 1);
}

// ---------------------------------------------------------------------------------------------
// Sums of any size: more promises under one cap than a fixed buffer would hold.

template <int K>
struct small_commitment : commitment<openai, microsoft, usd_millions<1>, azure_services,
                                     term<date<2025, 1 + K / 28, 1 + K % 28>, year<2030>>> {
  static constexpr auto label = "K40 one of many small commitments";
};
template <std::int64_t Cap>
struct cap_for_many : payment_cap<openai, microsoft, usd_millions<Cap>, azure_services,
                                  term<year<2025>, year<2030>>> {
  static constexpr auto label = "K41 Azure payments capped";
};
template <std::int64_t Cap, typename Seq>
struct many_commitments;
template <std::int64_t Cap, int... Ks>
struct many_commitments<Cap, std::integer_sequence<int, Ks...>> {
  using type =
      contract<"many", parties<openai, microsoft>, cap_for_many<Cap>, small_commitment<Ks>...>;
};

TEST_CASE("cap_below_commitment: a sum of seventy promises is taken in full",
          "[rules][cap_below_commitment][large]") {
  // Seventy commitments of 1 under a cap of 69: the seventieth tips the sum over the cap.
  using over = many_commitments<69, std::make_integer_sequence<int, 70>>::type;
  // (The small commitments share a label: besides, only warnings about that.)
  constexpr auto fs = findings<over>;
  STATIC_REQUIRE(covenant::error_count<over> == 1);
  STATIC_REQUIRE(fs.count(rule::cap_below_commitment) == 1);
  STATIC_REQUIRE(fs[0].id == rule::cap_below_commitment);
  STATIC_REQUIRE(fs[0].first == 0);
  STATIC_REQUIRE(fs[0].second == 1);
  STATIC_REQUIRE(fs[0].total == 70);
  STATIC_REQUIRE(fs[0].limit == 69);
  STATIC_REQUIRE(fs[0].part_count == 70);
  STATIC_REQUIRE(fs[0].from == day_of(2025, 3, 14)); // K = 69: 1 + 69 / 28, 1 + 69 % 28
  // The finding keeps the first parts in clause order.
  STATIC_REQUIRE(fs[0].parts[0] == 1);
  STATIC_REQUIRE(fs[0].parts[covenant::finding::max_parts - 1] == covenant::finding::max_parts);
  // A cap of 70 lets all of them through.
  using at_cap = many_commitments<70, std::make_integer_sequence<int, 70>>::type;
  static_assert(covenant::check<at_cap>);
  STATIC_REQUIRE(covenant::error_count<at_cap> == 0);
}

// ---------------------------------------------------------------------------------------------
// Caps and commitments continued by a dated amendment (continue_as) are one clause for the sum.

struct long_commitment : commitment<openai, microsoft, usd_millions<300>, azure_services,
                                    term<year<2025>, year<2035>>> {
  static constexpr auto label = "K50 OpenAI commits 300 over ten years";
};
struct cap_first_half : payment_cap<openai, microsoft, usd_millions<200>, azure_services,
                                    term<year<2025>, year<2035>>> {
  static constexpr auto label = "K51 Azure payments capped at 200";
};
struct cap_second_half : payment_cap<openai, microsoft, usd_millions<250>, azure_services,
                                     term<year<2030>, year<2035>>> {
  static constexpr auto label = "K52 the cap, continued at 250";
};
struct cap_second_half_raised : payment_cap<openai, microsoft, usd_millions<300>, azure_services,
                                            term<year<2030>, year<2035>>> {
  static constexpr auto label = "K52 the cap, continued at 300";
};

TEST_CASE("cap_below_commitment: a continued cap binds a commitment across both parts",
          "[rules][cap_below_commitment][amend]") {
  using base = contract<"base", parties<openai, microsoft>, long_commitment, cap_first_half>;
  STATIC_REQUIRE(findings<base>.size() == 1); // 300 against 200
  // From 2030 the cap is 250: it limits everything paid since 2025, the 300 included. The first
  // part alone (to 2030) does not bind a commitment due by 2035.
  using continued = covenant::amend<base, covenant::effective<year<2030>>,
                                    covenant::continue_as<cap_first_half, cap_second_half>>;
  constexpr auto fs = findings<continued>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].id == rule::cap_below_commitment);
  STATIC_REQUIRE(fs[0].first == 2); // the continuation, written after the first part
  STATIC_REQUIRE(fs[0].total == 300);
  STATIC_REQUIRE(fs[0].limit == 250);
  STATIC_REQUIRE(fs[0].first_label == "K52 the cap, continued at 250");
  STATIC_REQUIRE(fs[0].part_labels[0] == "K50 OpenAI commits 300 over ten years");
  // Raised to 300 from 2030: the commitment fits.
  using raised = covenant::amend<base, covenant::effective<year<2030>>,
                                 covenant::continue_as<cap_first_half, cap_second_half_raised>>;
  static_assert(covenant::check<raised>);
  STATIC_REQUIRE(findings<raised>.size() == 0);
}

struct cap_250_ten_years : payment_cap<openai, microsoft, usd_millions<250>, azure_services,
                                       term<year<2025>, year<2035>>> {
  static constexpr auto label = "K53 Azure payments capped at 250";
};
struct commitment_continued : commitment<openai, microsoft, usd_millions<200>, azure_services,
                                         term<year<2030>, year<2035>>> {
  static constexpr auto label = "K54 the commitment, continued";
};
struct commitment_continued_raised : commitment<openai, microsoft, usd_millions<260>,
                                                azure_services, term<year<2030>, year<2035>>> {
  static constexpr auto label = "K54 the commitment, continued at 260";
};
struct commitment_200 : commitment<openai, microsoft, usd_millions<200>, azure_services,
                                   term<year<2025>, year<2035>>> {
  static constexpr auto label = "K55 OpenAI commits 200 over ten years";
};
struct commit_yearly_30 : commitment<openai, microsoft, usd_millions<30>, azure_services,
                                     term<year<2025>, year<2035>>, covenant::per_year> {
  static constexpr auto label = "K56 OpenAI commits 30 a year";
};
struct commit_yearly_30_continued : commitment<openai, microsoft, usd_millions<30>, azure_services,
                                               term<year<2030>, year<2035>>, covenant::per_year> {
  static constexpr auto label = "K57 30 a year, continued";
};

TEST_CASE("cap_below_commitment: a continued commitment counts once",
          "[rules][cap_below_commitment][amend]") {
  using base = contract<"base", parties<openai, microsoft>, cap_250_ten_years, commitment_200>;
  // One promise of 200 over ten years, not 200 until 2030 and 200 more after.
  using continued = covenant::amend<base, covenant::effective<year<2030>>,
                                    covenant::continue_as<commitment_200, commitment_continued>>;
  static_assert(covenant::check<continued>);
  STATIC_REQUIRE(findings<continued>.size() == 0);
  // Continued at 260: the promise is 260 in all, above the cap.
  using raised =
      covenant::amend<base, covenant::effective<year<2030>>,
                      covenant::continue_as<commitment_200, commitment_continued_raised>>;
  constexpr auto fs = findings<raised>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].total == 260);
  STATIC_REQUIRE(fs[0].part_count == 1);
  STATIC_REQUIRE(fs[0].part_labels[0] == "K54 the commitment, continued at 260");
  // A recurring commitment counts part by part: 30 a year for ten years is 300 either way.
  using yearly = contract<"y", parties<openai, microsoft>, cap_250_ten_years, commit_yearly_30>;
  using yearly_continued =
      covenant::amend<yearly, covenant::effective<year<2030>>,
                      covenant::continue_as<commit_yearly_30, commit_yearly_30_continued>>;
  STATIC_REQUIRE(findings<yearly>.size() == 1);
  STATIC_REQUIRE(findings<yearly>[0].total == 300);
  STATIC_REQUIRE(findings<yearly_continued>.size() == 1);
  STATIC_REQUIRE(findings<yearly_continued>[0].total == 300);
  STATIC_REQUIRE(findings<yearly_continued>[0].part_count == 2);
}

// ---------------------------------------------------------------------------------------------
// Recurring promises: each period's amount falls due in that period, so the periods within the
// cap's term are due under it, even when the promise runs on beyond the cap or ends at an event
// (which may come as late as the cap's end).

struct exit_event : event<"OpenAI exits the deal"> {};
struct cap_100_five_years : payment_cap<openai, microsoft, usd_millions<100>, azure_services,
                                        term<year<2025>, year<2030>>> {
  static constexpr auto label = "K60 Azure payments capped at 100";
};
template <std::int64_t N>
struct yearly_until_exit : commitment<openai, microsoft, usd_millions<N>, azure_services,
                                      term<year<2025>, until<exit_event>>, covenant::per_year> {
  static constexpr auto label = "K61 OpenAI pays a yearly amount until it exits";
};
struct once_until_exit : commitment<openai, microsoft, usd_millions<500>, azure_services,
                                    term<year<2025>, until<exit_event>>> {
  static constexpr auto label = "K62 OpenAI commits 500 until it exits";
};

struct yearly_beyond_cap : commitment<openai, microsoft, usd_millions<30>, azure_services,
                                      term<year<2023>, year<2040>>, covenant::per_year> {
  static constexpr auto label = "K63 OpenAI pays 30 a year from 2023 to 2039";
};

TEST_CASE("cap_below_commitment: recurring promises count their periods within the cap",
          "[rules][cap_below_commitment][events]") {
  // 50 a year, 2025 to 2029 if the exit comes at the end of 2029 or later: 250 against 100.
  using over = contract<"o", parties<openai, microsoft>, cap_100_five_years, yearly_until_exit<50>>;
  constexpr auto fs = findings<over>;
  STATIC_REQUIRE(fs.size() == 1);
  STATIC_REQUIRE(fs[0].id == rule::cap_below_commitment);
  STATIC_REQUIRE(fs[0].total == 250);
  STATIC_REQUIRE(fs[0].limit == 100);
  STATIC_REQUIRE(fs[0].from == day_of(2025));
  STATIC_REQUIRE(fs[0].part_labels[0] == "K61 OpenAI pays a yearly amount until it exits");
  // 20 a year is 100 at most under the cap.
  using at_cap =
      contract<"a", parties<openai, microsoft>, cap_100_five_years, yearly_until_exit<20>>;
  static_assert(covenant::check<at_cap>);
  STATIC_REQUIRE(findings<at_cap>.size() == 0);
  // A whole-term commitment until the exit can still be paid after the cap ends.
  using once = contract<"w", parties<openai, microsoft>, cap_100_five_years, once_until_exit>;
  STATIC_REQUIRE(findings<once>.size() == 0);
  // 30 a year over 2023-2039: the five years of the cap's term are 150, due within it; the sum
  // is over the cap from the cap's start.
  using beyond = contract<"b", parties<openai, microsoft>, cap_100_five_years, yearly_beyond_cap>;
  constexpr auto bs = findings<beyond>;
  STATIC_REQUIRE(bs.size() == 1);
  STATIC_REQUIRE(bs[0].total == 150);
  STATIC_REQUIRE(bs[0].from == day_of(2025));
}

} // namespace rules_cap_below_commitment_test
