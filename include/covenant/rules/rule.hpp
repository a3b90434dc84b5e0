// Rule identities, severities and the metadata every rule header declares.
#pragma once

#include <covenant/core/fixed_string.hpp>
#include <covenant/core/rule_id.hpp>

#include <cstdint>
#include <string_view>

namespace covenant {

/// Specialised by each rule header.
template <rule R>
struct rule_traits;

/// Instantiated by `check<C>` when a rule finds two clauses of a contract in conflict: each rule
/// header specialises it with a `static_assert` whose message is the rule's summary and hint, so
/// that the compiler's first lines name the rule, both clause types and their labels.
template <rule Rule, typename FirstClause, fixed_string FirstLabel, typename SecondClause,
          fixed_string SecondLabel>
struct conflict;

/// Instantiated by `check<C>` (on g++) when a rule finds a sum over a limit: `Figures` carries
/// the sum, the limit and the first day over it, then come the labels of every clause in the sum.
template <rule Rule, typename Figures, fixed_string... Labels>
struct sum_over_limit;

/// Instantiated by `check<C>` when a rule finds one clause at fault on its own.
template <rule Rule, typename Clause, fixed_string Label>
struct violation;

namespace detail {
template <typename...>
inline constexpr bool always_false = false;
} // namespace detail

} // namespace covenant

// Declares a rule's metadata once, for both the constexpr tables and the compiler diagnostic:
// a static_assert message must be a literal, so the same literals feed both.
#define COVENANT_DETAIL_DEFINE_RULE(ID, LEVEL, SUMMARY, HINT)                                      \
  template <>                                                                                      \
  struct rule_traits<rule::ID> {                                                                   \
    static constexpr rule_info info{rule::ID, #ID, severity::LEVEL, SUMMARY, HINT};                \
    static constexpr const char* message = "covenant rule " #ID " (" #LEVEL "): " SUMMARY;         \
    static constexpr const char* hint_text = "Hint: " HINT;                                        \
    /* Never constant: clang names this function and prints the strings passed to clash. */        \
    static bool ID(const char*, const char*, const char*, const char*) noexcept { return false; }  \
    static constexpr bool clash(const char* what, const char* first, const char* second,           \
                                const char* hint) {                                                \
      return what == nullptr || ID(what, first, second, hint);                                     \
    }                                                                                              \
    /* The same, naming a type (a party, an event) as the function's template argument. */         \
    template <typename Named>                                                                      \
    static bool ID(const char*, const char*, const char*, const char*) noexcept {                  \
      return false;                                                                                \
    }                                                                                              \
    template <typename Named>                                                                      \
    static constexpr bool clash(const char* what, const char* first, const char* second,           \
                                const char* hint) {                                                \
      return what == nullptr || ID<Named>(what, first, second, hint);                              \
    }                                                                                              \
    /* The same, naming also the clauses without a label, by their types. */                       \
    template <typename Named, typename Unlabelled>                                                 \
    static bool ID(const char*, const char*, const char*, const char*) noexcept {                  \
      return false;                                                                                \
    }                                                                                              \
    template <typename Named, typename Unlabelled>                                                 \
    static constexpr bool clash(const char* what, const char* first, const char* second,           \
                                const char* hint) {                                                \
      return what == nullptr || ID<Named, Unlabelled>(what, first, second, hint);                  \
    }                                                                                              \
    /* A sum over a limit: Named carries the figures, then every clause of the sum. */             \
    template <typename Named, typename... Labels>                                                  \
    static bool ID(const char*, const char*, Labels...) noexcept {                                 \
      return false;                                                                                \
    }                                                                                              \
    template <typename Named, typename... Labels>                                                  \
    static constexpr bool sum_clash(const char* what, const char* hint, Labels... labels) {        \
      return what == nullptr || ID<Named>(what, hint, labels...);                                  \
    }                                                                                              \
  };                                                                                               \
  template <typename First, fixed_string FirstLabel, typename Second, fixed_string SecondLabel>    \
  struct conflict<rule::ID, First, FirstLabel, Second, SecondLabel> {                              \
    static_assert(detail::always_false<First>,                                                     \
                  "covenant rule " #ID " (" #LEVEL "): " SUMMARY " Hint: " HINT);                  \
    static constexpr bool reported = false;                                                        \
  };                                                                                               \
  template <typename Figures, fixed_string... Labels>                                              \
  struct sum_over_limit<rule::ID, Figures, Labels...> {                                            \
    static_assert(detail::always_false<Figures>,                                                   \
                  "covenant rule " #ID " (" #LEVEL "): " SUMMARY " Hint: " HINT);                  \
    static constexpr bool reported = false;                                                        \
  };                                                                                               \
  template <typename Clause, fixed_string Label>                                                   \
  struct violation<rule::ID, Clause, Label> {                                                      \
    static_assert(detail::always_false<Clause>,                                                    \
                  "covenant rule " #ID " (" #LEVEL "): " SUMMARY " Hint: " HINT);                  \
    static constexpr bool reported = false;                                                        \
  }
