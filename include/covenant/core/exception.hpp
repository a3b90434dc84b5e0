// Exceptions: a clause yields when an event happens ("unless Microsoft cannot or declines").
#pragma once

#include <covenant/core/event.hpp>
#include <covenant/core/names.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <type_traits>

namespace covenant {

/// Exception outcome (the default): the clause simply stops applying.
struct yields {};

/// Exception outcome: the clause stops applying and `Clause` applies instead.
template <typename Clause>
struct yields_to {
  using type = Clause;
};

/// Exception priority: when two exceptions hold at once, the higher one decides.
template <int N>
struct priority {
  static constexpr int value = N;
};

/// A condition that holds once every one of the events has happened ("cannot and declines").
template <event_type... Events>
struct all_of {
  // Checked by the clause that takes it too (detail::valid_exception), where it is written.
  static_assert([] {
    static_assert(sizeof...(Events) >= 1 && sizeof...(Events) <= 4,
                  "covenant: all_of takes one to four events");
    return true;
  }());
};

/// One exception: when `Condition` (an event or `all_of<events...>`) holds, `Outcome` happens.
template <typename Condition, typename Outcome = yields, typename Priority = priority<0>>
struct exception {};

/// Clause option listing its exceptions, in the spirit of default logic: the clause holds by
/// default and yields when one of them holds. Each entry is an event, `all_of<events...>`, or
/// `exception<condition, outcome, priority<N>>`. Entries with the same priority and different
/// outcomes must not be able to hold together (rule ambiguous_exceptions).
template <typename... Exceptions>
struct unless {};

namespace detail {
struct clause_id;
} // namespace detail

/// An exception lowered to values.
struct exception_record {
  std::array<const detail::entity*, 4> events{};
  std::size_t event_count = 0;
  int priority = 0;
  /// Identity of the clause that applies instead, or null when the clause just yields.
  const detail::clause_id* fallback = nullptr;

  /// The same condition (events in any order), priority and fallback. Pointers are compared
  /// for identity only: ordering unrelated addresses is not a constant expression.
  friend constexpr bool operator==(const exception_record& a, const exception_record& b) noexcept {
    if (a.event_count != b.event_count || a.priority != b.priority || a.fallback != b.fallback) {
      return false;
    }
    for (std::size_t i = 0; i < a.event_count; ++i) {
      bool found = false;
      for (std::size_t k = 0; k < b.event_count; ++k) found = found || a.events[i] == b.events[k];
      if (!found) return false;
    }
    return true;
  }
};

namespace detail {

struct clause_tag {
  /// A clause's label, shown in diagnostics and documents. Override it in your clause type:
  /// `static constexpr auto label = "s2.1 API exclusive on Azure";`.
  static constexpr const char* label = "";
  /// Whether the clause is free of the mistakes its template reports where it is written.
  static constexpr bool well_formed = true;
};

/// The identity of a clause type: one object per type, whose address tells types apart. Its key,
/// a hash of the label, lets the engine find a clause by identity without comparing addresses
/// one by one (addresses cannot be ordered or hashed in a constant expression).
struct clause_id {
  std::uint32_t key = 0;
};

template <typename T>
inline constexpr clause_id identity_of{hash_text(std::string_view(T::label))};

template <typename T>
constexpr const clause_id* identity() noexcept {
  return &identity_of<T>;
}

template <typename Condition>
struct condition_events;
template <event_type E>
struct condition_events<E> {
  static constexpr std::array<const entity*, 4> value{entity_ptr<E>()};
  static constexpr std::size_t count = 1;
};
template <event_type... Es>
struct condition_events<all_of<Es...>> {
  static constexpr std::array<const entity*, 4> value{entity_ptr<Es>()...};
  static constexpr std::size_t count = sizeof...(Es);
};

template <typename Outcome>
constexpr const clause_id* fallback_of() noexcept {
  if constexpr (std::is_same_v<Outcome, yields>) {
    return nullptr;
  } else {
    return identity<typename Outcome::type>();
  }
}

template <typename Entry>
struct exception_of {
  static constexpr exception_record value{condition_events<Entry>::value,
                                          condition_events<Entry>::count, 0, nullptr};
};
template <typename Condition, typename Outcome, int P>
struct exception_of<exception<Condition, Outcome, priority<P>>> {
  static constexpr exception_record value{condition_events<Condition>::value,
                                          condition_events<Condition>::count, P,
                                          fallback_of<Outcome>()};
};

template <typename T>
constexpr bool is_unless = false;
template <typename... Es>
constexpr bool is_unless<unless<Es...>> = true;

// What unless<...> takes, recognised by form (nothing is instantiated). The clause a yields_to
// names may still be incomplete (two clauses yielding to each other): the contract checks it.
template <typename T>
constexpr bool is_condition = event_type<T>;
template <typename... Es>
constexpr bool is_condition<all_of<Es...>> = sizeof...(Es) >= 1 && sizeof...(Es) <= 4;
template <typename T>
constexpr bool is_outcome = std::is_same_v<T, yields>;
template <typename C>
constexpr bool is_outcome<yields_to<C>> = true;
template <typename T>
constexpr bool is_priority = false;
template <int N>
constexpr bool is_priority<priority<N>> = true;

template <typename T>
constexpr bool valid_exception = is_condition<T>;
template <typename C, typename O, typename P>
constexpr bool valid_exception<exception<C, O, P>> =
    is_condition<C>&& is_outcome<O>&& is_priority<P>;

/// Whether a clause option that is an unless<...> lists only valid exceptions (`unless<>`, with
/// none, says the clause has no exceptions, which generated contracts find convenient).
template <typename T>
constexpr bool valid_unless = true;
template <typename... Es>
constexpr bool valid_unless<unless<Es...>> = (valid_exception<Es> && ...);

/// How many of a clause's options are unless<...>: a second one would be dropped, so at most one.
template <typename... Options>
constexpr std::size_t unless_count = (std::size_t{0} + ... + (is_unless<Options> ? 1U : 0U));

template <typename... Options>
struct exceptions_in {
  static constexpr std::array<exception_record, 0> value{};
};
template <typename... Es, typename... Rest>
struct exceptions_in<unless<Es...>, Rest...> {
  static constexpr std::array<exception_record, sizeof...(Es)> value{exception_of<Es>::value...};
};
template <typename First, typename... Rest>
struct exceptions_in<First, Rest...> : exceptions_in<Rest...> {};

/// The exceptions among a clause's options, as a span over static storage.
template <typename... Options>
constexpr std::span<const exception_record> exceptions_from() noexcept {
  return exceptions_in<Options...>::value;
}

} // namespace detail
} // namespace covenant
