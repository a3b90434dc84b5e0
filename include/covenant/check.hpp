// check<C>: fail compilation on the first inconsistency, naming the rule and the clauses.
#pragma once

#include <covenant/findings.hpp>

#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

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

/// The first block of clauses with a finding that fails the check, or the number of blocks when
/// there is none. Blocks are judged in order and the search stops at the first failing one, so a
/// failing check costs no more than a passing one.
template <contract_type C, strictness S, std::size_t B = 0>
constexpr std::size_t first_failing_block() noexcept {
  if constexpr (B == blocks<C>.count) {
    return B;
  } else {
    constexpr const block_verdict& v = verdict_on_block<C, B>;
    if constexpr (v.errors > 0 || (S == strictness::strict && v.warnings > 0)) {
      return B;
    } else {
      return first_failing_block<C, S, B + 1>();
    }
  }
}

/// Whether the check fails. Not for a contract whose mistakes were reported where they were
/// written: the rules do not run on it, and nothing more is reported.
template <contract_type C, strictness S>
constexpr bool fails_check() noexcept {
  if constexpr (!C::well_formed) {
    return false;
  } else {
    return first_failing_block<C, S>() < blocks<C>.count;
  }
}

template <contract_type C, strictness S>
inline constexpr bool fails = fails_check<C, S>();

/// The first finding that fails the check; only instantiated when there is one.
template <contract_type C, strictness S>
inline constexpr finding first_problem =
    S == strictness::strict ? verdict_on_block<C, first_failing_block<C, S>()>.first_finding
                            : verdict_on_block<C, first_failing_block<C, S>()>.first_error;

/// What a rule names besides the clause it is about (the missing party of undeclared_party), or
/// void when it names nothing more.
template <typename Rule, typename C, typename Clause>
struct named_by {
  using type = void;
};
template <typename Rule, typename C, typename Clause>
requires requires { typename Rule::template named<C, Clause>; }
struct named_by<Rule, C, Clause> {
  using type = typename Rule::template named<C, Clause>;
};

/// A day as the compilers print it in a diagnostic: {year, month, day}.
struct on_day {
  int year;
  unsigned month;
  unsigned day;
};

/// Shown in the diagnostic of a sum over a limit: the sum, the limit (basis points for rates,
/// the cap's currency unit for money) and the first day the sum exceeds it.
template <std::int64_t Total, std::int64_t Limit, on_day FirstExceededOn>
struct total_exceeds_limit {};

template <contract_type C, strictness S>
struct verdict {
  static constexpr finding f = first_problem<C, S>;
  using first_clause = typename C::template clause_at<f.first>;
  using second_clause = typename C::template clause_at<f.second>;
  using rule_struct = rule_type<f.id>;
  using named = typename named_by<rule_struct, C, first_clause>::type;

  /// The clause at position K of the diagnostic of a sum: the clause setting the limit when it
  /// is not in the sum, then the clauses of the sum.
  template <std::size_t K>
  using sum_clause = typename C::template clause_at < f.limit_set_apart()
                         ? (K == 0 ? f.first : f.parts[K - 1])
                         : f.parts[K] > ;

  template <std::size_t... K>
  static constexpr bool sum_value(std::index_sequence<K...>) {
    constexpr civil_date d = to_civil(f.from);
    using figures = total_exceeds_limit<f.total, f.limit, on_day{d.year, d.month, d.day_of_month}>;
#if defined(__clang__)
    return rule_traits<f.id>::template sum_clash<figures>(
        rule_traits<f.id>::message, rule_traits<f.id>::hint_text,
        label_ptr<sum_clause<K>>()...);
#else
    return sum_over_limit<f.id, figures,
                          label_of<sum_clause<K>>()...>::reported;
#endif
  }

  static constexpr bool value() {
    // A sum names the figures and every clause in it.
    if constexpr (f.is_sum()) {
      constexpr std::size_t shown =
          (f.part_count < finding::max_parts ? f.part_count : finding::max_parts) +
          (f.limit_set_apart() ? 1 : 0);
      return sum_value(std::make_index_sequence<shown>{});
    } else {
      return pair_value();
    }
  }

  static constexpr bool pair_value() {
#if defined(__clang__)
    // clang prints string template arguments as lists of numbers, so it is shown a call that
    // cannot be constant instead: its note names the rule and prints the labels and the hint.
    using traits = rule_traits<f.id>;
    if constexpr (!std::is_void_v<named>) {
      // The note names the function with its template argument: what the rule names.
      return traits::template clash<named>(traits::message, label_ptr<first_clause>(),
                                           rule_struct::named_note, traits::hint_text);
    } else {
      return traits::clash(traits::message, label_ptr<first_clause>(),
                           f.first == f.second ? "(this clause alone)" : label_ptr<second_clause>(),
                           traits::hint_text);
    }
#else
    // g++ prints the labels given as template arguments; the static_assert in the rule's
    // specialisation of conflict (or violation) gives its summary and hint.
    if constexpr (!std::is_void_v<named>) {
      // What the rule names takes the place of a second clause.
      return conflict<f.id, first_clause, label_of<first_clause>(), named,
                      name_of<named>()>::reported;
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
template <contract_type C, strictness S = strictness::standard, bool Broken = detail::fails<C, S>>
inline constexpr bool check = true;

template <contract_type C, strictness S>
inline constexpr bool check<C, S, true> = detail::verdict<C, S>::value();

} // namespace covenant
