// Shared shape of obligation, permission and prohibition: (party, action, scope, term).
#pragma once

#include <covenant/core/clause.hpp>

namespace covenant::detail {

template <clause_kind Kind, typename Party, typename Action, typename Scope, typename Term>
struct deontic_clause : clause_tag {
  using party = Party;
  using action = Action;
  using scope = Scope;
  using period = Term;
  static constexpr clause_record record = [] {
    auto r = base_record<Kind, Party, no_entity, Scope, Term>();
    r.action = entity_ptr<Action>();
    return r;
  }();
};

} // namespace covenant::detail
