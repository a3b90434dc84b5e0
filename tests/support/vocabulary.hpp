// Parties, scopes and actions shared by the tests.
#pragma once

#include <covenant/covenant.hpp>

namespace test_vocabulary {

using namespace covenant;

struct microsoft : party<"Microsoft"> {};
struct openai : party<"OpenAI"> {};
struct amazon : party<"Amazon"> {};
struct oracle : party<"Oracle"> {};

// cloud_compute > { hosting > products > api, new_capacity, research_compute }
struct cloud_compute : scope<"cloud compute"> {};
struct hosting : scope<"hosting of OpenAI products", part_of<cloud_compute>> {};
struct products : scope<"OpenAI products", part_of<hosting>> {};
struct api : scope<"OpenAI API", part_of<products>> {};
struct chat : scope<"ChatGPT", part_of<products>> {};
struct new_capacity : scope<"new compute capacity", part_of<cloud_compute>> {};
struct research_compute : scope<"research and training compute", part_of<cloud_compute>> {};

// Owned scopes: OpenAI's intellectual property.
struct openai_ip : scope<"OpenAI IP", owned_by<openai>> {};
struct models : scope<"OpenAI models", part_of<openai_ip>> {};
struct openai_revenue : scope<"OpenAI revenue"> {};
struct api_revenue : scope<"OpenAI API revenue", part_of<openai_revenue>> {};
struct azure_services : scope<"Azure services"> {};

struct use_other_cloud : action<"use another cloud"> {};
struct serve_api_elsewhere : action<"serve the API on another cloud", kind_of<use_other_cloud>> {};
struct supply_models : action<"supply models"> {};

} // namespace test_vocabulary
