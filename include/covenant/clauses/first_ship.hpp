// first_ship: the grantor's products in a scope launch first on the holder's platform.
#pragma once

#include <covenant/detail/grant.hpp>

namespace covenant {

/// `Grantor`'s products in `Scope` ship first on `Holder`'s platform during `Term`. A first-ship
/// preference to two different holders over the same products and time cannot both hold.
/// Exceptions say when the preference yields:
///
///     struct ships_first_on_azure
///         : first_ship<openai, microsoft, products, term<date<2026, 4, 27>, through<2032>>,
///                      unless<microsoft_cannot_support, microsoft_declines>> {};
template <party_type Grantor, party_type Holder, scope_type Scope, term_type Term,
          typename... Options>
struct first_ship
    : detail::grant_clause<clause_kind::first_ship, Grantor, Holder, Scope, Term, Options...> {};

} // namespace covenant
