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
    "add a permission for the grantor (for instance to use another provider), or make the "
    "exception yields_to<...> a clause that says it.");

namespace rules {

template <typename Sink>
constexpr void check_unhandled_refusal(const detail::contract_view& c, std::size_t i, Sink& out) {
  const auto& cs = c.clauses;
  const auto& g = cs[i];
  const bool can_lapse = g.kind == clause_kind::right_of_first_refusal ||
                         (g.kind == clause_kind::first_ship && !g.exceptions.empty());
  if (!can_lapse) return;
  bool handled = false;
  for (const auto& e : g.exceptions) handled = handled || e.fallback != nullptr;
  const auto js = c.of_kind(clause_kind::permission);
  for (std::size_t x = 0; x < js.count && !handled; ++x) {
    const auto& p = cs[js.first[x]];
    // Dates only: a permission that starts when the refusal ends (a handover) handles it too.
    handled = p.party == g.party && detail::may_meet(g, p) && detail::overlaps(p.scope, g.scope);
  }
  if (!handled) {
    detail::report<rule::unhandled_refusal>(out, c, i, i, {g.start, g.end}, g.scope);
  }
}

} // namespace rules
} // namespace covenant
