// Shared shape of exclusivity, right_of_first_refusal and first_ship: (grantor, holder, scope,
// term, unless<...>).
#pragma once

#include <covenant/core/clause.hpp>
#include <covenant/core/exception.hpp>

#include <type_traits>

namespace covenant::detail {

template <clause_kind Kind, typename Grantor, typename Holder, typename Scope, typename Term,
          typename... Options>
struct grant_clause : clause_tag {
  static_assert(!std::is_same_v<Grantor, Holder>,
                "covenant: a grant's grantor cannot be its own holder");
  static_assert((is_unless<Options> && ...), "covenant: a grant takes only an unless<...> option");
  using grantor = Grantor;
  using holder = Holder;
  using first_party = Grantor;
  using second_party = Holder;
  using scope = Scope;
  using period = Term;
  static constexpr clause_record record = with_exceptions(
      base_record(Kind, entity_ptr<Grantor>(), entity_ptr<Holder>(), entity_ptr<Scope>(),
                  Term::start, Term::end, Term::ends_at_event, Term::starts_at_event),
      exceptions_from<Options...>());
};

} // namespace covenant::detail
