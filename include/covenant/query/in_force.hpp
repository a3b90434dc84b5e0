// in_force<C>(day, scenario): the clauses in force on a day.
#pragma once

#include <covenant/contract.hpp>
#include <covenant/query/arguments.hpp>
#include <covenant/query/timeline.hpp>

#include <array>
#include <cstddef>

namespace covenant {

/// A set of clauses of a contract with N clauses, by index in the order written.
template <std::size_t N>
class clause_set {
public:
  /// Adds clause `i`.
  constexpr void insert(std::size_t i) noexcept { member_[i] = true; }
  /// Whether clause `i` is in the set; an index past the last clause throws
  /// std::invalid_argument (in a constant expression, a compile error).
  [[nodiscard]] constexpr bool contains(std::size_t i) const {
    detail::require_argument(i < N, "covenant: clause_set::contains: no clause has this index",
                             "Hint: clauses are numbered from 0 in the order written, below "
                             "the number of clauses",
                             static_cast<std::int64_t>(i));
    return member_[i];
  }
  [[nodiscard]] constexpr std::size_t size() const noexcept {
    std::size_t n = 0;
    for (bool b : member_) n += b ? 1U : 0U;
    return n;
  }
  /// Whether the set is empty.
  [[nodiscard]] constexpr bool empty() const noexcept { return size() == 0; }

  /// Iterates over the indices in the set, in increasing order.
  class iterator {
  public:
    /// At the first index from `i` in the set.
    constexpr iterator(const clause_set* set, std::size_t i) noexcept : set_(set), i_(i) { skip(); }
    /// The clause index.
    constexpr std::size_t operator*() const noexcept { return i_; }
    /// To the next index in the set.
    constexpr iterator& operator++() noexcept {
      ++i_;
      skip();
      return *this;
    }
    /// Same position.
    friend constexpr bool operator==(const iterator& a, const iterator& b) noexcept {
      return a.i_ == b.i_;
    }

  private:
    constexpr void skip() noexcept {
      while (i_ < N && !set_->member_[i_]) ++i_;
    }
    const clause_set* set_;
    std::size_t i_;
  };
  /// The first index in the set.
  [[nodiscard]] constexpr iterator begin() const noexcept { return {this, 0}; }
  /// Past the last index.
  [[nodiscard]] constexpr iterator end() const noexcept { return {this, N}; }

private:
  std::array<bool, N> member_{};
};

/// The clauses of C in force on day `on` in the timeline `s` (by default: no event happens).
/// A day outside 1900-01-01..9999-12-31 throws std::invalid_argument.
template <contract_type C>
constexpr clause_set<C::size> in_force(day on, const scenario& s = {}) {
  detail::require_day(on, "covenant: in_force: day outside 1900-01-01..9999-12-31");
  clause_set<C::size> out;
  for (std::size_t i = 0; i < C::size; ++i) {
    const auto w = detail::in_force_window(C::records, i, s, C::fallback_count > 0);
    if (w.from <= on && on < w.to) out.insert(i);
  }
  return out;
}

/// Whether clause type `Clause` of C is in force on day `on` in the timeline `s`. A clause C
/// does not hold is a compile error; a day outside 1900-01-01..9999-12-31 throws
/// std::invalid_argument.
template <contract_type C, clause_type Clause>
constexpr bool is_in_force(day on, const scenario& s = {}) {
  if constexpr (!has_clause<C, Clause>) {
    return detail::report<query_error::is_in_force_of_a_clause_not_in_the_contract, Clause,
                          detail::text_argument<detail::label_text<Clause>>(),
                          detail::text_argument<C::title>()>();
  } else {
    detail::require_day(on, "covenant: is_in_force: day outside 1900-01-01..9999-12-31");
    const std::size_t i = detail::index_of(C::records, detail::identity<Clause>());
    const auto w = detail::in_force_window(C::records, i, s, C::fallback_count > 0);
    return w.from <= on && on < w.to;
  }
}

} // namespace covenant
