// The Microsoft-OpenAI partnership through its versions, each an amendment of the one before.
// Sources: ../shared/FACTS.md (cited as FACTS Vn) and the reports in ../shared/seeds/ (cited as
// seed 00n). Labels cite them; comments say where a reading was needed.
#pragma once

#include "partnership.hpp"

namespace microsoft_openai {

// ---------------------------------------------------------------------------------------------
// V0, 2019-07-22: the first investment.

// An investment is a payment made on a day, not a commitment that stands forever.
struct v0_investment
    : one_off_payment<microsoft, openai, usd_millions<1'000>, openai_equity, date<2019, 7, 22>> {
  static constexpr auto label = "V0 Microsoft invests $1B [FACTS V0]";
};
struct v0_azure_exclusivity
    : exclusivity<openai, microsoft, cloud_compute, term<date<2019, 7, 22>>> {
  static constexpr auto label = "V0 Azure is OpenAI's exclusive cloud [FACTS V0; seed 004]";
};
// AGI is excluded from all licences (FACTS V0): the licence covers technology from before AGI
// and does not end when AGI comes; nothing grants Microsoft post-AGI technology.
struct v0_pre_agi_licence
    : licence<openai, microsoft, pre_agi_technology, term<date<2019, 7, 22>>> {
  static constexpr auto label =
      "V0 licence of pre-AGI technology; post-AGI technology excluded [FACTS V0]";
};

using v0 =
    contract<"Microsoft-OpenAI V0: first investment (2019-07-22)", parties<microsoft, openai>,
             v0_investment, v0_azure_exclusivity, v0_pre_agi_licence>;

// ---------------------------------------------------------------------------------------------
// V1, 2023-01-23: the extension.

struct v1_investment : one_off_payment<microsoft, openai, placeholder_investment_2023,
                                       openai_equity, date<2023, 1, 23>> {
  static constexpr auto label = "V1 Microsoft invests again, amount reported [FACTS V1]";
};
struct v1_deploy_models
    : permission<microsoft, deploy_models, models_and_products, term<date<2023, 1, 23>>> {
  static constexpr auto label = "V1 Microsoft may deploy the models in its products [FACTS V1]";
};
// A share of profit, not revenue, in two tiers: 75 % until $13B is recouped, then 49 % until
// about $92B (reported, FACTS V1). The rate changes on the day the first total is reached.
struct v1_profit_share
    : profit_share<
          openai, microsoft,
          tiered<tier<placeholder_profit_first_rate, placeholder_profit_first_threshold>,
                 tier<placeholder_profit_second_rate, placeholder_profit_second_threshold>>,
          openai_profit, term<date<2023, 1, 23>>> {
  static constexpr auto label = "V1 profit share in two tiers, figures reported [FACTS V1]";
};
// Microsoft's exclusive right to sell OpenAI's models through the cloud (seed 001: it ends in
// April 2026; seed 004: Azure was "the sole commercial channel"). The seeds give no start: it
// is read as starting with the extension, when the models came to Azure OpenAI Service
// (FACTS V1).
struct v1_exclusive_sales : exclusivity<openai, microsoft, cloud_resale, term<date<2023, 1, 23>>> {
  static constexpr auto label =
      "V1 Microsoft's exclusive right to sell OpenAI models through the cloud [seed 001; seed 004]";
};

using v1 = amend<v0, add<v1_investment, v1_deploy_models, v1_profit_share, v1_exclusive_sales>,
                 retitle<"Microsoft-OpenAI V1: extension (2023-01-23)">>;

// ---------------------------------------------------------------------------------------------
// V1.5, June 2024: Microsoft lets OpenAI use Oracle's capacity (seed 002, "in June this year";
// the article is about January 2025, so the year is a reading and the day is not reported:
// 2024-06-01). Azure's exclusivity narrows to everything but that capacity from then on: one
// exclusivity per part of the workloads (new capacity, research capacity, product hosting), the
// first cut by where, so that the carve-out is new capacity on Oracle's cloud and nothing else.

