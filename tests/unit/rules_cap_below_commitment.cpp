// Rule cap_below_commitment: a cap on what one party pays another (a payment cap, or the cap
// of a revenue share) cannot be lower than a commitment, or a revenue share minimum, between the
// same parties over an overlapping scope and time.
#include "../support/vocabulary.hpp"

#include <catch2/catch.hpp>

#include <cstddef>

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
struct commit_1001
    : commitment<openai, microsoft, usd_millions<1001>, azure_compute, term<date<2026, 6, 1>>> {
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
                                         term<year<2025>>, minimum<usd_millions<150>>> {
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
  STATIC_REQUIRE(f.scope_name() == "Azure compute");
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
  STATIC_REQUIRE(fs[0].to == day_of(2027));
  STATIC_REQUIRE(fs[0].scope_name() == "OpenAI API revenue");
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
  STATIC_REQUIRE(fs[0].scope_name() == "OpenAI API revenue");
  STATIC_REQUIRE(fs[0].first_label == "K13 revenue payments capped at 100");
  STATIC_REQUIRE(fs[0].second_label == "K12 revenue share with a 150 minimum");
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
    REQUIRE(f.second == 2);
    REQUIRE(f.second_label == "K3 OpenAI commits 1001 to Azure compute");
  }
  REQUIRE(n == 1);
}

} // namespace rules_cap_below_commitment_test
