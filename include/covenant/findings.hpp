// findings<C>: everything the rules say about a contract, as a constexpr list.
#pragma once

#include <covenant/contract.hpp>
#include <covenant/detail/meetings.hpp>
#include <covenant/rules/all.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
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

// The engine, per contract: each stage is a constant expression of its own, so that each stays
// within the compilers' step limits however large the contract (docs/design.md).

/// Where each clause's meetings start in the candidate index (pass 1 of the sweep).
template <contract_type C>
inline constexpr auto meet_offsets = meeting_offsets<C::size>(C::view().clauses);

/// The candidate index itself (pass 2 of the sweep).
template <contract_type C>
inline constexpr auto meet_lists =
    meeting_lists<C::size, meet_offsets<C>[C::size]>(C::view().clauses, meet_offsets<C>);

/// The exception cycles, when the contract has yields_to<...> links at all.
template <contract_type C, bool Linked = (C::fallback_count > 0)>
inline constexpr const std::uint32_t* cycles = nullptr;
template <contract_type C>
inline constexpr std::array<std::uint32_t, C::size>
    cycle_table = cycle_partners<C::size>(C::view().clauses);
template <contract_type C>
inline constexpr const std::uint32_t* cycles<C, true> = cycle_table<C>.data();

/// For each clause, the next clause with the same label (rule unlabelled_clause): computed once
/// per contract, in a constant expression of its own, from a hash table over the labels.
template <contract_type C>
inline constexpr std::array<std::uint32_t, C::size>
    label_twin_table = label_twins<C::size>(C::view().clauses);

/// The view the rules run on: the contract's records with the engine's index.
template <contract_type C>
constexpr contract_view full_view() noexcept {
  contract_view v = C::view();
  v.meet_offsets = meet_offsets<C>.data();
  v.meets = meet_lists<C>.data();
  v.cycle_partner = cycles<C>;
  v.label_twin = label_twin_table<C>.data();
  return v;
}

/// The clauses, in blocks judged one constant expression each.
template <contract_type C>
inline constexpr auto blocks = plan_blocks<C::size>(meet_offsets<C>);

template <contract_type C, std::size_t B>
inline constexpr block_verdict verdict_on_block = [] {
  block_verdict v{};
  const contract_view c = full_view<C>();
  for (std::size_t i = blocks<C>.first[B]; i < blocks<C>.first[B + 1]; ++i) run_rules(c, i, v);
  return v;
}();

template <contract_type C>
inline constexpr auto verdicts = []<std::size_t... Bs>(std::index_sequence<Bs...>) {
  return std::array<block_verdict, sizeof...(Bs)>{verdict_on_block<C, Bs>...};
}
(std::make_index_sequence<blocks<C>.count>{});

template <contract_type C>
inline constexpr std::array<std::size_t, 2> counts = [] {
  std::array<std::size_t, 2> n{};
  for (const auto& v : verdicts<C>) {
    n[0] += v.errors;
    n[1] += v.warnings;
  }
  return n;
}();

/// Every finding about the clauses of block B, when more were found than a verdict keeps.
template <contract_type C, std::size_t B>
inline constexpr auto all_findings_in_block = [] {
  collecting_sink<verdicts<C>[B].total()> s{};
  const contract_view c = full_view<C>();
  for (std::size_t i = blocks<C>.first[B]; i < blocks<C>.first[B + 1]; ++i) run_rules(c, i, s);
  return s.items;
}();

/// The findings about the clauses of block B, as a span over static storage.
template <contract_type C, std::size_t B>
inline constexpr std::span<const finding> findings_in_block = [] {
  constexpr const block_verdict& v = verdicts<C>[B];
  if constexpr (v.all_kept()) {
    return std::span<const finding>(v.kept.data(), v.total());
  } else {
    return std::span<const finding>(all_findings_in_block<C, B>);
  }
}();

template <contract_type C>
constexpr auto collect_findings() {
  constexpr std::size_t n = counts<C>[0] + counts<C>[1];
  finding_list<n> out{};
  if constexpr (n > 0) {
    const auto per_block = []<std::size_t... Bs>(std::index_sequence<Bs...>) {
      return std::array<std::span<const finding>, sizeof...(Bs)>{findings_in_block<C, Bs>...};
    }
    (std::make_index_sequence<blocks<C>.count>{});
    std::size_t k = 0;
    for (const auto& block : per_block) {
      for (const auto& f : block) out.items[k++] = f;
    }
    order_within_groups(out.items.begin(), out.items.end());
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
