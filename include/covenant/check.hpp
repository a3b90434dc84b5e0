// check<C>: fail compilation on the first inconsistency, naming the rule and the clauses.
#pragma once

#include <covenant/detail/type_name.hpp>
#include <covenant/findings.hpp>

#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

namespace covenant {

/// Named by clang's diagnostic (as the template argument of the rule's function) for the clauses
/// of a finding that their labels do not identify (no label, or both with the same): their types.
template <typename... Clauses>
struct clause_types {};

/// How strictly `check` judges a contract.
enum class strictness : std::uint8_t {
  /// Errors fail compilation; warnings do not.
  standard,
  /// Warnings fail compilation too.
  strict,
};

namespace detail {

/// A clause's label as a template argument, so that g++ prints it in the diagnostic; the name of
/// its type when it has no label.
template <clause_type C>
constexpr auto label_of() noexcept {
  return label_or_type_name<C>();
}

/// A party's name as a template argument, so that g++ prints it in the diagnostic.
template <typename Party>
constexpr auto name_of() noexcept {
  constexpr std::string_view text(Party::name);
  return fixed_string<text.size() + 1>(text, 0);
}

/// Whether a clause has no label.
template <clause_type C>
constexpr bool unlabelled() noexcept {
  return std::string_view(C::label).empty();
}

/// A clause's label as a pointer to its string literal, which clang prints as text. A clause
/// without a label gets a note instead, and clang is shown its type as a template argument
/// (`clause_types<...>`): clang prints a pointer into a computed array as the array's
/// name, not as text.
template <clause_type C>
constexpr const char* label_ptr() noexcept {
  if constexpr (unlabelled<C>()) {
    return "(no label: the clause type is named in the function above)";
  } else {
    return std::string_view(C::label).data();
  }
}

/// The same in the diagnostic of a sum, where no clause type is named.
template <clause_type C>
constexpr const char* sum_label_ptr() noexcept {
  if constexpr (unlabelled<C>()) {
    return "(a clause without a label)";
  } else {
    return std::string_view(C::label).data();
  }
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

/// `clause_types<...>` of those of the two clauses that their labels do not identify: a clause
/// without a label, or both when they have the same label; void when the labels are enough. The
/// second clause is void when the finding is about one clause.
template <typename First, typename Second>
constexpr auto shown_by_type() noexcept {
  constexpr bool first = unlabelled<First>();
  if constexpr (std::is_void_v<Second>) {
    if constexpr (first) {
      return std::type_identity<clause_types<First>>{};
    } else {
      return std::type_identity<void>{};
    }
  } else {
    constexpr bool second = unlabelled<Second>();
    constexpr bool same = std::string_view(First::label) == std::string_view(Second::label);
    if constexpr ((first && second) || same) {
      return std::type_identity<clause_types<First, Second>>{};
    } else if constexpr (first) {
      return std::type_identity<clause_types<First>>{};
    } else if constexpr (second) {
      return std::type_identity<clause_types<Second>>{};
    } else {
      return std::type_identity<void>{};
    }
  }
}

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
  using sum_clause =
      typename C::template clause_at<f.limit_set_apart() ? (K == 0 ? f.first : f.parts[K - 1])
                                                         : f.parts[K]>;

  template <std::size_t... K>
  static constexpr bool sum_value(std::index_sequence<K...>) {
    constexpr civil_date d = to_civil(f.from);
    using figures = total_exceeds_limit<f.total, f.limit, on_day{d.year, d.month, d.day_of_month}>;
#if defined(__clang__)
    return rule_traits<f.id>::template sum_clash<figures>(rule_traits<f.id>::message,
                                                          rule_traits<f.id>::hint_text,
                                                          sum_label_ptr<sum_clause<K>>()...);
#else
    return sum_over_limit<f.id, figures, label_of<sum_clause<K>>()...>::reported;
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
    // Clauses their labels do not identify are named by their types, as template arguments of
    // the function.
    using by_type =
        typename decltype(shown_by_type<first_clause, std::conditional_t<f.first == f.second, void,
                                                                         second_clause>>())::type;
    constexpr const char* second_text =
        f.first == f.second ? "(this clause alone)" : label_ptr<second_clause>();
    if constexpr (!std::is_void_v<named> && !std::is_void_v<by_type>) {
      return traits::template clash<named, by_type>(traits::message, label_ptr<first_clause>(),
                                                    rule_struct::named_note, traits::hint_text);
    } else if constexpr (!std::is_void_v<named>) {
      // The note names the function with its template argument: what the rule names.
      return traits::template clash<named>(traits::message, label_ptr<first_clause>(),
                                           rule_struct::named_note, traits::hint_text);
    } else if constexpr (!std::is_void_v<by_type>) {
      return traits::template clash<by_type>(traits::message, label_ptr<first_clause>(),
                                             second_text, traits::hint_text);
    } else {
      return traits::clash(traits::message, label_ptr<first_clause>(), second_text,
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
