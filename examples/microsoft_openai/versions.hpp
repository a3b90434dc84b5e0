// The Microsoft-OpenAI partnership through its versions, each an amendment of the one before.
// Sources: ../shared/FACTS.md (cited as FACTS Vn) and the reports in ../shared/seeds/ (cited as
// seed 00n). Labels cite them; comments say where a reading was needed.
#pragma once

#include "partnership.hpp"

namespace microsoft_openai {

// ---------------------------------------------------------------------------------------------
// V0, 2019-07-22: the first investment.

struct v0_investment
    : commitment<microsoft, openai, usd_millions<1'000>, openai_equity, term<date<2019, 7, 22>>> {
  static constexpr auto label = "V0 Microsoft invests $1B [FACTS V0]";
};
struct v0_azure_exclusivity
    : exclusivity<openai, microsoft, cloud_compute, term<date<2019, 7, 22>>> {
  static constexpr auto label = "V0 Azure is OpenAI's exclusive cloud [FACTS V0; seed 004]";
};
struct v0_pre_agi_licence
    : licence<openai, microsoft, openai_ip, term<date<2019, 7, 22>, until<agi_declared>>> {
  static constexpr auto label = "V0 licence of pre-AGI technology until AGI [FACTS V0]";
};

using v0 =
    contract<"Microsoft-OpenAI V0: first investment (2019-07-22)", parties<microsoft, openai>,
             v0_investment, v0_azure_exclusivity, v0_pre_agi_licence>;

// ---------------------------------------------------------------------------------------------
// V1, 2023-01-23: the extension.

struct v1_investment
    : commitment<microsoft, openai, usd_millions<10'000>, openai_equity, term<date<2023, 1, 23>>> {
  static constexpr auto label = "V1 Microsoft invests about $10B, reported [FACTS V1]";
};
struct v1_deploy_models
    : permission<microsoft, deploy_models, models_and_products, term<date<2023, 1, 23>>> {
  static constexpr auto label = "V1 Microsoft may deploy the models in its products [FACTS V1]";
};
// Reported: 75 % of profit until $13B is recouped, then 49 % up to about $92B. Only the first
// tier can be a covenant clause (see placeholder_profit_share_rate).
struct v1_profit_share
    : revenue_share<openai, microsoft, placeholder_profit_share_rate, openai_revenue,
                    term<date<2023, 1, 23>>, cap<placeholder_profit_share_cap>> {
  static constexpr auto label = "V1 profit share 75% until $13B recouped, reported [FACTS V1]";
};

using v1 = amend<v0, add<v1_investment, v1_deploy_models, v1_profit_share>,
                 retitle<"Microsoft-OpenAI V1: extension (2023-01-23)">>;

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
// "Access to OpenAI IP until 2030", and Microsoft loses it if AGI comes first (seed 002).
struct v2_ip_licence : licence<openai, microsoft, openai_ip,
                               term<date<2025, 1, 21>, earliest<through<2030>, agi_declared>>> {
  static constexpr auto label = "V2 IP access through 2030, lost at AGI [seed 002]";
};
struct v2_revenue_share : revenue_share<openai, microsoft, placeholder_openai_share_rate,
                                        openai_revenue, term<date<2025, 1, 21>, through<2030>>> {
  static constexpr auto label = "V2 OpenAI's revenue share to Microsoft through 2030 [seed 002]";
};
struct v2_microsoft_share
    : revenue_share<microsoft, openai, placeholder_microsoft_share_rate, microsoft_openai_revenue,
                    term<date<2025, 1, 21>, through<2030>>> {
  static constexpr auto label =
      "V2 Microsoft's revenue share to OpenAI, rate not public [FACTS V4]";
};
struct v2_azure_commitment : commitment<openai, microsoft, placeholder_azure_commitment_2025,
                                        azure_purchases, term<date<2025, 1, 21>>> {
  static constexpr auto label = "V2 new large Azure commitment, amount not given [seed 002]";
};

using v2 = amend<v1, strike<v0_azure_exclusivity, v1_profit_share>,
                 replace<v0_pre_agi_licence, v2_ip_licence>,
                 add<v2_first_refusal, v2_capacity_elsewhere, v2_own_capacity, v2_api_exclusivity,
                     v2_revenue_share, v2_microsoft_share, v2_azure_commitment>,
                 retitle<"Microsoft-OpenAI V2: Stargate day (2025-01-21)">>;

// ---------------------------------------------------------------------------------------------
// V3, 2025-10-28: the definitive agreement.

struct v3_api_exclusivity
    : exclusivity<openai, microsoft, api_hosting, term<date<2025, 10, 28>, until<agi_verified>>> {
  static constexpr auto label =
      "V3 API products exclusive to Azure until AGI is verified [FACTS V3]";
};
struct v3_non_api_any_cloud
    : permission<openai, use_other_cloud, first_party_hosting, term<date<2025, 10, 28>>> {
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
struct v3_revenue_share
    : revenue_share<openai, microsoft, placeholder_openai_share_rate, openai_revenue,
                    term<date<2025, 10, 28>, earliest<through<2030>, agi_verified>>> {
  static constexpr auto label =
      "V3 OpenAI's revenue share to Microsoft until AGI is verified [FACTS V3]";
};
struct v3_azure_commitment : commitment<openai, microsoft, usd_millions<250'000>, azure_purchases,
                                        term<date<2025, 10, 28>>> {
  static constexpr auto label = "V3 OpenAI commits $250B of incremental Azure purchases [FACTS V3]";
};

using v3 =
    amend<v2, strike<v2_first_refusal, v2_capacity_elsewhere>,
          replace<v2_api_exclusivity, v3_api_exclusivity>, replace<v2_ip_licence, v3_ip_licence>,
          replace<v2_revenue_share, v3_revenue_share>,
          add<v3_research_licence, v3_non_api_any_cloud, v3_national_security, v3_azure_commitment>,
          retitle<"Microsoft-OpenAI V3: definitive agreement (2025-10-28)">>;

// ---------------------------------------------------------------------------------------------
// V3.5, 2026-02-27: the joint statement.

struct v35_stateless_api_exclusivity : exclusivity<openai, microsoft, stateless_api_hosting,
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
    : permission<openai, use_other_cloud, first_party_hosting,
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
    : permission<openai, use_other_cloud, product_hosting, term<date<2026, 4, 27>>> {
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
  static constexpr auto label =
      "V4 OpenAI's revenue share to Microsoft through 2030, same rate, total cap [seed 003]";
};
struct v4_model_supply : obligation<openai, supply_models, models_and_products,
                                    term<date<2026, 4, 27>, through<2032>>> {
  static constexpr auto label =
      "V4 OpenAI supplies models and products to Microsoft through 2032 [seed 000]";
};

// All products on any cloud leaves no room for the stateless-API exclusivity nor for the
// obligation to stay on Azure; Microsoft's payments to OpenAI end (seed 003). The amendment is
// dated: those clauses end on 2026-04-27 and stay in force before it, and OpenAI's revenue share
// goes on at the same rate, its new cap counting what was paid before (FACTS V4: "continues").
using v4 = amend<v35, effective<date<2026, 4, 27>>,
                 strike<v35_stateless_api_exclusivity, v35_first_party_on_azure, v2_microsoft_share>,
                 replace<v3_ip_licence, v4_ip_licence>,
                 continue_as<v3_revenue_share, v4_revenue_share>,
                 add<v4_first_ship, v4_any_cloud, v4_model_supply>,
                 retitle<"Microsoft-OpenAI V4: next phase (2026-04-27)">>;

} // namespace microsoft_openai
