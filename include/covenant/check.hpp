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

/// A clause's label in a hint shown by clang.
template <typename C>
constexpr const char* hint_label_ptr() noexcept {
  if constexpr (std::is_void_v<C>) {
    return "(no such clause)";
  } else if constexpr (unlabelled<C>()) {
    return "(the clause without a label)";
  } else {
    return std::string_view(C::label).data();
  }
}

/// A piece of rule R's hint as clang is shown it: the piece's words, or a clause's label.
template <rule R, std::size_t K, typename First, typename Second>
constexpr const char* hint_arg() noexcept {
  constexpr hint_piece p = rule_traits<R>::hint_pieces[K];
  if constexpr (p.clause == 1) {
    return hint_label_ptr<First>();
  } else if constexpr (p.clause == 2) {
    return hint_label_ptr<Second>();
  } else {
    return p.text;
  }
}

/// The length of rule R's hint naming the clauses labelled First and Second, quotes included.
template <rule R, fixed_string First, fixed_string Second>
constexpr std::size_t labelled_hint_length() noexcept {
  std::size_t n = std::string_view("Hint: ").size();
  for (const hint_piece& p : rule_traits<R>::hint_pieces) {
    if (p.clause == 0) n += std::string_view(p.text).size();
    if (p.clause != 0) n += (p.clause == 1 ? First.size() : Second.size()) + 2;
  }
  return n;
}

/// Rule R's hint naming the clauses labelled First and Second (in quotes), as g++ is shown it.
template <rule R, fixed_string First, fixed_string Second = fixed_string("")>
constexpr auto labelled_hint() noexcept {
  fixed_string<labelled_hint_length<R, First, Second>() + 1> out(std::string_view{}, 0);
  std::size_t at = 0;
  const auto put = [&](std::string_view text) {
    for (const char ch : text) out.data[at++] = ch;
  };
  put("Hint: ");
  for (const hint_piece& p : rule_traits<R>::hint_pieces) {
    if (p.clause == 0) {
      put(p.text);
    } else {
      put("\"");
      put(p.clause == 1 ? First.view() : Second.view());
      put("\"");
    }
  }
  return out;
}

/// The words that say how many findings a contract has besides the one shown.
inline constexpr std::string_view no_other_finding = "The contract has no other finding.";
inline constexpr std::string_view other_findings_intro = "Besides this one, the contract has ";
inline constexpr std::string_view how_to_list_findings =
    ": list them all with covenant::findings<C> or covenant::render::findings_markdown<C>().";

/// The number of decimal digits of N.
constexpr std::size_t digits(std::size_t n) noexcept {
  std::size_t d = 1;
  while (n >= 10) {
    n /= 10;
    ++d;
  }
  return d;
}

constexpr std::string_view other_errors_words(std::size_t n) noexcept {
  return n == 1 ? " other error and " : " other errors and ";
}
constexpr std::string_view warnings_words(std::size_t n) noexcept {
  return n == 1 ? " warning" : " warnings";
}

constexpr std::size_t other_findings_length(std::size_t errors, std::size_t warnings) noexcept {
  if (errors + warnings == 0) return no_other_finding.size();
  return other_findings_intro.size() + digits(errors) + other_errors_words(errors).size() +
         digits(warnings) + warnings_words(warnings).size() + how_to_list_findings.size();
}

/// How many findings a contract has besides the one shown, and how to list them, as g++ is shown
/// it: "Besides this one, the contract has 2 other errors and 1 warning: list them all ...".
template <std::size_t Errors, std::size_t Warnings>
constexpr auto other_findings_text() noexcept {
  fixed_string<other_findings_length(Errors, Warnings) + 1> out(std::string_view{}, 0);
  std::size_t at = 0;
  const auto put = [&](std::string_view text) {
    for (const char ch : text) out.data[at++] = ch;
  };
  const auto put_number = [&](std::size_t n) {
    std::size_t end = at + digits(n);
    for (std::size_t k = end; k > at; n /= 10) out.data[--k] = static_cast<char>('0' + n % 10);
    at = end;
  };
  if constexpr (Errors + Warnings == 0) {
    put(no_other_finding);
  } else {
    put(other_findings_intro);
    put_number(Errors);
    put(other_errors_words(Errors));
    put_number(Warnings);
    put(warnings_words(Warnings));
    put(how_to_list_findings);
  }
  return out;
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

/// What clang is shown in place of the second clause of a finding about one clause.
template <rule R, std::size_t Named>
constexpr const char* alone_or_named() noexcept {
  if constexpr (Named > 0) {
    return rule_type<R>::named_note;
  } else {
    return "(this clause alone)";
  }
}

/// The words of a hint and of the other findings that clang is shown, as arguments of clash.
template <rule R, typename First, typename Second, std::size_t Errors, std::size_t Warnings>
struct clang_words {
  template <typename... Named, typename... Shown, std::size_t... K>
  static constexpr bool clash(std::index_sequence<K...>, Shown... shown) {
    using traits = rule_traits<R>;
    if constexpr (Errors + Warnings == 0) {
      return traits::template clash<Named...>(traits::message, shown...,
                                              "Hint: ", hint_arg<R, K, First, Second>()...,
                                              no_other_finding.data());
    } else {
      return traits::template clash<Named...>(
          traits::message, shown..., "Hint: ", hint_arg<R, K, First, Second>()...,
          other_findings_intro.data(), Errors, other_errors_words(Errors).data(), Warnings,
          warnings_words(Warnings).data(), how_to_list_findings.data());
    }
  }
  static constexpr auto pieces = std::make_index_sequence<std::size(rule_traits<R>::hint_pieces)>{};
};

} // namespace detail

