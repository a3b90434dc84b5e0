// Rule outlives_termination: when the contract ends, every clause ends or is said to survive.
#pragma once

#include <covenant/detail/engine.hpp>
#include <covenant/rules/rule.hpp>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    outlives_termination, error,
    "a trigger ends the contract when an event happens, but a clause is neither ended by that "
    "event nor named as surviving it, so it could stay in force after the contract is over.",
    "end the clause at the event (until<event> or ends<...>), or list it in surviving<...>.");

namespace rules {

struct outlives_termination {
  static constexpr rule id = rule::outlives_termination;

  template <typename Sink>
  static constexpr void check(const detail::contract_view& c, std::size_t i, Sink& out) {
    const auto& cs = c.clauses;
    for (const auto& t : c.triggers) {
      if (t.effect != trigger_effect::ends_contract) continue;
      if (cs[i].ends_at_event == t.event) continue;
      bool survives = false;
      for (const auto* clause : t.clauses) survives = survives || clause == cs[i].identity;
      if (survives) continue;
      detail::report<id>(out, c, i, i, {cs[i].start, cs[i].end}, cs[i].scope);
    }
  }
};

} // namespace rules
} // namespace covenant
