// The clauses of exclusivity_conflict_permission.cpp without labels: the diagnostic names them by
// their types instead of printing empty labels.
// Fixed: the permission is Microsoft's (the holder's), which is fine.
//
// EXPECT: covenant rule exclusivity_conflict \(error\)
// EXPECT-GCC: conflict<covenant::rule::exclusivity_conflict, .*"cf_exclusivity_conflict_unlabelled::products_exclusive".*"cf_exclusivity_conflict_unlabelled::elsewhere"
// EXPECT-CLANG: non-constexpr function 'exclusivity_conflict<covenant::clause_types<cf_exclusivity_conflict_unlabelled::products_exclusive, cf_exclusivity_conflict_unlabelled::elsewhere>>'
// EXPECT-CLANG: no label: the clause type is named in the function above
// EXPECT: ^[^ ]*exclusivity_conflict_unlabelled\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*narrow.*or.*, end one term before the ot.*itself\.
// EXPECT: Besides this one, the contract has ("\[0\], )?0(, &")? other errors and ("\[0\], )?2(, &")? warnings.*list them all with covenant::findings<C>
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::exclusivity_conflict, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_exclusivity_conflict_unlabelled {

using namespace test_vocabulary;

struct products_exclusive : exclusivity<openai, microsoft, products, term<year<2019>, year<2030>>> {
};
#ifdef COVENANT_FIXED
using permitted = microsoft;
#else
using permitted = openai;
#endif
struct elsewhere : permission<permitted, serve_api_elsewhere, api, term<year<2029>>> {};

using deal = contract<"deal", parties<openai, microsoft>, products_exclusive, elsewhere>;

static_assert(covenant::check<deal>);

} // namespace cf_exclusivity_conflict_unlabelled
