// Reviewer's note: this draft lets Microsoft license OpenAI's models and products on to its
// Azure OpenAI Service enterprise customers through 2032. That IP is OpenAI's, and the licence
// Microsoft holds since April 2026 (seed 003) is non-exclusive but not sublicensable, so
// Microsoft has nothing to grant.
// Fix: make Microsoft's V4 licence sublicensable over the same scope and term.
//
// EXPECT: covenant rule grant_without_right \(error\)
// EXPECT: grant_without_right.*Draft Microsoft licenses OpenAI models to Azure OpenAI Service customers
// EXPECT: ^[^ ]*grant_without_right\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*have the owner grant.*Draft Microsoft licenses Ope.*, or first give its grantor
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::at_fault<covenant::rule::grant_without_right, [^{]*>::reported' is not a constant expression$
#include "../microsoft_openai/versions.hpp"

namespace microsoft_openai {

struct azure_customers : party<"Azure OpenAI Service enterprise customers"> {};

// The V4 terms, with Microsoft's customers joining as a party (amend keeps its base's parties).
using v4_with_customers = amend<contract<"Microsoft-OpenAI draft with Azure customers (2026-04)",
                                         parties<microsoft, openai, azure_customers>>,
                                add_all_of<v4>>;

struct customer_sublicence : licence<microsoft, azure_customers, models_and_products,
                                     term<date<2026, 4, 27>, through<2032>>> {
  static constexpr auto label =
      "Draft Microsoft licenses OpenAI models to Azure OpenAI Service customers through 2032";
};

#ifdef COVENANT_FIXED
struct sublicensable_ip_licence
    : licence<openai, microsoft, models_and_products, term<date<2026, 4, 27>, through<2032>>,
              non_exclusive, sublicensable> {
  static constexpr auto label = "V4 IP licence non-exclusive and sublicensable through 2032";
};
using draft = amend<v4_with_customers, replace<v4_ip_licence, sublicensable_ip_licence>,
                    add<customer_sublicence>>;
#else
using draft = amend<v4_with_customers, add<customer_sublicence>>;
#endif

} // namespace microsoft_openai

static_assert(covenant::check<microsoft_openai::draft>);
