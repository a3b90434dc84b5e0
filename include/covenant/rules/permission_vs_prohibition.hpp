// Rule permission_vs_prohibition: a party cannot be both allowed and forbidden to do a thing.
#pragma once

#include <covenant/detail/against_prohibitions.hpp>
#include <covenant/rules/rule.hpp>

namespace covenant {

COVENANT_DETAIL_DEFINE_RULE(
    permission_vs_prohibition, error,
    "a permission and a prohibition address the same party and an overlapping action (one is a "
    "kind of the other) over an overlapping scope at the same time.",
    "carve the prohibited scope out of the permission (or the permitted one out of the "
    "prohibition), or end one term before the other starts.");

namespace rules {

// The same test as obligation_vs_prohibition: a wide permission beside a narrow prohibition is
// reported too, because covenant does not guess which one the drafters meant to prevail.
template <typename Sink>
constexpr void check_permission_vs_prohibition(const detail::contract_view& c, std::size_t i,
                                               Sink& out) {
  detail::check_against_prohibitions<rule::permission_vs_prohibition, clause_kind::permission>(c, i,
                                                                                               out);
}

} // namespace rules
} // namespace covenant
