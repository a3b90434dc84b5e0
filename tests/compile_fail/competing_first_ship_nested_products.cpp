// OpenAI's products ship first on Azure, and its API (one of the products) first on AWS.
// Fixed: the AWS preference starts in 2033, when the Azure one (through 2032) has ended.
//
// EXPECT: covenant rule competing_first_ship \(error\)
// EXPECT: competing_first_ship.*F1 products ship first on Azure.*F2 API ships first on AWS
// EXPECT: ^[^ ]*competing_first_ship_nested_products\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*keep.*F1 products ship first on Az.*or.*F2 API ships first on AWS.*, or separate the product sc
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::competing_first_ship, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_competing_first_ship_nested_products {

using namespace test_vocabulary;

struct azure_first
    : first_ship<openai, microsoft, products, term<date<2026, 4, 27>, through<2032>>> {
  static constexpr auto label = "F1 products ship first on Azure";
};
#ifdef COVENANT_FIXED
using aws_term = term<year<2033>>;
#else
using aws_term = term<year<2030>>;
#endif
struct aws_first : first_ship<openai, amazon, api, aws_term> {
  static constexpr auto label = "F2 API ships first on AWS";
};

using deal = contract<"deal", parties<openai, microsoft, amazon>, azure_first, aws_first>;

static_assert(covenant::check<deal>);

} // namespace cf_competing_first_ship_nested_products
