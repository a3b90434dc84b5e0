// Rule outlives_termination: when the contract ends, every clause ends or is said to survive.
#pragma once

#include <covenant/contract.hpp>
#include <covenant/detail/engine.hpp>
#include <covenant/rules/rule.hpp>

#include <cstddef>
#include <span>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    outlives_termination, error,
    "a trigger ends the contract when an event happens, but a clause is neither ended by that "
    "event nor named as surviving it, so it could stay in force after the contract is over.",
    "end ", detail::first_clause("the clause"),
    " at the event (until<event> or ends<...>), or list it in surviving<...>.");

namespace rules {

/// The event of the first trigger that ends the contract without ending clause `r`, or null.
constexpr const detail::entity* outliving_event(const clause_record& r,
                                                std::span<const trigger_record> triggers) noexcept {
  for (const auto& t : triggers) {
    if (t.effect != trigger_effect::ends_contract || r.ends_at_event == t.event) continue;
    // A clause that yields when the event happens ends with the contract too.
    bool yields = false;
    for (const auto& x : r.exceptions)
      yields = yields || (x.event_count == 1 && x.events[0] == t.event);
    if (yields) continue;
    bool survives = false;
    for (const auto* clause : t.clauses) survives = survives || clause == r.identity;
    if (!survives) return t.event;
  }
  return nullptr;
}

template <typename T>
constexpr const detail::entity* trigger_event() noexcept {
  if constexpr (trigger_type<T>) {
    return detail::entity_ptr<typename T::event>();
  } else {
    return nullptr;
  }
}

/// The position among the items of the first trigger on event `e`.
template <typename... Items>
constexpr std::size_t trigger_position(detail::type_list<Items...>, const detail::entity* e) {
  constexpr const detail::entity* events[] = {trigger_event<Items>()..., nullptr};
  std::size_t k = 0;
  while (events[k] != e && k < sizeof...(Items)) ++k;
  return k;
}

struct outlives_termination {
  static constexpr rule id = rule::outlives_termination;

  template <typename Sink>
  static constexpr void check(const detail::contract_view& c, std::size_t i, Sink& out) {
    const auto& cs = c.clauses;
    // One finding per trigger the clause outlives.
    for (const auto& t : c.triggers) {
      if (outliving_event(cs[i], {&t, 1}) != nullptr) {
        detail::report<id>(out, c, i, i, {cs[i].start, cs[i].end}, cs[i].scope);
      }
    }
  }

  /// The diagnostic names the event whose trigger ends the contract (as lowered: triggers may
  /// have set the clause's own end event).
  template <typename Contract, typename Clause>
  using named = typename detail::type_at<
      trigger_position(typename Contract::item_list{},
                       outliving_event(Contract::records[detail::index_of(
                                           Contract::records, detail::identity<Clause>())],
                                       Contract::triggers)),
      typename Contract::item_list>::type::event;
  static constexpr const char* named_note =
      "(the event whose trigger ends the contract is named in outlives_termination<...> above)";
};

} // namespace rules
} // namespace covenant
