// A licence to Oracle in a contract between OpenAI and Microsoft.
// Fixed: Oracle is a party.
//
// EXPECT: covenant rule undeclared_party \(error\)
// EXPECT: undeclared_party.*U1 API licensed to Oracle
// EXPECT-GCC: conflict<covenant::rule::undeclared_party, .*test_vocabulary::oracle, covenant::fixed_string<[0-9]+>\{"Oracle"\}, covenant::fixed_string<[0-9]+>\{"Hint:
// EXPECT-CLANG: non-constexpr function 'undeclared_party<test_vocabulary::oracle>'
// EXPECT: ^[^ ]*undeclared_party_counterparty\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*add the party to parties<\.\.\..*U1 API licensed to Oracle.*\.
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::at_fault<covenant::rule::undeclared_party, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_undeclared_party_counterparty {

using namespace test_vocabulary;

struct oracle_licence : licence<openai, oracle, api, term<year<2025>>> {
  static constexpr auto label = "U1 API licensed to Oracle";
};

#ifdef COVENANT_FIXED
using deal = contract<"deal", parties<openai, microsoft, oracle>, oracle_licence>;
#else
using deal = contract<"deal", parties<openai, microsoft>, oracle_licence>;
#endif

static_assert(covenant::check<deal>);

} // namespace cf_undeclared_party_counterparty
