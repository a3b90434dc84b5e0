// Timelines of events for rules that add clauses up: which clauses can be in force together.
#pragma once

#include <covenant/core/clause.hpp>
#include <covenant/core/finding.hpp>
#include <covenant/detail/overlap.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace covenant::detail {

/// The events a few clauses depend on, and the timelines they make: each timeline says, for every
/// one of these events, whether it has happened. A clause is in force on a timeline when the
/// event it waits for has happened, and neither the event that ends it nor any of its exceptions
/// has. Pairwise tests cannot add clauses up: a share until E and a share from E never meet, yet
/// each meets a third share, so sums are taken per timeline.
struct timelines {
  /// Events beyond this many are not told apart: a clause waiting for (or ended by) one of them
  /// counts on every timeline, which can only overstate a sum (docs/reference/rules.md).
  static constexpr std::size_t max_events = 10;
  std::array<const entity*, max_events> events{};
  std::size_t count = 0;

  constexpr void add_event(const entity* e) noexcept {
    if (e == nullptr) return;
    for (std::size_t k = 0; k < count; ++k) {
      if (events[k] == e) return;
    }
    if (count < max_events) events[count++] = e;
  }
  constexpr void add(const clause_record& r) noexcept {
    for (const auto* e : r.waits_for()) add_event(e);
    add_event(r.ends_at_event);
    for (const auto& x : r.exceptions) {
      for (std::size_t k = 0; k < x.event_count; ++k) add_event(x.events[k]);
    }
  }

  /// How many timelines there are to look at.
  [[nodiscard]] constexpr std::uint32_t size() const noexcept { return 1U << count; }

  /// Whether event `e` has happened on timeline `t`; -1 when `e` is not told apart.
  [[nodiscard]] constexpr int happened(const entity* e, std::uint32_t t) const noexcept {
    for (std::size_t k = 0; k < count; ++k) {
      if (events[k] == e) return ((t >> k) & 1U) != 0U ? 1 : 0;
    }
    return -1;
  }

  /// Whether `r` can be in force on timeline `t` (its days aside).
  [[nodiscard]] constexpr bool admits(const clause_record& r, std::uint32_t t) const noexcept {
    if (!starts_on(r, t)) return false;
    if (r.ends_at_event != nullptr && happened(r.ends_at_event, t) == 1) return false;
    for (const auto& x : r.exceptions) {
      bool all = x.event_count > 0;
      for (std::size_t k = 0; k < x.event_count; ++k) all = all && happened(x.events[k], t) == 1;
      if (all) return false;
    }
    return true;
  }

  /// Whether the events `r` waits for allow it to have started on timeline `t`: all of them (or
  /// one, with any_of) have happened there. An event not told apart may have happened.
  [[nodiscard]] constexpr bool starts_on(const clause_record& r, std::uint32_t t) const noexcept {
    const auto w = r.waits_for();
    if (w.empty()) return true;
    const bool any = w.size() > 1 && r.starts_on_any;
    for (const auto* e : w) {
      const bool may_have = happened(e, t) != 0;
      if (any && may_have) return true;
      if (!any && !may_have) return false;
    }
    return !any;
  }

  /// An event the timeline needs to have happened for `r` to be in force, or null (with
  /// any_of, the first of the events: one timeline on which the clause stands).
  [[nodiscard]] static constexpr const entity* needs_happened(const clause_record& r) noexcept {
    return r.starts_at_event;
  }
  /// An event the timeline needs not to have happened for `r` to be in force, or null.
  [[nodiscard]] static constexpr const entity* needs_not_happened(const clause_record& r) noexcept {
    if (r.ends_at_event != nullptr) return r.ends_at_event;
    for (const auto& x : r.exceptions) {
      if (x.event_count == 1) return x.events[0];
    }
    return nullptr;
  }
};

