// exclusivity: the grantor reserves a scope to the holder alone for a term.
#pragma once

#include <covenant/core/clause.hpp>

#include <type_traits>

namespace covenant {

/// `Grantor` gives `Holder` the exclusive right over `Scope` during `Term`: nobody else may be
/// licensed, permitted, preferred or given first refusal over any overlapping scope then.
///
///     struct azure_exclusivity
///         : exclusivity<openai, microsoft, cloud_hosting, term<date<2019, 7, 22>>> {
///       static constexpr auto label = "V0 Azure is the exclusive cloud";
///     };
template <party_type Grantor, party_type Holder, scope_type Scope, term_type Term>
struct exclusivity : detail::clause_tag {
  static_assert(!std::is_same_v<Grantor, Holder>,
                "covenant: exclusivity: the grantor cannot be its own holder");
  using grantor = Grantor;
  using holder = Holder;
  using scope = Scope;
  using period = Term;
  static constexpr clause_record record =
      detail::base_record<clause_kind::exclusivity, Grantor, Holder, Scope, Term>();
};

}  // namespace covenant
