// exclusivity: the grantor reserves a scope to the holder alone for a term.
#pragma once

#include <covenant/detail/grant.hpp>

namespace covenant {

/// `Grantor` gives `Holder` the exclusive right over `Scope` during `Term`: nobody else may be
/// licensed, permitted, preferred or given first refusal over any overlapping scope then.
///
///     struct azure_exclusivity
///         : exclusivity<openai, microsoft, cloud_hosting, term<date<2019, 7, 22>>> {
///       static constexpr auto label = "V0 Azure is the exclusive cloud";
///     };
template <party_type Grantor, party_type Holder, scope_type Scope, term_type Term,
          typename... Options>
struct exclusivity
    : detail::grant_clause<clause_kind::exclusivity, Grantor, Holder, Scope, Term, Options...> {};

} // namespace covenant
