// OpenAI may offer all its products on any cloud, while ChatGPT must stay off other clouds until
// 2030: a wide permission beside a narrower prohibition is still a contradiction.
// Fixed: the prohibition ends the day the permission starts.
//
// EXPECT: covenant rule permission_vs_prohibition \(error\)
// EXPECT: permission_vs_prohibition.*M3 all products on any cloud.*P3 ChatGPT on no other cloud
// EXPECT: ^[^ ]*permission_vs_prohibition_wide_permission\.cpp:[0-9]+:[0-9]+:
// EXPECT: Hint: .*carve the prohibited scope o.*M3 all products on any cloud.*\(or the permitted one out o.*P3 ChatGPT on no other cloud.*\), or end one term before th
// EXPECT: The contract has no other finding
// EXPECT-CLANG: error: call to consteval function 'covenant::in_conflict<covenant::rule::permission_vs_prohibition, [^{]*>::reported' is not a constant expression$
#include "../support/vocabulary.hpp"

namespace cf_permission_vs_prohibition_wide_permission {

using namespace test_vocabulary;

struct any_cloud : permission<openai, use_other_cloud, products, term<date<2026, 4, 27>>> {
  static constexpr auto label = "M3 all products on any cloud";
};
#ifdef COVENANT_FIXED
using chat_term = term<year<2025>, date<2026, 4, 27>>;
#else
using chat_term = term<year<2025>, year<2030>>;
#endif
struct chat_on_azure : prohibition<openai, use_other_cloud, chat, chat_term> {
  static constexpr auto label = "P3 ChatGPT on no other cloud";
};

using deal = contract<"deal", parties<openai, microsoft>, any_cloud, chat_on_azure>;

static_assert(covenant::check<deal>);

} // namespace cf_permission_vs_prohibition_wide_permission
