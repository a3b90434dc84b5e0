// check<C>: fail compilation on the first inconsistency, naming the rule and the clauses.
#pragma once

#include <covenant/findings.hpp>

#include <boost/hana/at.hpp>
#include <boost/hana/integral_constant.hpp>

#include <cstddef>
#include <string_view>

namespace covenant {

/// How strictly `check` judges a contract.
enum class strictness : std::uint8_t {
  /// Errors fail compilation; warnings do not.
  standard,
  /// Warnings fail compilation too.
  strict,
};

namespace detail {

/// A clause's label as a template argument, so that g++ prints it in the diagnostic.
template <clause_type C>
constexpr auto label_of() noexcept {
  constexpr std::string_view text(C::label);
  return fixed_string<text.size() + 1>(text, 0);
}

/// A party's name as a template argument, so that g++ prints it in the diagnostic.
template <typename Party>
constexpr auto name_of() noexcept {
  constexpr std::string_view text(Party::name);
  return fixed_string<text.size() + 1>(text, 0);
}

/// A clause's label as a pointer to its string literal, which clang prints as text.
template <clause_type C>
constexpr const char* label_ptr() noexcept {
  return std::string_view(C::label).data();
}

} // namespace detail

namespace detail {

/// The first clause with a finding that fails the check, or C::size when there is none.
template <contract_type C, strictness S>
inline constexpr std::size_t first_failing_clause = [] {
  for (std::size_t i = 0; i < C::size; ++i) {
    const auto& v = verdicts<C>[i];
    if (v.errors > 0 || (S == strictness::strict && v.warnings > 0)) return i;
  }
  return C::size;
}();

/// The first finding that fails the check; only instantiated when there is one.
template <contract_type C, strictness S>
inline constexpr finding first_problem = [] {
  for (const auto& f : findings_on<C, first_failing_clause<C, S>>) {
    if (f.is_error() || S == strictness::strict) return f;
  }
  return finding{}; // unreachable: the clause has such a finding
}();

template <contract_type C, std::size_t I>
using clause_at = typename decltype(+boost::hana::at_c<I>(C::clause_types))::type;

template <contract_type C, strictness S>
struct verdict {
  static constexpr finding f = first_problem<C, S>;
  using first_clause = clause_at<C, f.first>;
  using second_clause = clause_at<C, f.second>;

  static constexpr bool value() {
#if defined(__clang__)
    // clang prints string template arguments as lists of numbers, so it is shown a call that
    // cannot be constant instead: its note names the rule and prints the labels and the hint.
    using traits = rule_traits<f.id>;
    if constexpr (f.id == rule::undeclared_party) {
      // The note names the function with its template argument: the missing party.
      return undeclared_party_report::clash<undeclared_party_in<C, first_clause>>(
          traits::message, label_ptr<first_clause>(),
          "(this clause names the party in undeclared_party<...> above)", traits::hint_text);
    } else {
      return traits::clash(traits::message, label_ptr<first_clause>(),
                           f.first == f.second ? "(this clause alone)" : label_ptr<second_clause>(),
                           traits::hint_text);
    }
#else
    // g++ prints the labels given as template arguments; the static_assert in the rule's
    // specialisation of conflict (or violation) gives its summary and hint.
    if constexpr (f.id == rule::undeclared_party) {
      // The party takes the place of a second clause: the reader sees who is missing.
      using party = undeclared_party_in<C, first_clause>;
      return conflict<f.id, first_clause, label_of<first_clause>(), party,
                      name_of<party>()>::reported;
    } else if constexpr (f.first == f.second) {
      return violation<f.id, first_clause, label_of<first_clause>()>::reported;
    } else {
      return conflict<f.id, first_clause, label_of<first_clause>(), second_clause,
                      label_of<second_clause>()>::reported;
    }
#endif
  }
};

} // namespace detail

/// Checks contract C where it is used: `static_assert(covenant::check<C>);`. When a rule is
/// broken, compilation fails with a diagnostic that names the rule, the clauses and a hint.
/// The third argument is computed; leave it alone.
template <contract_type C, strictness S = strictness::standard,
          bool Broken = (detail::first_failing_clause<C, S> < C::size)>
inline constexpr bool check = true;

template <contract_type C, strictness S>
inline constexpr bool check<C, S, true> = detail::verdict<C, S>::value();

} // namespace covenant
