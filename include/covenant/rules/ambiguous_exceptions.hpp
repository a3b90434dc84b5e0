// Rule ambiguous_exceptions: two exceptions that can hold together must agree on the outcome.
#pragma once

#include <covenant/detail/engine.hpp>
#include <covenant/detail/named_events.hpp>
#include <covenant/rules/rule.hpp>

#include <array>
#include <cstddef>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    ambiguous_exceptions, error,
    "two exceptions of the same clause have the same priority and different outcomes, and their "
    "conditions can hold at the same time, so the contract does not say which applies.",
    "give one exception of ", detail::first_clause("the clause"),
    " a higher priority<N>, make the outcomes agree, or declare the events mutually exclusive with "
    "excludes<...>.");

namespace rules {

/// Whether two exception conditions can hold together: they cannot when an event of one
/// excludes an event of the other.
constexpr bool can_hold_together(const exception_record& a, const exception_record& b) noexcept {
  for (std::size_t i = 0; i < a.event_count; ++i) {
    for (std::size_t j = 0; j < b.event_count; ++j) {
      if (detail::mutually_exclusive(a.events[i], b.events[j])) return false;
    }
  }
  return true;
}

/// The first two exceptions of `r` with the same priority and different outcomes whose
/// conditions can hold together, as positions; {n, n} when there are none.
constexpr std::array<std::size_t, 2> ambiguous_pair(const clause_record& r) noexcept {
  const auto& ex = r.exceptions;
  for (std::size_t a = 0; a < ex.size(); ++a) {
    for (std::size_t b = a + 1; b < ex.size(); ++b) {
      if (ex[a].priority == ex[b].priority && ex[a].fallback != ex[b].fallback &&
          can_hold_together(ex[a], ex[b])) {
        return {a, b};
      }
    }
  }
  return {ex.size(), ex.size()};
}

template <std::size_t A, std::size_t B, typename Unless>
struct ambiguous_conditions;
template <std::size_t A, std::size_t B, typename... Es>
struct ambiguous_conditions<A, B, unless<Es...>> {
  using list = detail::type_list<Es...>;
  using type = detail::conditions_that_hold_together<
      typename detail::condition_of<typename detail::type_at<A, list>::type>::type,
      typename detail::condition_of<typename detail::type_at<B, list>::type>::type>;
};

struct ambiguous_exceptions {
  static constexpr rule id = rule::ambiguous_exceptions;

  template <typename Sink>
  static constexpr void check(const detail::contract_view& c, std::size_t i, Sink& out) {
    const auto& cs = c.clauses;
    if (ambiguous_pair(cs[i])[0] < cs[i].exceptions.size()) {
      detail::report<id>(out, c, i, i, {cs[i].start, cs[i].end}, cs[i].scope);
    }
  }

  /// The diagnostic names the two conditions that can hold at once.
  template <typename Contract, typename Clause>
  using named = typename ambiguous_conditions<ambiguous_pair(Clause::record)[0],
                                              ambiguous_pair(Clause::record)[1],
                                              detail::unless_of<Clause>>::type;
  static constexpr const char* named_note =
      "(the two conditions that can hold at once are named in ambiguous_exceptions<...> above)";
};

} // namespace rules
} // namespace covenant
