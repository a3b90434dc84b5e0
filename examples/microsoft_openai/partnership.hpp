// The vocabulary of the Microsoft-OpenAI partnership: parties, scopes, actions and events.
// Every version and every report contract in this folder is written with these names.
#pragma once

#include <covenant/covenant.hpp>

namespace microsoft_openai {

using namespace covenant;

// Parties.
struct microsoft : party<"Microsoft"> {};
struct openai : party<"OpenAI"> {};
// Not a party to the contract: the independent panel that verifies a declaration of AGI
// (FACTS V3).
struct expert_panel : party<"independent expert panel"> {};

// What OpenAI's workloads are. OpenAI owns the choice of provider, so only it grants rights
// over these scopes (and over any scope cut from them below).
struct cloud_compute : scope<"OpenAI's cloud workloads", owned_by<openai>> {};
struct new_capacity : scope<"new compute capacity", part_of<cloud_compute>> {};
struct research_capacity : scope<"capacity for research and training", part_of<cloud_compute>> {};
struct product_hosting : scope<"hosting of OpenAI products", part_of<cloud_compute>> {};
struct stateless_api_hosting : scope<"hosting of stateless APIs, incl. third-party collaborations",
                                     part_of<product_hosting>> {};
struct api_hosting : scope<"hosting of the OpenAI API", part_of<stateless_api_hosting>> {};
// "Non-API products" (FACTS V3): the products that are not stateless APIs.
struct first_party_hosting : scope<"hosting of first-party products", part_of<product_hosting>> {};

// Where the workloads run: the clouds, a dimension of its own (territory<>). Oracle's capacity
// is set apart from the rest because from June 2024 Microsoft let OpenAI use it for new
// capacity (seed 002); "other clouds" are the remaining providers. A clause on every cloud but
// Azure names any_cloud with an action such as use_other_cloud.
struct any_cloud : territory<"any cloud"> {};
struct oracle_cloud : territory<"Oracle's capacity", part_of<any_cloud>> {};
struct clouds_but_oracle : territory<"any cloud but Oracle's capacity", part_of<any_cloud>> {};
struct azure : territory<"Azure", part_of<clouds_but_oracle>> {};
struct other_clouds
    : territory<"other clouds (neither Azure nor Oracle)", part_of<clouds_but_oracle>> {};

// Whom the workloads serve: the customers, a dimension of its own (channel<>). From V3, US
// national-security customers may be served on any cloud (FACTS V3), so the API's exclusivity
// narrows to the other customers.
struct all_customers : channel<"all customers"> {};
struct national_security_customers
    : channel<"US national-security customers", part_of<all_customers>> {};
struct other_customers
    : channel<"customers other than US national security", part_of<all_customers>> {};

// The workloads cut across those dimensions, where the reports make the cut. Microsoft let
// OpenAI work with Oracle "to increase computing resources" (seed 002): new capacity there, not
// the hosting of the API, which stays exclusive to Azure.
struct oracle_capacity
    : scope<"new compute capacity from Oracle", of<new_capacity>, in<oracle_cloud>> {};
struct capacity_but_oracle
    : scope<"new compute capacity anywhere but Oracle's", of<new_capacity>, in<clouds_but_oracle>> {
};
struct api_hosting_other_customers
    : scope<"the OpenAI API for customers other than US national security", of<api_hosting>,
            via<other_customers>> {};
struct stateless_api_hosting_other_customers
    : scope<"stateless APIs for customers other than US national security",
            of<stateless_api_hosting>, via<other_customers>> {};
// FACTS V3 lists "US national-security customers on any cloud" beside the API's exclusivity:
// non-API products could use any cloud already, so what it adds is the API (stateless APIs).
struct national_security_hosting
    : scope<"stateless APIs for US national-security customers", of<stateless_api_hosting>,
            via<national_security_customers>> {};
struct first_party_any_cloud
    : scope<"first-party products on any cloud", of<first_party_hosting>, in<any_cloud>> {};
struct products_any_cloud
    : scope<"OpenAI products on any cloud", of<product_hosting>, in<any_cloud>> {};

// The questions the generated pages ask of each version, besides oracle_capacity: who holds a
// right over these cuts. A right answers for a cut within its scope in every dimension it
// constrains, so the API's name its customers (V3's exclusivity is cut by them).
struct capacity_on_other_clouds
    : scope<"new compute capacity on other clouds", of<new_capacity>, in<other_clouds>> {};
struct api_on_other_clouds
    : scope<"the OpenAI API on other clouds, for customers other than US national security",
            of<api_hosting>, in<other_clouds>, via<other_customers>> {};
struct national_security_api_on_other_clouds
    : scope<"the OpenAI API on other clouds, for US national-security customers", of<api_hosting>,
            in<other_clouds>, via<national_security_customers>> {};

// OpenAI's intellectual property. AGI is excluded from Microsoft's licences until V3 (FACTS
// V0, V2): technology from before AGI and after it are two scopes, so a licence of the first
// says nothing about the second and does not end when AGI comes.
struct openai_ip : scope<"OpenAI intellectual property", owned_by<openai>> {};
struct pre_agi_technology : scope<"OpenAI technology from before AGI", part_of<openai_ip>> {};
struct post_agi_technology : scope<"OpenAI post-AGI technology", part_of<openai_ip>> {};
struct models_and_products : scope<"OpenAI models and products", part_of<pre_agi_technology>> {};
struct research_ip : scope<"OpenAI research IP", part_of<pre_agi_technology>> {};
struct consumer_hardware_ip : scope<"OpenAI consumer hardware IP", part_of<pre_agi_technology>> {};

// Selling OpenAI's models: through cloud providers (Microsoft's exclusive right until April
// 2026, seed 001) and by OpenAI itself (seed 002).
struct model_sales : scope<"sales of OpenAI models", owned_by<openai>> {};
struct cloud_resale
    : scope<"sales of OpenAI models through cloud providers", part_of<model_sales>> {};
struct direct_sales : scope<"sales of OpenAI models by OpenAI itself", part_of<model_sales>> {};

// Money flows, and what is owned.
struct openai_revenue : scope<"OpenAI revenue"> {};
struct openai_profit : scope<"OpenAI profit"> {};
struct microsoft_openai_revenue : scope<"Microsoft revenue from OpenAI models"> {};
struct openai_equity : scope<"OpenAI equity"> {};
struct azure_purchases : scope<"Azure services"> {};

// Actions.
struct use_other_cloud : action<"use another cloud provider"> {};
struct build_own_capacity : action<"build its own capacity", kind_of<use_other_cloud>> {};
// Hosting on Azure rules out using another provider for the same workloads.
struct host_on_azure : action<"host on Azure", excludes<use_other_cloud>> {};
struct deploy_models : action<"deploy OpenAI models in its products and Azure OpenAI Service"> {};
struct supply_models : action<"supply its models and products"> {};
struct sell_models_directly : action<"offer its models to customers directly"> {};
struct sell_through_other_clouds : action<"offer its models through other cloud providers"> {};
struct keep_microsoft_primary : action<"keep Microsoft as its primary cloud partner"> {};

// Events. AGI is declared by OpenAI's board and, from V3, verified by an independent panel:
// two events, which may fall on different days.
struct agi_declared
    : event<"AGI is declared",
            condition<"OpenAI's board decides that AGI has been reached; reported as a system "
                      "able to generate about $100B in profits [seed 002]">,
            verified_by<openai>> {};
struct agi_verified : event<"AGI is verified",
                            condition<"an independent expert panel verifies OpenAI's declaration "
                                      "of AGI [FACTS V3]">,
                            verified_by<expert_panel>> {};
struct microsoft_cannot_meet_capacity : event<"Microsoft cannot meet a capacity need"> {};
struct microsoft_cannot_support : event<"Microsoft cannot support the capabilities"> {};
struct microsoft_declines_support : event<"Microsoft chooses not to support the capabilities"> {};

// Figures that are not public. Each is a numbered placeholder (covenant::placeholder<N, ...>):
// checking and payments use the value, every rendering prints "not public (placeholder N)".
// `placeholders` below lists them for the generated pages.

/// 1. OpenAI's revenue share to Microsoft: reported as 20 % (FACTS V2, V4), in no seed.
using placeholder_openai_share_rate = placeholder<1, percent<20>>;
/// 2. The total cap on that share from April 2026: reported as $38B (FACTS V4), unconfirmed;
/// seed 003 says only "subject to a total cap".
using placeholder_openai_share_cap = placeholder<2, usd_millions<38'000>>;
/// 3. Microsoft's revenue share to OpenAI: its rate was never reported.
using placeholder_microsoft_share_rate = placeholder<3, percent<20>>;
/// 4. The large Azure commitment of January 2025: no amount was given (FACTS V2; seed 002,
/// "a new and important commitment to Azure"). Zero constrains nothing.
using placeholder_azure_commitment_2025 = placeholder<4, usd_millions<0>>;
/// 5. Microsoft's 2023 investment: about $10B, reported (FACTS V1).
using placeholder_investment_2023 = placeholder<5, usd_millions<10'000>>;
/// 6-9. The 2023 profit share, reported (FACTS V1): 75 % until $13B is recouped, then 49 % up
/// to about $92B.
using placeholder_profit_first_rate = placeholder<6, percent<75>>;
using placeholder_profit_first_threshold = placeholder<7, usd_millions<13'000>>;
using placeholder_profit_second_rate = placeholder<8, percent<49>>;
using placeholder_profit_second_threshold = placeholder<9, usd_millions<92'000>>;

/// What each placeholder stands for, for the generated pages (which never print the values).
struct placeholder_note {
  int number;
  const char* figure;
  const char* source;
};
inline constexpr placeholder_note placeholders[] = {
    {1, "OpenAI's revenue share to Microsoft (rate)", "reported (FACTS V2, V4); in no seed"},
    {2, "the total cap on that share from 2026-04-27",
     "reported, unconfirmed (FACTS V4); seed 003 says only \"subject to a total cap\""},
    {3, "Microsoft's revenue share to OpenAI (rate)", "never reported (FACTS V4: it ends)"},
    {4, "OpenAI's January 2025 Azure commitment (amount; 0 stands in, constraining nothing)",
     "not given (FACTS V2; seed 002)"},
    {5, "Microsoft's 2023 investment (amount)", "reported (FACTS V1)"},
    {6, "the first rate of the 2023 profit share", "reported (FACTS V1)"},
    {7, "the total paid at the first rate", "reported (FACTS V1)"},
    {8, "the second rate of the 2023 profit share", "reported (FACTS V1)"},
    {9, "the total at which the 2023 profit share stops", "reported (FACTS V1)"},
};

} // namespace microsoft_openai
