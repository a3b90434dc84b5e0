// findings<C>: everything the rules say about a contract, as a constexpr list.
#pragma once

#include <covenant/contract.hpp>
#include <covenant/rules/all.hpp>

#include <array>
#include <cstddef>

namespace covenant {

/// A fixed-size list of findings, usable in constant expressions and at run time.
template <std::size_t N>
struct finding_list {
  std::array<finding, N> items{};

  [[nodiscard]] static constexpr std::size_t size() noexcept { return N; }
  [[nodiscard]] static constexpr bool empty() noexcept { return N == 0; }
  [[nodiscard]] constexpr const finding& operator[](std::size_t i) const { return items[i]; }
  [[nodiscard]] constexpr auto begin() const noexcept { return items.begin(); }
  [[nodiscard]] constexpr auto end() const noexcept { return items.end(); }

  /// How many findings have this severity.
  [[nodiscard]] constexpr std::size_t count(severity s) const noexcept {
    std::size_t n = 0;
    for (const auto& f : items) n += f.level == s ? 1U : 0U;
    return n;
  }
  /// How many findings come from this rule.
  [[nodiscard]] constexpr std::size_t count(rule r) const noexcept {
    std::size_t n = 0;
    for (const auto& f : items) n += f.id == r ? 1U : 0U;
    return n;
  }
};

namespace detail {

template <contract_type C>
inline constexpr counting_sink finding_counts = [] {
  counting_sink s{};
  run_rules(C::view(), s);
  return s;
}();

template <contract_type C>
constexpr auto collect_findings() {
  constexpr std::size_t n = finding_counts<C>.errors + finding_counts<C>.warnings;
  collecting_sink<n> s{};
  run_rules(C::view(), s);
  return finding_list<n>{s.items};
}

}  // namespace detail

/// Every finding about contract C, errors and warnings, in rule order.
template <contract_type C>
inline constexpr auto findings = detail::collect_findings<C>();

/// How many errors the rules find in C.
template <contract_type C>
inline constexpr std::size_t error_count = detail::finding_counts<C>.errors;

/// How many warnings the rules find in C.
template <contract_type C>
inline constexpr std::size_t warning_count = detail::finding_counts<C>.warnings;

/// Whether C breaks no rule whose severity is error. No diagnostic: use `check<C>` for that.
template <contract_type C>
inline constexpr bool consistent = error_count<C> == 0;

/// Whether C breaks no rule at all, warnings included.
template <contract_type C>
inline constexpr bool strictly_consistent = consistent<C> && warning_count<C> == 0;

}  // namespace covenant