struct v15_azure_exclusivity
    : exclusivity<openai, microsoft, capacity_but_oracle, term<date<2024, 6, 1>>> {
  static constexpr auto label =
      "V1.5 Azure stays exclusive for new capacity, except Oracle's [seed 002]";
};
struct v15_research_on_azure
    : exclusivity<openai, microsoft, research_capacity, term<date<2024, 6, 1>>> {
  static constexpr auto label =
      "V1.5 Azure stays exclusive for research and training capacity [seed 002]";
};
struct v15_products_on_azure
    : exclusivity<openai, microsoft, product_hosting, term<date<2024, 6, 1>>> {
  static constexpr auto label = "V1.5 Azure stays exclusive for hosting OpenAI products [seed 002]";
};
struct v15_oracle : permission<openai, use_other_cloud, oracle_capacity, term<date<2024, 6, 1>>> {
  static constexpr auto label = "V1.5 OpenAI may use Oracle's capacity [seed 002]";
};

using v15 =
    amend<v1, effective<date<2024, 6, 1>>, replace<v0_azure_exclusivity, v15_azure_exclusivity>,
          add<v15_research_on_azure, v15_products_on_azure, v15_oracle>,
          retitle<"Microsoft-OpenAI V1.5: Oracle capacity (June 2024)">>;

// ---------------------------------------------------------------------------------------------
// V2, 2025-01-21 (Stargate day): exclusivity becomes a right of first refusal.

struct v2_capacity_elsewhere;
struct v2_first_refusal
    : right_of_first_refusal<
          openai, microsoft, new_capacity, term<date<2025, 1, 21>>,
          unless<exception<microsoft_cannot_meet_capacity, yields_to<v2_capacity_elsewhere>>>> {
  static constexpr auto label = "V2 Microsoft's right of first refusal on new capacity [seed 002]";
};
struct v2_capacity_elsewhere
    : permission<openai, use_other_cloud, new_capacity, term<date<2025, 1, 21>>> {
  static constexpr auto label =
      "V2 another provider only if Microsoft cannot meet the need [FACTS V2]";
};
struct v2_own_capacity
    : permission<openai, build_own_capacity, research_capacity, term<date<2025, 1, 21>>> {
  static constexpr auto label = "V2 OpenAI may build capacity for research and training [seed 002]";
};
struct v2_api_exclusivity
    : exclusivity<openai, microsoft, api_hosting, term<date<2025, 1, 21>, through<2030>>> {
  static constexpr auto label = "V2 the OpenAI API runs only on Azure, through 2030 [seed 002]";
};
// "Access to OpenAI IP until 2030" (seed 002). Seed 002 adds that if AGI comes first
// "Microsoft will lose the right to use its technology"; FACTS V2 reads it as post-AGI
// technology only, which was never licensed (V0): the licence of pre-AGI technology does not
// end at AGI. (The other reading, the whole licence ending at AGI, is
// earliest<through<2030>, agi_declared>; docs/walkthrough.md.)
struct v2_ip_licence
    : licence<openai, microsoft, pre_agi_technology, term<date<2025, 1, 21>, through<2030>>> {
  static constexpr auto label =
      "V2 access to pre-AGI IP through 2030; post-AGI technology excluded [seed 002; FACTS V2]";
};
struct v2_revenue_share : revenue_share<openai, microsoft, placeholder_openai_share_rate,
                                        openai_revenue, term<date<2025, 1, 21>, through<2030>>> {
  static constexpr auto label =
      "V2 OpenAI's revenue share to Microsoft through 2030 [seed 002; rate: FACTS V2]";
};
struct v2_microsoft_share
    : revenue_share<microsoft, openai, placeholder_microsoft_share_rate, microsoft_openai_revenue,
                    term<date<2025, 1, 21>, through<2030>>> {
  static constexpr auto label = "V2 Microsoft's revenue share to OpenAI [FACTS V4]";
};
struct v2_azure_commitment : commitment<openai, microsoft, placeholder_azure_commitment_2025,
                                        azure_purchases, term<date<2025, 1, 21>>> {
  static constexpr auto label = "V2 new large Azure commitment, amount not public [seed 002]";
};
// "Customers can gain access to leading models through the Azure OpenAI service or directly
// from OpenAI" (seed 002): Microsoft's right to deploy them (V1) stands, and OpenAI may sell
// them itself.
struct v2_direct_sales
    : permission<openai, sell_models_directly, direct_sales, term<date<2025, 1, 21>>> {
  static constexpr auto label = "V2 customers may get the models directly from OpenAI [seed 002]";
};

