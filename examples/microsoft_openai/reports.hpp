// One contract per report in ../shared/seeds/, holding only what that report claims. Each
// clause names the clause of the model it describes (`describes`), so that two reports of one
// right are compared, not added up, and says when the report hedges (`hedged`). Each report
// carries the day it speaks of (`as_of`: the version it describes, FACTS.md; the seeds carry
// no publication dates). Where a report gives no term, the clause starts with that version and
// is open-ended. What a report says that is no clause (a direction it leaves open, a
// definition) is a `note`.
#pragma once

#include "versions.hpp"

namespace microsoft_openai::reports {

// seed 000: Sam Altman's announcement of the April 2026 update.
struct r000_primary_not_exclusive
    : permission<openai, use_other_cloud, products_any_cloud, term<date<2026, 4, 27>>> {
  static constexpr auto label = "seed 000: products may be deployed on all major clouds";
  using describes = v4_any_cloud;
};
struct r000_primary_cloud
    : obligation<openai, keep_microsoft_primary, azure_purchases, term<date<2026, 4, 27>>> {
  static constexpr auto label = "seed 000: Microsoft remains OpenAI's primary cloud partner";
  using describes = v4_primary_cloud;
};
struct r000_supply : obligation<openai, supply_models, models_and_products,
                                term<date<2026, 4, 27>, through<2032>>> {
  static constexpr auto label = "seed 000: OpenAI supplies models and products until 2032";
  using describes = v4_model_supply;
};
// "The revenue-sharing arrangement between the two companies will continue until 2030": seed
// 000 does not say who pays whom, so it is no clause (a revenue_share needs a payer); it is a
// note on v4_revenue_share (reconciliation.cpp).
using seed_000 = contract<"seed 000 (Altman announcement, April 2026)", parties<microsoft, openai>,
                          r000_primary_not_exclusive, r000_primary_cloud, r000_supply>;

// seed 001: Liberty Times, via DistantNews.
struct r001_other_clouds
    : permission<openai, use_other_cloud, products_any_cloud, term<date<2026, 4, 27>>> {
  static constexpr auto label = "seed 001: OpenAI may partner with other cloud providers";
  using describes = v4_any_cloud;
};
struct r001_end_of_exclusive_sales
    : permission<openai, sell_through_other_clouds, cloud_resale, term<date<2026, 4, 27>>> {
  static constexpr auto label = "seed 001: Microsoft's exclusive rights to sell the models end";
  using describes = v4_other_clouds_sell;
};
struct r001_primary_cloud
    : obligation<openai, keep_microsoft_primary, azure_purchases, term<date<2026, 4, 27>>> {
  static constexpr auto label =
      "seed 001: Microsoft is expected to stay the principal cloud partner";
  using describes = v4_primary_cloud;
  static constexpr auto hedged = "is expected to";
};
struct r001_debut_on_azure
    : first_ship<openai, microsoft, product_hosting, term<date<2026, 4, 27>>> {
  static constexpr auto label = "seed 001: new products likely debut on Azure first";
  using describes = v4_first_ship;
  static constexpr auto hedged = "likely";
};
struct r001_ip_licence : licence<openai, microsoft, models_and_products, term<date<2026, 4, 27>>> {
  static constexpr auto label = "seed 001: Microsoft retains licensing rights to OpenAI IP";
  using describes = v4_ip_licence;
};
// "Ensuring Microsoft continues to benefit from OpenAI's successes": OpenAI pays Microsoft; no
// rate and no end are given.
struct r001_revenue_share : revenue_share<openai, microsoft, placeholder_openai_share_rate,
                                          openai_revenue, term<date<2026, 4, 27>>> {
  static constexpr auto label = "seed 001: revenue sharing lets Microsoft keep benefiting";
  using describes = v4_revenue_share;
};
using seed_001 = contract<"seed 001 (Liberty Times, April 2026)", parties<microsoft, openai>,
                          r001_other_clouds, r001_end_of_exclusive_sales, r001_primary_cloud,
                          r001_debut_on_azure, r001_ip_licence, r001_revenue_share>;

// seed 002: the January 2025 change (Stargate).
struct r002_capacity_rofr
    : right_of_first_refusal<openai, microsoft, new_capacity, term<date<2025, 1, 21>>> {
  static constexpr auto label = "seed 002: Microsoft keeps first refusal on new capacity";
  using describes = v2_first_refusal;
};
struct r002_own_capacity
    : permission<openai, build_own_capacity, research_capacity, term<date<2025, 1, 21>>> {
  static constexpr auto label = "seed 002: OpenAI may build capacity for research and training";
  using describes = v2_own_capacity;
};
struct r002_oracle : permission<openai, use_other_cloud, oracle_capacity, term<date<2024, 6, 1>>> {
  static constexpr auto label = "seed 002: Microsoft allowed OpenAI to work with Oracle in June";
  using describes = v15_oracle;
};
struct r002_api_exclusive
    : exclusivity<openai, microsoft, api_hosting, term<date<2025, 1, 21>, through<2030>>> {
  static constexpr auto label = "seed 002: the OpenAI API stays exclusive on Azure until 2030";
  using describes = v2_api_exclusivity;
};
// Read literally: "Microsoft will lose the right to use its technology" if AGI comes first.
struct r002_ip_access : licence<openai, microsoft, openai_ip,
                                term<date<2025, 1, 21>, earliest<through<2030>, agi_declared>>> {
  static constexpr auto label = "seed 002: IP access until 2030, lost if AGI comes first";
  using describes = v2_ip_licence;
};
struct r002_revenue_share : revenue_share<openai, microsoft, placeholder_openai_share_rate,
                                          openai_revenue, term<date<2025, 1, 21>, through<2030>>> {
  static constexpr auto label = "seed 002: revenue sharing until 2030";
  using describes = v2_revenue_share;
};
struct r002_direct_access
    : permission<openai, sell_models_directly, direct_sales, term<date<2025, 1, 21>>> {
  static constexpr auto label = "seed 002: models through Azure OpenAI or directly from OpenAI";
  using describes = v2_direct_sales;
};
using seed_002 = contract<"seed 002 (Stargate, January 2025)", parties<microsoft, openai>,
                          r002_capacity_rofr, r002_own_capacity, r002_oracle, r002_api_exclusive,
                          r002_ip_access, r002_revenue_share, r002_direct_access>;

// seed 003: OpenAI's own summary of the next phase.
struct r003_ship_first : first_ship<openai, microsoft, product_hosting, term<date<2026, 4, 27>>,
                                    unless<microsoft_cannot_support, microsoft_declines_support>> {
  static constexpr auto label = "seed 003: ship first on Azure unless Microsoft cannot or declines";
  using describes = v4_first_ship;
};
struct r003_any_cloud
    : permission<openai, use_other_cloud, products_any_cloud, term<date<2026, 4, 27>>> {
  static constexpr auto label = "seed 003: all products to customers on any cloud";
  using describes = v4_any_cloud;
};
struct r003_primary_cloud
    : obligation<openai, keep_microsoft_primary, azure_purchases, term<date<2026, 4, 27>>> {
  static constexpr auto label = "seed 003: Microsoft remains OpenAI's primary cloud partner";
  using describes = v4_primary_cloud;
};
struct r003_ip_licence : licence<openai, microsoft, models_and_products,
                                 term<date<2026, 4, 27>, through<2032>>, non_exclusive> {
  static constexpr auto label = "seed 003: IP licence non-exclusive through 2032";
  using describes = v4_ip_licence;
};
struct r003_revenue_share
    : revenue_share<openai, microsoft, placeholder_openai_share_rate, openai_revenue,
                    term<date<2026, 4, 27>, through<2030>>, cap<placeholder_openai_share_cap>> {
  static constexpr auto label = "seed 003: revenue share through 2030, same rate, total cap";
  using describes = v4_revenue_share;
};
using seed_003 = contract<"seed 003 (OpenAI, next phase, April 2026)", parties<microsoft, openai>,
                          r003_ship_first, r003_any_cloud, r003_primary_cloud, r003_ip_licence,
                          r003_revenue_share>;

// seed 004: GogoAI News.
struct r004_other_providers
    : permission<openai, use_other_cloud, products_any_cloud, term<date<2026, 4, 27>>> {
  static constexpr auto label = "seed 004: models available to other cloud providers";
  using describes = v4_any_cloud;
};
struct r004_models_elsewhere
    : permission<openai, sell_through_other_clouds, cloud_resale, term<date<2026, 4, 27>>> {
  static constexpr auto label = "seed 004: Microsoft no longer the only channel for the models";
  using describes = v4_other_clouds_sell;
};
struct r004_primary_cloud
    : obligation<openai, keep_microsoft_primary, azure_purchases, term<date<2026, 4, 27>>> {
  static constexpr auto label = "seed 004: Microsoft remains OpenAI's primary cloud partner";
  using describes = v4_primary_cloud;
};
struct r004_launch_partner
    : first_ship<openai, microsoft, product_hosting, term<date<2026, 4, 27>>> {
  static constexpr auto label = "seed 004: latest products debut on Azure first";
  using describes = v4_first_ship;
};
using seed_004 =
    contract<"seed 004 (GogoAI, April 2026)", parties<microsoft, openai>, r004_other_providers,
             r004_models_elsewhere, r004_primary_cloud, r004_launch_partner>;

/// A report: its contract, its name and the day it speaks of.
template <contract_type C, fixed_string Name, typename AsOf, fixed_string Describes>
struct report {
  using contract = C;
  static constexpr std::string_view name = Name.view();
  static constexpr day as_of = AsOf::value;
  static constexpr std::string_view describes = Describes.view();
};
using report_000 = report<seed_000, "000", date<2026, 4, 27>, "V4, April 2026 (FACTS)">;
using report_001 = report<seed_001, "001", date<2026, 4, 27>, "V4, April 2026 (FACTS)">;
using report_002 = report<seed_002, "002", date<2025, 1, 21>, "V2, January 2025 (FACTS)">;
using report_003 = report<seed_003, "003", date<2026, 4, 27>, "V4, April 2026 (FACTS)">;
using report_004 = report<seed_004, "004", date<2026, 4, 27>, "V4, April 2026 (FACTS)">;

/// What a report says that is no clause, on the point of a model clause.
struct note {
  std::string_view report;
  const clause_record* point;
  std::string_view says;
};
inline constexpr note notes[] = {
    {"000", &record_of<v4_revenue_share>,
     "\"the revenue-sharing arrangement between the two companies will continue until 2030\": "
     "who pays whom is not said (no clause)"},
    {"003", &record_of<v2_microsoft_share>,
     "ends: \"end Microsoft's revenue-share payments to OpenAI\" (a share one way only)"},
    {"002", nullptr,
     "the only definition of AGI among the reports: \"AGI that can generate $100 billion in "
     "profits\" (FACTS: other sources say revenue, or returns to early investors)"},
};

} // namespace microsoft_openai::reports
