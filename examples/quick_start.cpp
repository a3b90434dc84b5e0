#include <covenant/covenant.hpp>
using namespace covenant;

struct microsoft : party<"Microsoft"> {};
struct openai : party<"OpenAI"> {};
struct products : scope<"OpenAI products"> {};
struct api : scope<"OpenAI API", part_of<products>> {};
struct use_other_cloud : action<"use another cloud"> {};

struct api_on_azure : exclusivity<openai, microsoft, api, term<date<2025, 1, 21>, year<2031>>> {
  static constexpr auto label = "2.1 the API runs only on Azure";
};
struct any_cloud : permission<openai, use_other_cloud, products, term<date<2026, 4, 27>>> {
  static constexpr auto label = "4.2 all products on any cloud";
};

using deal = contract<"Cloud terms", parties<microsoft, openai>, api_on_azure, any_cloud>;
static_assert(!consistent<deal>); // static_assert(check<deal>) names the rule and both labels

int main() { return findings<deal>[0].id == rule::exclusivity_conflict ? 0 : 1; }
