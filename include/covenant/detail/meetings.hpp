// The candidate index: which clauses may meet which, found in one sweep over the start days.
//
// Two clauses can only clash when their scopes lie on one branch of the scope hierarchy (one is,
// or contains, the other) and their terms overlap. Almost no pair of a large contract does, so
// the engine finds the pairs that do, once, and the rules look at nothing else:
//
//  1. clauses are ordered by start day (a radix sort: linear, and no comparisons);
//  2. every scope on a clause's path up the hierarchy gets a slot in a hash table keyed by the
//     scope's `key` (addresses cannot be hashed in a constant expression; equal keys are told
//     apart by address);
//  3. a sweep in start order keeps, per scope, the clauses still open (started, not yet ended):
//     `exact[s]` those whose scope is s, `below[s]` those whose scope is s or lies below it. A
//     clause meets the open clauses in `below[its scope]` and in `exact[a]` for each scope a
//     above it; clauses that have ended are unlinked as the sweep passes them.
//
// Cost: O(N·d + K) steps for N clauses of scope depth d with K meeting pairs. The work arrays
// are allocated and freed within the constant expression (C++20 transient allocation).
//
// Scopes cut across dimensions (what × where × how) are indexed by their "what" coordinate and
// filtered on the others: a clause that leaves "what" open sits at a root above every scope, so
// it meets every clause open at the same time, and the pairs found are kept only when the scopes
// overlap in every dimension.
#pragma once

#include <covenant/core/clause.hpp>

#include <array>
#include <cstddef>
#include <cstdint>

namespace covenant::detail {

/// A work array for the engine: allocated in the constant expression and freed when it goes out
/// of scope (a constant expression must free what it allocates). Hot loops take `data()` and
/// index the pointer: a member call per access would cost steps.
template <typename T>
class work_array {
public:
  /// `n` elements, value-initialised (zero): the compilers do that without a step per element.
  constexpr explicit work_array(std::size_t n) : data_(new T[n == 0 ? 1 : n]()) {}
  /// `n` elements, each `value` (a step per element).
  constexpr work_array(std::size_t n, T value) : work_array(n) {
    for (std::size_t i = 0; i < n; ++i) data_[i] = value;
  }
  work_array(const work_array&) = delete;
  work_array& operator=(const work_array&) = delete;
  constexpr ~work_array() { delete[] data_; }
  constexpr T* data() noexcept { return data_; }
  constexpr const T* data() const noexcept { return data_; }
  constexpr T& operator[](std::size_t i) noexcept { return data_[i]; }
  constexpr const T& operator[](std::size_t i) const noexcept { return data_[i]; }

private:
  T* data_;
};

/// The clause indices ordered by start day: a least-significant-digit radix sort on the
/// distance from the earliest start, 11 bits a pass (two passes cover every supported date).
constexpr void order_by_start(const clause_record* rs, std::size_t n, std::uint32_t* out) {
  day lowest = rs[0].start;
  day highest = rs[0].start;
  for (std::size_t i = 1; i < n; ++i) {
    if (rs[i].start < lowest) lowest = rs[i].start;
    if (rs[i].start > highest) highest = rs[i].start;
  }
  const auto span = static_cast<std::uint32_t>(highest - lowest);
  work_array<std::uint32_t> spare(n);
  std::uint32_t* tmp = spare.data();
  for (std::size_t i = 0; i < n; ++i) out[i] = static_cast<std::uint32_t>(i);
  constexpr std::uint32_t bits = 11;
  constexpr std::uint32_t mask = (1U << bits) - 1;
  for (std::uint32_t shift = 0; shift < 32 && (shift == 0 || (span >> shift) != 0); shift += bits) {
    std::array<std::uint32_t, mask + 2> count{};
    for (std::size_t k = 0; k < n; ++k) {
      ++count[((static_cast<std::uint32_t>(rs[out[k]].start - lowest) >> shift) & mask) + 1];
    }
    for (std::uint32_t b = 0; b <= mask; ++b) count[b + 1] += count[b];
    for (std::size_t k = 0; k < n; ++k) {
      const std::uint32_t i = out[k];
      tmp[count[(static_cast<std::uint32_t>(rs[i].start - lowest) >> shift) & mask]++] = i;
    }
    for (std::size_t k = 0; k < n; ++k) out[k] = tmp[k];
  }
}

/// The scope above every "what" scope, where the index puts clauses that leave "what" open.
inline constexpr entity every_scope{"every scope"};

/// Where the index files a clause: its "what" coordinate, or `every_scope` when it has none.
constexpr const entity* index_scope(const entity* s) noexcept {
  if (s == nullptr) return nullptr;
  const entity* w = coordinate(s, 0);
  return w != nullptr ? w : &every_scope;
}

/// Slots for the scopes of a contract: an open-addressing hash table from scope to a small
/// integer, keyed by the scope's `key` and told apart by address. Each slot knows the slot of
/// the scope it is part of, so a clause's path up the hierarchy is a walk over integers.
class scope_slots {
public:
  static constexpr std::uint32_t none = 0xFFFFFFFFU;

