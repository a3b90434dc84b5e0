// Reviewer's note: this draft of the February 2026 joint statement (V3.5) writes "first-party
// products stay hosted on Azure" as a prohibition: OpenAI shall not use another cloud for them.
// But the statement also says the October terms are unchanged, and October's "non-API products
// may use any cloud" (FACTS V3) covers first-party products. From 27 February 2026 the contract
// both allows and forbids the same thing. (Written as a duty to host on Azure, the same tension is
// incompatible_actions: see incompatible_actions.cpp.)
// Fix: October's any-cloud permission for first-party products ends when the statement starts.
//
// EXPECT: covenant rule permission_vs_prohibition \(error\)
// EXPECT: permission_vs_prohibition.*V3 non-API products may use any cloud.*Draft first-party products use no other cloud
// EXPECT: ^[^ ]*permission_vs_prohibition\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*carve the prohibited scope o.*V3 non-API products may use.*\(or the permitted one out o.*Draft first-party products u.*\), or end one term before th
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::permission_vs_prohibition, [^{]*>::reported' is not a constant expression$
#include "../microsoft_openai/versions.hpp"

namespace microsoft_openai {

struct first_party_stays
    : prohibition<openai, use_other_cloud, first_party_hosting, term<date<2026, 2, 27>>> {
  static constexpr auto label = "Draft first-party products use no other cloud [FACTS V3.5]";
};

#ifdef COVENANT_FIXED
using draft = amend<v3, replace<v3_non_api_any_cloud, v35_non_api_any_cloud_until_statement>,
                    add<first_party_stays>>;
#else
using draft = amend<v3, add<first_party_stays>>;
#endif

} // namespace microsoft_openai

static_assert(covenant::check<microsoft_openai::draft>);
