// Rule obligation_vs_prohibition: a party cannot be bound both to do and not to do a thing.
#pragma once

#include <covenant/detail/against_prohibitions.hpp>
#include <covenant/rules/rule.hpp>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    obligation_vs_prohibition, error,
    "an obligation and a prohibition bind the same party to an overlapping action (one is a kind "
    "of the other) over an overlapping scope at the same time.",
    "drop ", detail::first_clause("the obligation"), " or ",
    detail::second_clause("the prohibition"), ", carve the prohibited scope out of ",
    detail::first_clause("the obligation"), ", or end one term before the other starts.");

namespace rules {

struct obligation_vs_prohibition {
  static constexpr rule id = rule::obligation_vs_prohibition;

  template <typename Sink>
  static constexpr void check(const detail::contract_view& c, std::size_t i, Sink& out) {
    detail::check_against_prohibitions<id, clause_kind::obligation>(c, i, out);
  }
};

} // namespace rules
} // namespace covenant
