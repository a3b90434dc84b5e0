// Shared shape of obligation, permission and prohibition: (party, action, scope, term).
#pragma once

#include <covenant/core/clause.hpp>

namespace covenant::detail {

template <clause_kind Kind, typename Party, typename Action, typename Scope, typename Term>
struct deontic_clause : clause_tag {
  // Instantiated here, so that a malformed term is reported where the clause is written.
  static_assert(sizeof(Term) > 0);
  /// False when the term's mistake was reported: the contract then reports nothing more.
  static constexpr bool well_formed = Term::well_formed;
  using party = Party;
  using first_party = Party;
  using second_party = void;
  using action = Action;
  using scope = Scope;
  using period = Term;
  static constexpr clause_record record =
      with_action(base_record(Kind, entity_ptr<Party>(), nullptr, entity_ptr<Scope>(), Term::start,
                              Term::end, Term::ends_at_event, Term::starts_at_event),
                  entity_ptr<Action>());
};

} // namespace covenant::detail
