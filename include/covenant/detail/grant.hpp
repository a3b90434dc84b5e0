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
  static constexpr bool distinct_parties = !std::is_same_v<Grantor, Holder>;
  static constexpr bool options_known = (is_unless<Options> && ...);
  static constexpr bool one_unless = unless_count<Options...> <= 1;
  static constexpr bool exceptions_valid = (valid_unless<Options> && ...);
  // Instantiated here, so that a malformed term is reported where the clause is written.
  static_assert(sizeof(Term) > 0);
  /// False when a mistake was reported here: the contract then reports nothing more about it.
  static constexpr bool well_formed =
      Term::well_formed && distinct_parties && options_known && one_unless && exceptions_valid;
  // Each mistake reported from a lambda, so that the clause stays usable and nothing else is
  // reported about it (docs/design.md, "Reporting mistakes").
  static_assert([] {
    static_assert(distinct_parties, "covenant: a grant's grantor cannot be its own holder; hint: "
                                    "the grantor comes first, then the holder");
    return true;
  }());
  static_assert([] {
    static_assert(options_known, "covenant: a grant takes only an unless<...> option");
    return true;
  }());
  static_assert([] {
    static_assert(one_unless, "covenant: a clause takes at most one unless<...>; hint: list "
                              "every exception in one unless<...>");
    return true;
  }());
  static_assert([] {
    static_assert(exceptions_valid, "covenant: unless<> takes events, all_of<...> or "
                                    "exception<...>; hint: a scope or an action is not an "
                                    "exception, an event is");
    return true;
  }());
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
