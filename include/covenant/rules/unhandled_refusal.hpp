// Warning unhandled_refusal: a refusal or an unmet first-ship with no clause saying what then.
#pragma once

#include <covenant/detail/engine.hpp>
#include <covenant/rules/rule.hpp>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    unhandled_refusal, warning,
    "a right of first refusal may be declined, or a first-ship preference may yield to an "
    "exception, but no clause says what the grantor may do then (no yields_to<...> fallback and "
    "no permission for the grantor over that scope and time).",
    "add a permission for the grantor of ", detail::first_clause("the right"),
    " (for instance to use another provider), or make the exception yields_to<...> a clause that "
    "says it.");

namespace rules {

struct unhandled_refusal {
  static constexpr rule id = rule::unhandled_refusal;

  template <typename Sink>
  static constexpr void check(const detail::contract_view& c, std::size_t i, Sink& out) {
    const auto& cs = c.clauses;
    const auto& g = cs[i];
    const bool can_lapse = g.kind == clause_kind::right_of_first_refusal ||
                           (g.kind == clause_kind::first_ship && !g.exceptions.empty());
    if (!can_lapse) return;
    for (const auto& e : g.exceptions) {
      if (e.fallback != nullptr) return;
    }
    // Dates only: a permission that starts when the refusal ends (a handover) handles it too.
    for (const std::size_t j : c.meeting(i)) {
      if (cs[j].kind == clause_kind::permission && cs[j].party == g.party) return;
    }
    detail::report<id>(out, c, i, i, {g.start, g.end}, g.scope);
  }
};

} // namespace rules
} // namespace covenant
