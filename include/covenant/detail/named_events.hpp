// Events as types for diagnostics: the compilers print a type's name, not an entity pointer's.
#pragma once

#include <covenant/clauses/licence.hpp>
#include <covenant/contract.hpp>
#include <covenant/core/exception.hpp>
#include <covenant/detail/grant.hpp>

#include <array>
#include <cstddef>
#include <string_view>

namespace covenant::detail {

/// The unless<...> a clause was written with, or unless<> when it has none (found through the
/// clause template it derives from: only grants and licences take exceptions).
template <typename... Options>
struct first_unless {
  using type = unless<>;
};
template <typename... Es, typename... Rest>
struct first_unless<unless<Es...>, Rest...> {
  using type = unless<Es...>;
};
template <typename First, typename... Rest>
struct first_unless<First, Rest...> : first_unless<Rest...> {};

template <clause_kind K, typename G, typename H, typename S, typename T, typename... Os>
typename first_unless<Os...>::type unless_written(const grant_clause<K, G, H, S, T, Os...>*);
template <typename L, typename H, typename S, typename T, typename... Os>
typename first_unless<Os...>::type unless_written(const licence<L, H, S, T, Os...>*);
unless<> unless_written(const void*);

template <typename Clause>
using unless_of = decltype(unless_written(static_cast<const Clause*>(nullptr)));

/// The condition of an exception entry: an event, or all_of<events...>.
template <typename Entry>
struct condition_of {
  using type = Entry;
};
template <typename Condition, typename Outcome, typename Priority>
struct condition_of<exception<Condition, Outcome, Priority>> {
  using type = Condition;
};

/// A condition's words: an event's name, or "E1 and E2" for all_of<E1, E2>.
template <typename Condition>
struct condition_words {
  static constexpr std::array<std::string_view, 1> parts{Condition::name};
};
template <typename... Es>
struct condition_words<all_of<Es...>> {
  static constexpr std::array<std::string_view, sizeof...(Es)> parts{Es::name...};
};

/// Joins words with a separator into static storage.
template <std::size_t N>
constexpr std::size_t joined_size(const std::array<std::string_view, N>& parts,
                                  std::string_view separator) noexcept {
  std::size_t n = 0;
  for (std::size_t k = 0; k < N; ++k) n += parts[k].size() + (k == 0 ? 0 : separator.size());
  return n;
}
template <std::size_t Size, std::size_t N>
constexpr std::array<char, Size + 1> joined(const std::array<std::string_view, N>& parts,
                                            std::string_view separator) noexcept {
  std::array<char, Size + 1> out{};
  std::size_t n = 0;
  for (std::size_t k = 0; k < N; ++k) {
    if (k != 0) {
      for (const char ch : separator) out[n++] = ch;
    }
    for (const char ch : parts[k]) out[n++] = ch;
  }
  return out;
}

/// Named in a diagnostic: the conditions of two exceptions that can hold at once.
template <typename First, typename Second>
struct conditions_that_hold_together {
  static constexpr auto first_text = joined<joined_size(condition_words<First>::parts, " and ")>(
      condition_words<First>::parts, " and ");
  static constexpr auto second_text = joined<joined_size(condition_words<Second>::parts, " and ")>(
      condition_words<Second>::parts, " and ");
  static constexpr std::array<std::string_view, 2> both{
      std::string_view(first_text.data(), first_text.size() - 1),
      std::string_view(second_text.data(), second_text.size() - 1)};
  static constexpr auto text = joined<joined_size(both, " / ")>(both, " / ");
  static constexpr std::string_view name{text.data(), text.size() - 1};
};

} // namespace covenant::detail
