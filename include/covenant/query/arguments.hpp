// What the queries accept, and how they reject the rest: a type argument that does not belong to
// the contract fails a static_assert; a value argument out of range throws
// std::invalid_argument, which in a constant expression is a compile error.
#pragma once

#include <covenant/contract.hpp>
#include <covenant/core/clause.hpp>
#include <covenant/core/date.hpp>
#include <covenant/core/fixed_string.hpp>

#include <cstdint>
#include <string_view>
#include <type_traits>

namespace covenant {

/// Whether contract C holds clause type `Clause`.
template <contract_type C, typename Clause>
inline constexpr bool has_clause = detail::index_of(C::records,
                                                    detail::identity<Clause>()) < C::size;

namespace detail {
template <typename P, typename... Ps>
constexpr bool listed_in(parties<Ps...>) noexcept {
  return (std::is_same_v<P, Ps> || ...);
}
} // namespace detail

/// Whether `P` is one of the parties C lists in its `parties<...>`.
template <contract_type C, typename P>
inline constexpr bool has_party = detail::listed_in<P>(typename C::party_list{});

/// Whether `holder_of` answers for clauses of this kind: the rights a party holds over a scope.
constexpr bool has_holder(clause_kind k) noexcept {
  return k == clause_kind::exclusivity || k == clause_kind::right_of_first_refusal ||
         k == clause_kind::first_ship || k == clause_kind::licence;
}

namespace detail {

template <typename...>
inline constexpr bool rejected = false;

/// Text as a template argument, which g++ prints (clang prints numbers, so clang is given none:
/// its first line is the message, and the next ones name the types).
template <std::string_view const& Text>
constexpr auto text_argument() noexcept {
  return fixed_string<Text.size() + 1>(Text, 0);
}
template <typename Clause>
inline constexpr std::string_view label_text = Clause::label;

/// The day a query is asked about must lie in covenant's calendar.
constexpr void require_day(day on, const char* what) {
  require_argument(supported_day(on), what,
                   "Hint: make days with day_of(year, month, day) or date<y, m, d>::value; "
                   "the calendar runs from 1900-01-01 to 9999-12-31",
                   std::int64_t{on});
}

} // namespace detail

/// Compile-time rejections, one type per mistake: the type's name says what is wrong and its
/// arguments (in g++, also the label or name and the contract's title) say where.
namespace query_error {

template <typename Clause, auto... LabelAndTitle>
struct is_in_force_of_a_clause_not_in_the_contract {
  static_assert(detail::rejected<Clause>,
                "covenant: is_in_force: the clause is not in this contract. Hint: name one of the "
                "contract's clause types: is_in_force<contract, clause>(day)");
  static constexpr bool reported = false;
};

template <typename Party, auto... NameAndTitle>
struct payments_from_a_payer_not_in_the_contract {
  static_assert(detail::rejected<Party>,
                "covenant: payments: the payer is not a party to this contract. Hint: pass two "
                "of the contract's parties<...>, the payer first, then the payee");
  static constexpr bool reported = false;
};

template <typename Party, auto... NameAndTitle>
struct payments_to_a_payee_not_in_the_contract {
  static_assert(detail::rejected<Party>,
                "covenant: payments: the payee is not a party to this contract. Hint: pass two "
                "of the contract's parties<...>, the payer first, then the payee");
  static constexpr bool reported = false;
};

template <typename Party, auto... Name>
struct payments_from_a_party_to_itself {
  static_assert(detail::rejected<Party>,
                "covenant: payments: the payer and the payee are the same party. Hint: pass the "
                "party who pays first, then the party paid");
  static constexpr bool reported = false;
};

} // namespace query_error

namespace detail {

/// Instantiates `Error<T, names...>`, whose static_assert reports the mistake: g++ is given the
/// names as template arguments, clang only the type. Returns false, once reported.
template <template <typename, auto...> class Error, typename T, auto... Names>
constexpr bool report() noexcept {
#if defined(__clang__)
  return Error<T>::reported;
#else
  return Error<T, Names...>::reported;
#endif
}

} // namespace detail
} // namespace covenant