/// Named by clang's diagnostic when `check<C>` fails: how many findings C has besides the one
/// shown.
template <std::size_t Errors, std::size_t Warnings>
struct other_findings {};

/// Named by clang's first error line when `check<C>` fails on two clauses in conflict.
template <rule Rule, typename First, typename Second, typename Others>
struct in_conflict;

/// The finding shown: `reported()` cannot be constant, and clang prints why.
template <rule Rule, typename First, typename Second, std::size_t Errors, std::size_t Warnings>
struct in_conflict<Rule, First, Second, other_findings<Errors, Warnings>> {
  /// Fails to be constant; the note on the call prints the labels and the hint.
  static consteval bool reported() {
    using words = detail::clang_words<Rule, First, Second, Errors, Warnings>;
    // Clauses their labels do not identify are named by their types, as template arguments of
    // the rule's function.
    using by_type = typename decltype(detail::shown_by_type<First, Second>())::type;
    if constexpr (!std::is_void_v<by_type>) {
      return words::template clash<by_type>(words::pieces, detail::label_ptr<First>(),
                                            detail::label_ptr<Second>());
    } else {
      return words::clash(words::pieces, detail::label_ptr<First>(), detail::label_ptr<Second>());
    }
  }
};

/// Named by clang's first error line when `check<C>` fails on one clause; `Named` is what the
/// rule names besides (the undeclared party, say).
template <rule Rule, typename Clause, typename Others, typename... Named>
struct at_fault;

/// The finding shown: `reported()` cannot be constant, and clang prints why.
template <rule Rule, typename Clause, std::size_t Errors, std::size_t Warnings, typename... Named>
struct at_fault<Rule, Clause, other_findings<Errors, Warnings>, Named...> {
  /// Fails to be constant; the note on the call prints the label and the hint.
  static consteval bool reported() {
    using words = detail::clang_words<Rule, Clause, void, Errors, Warnings>;
    using by_type = typename decltype(detail::shown_by_type<Clause, void>())::type;
    if constexpr (!std::is_void_v<by_type>) {
      return words::template clash<Named..., by_type>(
          words::pieces, detail::label_ptr<Clause>(),
          detail::alone_or_named<Rule, sizeof...(Named)>());
    } else {
      return words::template clash<Named...>(words::pieces, detail::label_ptr<Clause>(),
                                             detail::alone_or_named<Rule, sizeof...(Named)>());
    }
  }
};

/// Named by clang's first error line when `check<C>` fails on a sum over a limit: `Figures`
/// carries the sum, the limit and the first day over it; then come the clauses of the sum.
template <rule Rule, typename Figures, typename Others, typename... Clauses>
struct over_limit;

/// The finding shown: `reported()` cannot be constant, and clang prints why.
template <rule Rule, typename Figures, std::size_t Errors, std::size_t Warnings, typename First,
          typename... Clauses>
struct over_limit<Rule, Figures, other_findings<Errors, Warnings>, First, Clauses...> {
  /// Fails to be constant; the note on the call prints the labels and the hint.
  static consteval bool reported() {
    using words = detail::clang_words<Rule, First, void, Errors, Warnings>;
    return words::template clash<Figures>(words::pieces, detail::sum_label_ptr<First>(),
                                          detail::sum_label_ptr<Clauses>()...);
  }
};

namespace detail {

template <contract_type C, strictness S>
struct verdict {
  static constexpr finding f = first_problem<C, S>;
  using first_clause = typename C::template clause_at<f.first>;
  using second_clause = typename C::template clause_at<f.second>;
  using rule_struct = rule_type<f.id>;
  using named = typename named_by<rule_struct, C, first_clause>::type;

