// Rule identities, severities and the metadata every rule header declares.
#pragma once

#include <covenant/core/fixed_string.hpp>
#include <covenant/core/rule_id.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace covenant {

/// Specialised by each rule header.
template <rule R>
struct rule_traits;

/// Instantiated by `check<C>` (on g++) when a rule finds two clauses of a contract in conflict:
/// each rule header specialises it with a `static_assert` whose message is the rule's summary, so
/// that the compiler's first lines name the rule, both clause types and their labels, the hint
/// (naming the clauses by their labels) and how many other findings the contract has.
template <rule Rule, typename FirstClause, fixed_string FirstLabel, typename SecondClause,
          fixed_string SecondLabel, fixed_string Hint, fixed_string OtherFindings>
struct conflict;

/// Instantiated by `check<C>` (on g++) when a rule finds a sum over a limit: `Figures` carries
/// the sum, the limit and the first day over it, then come the hint, the other findings and the
/// labels of every clause in the sum.
template <rule Rule, typename Figures, fixed_string Hint, fixed_string OtherFindings,
          fixed_string... Labels>
struct sum_over_limit;

/// Instantiated by `check<C>` (on g++) when a rule finds one clause at fault on its own.
template <rule Rule, typename Clause, fixed_string Label, fixed_string Hint,
          fixed_string OtherFindings>
struct violation;

namespace detail {
template <typename...>
inline constexpr bool always_false = false;

/// In a rule's hint, the finding's first clause; `generic` stands for it where no finding is.
constexpr hint_piece first_clause(const char* generic) noexcept { return {generic, 1}; }
/// In a rule's hint, the finding's second clause.
constexpr hint_piece second_clause(const char* generic) noexcept { return {generic, 2}; }

/// The length of a hint with the generic words in the clauses' places.
template <std::size_t N>
constexpr std::size_t generic_hint_length(const hint_piece (&pieces)[N]) noexcept {
  std::size_t n = 0;
  for (const hint_piece& p : pieces) n += std::string_view(p.text).size();
  return n;
}

/// The hint with the generic words in the clauses' places, as the rules' table shows it.
template <std::size_t Length, std::size_t N>
constexpr fixed_string<Length + 1> generic_hint(const hint_piece (&pieces)[N]) noexcept {
  fixed_string<Length + 1> out(std::string_view{}, 0);
  std::size_t at = 0;
  for (const hint_piece& p : pieces) {
    for (const char ch : std::string_view(p.text)) out.data[at++] = ch;
  }
  return out;
}
} // namespace detail

} // namespace covenant

// Declares a rule's metadata once, for both the constexpr tables and the compiler diagnostic.
// The hint is a list of pieces (`"words"`, `detail::first_clause("the generic words")`, ...) so
// that the diagnostic can name the finding's clauses by their labels: g++ is shown it computed,
// as a template argument of conflict<...>; clang prints only string literals as text, so it is
// passed the pieces and the labels as separate arguments of clash(...).
#define COVENANT_DETAIL_DEFINE_RULE(ID, LEVEL, SUMMARY, ...)                                       \
  template <>                                                                                      \
  struct rule_traits<rule::ID> {                                                                   \
    static constexpr detail::hint_piece hint_pieces[] = {__VA_ARGS__};                             \
    static constexpr auto hint =                                                                   \
        detail::generic_hint<detail::generic_hint_length(hint_pieces)>(hint_pieces);               \
    static constexpr rule_info info{rule::ID, #ID,         severity::LEVEL,                        \
                                    SUMMARY,  hint.view(), hint_pieces};                           \
    static constexpr const char* message = "covenant rule " #ID " (" #LEVEL "): " SUMMARY;         \
    /* Never constant: clang names this function (with what it names as template arguments) */     \
    /* and, in the note on clash, prints the strings and numbers passed to it. */                  \
    static bool ID(const char*, ...) noexcept { return false; }                                    \
    template <typename Named, typename... More>                                                    \
    static bool ID(const char*, ...) noexcept {                                                    \
      return false;                                                                                \
    }                                                                                              \
    template <typename... Named, typename... Shown>                                                \
    static constexpr bool clash(const char* what, Shown... shown) {                                \
      if constexpr (sizeof...(Named) == 0) {                                                       \
        return what == nullptr || ID(what, shown...);                                              \
      } else {                                                                                     \
        return what == nullptr || ID<Named...>(what, shown...);                                    \
      }                                                                                            \
    }                                                                                              \
  };                                                                                               \
  template <typename First, fixed_string FirstLabel, typename Second, fixed_string SecondLabel,    \
            fixed_string Hint, fixed_string OtherFindings>                                         \
  struct conflict<rule::ID, First, FirstLabel, Second, SecondLabel, Hint, OtherFindings> {         \
    static_assert(detail::always_false<First>,                                                     \
                  "covenant rule " #ID " (" #LEVEL "): " SUMMARY                                   \
                  " (In conflict<...> above: the clauses, a hint, the other findings.)");          \
    static constexpr bool reported = false;                                                        \
  };                                                                                               \
  template <typename Figures, fixed_string Hint, fixed_string OtherFindings,                       \
            fixed_string... Labels>                                                                \
  struct sum_over_limit<rule::ID, Figures, Hint, OtherFindings, Labels...> {                       \
    static_assert(detail::always_false<Figures>,                                                   \
                  "covenant rule " #ID " (" #LEVEL "): " SUMMARY                                   \
                  " (In sum_over_limit<...> above: the figures, a hint, the other findings, "      \
                  "the clauses.)");                                                                \
    static constexpr bool reported = false;                                                        \
  };                                                                                               \
  template <typename Clause, fixed_string Label, fixed_string Hint, fixed_string OtherFindings>    \
  struct violation<rule::ID, Clause, Label, Hint, OtherFindings> {                                 \
    static_assert(detail::always_false<Clause>,                                                    \
                  "covenant rule " #ID " (" #LEVEL "): " SUMMARY                                   \
                  " (In violation<...> above: the clause, a hint, the other findings.)");          \
    static constexpr bool reported = false;                                                        \
  }