/// A sum found over a limit: its total, the first day over the limit, how many clauses it
/// adds and the first of them in clause order (as many as a finding shows), with the events of
/// the timeline it was found on. Nothing bounds the number of clauses a sum adds.
struct excess {
  bool found = false;
  day on = 0;
  std::int64_t total = 0;
  std::array<std::uint32_t, finding::max_parts> parts{};
  std::size_t part_count = 0;
  /// An event that has happened, and one that has not, on the timeline of the sum: those of its
  /// first clause in clause order that needs one.
  const entity* after_event = nullptr;
  const entity* before_event = nullptr;

  constexpr void add_part(std::size_t k, const clause_record& r) noexcept {
    const auto x = static_cast<std::uint32_t>(k);
    const std::size_t kept = part_count < parts.size() ? part_count : parts.size();
    // Kept in clause order: a later clause past the kept ones is only counted.
    std::size_t at = kept;
    while (at > 0 && parts[at - 1] > x) --at;
    if (at < parts.size()) {
      for (std::size_t m = (kept < parts.size() ? kept : parts.size() - 1); m > at; --m) {
        parts[m] = parts[m - 1];
      }
      parts[at] = x;
    }
    ++part_count;
    const auto* happened = timelines::needs_happened(r);
    const auto* not_happened = timelines::needs_not_happened(r);
    if (happened != nullptr && x < after_from) {
      after_event = happened;
      after_from = x;
    }
    if (not_happened != nullptr && x < before_from) {
      before_event = not_happened;
      before_from = x;
    }
  }
  /// The clauses the events above come from.
  std::uint32_t after_from = ~std::uint32_t{0};
  std::uint32_t before_from = ~std::uint32_t{0};
};

/// The clauses a sum adds up, as indices into the contract, and those of them that may hand
/// over to another through an exception (`yields_to<...>`). Sized to the clauses that may meet
/// the one the sum starts from: a sum is never cut short.
struct sum_members {
  std::vector<std::uint32_t> all;
  std::vector<std::uint32_t> yielding;

  constexpr explicit sum_members(std::size_t most) { all.reserve(most); }
  constexpr void add(const clause_record* cs, std::size_t k) {
    all.push_back(static_cast<std::uint32_t>(k));
    for (const auto& x : cs[k].exceptions) {
      if (x.fallback != nullptr) {
        yielding.push_back(static_cast<std::uint32_t>(k));
        return;
      }
    }
  }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return all.size(); }
};

/// The clause that clause `k` continues (continue_as<...> in a dated amendment), or `n` when it
/// continues none: it is written before `k`, and has the identity `k` names.
constexpr std::size_t continued_from(const clause_record* cs, std::size_t k) noexcept {
  if (cs[k].continues == nullptr) return k;
  for (std::size_t j = 0; j < k; ++j) {
    if (cs[j].identity == cs[k].continues) return j;
  }
  return k;
}

/// The first clause of the chain of continuations clause `k` ends: itself when it continues none.
constexpr std::size_t chain_start(const clause_record* cs, std::size_t k) noexcept {
  for (std::size_t j = continued_from(cs, k); j != k; j = continued_from(cs, k)) k = j;
  return k;
}

/// Whether a later clause continues clause `k`: only a clause a dated amendment ended can be.
constexpr bool is_continued(const clause_record* cs, std::size_t n, std::size_t k) noexcept {
  if (cs[k].ended_by_amendment == end_of_time) return false;
  for (std::size_t j = k + 1; j < n; ++j) {
    if (cs[j].continues == cs[k].identity) return true;
  }
  return false;
}

/// Whether some clause among `m` that a timeline keeps hands over to `r`: `r` applies only
/// when that clause yields, so the two are never counted together. Only the members that yield
/// are looked at, so that a big sum without exceptions stays linear.
constexpr bool taken_over(const clause_record* cs, const sum_members& m, const clause_record& r,
                          const timelines& tl, std::uint32_t t) noexcept {
  for (const auto k : m.yielding) {
    const auto& x = cs[k];
    if (&x != &r && tl.admits(x, t) && yields_to(x, r)) return true;
  }
  return false;
}

} // namespace covenant::detail
