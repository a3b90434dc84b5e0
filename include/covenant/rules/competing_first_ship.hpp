// Rule competing_first_ship: a product can launch first on only one platform.
#pragma once

#include <covenant/detail/competing_grants.hpp>
#include <covenant/rules/rule.hpp>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    competing_first_ship, error,
    "two first-ship preferences to different holders cover overlapping products at the same "
    "time; a product can launch first on only one platform.",
    "keep ", detail::first_clause("one first_ship"), " or ", detail::second_clause("the other"),
    ", or separate the product scopes or terms.");

namespace rules {

struct competing_first_ship {
  static constexpr rule id = rule::competing_first_ship;

  template <typename Sink>
  static constexpr void check(const detail::contract_view& c, std::size_t i, Sink& out) {
    detail::check_competing_grants<id, clause_kind::first_ship>(c, i, out);
  }
};

} // namespace rules
} // namespace covenant
