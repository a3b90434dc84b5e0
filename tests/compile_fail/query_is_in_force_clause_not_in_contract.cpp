// is_in_force<deal, Clause> where the contract does not hold Clause: it used to answer false
// (never in force); now it is a compile error, even in a call made at run time. g++ also prints
// the clause's label and the contract's title; clang, the clause type.
// Fixed: a clause of the contract.
//
// EXPECT: covenant: is_in_force: the clause is not in this contract
// EXPECT: Hint: name one of the contract's clause types
// EXPECT: is_in_force_of_a_clause_not_in_the_contract<.*chat_licence
// EXPECT-GCC: Q3 ChatGPT licence.*"deal"
// EXPECT: query_is_in_force_clause_not_in_contract\.cpp:[0-9]+
#include "../support/vocabulary.hpp"

namespace cf_query_is_in_force_clause_not_in_contract {

using namespace test_vocabulary;

struct api_licence : licence<openai, microsoft, api, term<year<2025>>> {
  static constexpr auto label = "Q1 API licence";
};
struct chat_licence : licence<openai, microsoft, chat, term<year<2025>>> {
  static constexpr auto label = "Q3 ChatGPT licence";
};
using deal = contract<"deal", parties<openai, microsoft>, api_licence>;

#ifdef COVENANT_FIXED
using asked = api_licence;
#else
using asked = chat_licence;
#endif

bool licensed(covenant::day on) { return covenant::is_in_force<deal, asked>(on); }

} // namespace cf_query_is_in_force_clause_not_in_contract
