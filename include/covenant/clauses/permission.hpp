// permission: the party may take an action over a scope for a term.
#pragma once

#include <covenant/detail/deontic.hpp>

namespace covenant {

/// `Party` may take `Action` within `Scope` during `Term`. A permission to anyone but the holder
/// over a scope that an exclusivity reserves is an exclusivity_conflict.
///
///     struct any_cloud : permission<openai, offer_on_any_cloud, products, term<date<2026, 4, 27>>>
///     {};
template <party_type Party, action_type Action, scope_type Scope, term_type Term>
struct permission : detail::deontic_clause<clause_kind::permission, Party, Action, Scope, Term> {};

} // namespace covenant
