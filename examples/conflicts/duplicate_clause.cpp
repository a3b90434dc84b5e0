// Reviewer's note: the February 2026 joint statement left the October terms unchanged
// (FACTS V3.5), but this draft of it restates OpenAI's $250B Azure commitment as a new clause
// next to the October one, which the definitive agreement already added. Read literally, the
// contract now holds the commitment twice, under two labels.
// Fix: have the joint statement replace the October clause with its restatement.
//
// EXPECT: covenant rule duplicate_clause \(error\)
// EXPECT: duplicate_clause.*V3 OpenAI commits .250B of incremental Azure purchases.*Joint statement reaffirms the 250B Azure purchase commitment
// EXPECT: ^[^ ]*duplicate_clause\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*remove.*V3 OpenAI commits \$250B of i.*or.*Joint statement reaffirms th.*, or change the one that an
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::duplicate_clause, [^{]*>::reported' is not a constant expression$
#include "../microsoft_openai/versions.hpp"

namespace microsoft_openai {

struct reaffirmed_azure_commitment : commitment<openai, microsoft, usd_millions<250'000>,
                                                azure_purchases, term<date<2025, 10, 28>>> {
  static constexpr auto label = "Joint statement reaffirms the 250B Azure purchase commitment";
};

#ifdef COVENANT_FIXED
using draft =
    amend<v3, replace<v3_api_exclusivity, v35_stateless_api_exclusivity>,
          replace<v3_non_api_any_cloud, v35_non_api_any_cloud_until_statement>,
          replace<v3_azure_commitment, reaffirmed_azure_commitment>, add<v35_first_party_on_azure>>;
#else
using draft = amend<v3, replace<v3_api_exclusivity, v35_stateless_api_exclusivity>,
                    replace<v3_non_api_any_cloud, v35_non_api_any_cloud_until_statement>,
                    add<v35_first_party_on_azure, reaffirmed_azure_commitment>>;
#endif

} // namespace microsoft_openai

static_assert(covenant::check<microsoft_openai::draft>);
