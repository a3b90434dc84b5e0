// Rule grant_without_right: only the owner, or a sublicensable licensee, can grant rights.
#pragma once

#include <covenant/detail/engine.hpp>
#include <covenant/rules/rule.hpp>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    grant_without_right, error,
    "a clause grants rights over an owned scope, but the grantor neither owns it nor holds "
    "sublicensable licences covering that scope for the grant's whole term, on every timeline of "
    "events (the licence's own events and exceptions end the grant too).",
    "have the owner grant ", detail::first_clause("the right"),
    ", or first give its grantor a sublicensable licence to the scope.");

namespace rules {

/// Whether licence `l` stands wherever grant `g` stands as far as events go: it waits for no
/// event the grant does not wait for, it is ended by no event that does not end the grant, and
/// the grant yields whenever the licence does (the same exception, or the grant ends at its
/// event). Days are compared separately.
constexpr bool stands_with(const clause_record& l, const clause_record& g) noexcept {
  // Waiting for events: only the very same condition is known to hold whenever the grant's does.
  if (l.starts_at_event != nullptr && !l.same_start_as(g)) return false;
  if (l.ends_at_event != nullptr && l.ends_at_event != g.ends_at_event) return false;
  for (const auto& x : l.exceptions) {
    bool followed = x.event_count == 1 && g.ends_at_event == x.events[0];
    for (const auto& y : g.exceptions) {
      // Any outcome will do: the grant stops applying, whatever applies instead.
      exception_record same = y;
      same.priority = x.priority;
      same.fallback = x.fallback;
      followed = followed || same == x;
    }
    if (!followed) return false;
  }
  return true;
}

struct grant_without_right {
  static constexpr rule id = rule::grant_without_right;

  template <typename Sink>
  static constexpr void check(const detail::contract_view& c, std::size_t i, Sink& out) {
    const auto& cs = c.clauses;
    const auto& g = cs[i];
    if (!detail::is_grant(g.kind)) return;
    const detail::entity* owner = detail::owner_of(g.scope);
    if (owner == nullptr || owner == g.party) return;
    // The grant stands only while, on every timeline, a sublicensable licence to the grantor
    // covers it. Licences that overlap it in scope and time are among the clauses that may meet
    // it; one after another they may cover its whole term, from its earliest start (a grant that
    // waits for an event may start as early as its not-before day) to its latest end.
    day covered = g.start;
    for (bool grew = true; grew && covered < g.end;) {
      grew = false;
      for (const std::size_t j : c.meeting(i)) {
        const auto& l = cs[j];
        if (l.kind != clause_kind::licence || !l.sublicensable || l.counterparty != g.party ||
            !detail::within(g.scope, l.scope) || !stands_with(l, g)) {
          continue;
        }
        if (l.start <= covered && covered < l.end) {
          covered = l.end;
          grew = true;
        }
      }
    }
    if (covered >= g.end) return;
    detail::report<id>(out, c, i, i, {covered, g.end}, g.scope);
  }
};

} // namespace rules
} // namespace covenant
