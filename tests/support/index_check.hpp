// Test support: whether the engine's candidate index is exact for a contract.
#pragma once

#include <covenant/covenant.hpp>

#include <cstddef>

namespace test_support {

/// Whether the candidate index lists, for every clause, exactly the clauses that may meet it
/// (brute force over every pair: for test contracts of a few hundred clauses at most).
template <typename C>
constexpr bool index_is_exact() {
  const auto v = covenant::detail::full_view<C>();
  for (std::size_t i = 0; i < C::size; ++i) {
    std::size_t expected = 0;
    for (std::size_t j = 0; j < C::size; ++j) {
      if (j != i && covenant::detail::may_meet(C::records[i], C::records[j])) ++expected;
    }
    std::size_t listed = 0;
    for (const std::size_t j : v.meeting(i)) {
      if (j == i || !covenant::detail::may_meet(C::records[i], C::records[j])) return false;
      ++listed;
    }
    if (listed != expected) return false;
  }
  return true;
}

} // namespace test_support
