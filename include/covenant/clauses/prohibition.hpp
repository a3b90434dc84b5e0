// prohibition: the party must not take an action over a scope for a term.
#pragma once

#include <covenant/detail/deontic.hpp>

namespace covenant {

/// `Party` must not take `Action` within `Scope` during `Term`. It clashes with an obligation of
/// the same (or a wider or narrower) action on the same party, scope and time.
///
///     struct no_hardware : prohibition<microsoft, use_ip, consumer_hardware, term<date<2025, 10,
///     28>>> {};
template <party_type Party, action_type Action, scope_type Scope, term_type Term>
struct prohibition : detail::deontic_clause<clause_kind::prohibition, Party, Action, Scope, Term> {
};

} // namespace covenant
