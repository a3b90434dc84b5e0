// One contract per report in ../shared/seeds/, holding only what that report claims. Reports
// date the clauses by the version they describe (FACTS.md); where a report gives no term, the
// clause starts with that version and is open-ended.
#pragma once

#include "partnership.hpp"

namespace microsoft_openai::reports {

// seed 000: Sam Altman's announcement of the April 2026 update.
struct r000_primary_not_exclusive
    : permission<openai, use_other_cloud, product_hosting, term<date<2026, 4, 27>>> {
  static constexpr auto label = "seed 000: products may be deployed on all major clouds";
};
struct r000_supply : obligation<openai, supply_models, models_and_products,
                                term<date<2026, 4, 27>, through<2032>>> {
  static constexpr auto label = "seed 000: OpenAI supplies models and products until 2032";
};
struct r000_revenue_share : revenue_share<openai, microsoft, placeholder_openai_share_rate,
                                          openai_revenue, term<date<2026, 4, 27>, through<2030>>> {
  static constexpr auto label = "seed 000: revenue sharing continues until 2030";
};
using seed_000 = contract<"seed 000 (Altman announcement, April 2026)", parties<microsoft, openai>,
                          r000_primary_not_exclusive, r000_supply, r000_revenue_share>;

// seed 001: Liberty Times, via DistantNews.
struct r001_other_clouds
    : permission<openai, use_other_cloud, product_hosting, term<date<2026, 4, 27>>> {
  static constexpr auto label = "seed 001: OpenAI may partner with other cloud providers";
};
struct r001_debut_on_azure
    : first_ship<openai, microsoft, product_hosting, term<date<2026, 4, 27>>> {
  static constexpr auto label = "seed 001: new products likely debut on Azure first";
};
struct r001_ip_licence : licence<openai, microsoft, models_and_products, term<date<2026, 4, 27>>> {
  static constexpr auto label = "seed 001: Microsoft retains licensing rights to OpenAI IP";
};
using seed_001 = contract<"seed 001 (Liberty Times, April 2026)", parties<microsoft, openai>,
                          r001_other_clouds, r001_debut_on_azure, r001_ip_licence>;

// seed 002: the January 2025 change (Stargate).
struct r002_capacity_rofr
    : right_of_first_refusal<openai, microsoft, new_capacity, term<date<2025, 1, 21>>> {
  static constexpr auto label = "seed 002: Microsoft keeps first refusal on new capacity";
};
struct r002_own_capacity
    : permission<openai, build_own_capacity, research_capacity, term<date<2025, 1, 21>>> {
  static constexpr auto label = "seed 002: OpenAI may build capacity for research and training";
};
struct r002_api_exclusive
    : exclusivity<openai, microsoft, api_hosting, term<date<2025, 1, 21>, through<2030>>> {
  static constexpr auto label = "seed 002: the OpenAI API stays exclusive on Azure until 2030";
};
struct r002_ip_access : licence<openai, microsoft, openai_ip,
                                term<date<2025, 1, 21>, earliest<through<2030>, agi_declared>>> {
  static constexpr auto label = "seed 002: IP access until 2030, lost if AGI comes first";
};
struct r002_revenue_share : revenue_share<openai, microsoft, placeholder_openai_share_rate,
                                          openai_revenue, term<date<2025, 1, 21>, through<2030>>> {
  static constexpr auto label = "seed 002: revenue sharing until 2030";
};
using seed_002 =
    contract<"seed 002 (Stargate, January 2025)", parties<microsoft, openai>, r002_capacity_rofr,
             r002_own_capacity, r002_api_exclusive, r002_ip_access, r002_revenue_share>;

// seed 003: OpenAI's own summary of the next phase.
struct r003_ship_first : first_ship<openai, microsoft, product_hosting, term<date<2026, 4, 27>>,
                                    unless<microsoft_cannot_support, microsoft_declines_support>> {
  static constexpr auto label = "seed 003: ship first on Azure unless Microsoft cannot or declines";
};
struct r003_any_cloud
    : permission<openai, use_other_cloud, product_hosting, term<date<2026, 4, 27>>> {
  static constexpr auto label = "seed 003: all products to customers on any cloud";
};
struct r003_ip_licence : licence<openai, microsoft, models_and_products,
                                 term<date<2026, 4, 27>, through<2032>>, non_exclusive> {
  static constexpr auto label = "seed 003: IP licence non-exclusive through 2032";
};
struct r003_revenue_share
    : revenue_share<openai, microsoft, placeholder_openai_share_rate, openai_revenue,
                    term<date<2026, 4, 27>, through<2030>>, cap<placeholder_openai_share_cap>> {
  static constexpr auto label = "seed 003: revenue share through 2030, same rate, total cap";
};
using seed_003 = contract<"seed 003 (OpenAI, next phase, April 2026)", parties<microsoft, openai>,
                          r003_ship_first, r003_any_cloud, r003_ip_licence, r003_revenue_share>;

// seed 004: GogoAI News.
struct r004_other_providers
    : permission<openai, use_other_cloud, product_hosting, term<date<2026, 4, 27>>> {
  static constexpr auto label = "seed 004: models available to other cloud providers";
};
struct r004_launch_partner
    : first_ship<openai, microsoft, product_hosting, term<date<2026, 4, 27>>> {
  static constexpr auto label = "seed 004: latest products debut on Azure first";
};
using seed_004 = contract<"seed 004 (GogoAI, April 2026)", parties<microsoft, openai>,
                          r004_other_providers, r004_launch_partner>;

} // namespace microsoft_openai::reports
