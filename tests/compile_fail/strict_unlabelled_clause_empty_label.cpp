// A clause without a label is only a warning: the standard check passes, the strict check fails,
// and the diagnostic names the clause by its type.
// Fixed: the clause has a label.
//
// EXPECT: covenant rule unlabelled_clause \(warning\)
// EXPECT-GCC: violation<covenant::rule::unlabelled_clause, .*"cf_strict_unlabelled_clause_empty_label::supply"
// EXPECT-CLANG: non-constexpr function 'unlabelled_clause<covenant::clause_types<cf_strict_unlabelled_clause_empty_label::supply>>'
// EXPECT: ^[^ ]*strict_unlabelled_clause_empty_label\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*give every clause a label of
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::at_fault<covenant::rule::unlabelled_clause, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_strict_unlabelled_clause_empty_label {

using namespace test_vocabulary;

struct supply : obligation<openai, supply_models, api, term<year<2026>, through<2032>>> {
#ifdef COVENANT_FIXED
  static constexpr auto label = "D1 models for the API";
#endif
};

using deal = contract<"deal", parties<openai>, supply>;

static_assert(covenant::check<deal>);
static_assert(covenant::check<deal, covenant::strictness::strict>);

} // namespace cf_strict_unlabelled_clause_empty_label