  /// The findings besides the one shown: counting them costs what a passing check costs.
  static constexpr std::size_t other_errors = counts<C>[0] - (f.is_error() ? 1 : 0);
  static constexpr std::size_t other_warnings = counts<C>[1] - (f.is_error() ? 0 : 1);
  using others = other_findings<other_errors, other_warnings>;
  static constexpr auto others_text = other_findings_text<other_errors, other_warnings>();

  /// The clause at position K of the diagnostic of a sum: the clause setting the limit when it
  /// is not in the sum, then the clauses of the sum.
  template <std::size_t K>
  using sum_clause =
      typename C::template clause_at<f.limit_set_apart() ? (K == 0 ? f.first : f.parts[K - 1])
                                                         : f.parts[K]>;

  static constexpr std::size_t sum_shown =
      (f.part_count < finding::max_parts ? f.part_count : finding::max_parts) +
      (f.limit_set_apart() ? 1 : 0);

  static constexpr auto figures() {
    constexpr civil_date d = to_civil(f.from);
    return std::type_identity<
        total_exceeds_limit<f.total, f.limit, on_day{d.year, d.month, d.day_of_month}>>{};
  }

  /// What clang's first error line names: in_conflict, at_fault or over_limit.
  static constexpr auto shown() {
    if constexpr (f.is_sum()) {
      return []<std::size_t... K>(std::index_sequence<K...>) {
        return std::type_identity<
            over_limit<f.id, typename decltype(figures())::type, others, sum_clause<K>...>>{};
      }
      (std::make_index_sequence<sum_shown>{});
    } else if constexpr (!std::is_void_v<named>) {
      return std::type_identity<at_fault<f.id, first_clause, others, named>>{};
    } else if constexpr (f.first == f.second) {
      return std::type_identity<at_fault<f.id, first_clause, others>>{};
    } else {
      return std::type_identity<in_conflict<f.id, first_clause, second_clause, others>>{};
    }
  }
  using shown_type = typename decltype(shown())::type;

  /// g++ prints the labels, the hint and the other findings given as template arguments; the
  /// static_assert in the rule's specialisation of conflict (violation, sum_over_limit) gives
  /// its summary.
  static constexpr bool value() {
    if constexpr (f.is_sum()) {
      // A sum names the figures and every clause in it.
      return []<std::size_t... K>(std::index_sequence<K...>) {
        constexpr auto hint = labelled_hint<f.id, label_of<first_clause>()>();
        return sum_over_limit<f.id, typename decltype(figures())::type, hint, others_text,
                              label_of<sum_clause<K>>()...>::reported;
      }
      (std::make_index_sequence<sum_shown>{});
    } else if constexpr (!std::is_void_v<named>) {
      // What the rule names takes the place of a second clause.
      constexpr auto hint = labelled_hint<f.id, label_of<first_clause>()>();
      return conflict<f.id, first_clause, label_of<first_clause>(), named, name_of<named>(), hint,
                      others_text>::reported;
    } else if constexpr (f.first == f.second) {
      constexpr auto hint = labelled_hint<f.id, label_of<first_clause>()>();
      return violation<f.id, first_clause, label_of<first_clause>(), hint, others_text>::reported;
    } else {
      constexpr auto hint =
          labelled_hint<f.id, label_of<first_clause>(), label_of<second_clause>()>();
      return conflict<f.id, first_clause, label_of<first_clause>(), second_clause,
                      label_of<second_clause>(), hint, others_text>::reported;
    }
  }
};

} // namespace detail

/// Checks contract C where it is used: `static_assert(covenant::check<C>);`. When a rule is
/// broken, compilation fails with a diagnostic that names the rule, the clauses, a hint naming
/// them, and how many other findings the contract has.
/// The third argument is computed; leave it alone.
template <contract_type C, strictness S = strictness::standard, bool Broken = detail::fails<C, S>>
inline constexpr bool check = true;

#if defined(__clang__)
// clang prints string template arguments as lists of numbers (the contract's title too), so its
// first error line is about a call to a consteval function of a class that names only the rule,
// the clause types and the other findings; the note on the call that cannot be constant prints
// the labels and the hint. The variable is const, not constexpr, so that the call is checked on
// its own (an immediate invocation) and the error names it rather than the variable.
template <contract_type C, strictness S>
inline const bool check<C, S, true> = detail::verdict<C, S>::shown_type::reported();
#else
template <contract_type C, strictness S>
inline constexpr bool check<C, S, true> = detail::verdict<C, S>::value();
#endif

} // namespace covenant
