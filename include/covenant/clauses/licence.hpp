// licence: the licensor lets the licensee use a scope, exclusively or not.
#pragma once

#include <covenant/core/clause.hpp>

#include <type_traits>

namespace covenant {

/// Licence option: no other licence of an overlapping scope may run at the same time.
struct exclusive {};
/// Licence option (the default): other licensees may hold the same rights.
struct non_exclusive {};
/// Licence option: the licensee may grant rights over the scope to others.
struct sublicensable {};

namespace detail {
template <typename T>
constexpr bool is_licence_option =
    std::is_same_v<T, exclusive> || std::is_same_v<T, non_exclusive> ||
    std::is_same_v<T, sublicensable> || is_unless<T>;
} // namespace detail

namespace detail {
/// Reports the mistakes of a licence where it is written, one `static_assert` per
/// check. One function per type costs far less than a lambda per check (docs/design.md,
/// "Reporting mistakes").
template <typename Where, bool OptionsKnown, bool ExclusiveOrNot, bool OptionsOnce,
          bool ExceptionsValid, bool DistinctParties>
constexpr bool licence_mistakes() noexcept {
  static_assert(OptionsKnown, "covenant: licence options are exclusive, non_exclusive, "
                              "sublicensable and unless<...>");
  static_assert(ExclusiveOrNot, "covenant: a licence cannot be both exclusive and non_exclusive");
  static_assert(OptionsOnce, "covenant: a licence takes each option at most once; hint: list "
                             "every exception in one unless<...>");
  static_assert(ExceptionsValid, "covenant: unless<> takes events, all_of<...> or "
                                 "exception<...>; hint: a scope or an action is not an "
                                 "exception, an event is");
  static_assert(DistinctParties, "covenant: licence: the licensor cannot license to itself; "
                                 "hint: the licensor comes first, then the licensee");
  return true;
}

} // namespace detail

/// `Licensor` licenses `Scope` to `Licensee` during `Term`. Options: `exclusive` or
/// `non_exclusive` (the default), `sublicensable`, and `unless<...>` exceptions.
///
///     struct ip_licence : licence<openai, microsoft, openai_ip,
///                                 term<date<2026, 4, 27>, through<2032>>, non_exclusive> {};
template <party_type Licensor, party_type Licensee, scope_type Scope, term_type Term,
          typename... Options>
struct licence : detail::clause_tag {
  static constexpr bool options_known = (detail::is_licence_option<Options> && ...);
  static constexpr bool exclusive_or_not = !((std::is_same_v<Options, exclusive> || ...) &&
                                             (std::is_same_v<Options, non_exclusive> || ...));
  // A repeated option says nothing more, and a second unless<...> would be dropped.
  static constexpr bool options_once =
      (int{std::is_same_v<Options, exclusive>} + ... + 0) <= 1 &&
      (int{std::is_same_v<Options, non_exclusive>} + ... + 0) <= 1 &&
      (int{std::is_same_v<Options, sublicensable>} + ... + 0) <= 1 &&
      detail::unless_count<Options...> <= 1;
  static constexpr bool exceptions_valid = (detail::valid_unless<Options> && ...);
  static constexpr bool distinct_parties = !std::is_same_v<Licensor, Licensee>;
  // Instantiated here, so that a malformed term is reported where the clause is written.
  static_assert(sizeof(Term) > 0);
  /// False when a mistake was reported here: the contract then reports nothing more about it.
  static constexpr bool well_formed = Term::well_formed && options_known && exclusive_or_not &&
                                      options_once && exceptions_valid && distinct_parties;
  // Every mistake is reported by one function, instantiated only here (docs/design.md,
  // "Reporting mistakes"): the class stays usable, and nothing else is reported about it.
  static_assert(detail::licence_mistakes<licence, options_known, exclusive_or_not, options_once,
                                         exceptions_valid, distinct_parties>());
  using licensor = Licensor;
  /// The party licensed.
  using licensee = Licensee;
  /// The licensor, as the clause's first party.
  using first_party = Licensor;
  /// The licensee, as the clause's second party.
  using second_party = Licensee;
  /// What is licensed.
  using scope = Scope;
  /// The clause's term.
  using period = Term;
  /// Whether the `exclusive` option is given.
  static constexpr bool is_exclusive = (std::is_same_v<Options, exclusive> || ...);
  /// Whether the `sublicensable` option is given.
  static constexpr bool is_sublicensable = (std::is_same_v<Options, sublicensable> || ...);
  /// The clause lowered to a record.
  static constexpr clause_record record = detail::with_licence_terms(
      detail::with_exceptions(
          detail::base_record(clause_kind::licence, detail::entity_ptr<Licensor>(),
                              detail::entity_ptr<Licensee>(), detail::entity_ptr<Scope>(),
                              Term::start, Term::end, Term::ends_at_event, Term::starts_at_event),
          detail::exceptions_from<Options...>()),
      is_exclusive, is_sublicensable);
};

/// US spelling, for those who prefer it.
template <party_type Licensor, party_type Licensee, scope_type Scope, term_type Term,
          typename... Options>
using license = licence<Licensor, Licensee, Scope, Term, Options...>;

} // namespace covenant
