// Two clauses with one label: only a warning, so the standard check passes and the strict check
// fails, naming both clauses (their types, since their labels do not tell them apart).
// Fixed: the second clause has a label of its own.
//
// EXPECT: covenant rule unlabelled_clause \(warning\)
// EXPECT-GCC: conflict<covenant::rule::unlabelled_clause, cf_strict_unlabelled_clause_duplicate_label::supply_api, .*"D1 models".*cf_strict_unlabelled_clause_duplicate_label::supply_chat, .*"D1 models"
// EXPECT-CLANG: non-constexpr function .unlabelled_clause<covenant::clause_types<cf_strict_unlabelled_clause_duplicate_label::supply_api, cf_strict_unlabelled_clause_duplicate_label::supply_chat>>.
// EXPECT-CLANG: in call to .clash\(.*"D1 models".*"D1 models"
// EXPECT: ^[^ ]*strict_unlabelled_clause_duplicate_label\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*give every clause a label of
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::unlabelled_clause, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_strict_unlabelled_clause_duplicate_label {

using namespace test_vocabulary;

struct supply_api : obligation<openai, supply_models, api, term<year<2026>, through<2032>>> {
  static constexpr auto label = "D1 models";
};
struct supply_chat : obligation<openai, supply_models, chat, term<year<2026>, through<2032>>> {
#ifdef COVENANT_FIXED
  static constexpr auto label = "D2 models for ChatGPT";
#else
  static constexpr auto label = "D1 models";
#endif
};

using deal = contract<"deal", parties<openai>, supply_api, supply_chat>;

static_assert(covenant::check<deal>);
static_assert(covenant::check<deal, covenant::strictness::strict>);

} // namespace cf_strict_unlabelled_clause_duplicate_label