using v2 = amend<
    v15,
    strike<v15_azure_exclusivity, v15_research_on_azure, v15_products_on_azure, v1_profit_share>,
    replace<v0_pre_agi_licence, v2_ip_licence>,
    add<v2_first_refusal, v2_capacity_elsewhere, v2_own_capacity, v2_api_exclusivity,
        v2_revenue_share, v2_microsoft_share, v2_azure_commitment, v2_direct_sales>,
    retitle<"Microsoft-OpenAI V2: Stargate day (2025-01-21)">>;

// ---------------------------------------------------------------------------------------------
// V3, 2025-10-28: the definitive agreement.

struct v3_api_exclusivity : exclusivity<openai, microsoft, api_hosting_other_customers,
                                        term<date<2025, 10, 28>, until<agi_verified>>> {
  static constexpr auto label =
      "V3 API products exclusive to Azure until AGI is verified [FACTS V3]";
};
struct v3_non_api_any_cloud
    : permission<openai, use_other_cloud, first_party_any_cloud, term<date<2025, 10, 28>>> {
  static constexpr auto label = "V3 non-API products may use any cloud [FACTS V3]";
};
struct v3_national_security
    : permission<openai, use_other_cloud, national_security_hosting, term<date<2025, 10, 28>>> {
  static constexpr auto label = "V3 US national-security customers on any cloud [FACTS V3]";
};
// Assumed exclusive: the April 2026 version is reported as making it non-exclusive.
struct v3_ip_licence : licence<openai, microsoft, models_and_products,
                               term<date<2025, 10, 28>, through<2032>>, exclusive> {
  static constexpr auto label =
      "V3 IP licence of models and products through 2032, post-AGI included [FACTS V3]";
};
struct v3_research_licence : licence<openai, microsoft, research_ip,
                                     term<date<2025, 10, 28>, earliest<year<2030>, agi_verified>>> {
  static constexpr auto label =
      "V3 research IP until AGI verification or 2030, whichever first [FACTS V3]";
};
// Until AGI is verified, with no date (FACTS V3): the 2030 end comes back with V4.
struct v3_revenue_share
    : revenue_share<openai, microsoft, placeholder_openai_share_rate, openai_revenue,
                    term<date<2025, 10, 28>, until<agi_verified>>> {
  static constexpr auto label =
      "V3 OpenAI's revenue share to Microsoft until AGI is verified [FACTS V3]";
};
struct v3_azure_commitment : commitment<openai, microsoft, usd_millions<250'000>, azure_purchases,
                                        term<date<2025, 10, 28>>> {
  static constexpr auto label = "V3 OpenAI commits $250B of incremental Azure purchases [FACTS V3]";
};
// The licence now includes post-AGI models (FACTS V3). There are none before AGI is declared
// and the panel verifies it, so that part starts when both have happened.
struct v3_post_agi_licence
    : licence<openai, microsoft, post_agi_technology,
              term<upon<all_of<agi_declared, agi_verified>>, through<2032>>> {
  static constexpr auto label =
      "V3 IP licence includes post-AGI models once AGI is declared and verified [FACTS V3]";
};
// About 27 % of OpenAI Group PBC (FACTS V3); "a major shareholder" (seed 003).
struct v3_equity_stake
    : equity<microsoft, openai, percent<27>, openai_equity, term<date<2025, 10, 28>>> {
  static constexpr auto label = "V3 Microsoft holds about 27% of OpenAI [FACTS V3; seed 003]";
};

using v3 = amend<v2, strike<v2_first_refusal, v2_capacity_elsewhere>,
                 replace<v2_api_exclusivity, v3_api_exclusivity>,
                 replace<v2_ip_licence, v3_ip_licence>, replace<v2_revenue_share, v3_revenue_share>,
                 add<v3_research_licence, v3_non_api_any_cloud, v3_national_security,
                     v3_azure_commitment, v3_post_agi_licence, v3_equity_stake>,
                 retitle<"Microsoft-OpenAI V3: definitive agreement (2025-10-28)">>;

// ---------------------------------------------------------------------------------------------
// V3.5, 2026-02-27: the joint statement.

struct v35_stateless_api_exclusivity
    : exclusivity<openai, microsoft, stateless_api_hosting_other_customers,
                  term<date<2025, 10, 28>, until<agi_verified>>> {
  static constexpr auto label =
      "V3.5 Azure exclusive for stateless APIs, third-party collaborations included [FACTS V3.5]";
};
struct v35_first_party_on_azure
    : obligation<openai, host_on_azure, first_party_hosting, term<date<2026, 2, 27>>> {
  static constexpr auto label = "V3.5 first-party products stay hosted on Azure [FACTS V3.5]";
};

