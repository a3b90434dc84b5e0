// Rule outside_contract_term: no clause may start before its contract or outlive it.
#pragma once

#include <covenant/detail/engine.hpp>
#include <covenant/rules/rule.hpp>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(outside_contract_term, error,
                            "a clause starts before the contract's term or runs past its end.",
                            "shorten the term of ", detail::first_clause("the clause"),
                            " to fit the contract's, or extend the contract's term.");

namespace rules {

struct outside_contract_term {
  static constexpr rule id = rule::outside_contract_term;

  template <typename Sink>
  static constexpr void check(const detail::contract_view& c, std::size_t i, Sink& out) {
    if (!c.has_term) return;
    const auto& r = c.clauses[i];
    // A clause that waits for an event with no earliest day was moved to the contract's start
    // when the contract was lowered; an earliest day written before it is as early as a date.
    const bool starts_early = r.start < c.start;
    // When the contract ends at an event, a clause must end at it too (or by then in any case).
    const bool ends_late =
        r.end > c.end || (c.ends_at_event != nullptr && r.ends_at_event != c.ends_at_event);
    if (!starts_early && !ends_late) return;
    // The window is the part of the clause that lies outside the contract.
    const auto before = r.end < c.start ? r.end : c.start;
    const auto after = r.start > c.end ? r.start : c.end;
    const detail::window w = starts_early ? detail::window{r.start, before}
                                          : (r.end > c.end ? detail::window{after, r.end}
                                                           : detail::window{r.start, r.end});
    detail::report<id>(out, c, i, i, w, r.scope);
  }
};

} // namespace rules
} // namespace covenant
