// Rule competing_first_refusal: only one holder can be first.
#pragma once

#include <covenant/detail/competing_grants.hpp>
#include <covenant/rules/rule.hpp>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    competing_first_refusal, error,
    "two rights of first refusal to different holders cover an overlapping scope at the same "
    "time; both cannot be first.",
    "keep ", detail::first_clause("one right of first refusal"), " or ",
    detail::second_clause("the other"),
    ", give the other holder a second refusal, or separate the scopes or terms.");

namespace rules {

struct competing_first_refusal {
  static constexpr rule id = rule::competing_first_refusal;

  template <typename Sink>
  static constexpr void check(const detail::contract_view& c, std::size_t i, Sink& out) {
    detail::check_competing_grants<id, clause_kind::right_of_first_refusal>(c, i, out);
  }
};

} // namespace rules
} // namespace covenant
