// A commitment recurs once a year, a quarter or a month: not two of them.
// Fixed: per_year alone.
//
// EXPECT: commitment: give at most one of per_year, per_quarter and per_month
// EXPECT: ^[^ ]*malformed_commitment_two_recurrences\.cpp:[0-9]+:[0-9]+:
// ERRORS: 1
#include "../support/vocabulary.hpp"

namespace cf_malformed_commitment_two_recurrences {

using namespace test_vocabulary;

#ifdef COVENANT_FIXED
struct promise : commitment<openai, microsoft, usd_millions<10>, azure_services,
                            term<year<2026>, year<2031>>, per_year> {
#else
struct promise : commitment<openai, microsoft, usd_millions<10>, azure_services,
                            term<year<2026>, year<2031>>, per_year, per_month> {
#endif
  static constexpr auto label = "M3 a commitment a year";
};

using deal = contract<"deal", parties<openai, microsoft>, promise>;

static_assert(covenant::check<deal>);

} // namespace cf_malformed_commitment_two_recurrences
