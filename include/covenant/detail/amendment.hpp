// What amend<...> works with: lists of item types, the clause a wrapped item stands for, and the
// records of clauses a dated amendment ended or continued.
#pragma once

#include <covenant/contract.hpp>
#include <covenant/core/clause.hpp>
#include <covenant/core/exception.hpp>
#include <covenant/core/fixed_string.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

namespace covenant {

/// What a dated amendment leaves of a clause it strikes or replaces: the clause itself, its term
/// ended on `Date` (the day the amendment takes effect), its label and identity kept. Queries
/// before `Date` see it as before; from `Date` on it is no longer in force.
template <typename Clause, typename Date>
struct ended_on : Clause {
  static constexpr clause_record record = [] {
    clause_record r = Clause::record;
    if (Date::value < r.end) {
      r.end = Date::value;
      r.ended_by_amendment = Date::value;
    }
    return r;
  }();
};

/// What `continue_as<Old, New>` puts after `Old` (ended on the effective day): the clause `New`,
/// marked as continuing `Old`, so that payments and caps run on across the two.
template <typename Old, typename New>
struct continuation : New {
  static constexpr clause_record record = [] {
    clause_record r = New::record;
    r.continues = detail::identity<Old>();
    return r;
  }();
};

namespace detail {

// An ended or continued clause has the identity of the clause it stands for: triggers,
// exceptions, queries and later amendments name it by that clause's type.
template <typename Clause, typename Date>
inline constexpr const clause_id& identity_of<ended_on<Clause, Date>> = identity_of<Clause>;
template <typename Old, typename New>
inline constexpr const clause_id& identity_of<continuation<Old, New>> = identity_of<New>;

/// The clause type an item stands for: itself, or the clause an amendment ended or continued.
template <typename T>
struct underlying {
  using type = T;
};
template <typename Clause, typename Date>
struct underlying<ended_on<Clause, Date>> : underlying<Clause> {};
template <typename Old, typename New>
struct underlying<continuation<Old, New>> : underlying<New> {};

/// Whether item `T` is the one an amendment names as `Named`.
template <typename T, typename Named>
inline constexpr bool names_item =
    std::is_same_v<T, Named> || std::is_same_v<typename underlying<T>::type, Named>;

// Joining lists by a fold over `+` costs one instantiation per list, whatever their number.
template <typename... A, typename... B>
constexpr type_list<A..., B...> operator+(type_list<A...>, type_list<B...>) noexcept {
  return {};
}

/// Each item of a list replaced by the list `F::apply<item>`, joined.
template <typename F, typename... Ts>
auto map_join(type_list<Ts...>)
    -> decltype((type_list<>{} + ... + typename F::template apply<Ts>{}));
template <typename F, typename List>
using map_join_t = decltype(map_join<F>(List{}));

template <typename Named, typename... Ts>
constexpr bool holds(type_list<Ts...>) noexcept {
  return (names_item<Ts, Named> || ...);
}

/// The first item of a list that is `Named`, or void.
template <typename Named, typename... Ts>
struct first_named {
  using type = void;
};
template <typename Named, typename T, typename... Ts>
struct first_named<Named, T, Ts...>
    : std::conditional_t<names_item<T, Named>, std::type_identity<T>, first_named<Named, Ts...>> {};
template <typename Named, typename List>
struct first_named_in;
template <typename Named, typename... Ts>
struct first_named_in<Named, type_list<Ts...>> : first_named<Named, Ts...> {};

template <typename T>
inline constexpr bool is_clause_item = __is_base_of(clause_tag, T);

/// A clause's record, or an empty one for anything else.
template <typename T>
constexpr clause_record record_or_empty() noexcept {
  if constexpr (is_clause_item<T>) {
    return T::record;
  } else {
    return {};
  }
}

/// The first day a clause may be in force (`upon<event, not_before>` counts as `not_before`).
template <typename T>
constexpr day earliest_clause_start() noexcept {
  return record_or_empty<T>().start;
}

/// What can be wrong with an amendment, found while its operations apply.
enum class amendment_mistake : std::uint8_t {
  none,
  not_in_base,
  another_kind,
  starts_before_effective,
  continuation_differs,
  continuation_not_on_effective_day,
  continuation_of_ended,
  continuation_undated,
  dated_trigger,
  effective_not_first,
};

/// An item's label as text, for diagnostics.
template <typename T>
constexpr std::string_view item_text() noexcept {
  if constexpr (std::is_void_v<T>) {
    return "";
  } else if constexpr (requires { T::label; }) {
    if (std::string_view(T::label).empty()) return "(a clause without a label)";
    return T::label;
  } else if constexpr (__is_base_of(trigger_tag, T)) {
    return "(a trigger)";
  } else {
    return "(effective<...>)";
  }
}

/// An item's label as a template argument, so that g++ prints it.
template <typename T>
constexpr auto item_label() noexcept {
  constexpr std::string_view text = item_text<T>();
  return fixed_string<text.size() + 1>(text, 0);
}

} // namespace detail
} // namespace covenant