// "October terms unchanged" and "first-party products stay hosted on Azure" pull apart: October
// let non-API products, first-party products among them, use any cloud. Read as written, the
// two clash (incompatible_actions: examples/conflicts/incompatible_actions.cpp). The statement
// is the later word, so here October's permission ends on the day it is made.
struct v35_non_api_any_cloud_until_statement
    : permission<openai, use_other_cloud, first_party_any_cloud,
                 term<date<2025, 10, 28>, date<2026, 2, 27>>> {
  static constexpr auto label =
      "V3.5 non-API products may use any cloud until the joint statement [FACTS V3; FACTS V3.5]";
};

using v35 = amend<v3, replace<v3_api_exclusivity, v35_stateless_api_exclusivity>,
                  replace<v3_non_api_any_cloud, v35_non_api_any_cloud_until_statement>,
                  add<v35_first_party_on_azure>,
                  retitle<"Microsoft-OpenAI V3.5: joint statement (2026-02-27)">>;

// ---------------------------------------------------------------------------------------------
// V4, 2026-04-27: the next phase.

// "Unless Microsoft cannot or chooses not to support" (seed 003): either event is enough.
struct v4_first_ship : first_ship<openai, microsoft, product_hosting, term<date<2026, 4, 27>>,
                                  unless<microsoft_cannot_support, microsoft_declines_support>> {
  static constexpr auto label =
      "V4 products ship first on Azure unless Microsoft cannot or declines [seed 003]";
};
struct v4_any_cloud
    : permission<openai, use_other_cloud, products_any_cloud, term<date<2026, 4, 27>>> {
  static constexpr auto label =
      "V4 OpenAI may offer all products on any cloud [seed 003; seed 000]";
};
struct v4_ip_licence : licence<openai, microsoft, models_and_products,
                               term<date<2026, 4, 27>, through<2032>>, non_exclusive> {
  static constexpr auto label = "V4 IP licence non-exclusive through 2032 [seed 003]";
};
struct v4_revenue_share
    : revenue_share<openai, microsoft, placeholder_openai_share_rate, openai_revenue,
                    term<date<2026, 4, 27>, through<2030>>, cap<placeholder_openai_share_cap>> {
  static constexpr auto label = "V4 OpenAI's revenue share to Microsoft through 2030, same rate, "
                                "total cap [seed 003; rate and cap: FACTS V4]";
};
struct v4_model_supply : obligation<openai, supply_models, models_and_products,
                                    term<date<2026, 4, 27>, through<2032>>> {
  static constexpr auto label =
      "V4 OpenAI supplies models and products to Microsoft through 2032 [seed 000]";
};
// Read as a duty on OpenAI's purchases of Azure services, not on its workloads: it reserves
// nothing (the workloads may go to any cloud, v4_any_cloud).
struct v4_primary_cloud
    : obligation<openai, keep_microsoft_primary, azure_purchases, term<date<2026, 4, 27>>> {
  static constexpr auto label =
      "V4 Microsoft remains OpenAI's primary cloud partner [seed 000; seed 001; seed 003]";
};
// Microsoft's exclusive right to sell the models ends (seed 001); OpenAI may offer them
// through other cloud providers (seed 004).
struct v4_other_clouds_sell
    : permission<openai, sell_through_other_clouds, cloud_resale, term<date<2026, 4, 27>>> {
  static constexpr auto label =
      "V4 OpenAI may offer its models through other cloud providers [seed 001; seed 004]";
};

// All products on any cloud leaves no room for the stateless-API exclusivity nor for the
// obligation to stay on Azure; Microsoft's payments to OpenAI end (seed 003). The amendment is
// dated: those clauses end on 2026-04-27 and stay in force before it, and OpenAI's revenue share
// goes on at the same rate, its new cap counting what was paid before (FACTS V4: "continues").
using v4 =
    amend<v35, effective<date<2026, 4, 27>>,
          strike<v35_stateless_api_exclusivity, v35_first_party_on_azure, v2_microsoft_share,
                 v1_exclusive_sales>,
          replace<v3_ip_licence, v4_ip_licence>, continue_as<v3_revenue_share, v4_revenue_share>,
          add<v4_first_ship, v4_any_cloud, v4_model_supply, v4_primary_cloud, v4_other_clouds_sell>,
          retitle<"Microsoft-OpenAI V4: next phase (2026-04-27)">>;

} // namespace microsoft_openai
