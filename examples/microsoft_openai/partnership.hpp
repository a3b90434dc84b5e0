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

// Where OpenAI's workloads run. OpenAI owns the choice of provider, so only it grants rights
// over these scopes.
struct cloud_compute : scope<"OpenAI's cloud workloads", owned_by<openai>> {};
struct new_capacity : scope<"new compute capacity", part_of<cloud_compute>> {};
struct research_capacity : scope<"capacity for research and training", part_of<cloud_compute>> {};
struct product_hosting : scope<"hosting of OpenAI products", part_of<cloud_compute>> {};
struct stateless_api_hosting : scope<"hosting of stateless APIs, incl. third-party collaborations",
                                     part_of<product_hosting>> {};
struct api_hosting : scope<"hosting of the OpenAI API", part_of<stateless_api_hosting>> {};
struct first_party_hosting : scope<"hosting of first-party products", part_of<product_hosting>> {};
struct national_security_hosting
    : scope<"hosting for US national-security customers", part_of<product_hosting>> {};

// OpenAI's intellectual property.
struct openai_ip : scope<"OpenAI intellectual property", owned_by<openai>> {};
struct models_and_products : scope<"OpenAI models and products", part_of<openai_ip>> {};
struct research_ip : scope<"OpenAI research IP", part_of<openai_ip>> {};
struct consumer_hardware_ip : scope<"OpenAI consumer hardware IP", part_of<openai_ip>> {};

// Money flows.
struct openai_revenue : scope<"OpenAI revenue"> {};
struct microsoft_openai_revenue : scope<"Microsoft revenue from OpenAI models"> {};
struct openai_equity : scope<"investment in OpenAI"> {};
struct azure_purchases : scope<"Azure services"> {};

// Actions.
struct use_other_cloud : action<"use another cloud provider"> {};
struct build_own_capacity : action<"build its own capacity", kind_of<use_other_cloud>> {};
// Hosting on Azure rules out using another provider for the same workloads.
struct host_on_azure : action<"host on Azure", excludes<use_other_cloud>> {};
struct deploy_models : action<"deploy OpenAI models in its products and Azure OpenAI Service"> {};
struct supply_models : action<"supply its models and products"> {};

// Events.
struct agi_declared
    : event<"AGI is declared", condition<"OpenAI's board decides that AGI has been reached">,
            verified_by<openai>> {};
struct agi_verified : event<"AGI is verified",
                            condition<"AGI declared by OpenAI and verified by an independent "
                                      "expert panel">,
                            verified_by<expert_panel>> {};
struct microsoft_cannot_meet_capacity : event<"Microsoft cannot meet a capacity need"> {};
struct microsoft_cannot_support : event<"Microsoft cannot support the capabilities"> {};
struct microsoft_declines_support : event<"Microsoft chooses not to support the capabilities"> {};

// Figures that are not public. Each is a placeholder, named as such; change it when the figure
// is known and the examples' outputs (docs/generated/) show the difference.

/// OpenAI's revenue share to Microsoft: reported as 20 % (FACTS V2, V4), never confirmed.
using placeholder_openai_share_rate = percent<20>;
/// The total cap on that share from April 2026: reported as $38B (FACTS V4), unconfirmed.
using placeholder_openai_share_cap = usd_millions<38'000>;
/// Microsoft's revenue share to OpenAI: its rate was never reported.
using placeholder_microsoft_share_rate = percent<20>;
/// The large Azure commitment of January 2025: no amount was given (FACTS V2). Zero constrains
/// nothing.
using placeholder_azure_commitment_2025 = usd_millions<0>;
/// OpenAI's first profit-share tier to Microsoft: 75 % until $13B is recouped (reported,
/// FACTS V1). covenant terms are periods of time, not amounts, so only this first tier is
/// modelled, with its $13B as a cap.
using placeholder_profit_share_rate = percent<75>;
using placeholder_profit_share_cap = usd_millions<13'000>;

} // namespace microsoft_openai
