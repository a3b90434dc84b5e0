// An action that excludes an action it is a kind of would exclude itself: taking it means taking
// the wider action too. The mistake fails where the action is declared.
// Fixed: the action excludes an unrelated action.
//
// EXPECT: an action cannot exclude an action it is a kind of
// EXPECT: ^[^ ]*malformed_action_excludes_its_kind\.cpp:[0-9]+:[0-9]+:.*(required from here|in instantiation of template class 'covenant::action<)
// ERRORS: 1
#include "../support/vocabulary.hpp"

namespace cf_malformed_action_excludes_its_kind {

using namespace test_vocabulary;

#ifdef COVENANT_FIXED
using ruled_out = supply_models;
#else
using ruled_out = use_other_cloud;
#endif
struct serve_chat_elsewhere
    : action<"serve ChatGPT on another cloud", kind_of<use_other_cloud>, excludes<ruled_out>> {};
struct may_serve_chat_elsewhere : permission<openai, serve_chat_elsewhere, chat, term<year<2026>>> {
  static constexpr auto label = "M1 ChatGPT may run on another cloud";
};

using deal = contract<"deal", parties<openai, microsoft>, may_serve_chat_elsewhere>;

static_assert(covenant::check<deal>);

} // namespace cf_malformed_action_excludes_its_kind
