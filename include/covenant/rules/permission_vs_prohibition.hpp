// Rule permission_vs_prohibition: a party cannot be both allowed and forbidden to do a thing.
#pragma once

#include <covenant/detail/against_prohibitions.hpp>
#include <covenant/rules/rule.hpp>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    permission_vs_prohibition, error,
    "a permission and a prohibition address the same party and an overlapping action (one is a "
    "kind of the other) over an overlapping scope at the same time.",
    "carve the prohibited scope out of ", detail::first_clause("the permission"),
    " (or the permitted one out of ", detail::second_clause("the prohibition"),
    "), or end one term before the other starts.");

namespace rules {

struct permission_vs_prohibition {
  static constexpr rule id = rule::permission_vs_prohibition;

  template <typename Sink>
  static constexpr void check(const detail::contract_view& c, std::size_t i, Sink& out) {
    detail::check_against_prohibitions<id, clause_kind::permission>(c, i, out);
  }
};

} // namespace rules
} // namespace covenant