  /// Room for `scopes` scopes at most (the number of scopes on the clauses' paths).
  /// With `rooted`, every hierarchy hangs below `every_scope`.
  constexpr scope_slots(std::size_t scopes, bool rooted)
      : mask_(capacity_for(2 * scopes) - 1), entity_(mask_ + 1), slot_(mask_ + 1), parent_(scopes),
        depth_(scopes), rooted_(rooted) {}

  /// The slot of scope `e`, given the next free one (and its parents theirs) if it has none.
  constexpr std::uint32_t of(const entity* e) {
    const entity** entities = entity_.data();
    std::size_t h = e->key & mask_;
    while (entities[h] != nullptr && entities[h] != e) h = (h + 1) & mask_;
    if (entities[h] == e) return slot_[h];
    entities[h] = e;
    const std::uint32_t s = count_++;
    slot_[h] = s;
    const std::uint32_t p = e->parent != nullptr           ? of(e->parent)
                            : rooted_ && e != &every_scope ? of(&every_scope)
                                                           : none;
    parent_[s] = p;
    depth_[s] = p == none ? 1 : depth_[p] + 1;
    return s;
  }
  /// For each slot, the slot of the scope it is part of, or `none`.
  [[nodiscard]] constexpr const std::uint32_t* parents() const noexcept { return parent_.data(); }
  /// How many scopes the path from slot `s` up holds (itself included).
  [[nodiscard]] constexpr std::uint32_t depth(std::uint32_t s) const noexcept { return depth_[s]; }
  [[nodiscard]] constexpr std::uint32_t count() const noexcept { return count_; }

private:
  static constexpr std::size_t capacity_for(std::size_t n) noexcept {
    std::size_t c = 16;
    while (c < n) c *= 2;
    return c;
  }
  std::size_t mask_;
  work_array<const entity*> entity_;
  work_array<std::uint32_t> slot_;
  work_array<std::uint32_t> parent_;
  work_array<std::uint32_t> depth_;
  bool rooted_;
  std::uint32_t count_ = 0;
};

/// Calls `meet(i, j)` once for every unordered pair of clauses that may meet (scopes on one
/// branch of the hierarchy, overlapping terms), with `i` the one that starts later (or at the
/// same day, later in the sweep).
template <typename Meet>
constexpr void each_meeting(const clause_record* rs, std::size_t n, Meet&& meet) {
  if (n < 2) return;
  constexpr std::uint32_t none = scope_slots::none;
  std::size_t path_scopes = 1;
  bool open_what = false; // some clause leaves "what" open
  bool cut = false;       // some clause's scope is not a plain "what" scope
  for (std::size_t i = 0; i < n; ++i) {
    const entity* s = rs[i].scope;
    if (s == nullptr) continue;
    cut = cut || s->coordinates != nullptr || s->dimension != 0;
    open_what = open_what || coordinate(s, 0) == nullptr;
    for (const entity* e = index_scope(s); e != nullptr; e = e->parent) ++path_scopes;
  }
  scope_slots slots(path_scopes, open_what);
  work_array<std::uint32_t> own_slot(n);
  std::uint32_t* own = own_slot.data();
  std::size_t entries = 0;
  for (std::size_t i = 0; i < n; ++i) {
    // A record without a scope comes from a contract already reported malformed: it meets none.
    own[i] = rs[i].scope != nullptr ? slots.of(index_scope(rs[i].scope)) : none;
    entries += own[i] != none ? slots.depth(own[i]) + 1 : 0;
  }
  const std::uint32_t* parent = slots.parents();
  // Open clauses per scope slot, as linked lists over one pool of nodes; heads and links hold
  // node + 1, so that zero (the value arrays start with) is the end of a list.
  work_array<std::uint32_t> exact_heads(slots.count());
  work_array<std::uint32_t> below_heads(slots.count());
  work_array<std::uint32_t> node_clause(entries);
  work_array<std::uint32_t> node_next(entries);
  std::uint32_t* exact = exact_heads.data();
  std::uint32_t* below = below_heads.data();
  std::uint32_t* clause_of = node_clause.data();
  std::uint32_t* next_of = node_next.data();
  std::uint32_t nodes = 0;
  work_array<std::uint32_t> sorted(n);
  std::uint32_t* order = sorted.data();
  order_by_start(rs, n, order);
  for (std::size_t k = 0; k < n; ++k) {
    const std::uint32_t i = order[k];
    const day today = rs[i].start;
    const std::uint32_t s = own[i];
    if (s == none) continue;
    // The open clauses at or below this scope, then those exactly at each scope above it;
    // clauses that ended by today are unlinked on the way.
    for (std::uint32_t a = s, *heads = below; a != none; a = parent[a], heads = exact) {
      std::uint32_t* link = &heads[a];
      while (*link != 0) {
        const std::uint32_t node = *link - 1;
        const std::uint32_t j = clause_of[node];
        if (rs[j].end <= today) {
          *link = next_of[node];
        } else {
          // The other dimensions filter what the "what" hierarchy found.
          if (!cut || overlaps(rs[i].scope, rs[j].scope)) meet(i, j);
          link = &next_of[node];
        }
      }
    }
    clause_of[nodes] = i;
    next_of[nodes] = exact[s];
    exact[s] = ++nodes;
    for (std::uint32_t a = s; a != none; a = parent[a]) {
      clause_of[nodes] = i;
      next_of[nodes] = below[a];
      below[a] = ++nodes;
    }
  }
}

/// Finds clauses by identity: an open-addressing table over the identities' keys, built in the
/// constant expression that needs it.
class clause_finder {
public:
  constexpr clause_finder(const clause_record* rs, std::size_t n)
      : rs_(rs), n_(n), mask_(capacity_for(n) - 1), slot_(mask_ + 1) {
    // Slots hold a clause index + 1, so that zero (the value they start with) means empty.
    for (std::size_t i = 0; i < n; ++i) {
      std::size_t h = rs[i].identity->key & mask_;
      while (slot_[h] != 0) h = (h + 1) & mask_;
      slot_[h] = static_cast<std::uint32_t>(i + 1);
    }
  }
  /// The index of the clause with identity `id` (the first, if it appears twice), or n.
  [[nodiscard]] constexpr std::size_t find(const clause_id* id) const noexcept {
    std::size_t found = n_;
    for (std::size_t h = id->key & mask_; slot_[h] != 0; h = (h + 1) & mask_) {
      const std::size_t i = slot_[h] - 1;
      if (rs_[i].identity == id && i < found) found = i;
    }
    return found;
  }

private:
  static constexpr std::size_t capacity_for(std::size_t n) noexcept {
    std::size_t c = 16;
    while (c < 2 * n) c *= 2;
    return c;
  }
  const clause_record* rs_;
  std::size_t n_;
  std::size_t mask_;
  work_array<std::uint32_t> slot_;
};

/// Where each clause's meetings start in the candidate index (the last entry is their total).
template <std::size_t N>
constexpr std::array<std::uint32_t, N + 1> meeting_offsets(const clause_record* rs) {
  std::array<std::uint32_t, N + 1> offsets{};
  each_meeting(rs, N, [&](std::uint32_t i, std::uint32_t j) {
    ++offsets[i + 1];
    ++offsets[j + 1];
  });
  for (std::size_t i = 0; i < N; ++i) offsets[i + 1] += offsets[i];
  return offsets;
}

/// The candidate index itself: for every clause, the clauses that may meet it.
template <std::size_t N, std::size_t K>
constexpr std::array<std::uint32_t, K> meeting_lists(const clause_record* rs,
                                                     const std::array<std::uint32_t, N + 1>& at) {
  std::array<std::uint32_t, K> out{};
  if constexpr (K > 0) {
    std::array<std::uint32_t, N> cursor{};
    for (std::size_t i = 0; i < N; ++i) cursor[i] = at[i];
    each_meeting(rs, N, [&](std::uint32_t i, std::uint32_t j) {
      out[cursor[i]++] = j;
      out[cursor[j]++] = i;
    });
  }
  return out;
}

/// Clauses grouped into blocks, each judged in a constant expression of its own: a block holds
/// as many clauses as keep its work (a fixed cost per clause and per meeting) within a budget far
/// below the compilers' step limits (clang: 1,048,576 steps per expression).
template <std::size_t N>
struct block_plan {
  static constexpr std::size_t clause_cost = 400;
  static constexpr std::size_t meeting_cost = 150;
  static constexpr std::size_t budget = 300'000;
  std::array<std::uint32_t, N + 1> first{};
  std::size_t count = 0;
};

template <std::size_t N>
constexpr block_plan<N> plan_blocks(const std::array<std::uint32_t, N + 1>& at) noexcept {
  using plan = block_plan<N>;
  plan out{};
  std::size_t work = 0;
  for (std::size_t i = 0; i < N; ++i) {
    const std::size_t cost = plan::clause_cost + plan::meeting_cost * (at[i + 1] - at[i]);
    if (i > 0 && work + cost > plan::budget) {
      out.first[++out.count] = static_cast<std::uint32_t>(i);
      work = 0;
    }
    work += cost;
  }
  if (N > 0) out.first[++out.count] = static_cast<std::uint32_t>(N);
  return out;
}

} // namespace covenant::detail
