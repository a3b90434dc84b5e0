// obligation: the party must take an action over a scope for a term.
#pragma once

#include <covenant/detail/deontic.hpp>

namespace covenant {

/// `Party` must take `Action` within `Scope` during `Term`. It clashes with a prohibition of the
/// same (or a wider or narrower) action on the same party, scope and time.
///
///     struct supplies_models : obligation<openai, supply_models, frontier_models, term<year<2026>,
///     through<2032>>> {};
template <party_type Party, action_type Action, scope_type Scope, term_type Term>
struct obligation : detail::deontic_clause<clause_kind::obligation, Party, Action, Scope, Term> {};

} // namespace covenant
