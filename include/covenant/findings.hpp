// findings<C>: everything the rules say about a contract, as a constexpr list.
#pragma once

#include <covenant/contract.hpp>
#include <covenant/rules/all.hpp>

#include <array>
#include <cstddef>
#include <span>
#include <utility>

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

// Each clause is judged in a constant expression of its own (one variable template
// specialisation per clause): the work of one expression grows with the number of clauses, not
// with its square, so large contracts stay within the compilers' constexpr step limits.
template <contract_type C, std::size_t I>
inline constexpr clause_verdict verdict_on = [] {
  clause_verdict v{};
  run_rules(C::view(), I, v);
  return v;
}();

template <contract_type C>
inline constexpr auto verdicts = []<std::size_t... Is>(std::index_sequence<Is...>) {
  return std::array<clause_verdict, sizeof...(Is)>{verdict_on<C, Is>...};
}
(std::make_index_sequence<C::size>{});

template <contract_type C>
inline constexpr std::array<std::size_t, 2> counts = [] {
  std::array<std::size_t, 2> n{};
  for (const auto& v : verdicts<C>) {
    n[0] += v.errors;
    n[1] += v.warnings;
  }
  return n;
}();

/// Every finding about clause I, when more were found than a verdict keeps.
template <contract_type C, std::size_t I>
inline constexpr auto all_findings_on = [] {
  collecting_sink<verdicts<C>[I].total()> s{};
  run_rules(C::view(), I, s);
  return s.items;
}();

/// The findings about clause I, as a span over static storage.
template <contract_type C, std::size_t I>
inline constexpr std::span<const finding> findings_on = [] {
  constexpr const clause_verdict& v = verdicts<C>[I];
  if constexpr (v.all_kept()) {
    return std::span<const finding>(v.kept.data(), v.total());
  } else {
    return std::span<const finding>(all_findings_on<C, I>);
  }
}();

template <contract_type C>
constexpr auto collect_findings() {
  constexpr std::size_t n = counts<C>[0] + counts<C>[1];
  finding_list<n> out{};
  if constexpr (n > 0) {
    const auto per_clause = []<std::size_t... Is>(std::index_sequence<Is...>) {
      return std::array<std::span<const finding>, sizeof...(Is)>{findings_on<C, Is>...};
    }
    (std::make_index_sequence<C::size>{});
    std::size_t k = 0;
    for (const auto& clause : per_clause) {
      for (const auto& f : clause) out.items[k++] = f;
    }
  }
  return out;
}

} // namespace detail

/// Every finding about contract C, errors and warnings, by clause (the first clause involved)
/// and, for one clause, in rule order.
template <contract_type C>
inline constexpr auto findings = detail::collect_findings<C>();

/// How many errors the rules find in C.
template <contract_type C>
inline constexpr std::size_t error_count = detail::counts<C>[0];

/// How many warnings the rules find in C.
template <contract_type C>
inline constexpr std::size_t warning_count = detail::counts<C>[1];

/// Whether C breaks no rule whose severity is error. No diagnostic: use `check<C>` for that.
template <contract_type C>
inline constexpr bool consistent = error_count<C> == 0;

/// Whether C breaks no rule at all, warnings included.
template <contract_type C>
inline constexpr bool strictly_consistent = consistent<C>&& warning_count<C> == 0;

} // namespace covenant
