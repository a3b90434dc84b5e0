// Shared shape of exclusivity, right_of_first_refusal and first_ship: (grantor, holder, scope,
// term, unless<...>).
#pragma once

#include <covenant/core/clause.hpp>
#include <covenant/core/exception.hpp>

#include <type_traits>

namespace covenant::detail {

/// Reports the mistakes of a grant clause where it is written, one `static_assert` per
/// check. One function per type costs far less than a lambda per check (docs/design.md,
/// "Reporting mistakes").
template <typename Where, bool DistinctParties, bool OptionsKnown, bool OneUnless,
          bool ExceptionsValid>
constexpr bool grant_mistakes() noexcept {
  static_assert(DistinctParties, "covenant: a grant's grantor cannot be its own holder; hint: "
                                 "the grantor comes first, then the holder");
  static_assert(OptionsKnown, "covenant: a grant takes only an unless<...> option");
  static_assert(OneUnless, "covenant: a clause takes at most one unless<...>; hint: list "
                           "every exception in one unless<...>");
  static_assert(ExceptionsValid, "covenant: unless<> takes events, all_of<...> or "
                                 "exception<...>; hint: a scope or an action is not an "
                                 "exception, an event is");
  return true;
}

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
  // Every mistake is reported by one function, instantiated only here (docs/design.md,
  // "Reporting mistakes"): the class stays usable, and nothing else is reported about it.
  static_assert(grant_mistakes<grant_clause, distinct_parties, options_known, one_unless,
                               exceptions_valid>());
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
