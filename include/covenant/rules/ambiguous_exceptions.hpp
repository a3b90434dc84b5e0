// Rule ambiguous_exceptions: two exceptions that can hold together must agree on the outcome.
#pragma once

#include <covenant/detail/engine.hpp>
#include <covenant/rules/rule.hpp>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    ambiguous_exceptions, error,
    "two exceptions of the same clause have the same priority and different outcomes, and their "
    "conditions can hold at the same time, so the contract does not say which applies.",
    "give one exception a higher priority<N>, make the outcomes agree, or declare the events "
    "mutually exclusive with excludes<...>.");

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

struct ambiguous_exceptions {
  static constexpr rule id = rule::ambiguous_exceptions;

  template <typename Sink>
  static constexpr void check(const detail::contract_view& c, std::size_t i, Sink& out) {
    const auto& cs = c.clauses;
    const auto& ex = cs[i].exceptions;
    bool found = false;
    for (std::size_t a = 0; a < ex.size() && !found; ++a) {
      for (std::size_t b = a + 1; b < ex.size() && !found; ++b) {
        found = ex[a].priority == ex[b].priority && ex[a].fallback != ex[b].fallback &&
                can_hold_together(ex[a], ex[b]);
      }
    }
    if (found) detail::report<id>(out, c, i, i, {cs[i].start, cs[i].end}, cs[i].scope);
  }
};

} // namespace rules
} // namespace covenant
