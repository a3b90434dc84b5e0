// right_of_first_refusal: the holder must be offered the scope first, on the same terms.
#pragma once

#include <covenant/detail/grant.hpp>

namespace covenant {

/// Before `Grantor` gives `Scope` to anyone else during `Term`, `Holder` may take it on the
/// same terms. Two such rights to different holders over overlapping scope and time cannot both
/// be honoured.
///
///     struct new_capacity_rofr
///         : right_of_first_refusal<openai, microsoft, new_capacity, term<date<2025, 1, 21>>> {};
template <party_type Grantor, party_type Holder, scope_type Scope, term_type Term,
          typename... Options>
struct right_of_first_refusal : detail::grant_clause<clause_kind::right_of_first_refusal, Grantor,
                                                     Holder, Scope, Term, Options...> {};

} // namespace covenant
