// An action takes only kind_of<...> and excludes<...> options: part_of<...> is for scopes, and
// the mistake fails where the action is declared.
// Fixed: kind_of<...>, the action's own way to say it is part of a wider one.
// The location is matched with a column, so that an "In file included from" line does not count,
// and as the point of instantiation of the action, not of the clause that names it.
//
// EXPECT: an action takes only kind_of<\.\.\.> and excludes<\.\.\.> options
// EXPECT: ^[^ ]*malformed_action_bad_option\.cpp:[0-9]+:[0-9]+:.*(required from here|in instantiation of template class 'covenant::action<)
// ERRORS: 1
#include "../support/vocabulary.hpp"

namespace cf_malformed_action_bad_option {

using namespace test_vocabulary;

#ifdef COVENANT_FIXED
struct serve_chat_elsewhere : action<"serve ChatGPT on another cloud", kind_of<use_other_cloud>> {};
#else
struct serve_chat_elsewhere : action<"serve ChatGPT on another cloud", part_of<use_other_cloud>> {};
#endif
struct may_serve_chat_elsewhere : permission<openai, serve_chat_elsewhere, chat, term<year<2026>>> {
  static constexpr auto label = "M1 ChatGPT may run on another cloud";
};

using deal = contract<"deal", parties<openai, microsoft>, may_serve_chat_elsewhere>;

static_assert(covenant::check<deal>);

} // namespace cf_malformed_action_bad_option
