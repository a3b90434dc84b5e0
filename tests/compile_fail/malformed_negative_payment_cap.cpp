// A payment cap of a negative amount fails where it is written.
// Fixed: a cap of zero.
//
// EXPECT: a payment cap must not be negative
// EXPECT: ^[^ ]*malformed_negative_payment_cap\.cpp:[0-9]+:[0-9]+:
// ERRORS: 1
#include "../support/vocabulary.hpp"

namespace cf_malformed_negative_payment_cap {

using namespace test_vocabulary;

#ifdef COVENANT_FIXED
using ceiling = usd_millions<0>;
#else
using ceiling = usd_millions<-250>;
#endif
struct azure_cap : payment_cap<openai, microsoft, ceiling, azure_services, term<year<2026>>> {
  static constexpr auto label = "M5 Azure payments cap";
};

using deal = contract<"deal", parties<openai, microsoft>, azure_cap>;

static_assert(covenant::check<deal>);

} // namespace cf_malformed_negative_payment_cap
