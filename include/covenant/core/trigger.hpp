// trigger: when an event happens, named clauses end, are suspended or start; or the contract
// itself ends, with only the named clauses surviving.
#pragma once

#include <covenant/core/event.hpp>
#include <covenant/core/exception.hpp>

#include <array>
#include <cstdint>
#include <span>
#include <type_traits>

namespace covenant {

/// Trigger effect: the clauses end when the event happens.
template <typename... Clauses>
struct ends {};
/// Trigger effect: the clauses stop applying when the event happens. covenant has no resuming
/// event, so for checking and queries a suspension behaves like an end; documents say
/// "suspended".
template <typename... Clauses>
struct suspends {};
/// Trigger effect: the clauses start applying when the event happens, never if it does not.
template <typename... Clauses>
struct starts {};
/// The clauses that outlive the end of the contract.
template <typename... Clauses>
struct surviving {};
/// Trigger effect: the contract ends when the event happens. Every clause must end at that
/// event too, or be named as surviving (rule outlives_termination).
template <typename Survivors = surviving<>>
struct ends_contract {};

/// What a trigger does to its clauses.
enum class trigger_effect : std::uint8_t { ends, suspends, starts, ends_contract };

/// One effect of a trigger, lowered: the event, what happens, and to which clause types.
struct trigger_record {
  const detail::entity* event = nullptr;
  trigger_effect effect{};
  /// Identities of the clauses ended, suspended or started; the survivors for ends_contract.
  std::span<const detail::clause_id* const> clauses{};
};

namespace detail {

struct trigger_tag {};

template <typename... Cs>
inline constexpr std::array<const clause_id*, sizeof...(Cs)> identities{identity<Cs>()...};

template <typename Event, typename Effect>
struct effect_record;
template <typename E, typename... Cs>
struct effect_record<E, ends<Cs...>> {
  static constexpr trigger_record value{entity_ptr<E>(), trigger_effect::ends, identities<Cs...>};
  using targets = type_list_tag<Cs...>;
};
template <typename E, typename... Cs>
struct effect_record<E, suspends<Cs...>> {
  static constexpr trigger_record value{entity_ptr<E>(), trigger_effect::suspends,
                                        identities<Cs...>};
  using targets = type_list_tag<Cs...>;
};
template <typename E, typename... Cs>
struct effect_record<E, starts<Cs...>> {
  static constexpr trigger_record value{entity_ptr<E>(), trigger_effect::starts, identities<Cs...>};
  using targets = type_list_tag<Cs...>;
};
template <typename E, typename... Cs>
struct effect_record<E, ends_contract<surviving<Cs...>>> {
  static constexpr trigger_record value{entity_ptr<E>(), trigger_effect::ends_contract,
                                        identities<Cs...>};
  using targets = type_list_tag<Cs...>;
};

template <typename T>
constexpr bool is_effect = false;
template <typename... Cs>
constexpr bool is_effect<ends<Cs...>> = true;
template <typename... Cs>
constexpr bool is_effect<suspends<Cs...>> = true;
template <typename... Cs>
constexpr bool is_effect<starts<Cs...>> = true;
template <typename... Cs>
constexpr bool is_effect<ends_contract<surviving<Cs...>>> = true;

} // namespace detail

namespace detail {

/// Whether every clause an effect names is a clause (for an unknown effect, nothing to add).
template <typename T>
constexpr bool names_clauses = true;
template <typename... Cs>
constexpr bool names_clauses<ends<Cs...>> = (__is_base_of(clause_tag, Cs) && ...);
template <typename... Cs>
constexpr bool names_clauses<suspends<Cs...>> = (__is_base_of(clause_tag, Cs) && ...);
template <typename... Cs>
constexpr bool names_clauses<starts<Cs...>> = (__is_base_of(clause_tag, Cs) && ...);
template <typename... Cs>
constexpr bool names_clauses<ends_contract<surviving<Cs...>>> = (__is_base_of(clause_tag, Cs) &&
                                                                 ...);

/// A trigger's effects lowered; none when a mistake was reported where the trigger is written.
template <bool WellFormed, typename Event, typename... Effects>
constexpr std::array<trigger_record, sizeof...(Effects)> trigger_records() noexcept {
  if constexpr (WellFormed) {
    return {effect_record<Event, Effects>::value...};
  } else {
    return {};
  }
}

/// A trigger's arguments, checked where the trigger is written: its constraint instantiates
/// this, whose lambdas report each mistake while the trigger itself stays usable (a failed
/// constraint would make every use of the contract an error too).
template <typename Event, typename... Effects>
struct trigger_arguments {
  static constexpr bool on_event = event_type<Event>;
  static constexpr bool has_effect = sizeof...(Effects) >= 1;
  static constexpr bool effects_known = (is_effect<Effects> && ...);
  static constexpr bool targets_are_clauses = (names_clauses<Effects> && ...);
  static constexpr bool well_formed =
      on_event && has_effect && effects_known && targets_are_clauses;
  static_assert([] {
    static_assert(on_event, "covenant: a trigger's first argument must be an event; hint: "
                            "trigger<event, ends<clauses...>>");
    return true;
  }());
  static_assert([] {
    static_assert(has_effect, "covenant: a trigger needs at least one effect");
    return true;
  }());
  static_assert([] {
    static_assert(effects_known, "covenant: trigger effects are ends<...>, suspends<...>, "
                                 "starts<...> and ends_contract<surviving<...>>");
    return true;
  }());
  static_assert([] {
    static_assert(targets_are_clauses, "covenant: a trigger's effects name clauses; hint: name "
                                       "the clause types, as declared with their labels");
    return true;
  }());
  static constexpr bool checked = true;
};

} // namespace detail

/// When `Event` happens, each effect applies: `trigger<agi_verified, ends<research_ip_licence>>`,
/// `trigger<agi_verified, ends_contract<surviving<ip_licence>>>`. Triggers sit among a
/// contract's clauses.
template <typename Event, typename... Effects>
requires detail::trigger_arguments<Event, Effects...>::checked struct trigger
    : detail::trigger_tag {
  /// False when a mistake was reported where the trigger is written.
  static constexpr bool well_formed = detail::trigger_arguments<Event, Effects...>::well_formed;
  using event = Event;
  static constexpr std::array<trigger_record, sizeof...(Effects)> records =
      detail::trigger_records<well_formed, Event, Effects...>();
};

/// A trigger type.
template <typename T>
concept trigger_type = std::is_base_of_v<detail::trigger_tag, T>;

} // namespace covenant
