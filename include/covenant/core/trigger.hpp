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

/// When `Event` happens, each effect applies: `trigger<agi_verified, ends<research_ip_licence>>`,
/// `trigger<agi_verified, ends_contract<surviving<ip_licence>>>`. Triggers sit among a
/// contract's clauses.
template <event_type Event, typename... Effects>
struct trigger : detail::trigger_tag {
  static_assert(sizeof...(Effects) >= 1, "covenant: a trigger needs at least one effect");
  static_assert((detail::is_effect<Effects> && ...),
                "covenant: trigger effects are ends<...>, suspends<...>, starts<...> and "
                "ends_contract<surviving<...>>");
  using event = Event;
  static constexpr std::array<trigger_record, sizeof...(Effects)> records{
      detail::effect_record<Event, Effects>::value...};
};

/// A trigger type.
template <typename T>
concept trigger_type = std::is_base_of_v<detail::trigger_tag, T>;

} // namespace covenant
