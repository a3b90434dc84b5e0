// A contract with three errors and a warning: the diagnostic shows the first error and says how
// many other findings there are (two errors, one warning) and how to list them.
// Fixed: the permissions to use other clouds, the licence to Amazon and Microsoft's redundant
// permission are gone.
//
// EXPECT: covenant rule exclusivity_conflict \(error\)
// EXPECT: Besides this one, the contract has ("\[0\], )?2(, &")? other errors and ("\[0\], )?1(, &")? warning[^s]
// EXPECT: list them all with covenant::findings<C> or covenant::render::findings_markdown<C>\(\)
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::exclusivity_conflict, .*covenant::other_findings<2, 1>>::reported'
// EXPECT: ^[^ ]*diagnostic_other_findings_counted\.cpp:[0-9]+:[0-9]+:
#include "../support/vocabulary.hpp"

namespace cf_diagnostic_other_findings_counted {

using namespace test_vocabulary;

struct resell : action<"resell"> {};

struct hosting_exclusive : exclusivity<openai, microsoft, hosting, term<year<2019>, year<2030>>> {
  static constexpr auto label = "X1 hosting exclusive on Azure";
};
struct api_on_oracle : permission<openai, use_other_cloud, api, term<year<2020>, year<2022>>> {
  static constexpr auto label = "X2 the API may run on Oracle";
};
struct chat_on_amazon : permission<openai, use_other_cloud, chat, term<year<2021>, year<2023>>> {
  static constexpr auto label = "X3 ChatGPT may run on Amazon";
};
struct msft_may_resell_api : permission<microsoft, resell, api, term<year<2025>>> {
  static constexpr auto label = "X4 Microsoft may resell the API";
};
struct api_to_amazon : licence<openai, amazon, api, term<year<2025>, year<2030>>> {
  static constexpr auto label = "X5 API licensed to Amazon";
};

#ifdef COVENANT_FIXED
using deal = contract<"deal", parties<openai, microsoft, amazon>, hosting_exclusive>;
#else
using deal = contract<"deal", parties<openai, microsoft, amazon>, hosting_exclusive, api_on_oracle,
                      chat_on_amazon, msft_may_resell_api, api_to_amazon>;
#endif

static_assert(covenant::check<deal>);

} // namespace cf_diagnostic_other_findings_counted
