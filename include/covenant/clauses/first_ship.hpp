// first_ship: the grantor's products in a scope launch first on the holder's platform.
#pragma once

#include <covenant/core/clause.hpp>

#include <type_traits>

namespace covenant {

/// `Grantor`'s products in `Scope` ship first on `Holder`'s platform during `Term`. A first-ship
/// preference to two different holders over the same products and time cannot both hold.
///
///     struct ships_first_on_azure
///         : first_ship<openai, microsoft, products, term<date<2026, 4, 27>, through<2032>>> {};
template <party_type Grantor, party_type Holder, scope_type Scope, term_type Term>
struct first_ship : detail::clause_tag {
  static_assert(!std::is_same_v<Grantor, Holder>,
                "covenant: first_ship: the grantor cannot be its own holder");
  using grantor = Grantor;
  using holder = Holder;
  using scope = Scope;
  using period = Term;
  static constexpr clause_record record =
      detail::base_record<clause_kind::first_ship, Grantor, Holder, Scope, Term>();
};

}  // namespace covenant
