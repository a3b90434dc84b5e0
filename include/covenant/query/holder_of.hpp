// holder_of<C>(kind, scope, day, scenario): who holds a right over a scope on a day;
// exclusive_holder_of<C>(scope, day, scenario): who holds it exclusively.
#pragma once

#include <covenant/contract.hpp>
#include <covenant/query/arguments.hpp>
#include <covenant/query/timeline.hpp>

#include <cstddef>
#include <string_view>

namespace covenant {

/// The answer of `holder_of`: the party holding the right and the clause granting it.
struct holding {
  const detail::entity* party = nullptr;
  /// Index of the granting clause in the contract.
  std::size_t clause = 0;

  [[nodiscard]] constexpr explicit operator bool() const noexcept { return party != nullptr; }
  /// The holder's name, or empty when nobody holds the right.
  [[nodiscard]] constexpr std::string_view name() const noexcept {
    return party != nullptr ? party->name : std::string_view{};
  }
  /// Whether the holder is party P.
  template <party_type P>
  [[nodiscard]] constexpr bool is(P) const noexcept {
    return party == detail::entity_ptr<P>();
  }
};

/// Who holds a right of kind `kind` (exclusivity, right of first refusal, first ship, licence)
/// over scope `Scope` on day `on` in the timeline `s`. A clause over a wider scope covers a
/// narrower one. With several holders, the first clause written answers. Any other kind, or a
/// day outside 1900-01-01..9999-12-31, throws std::invalid_argument (in a constant expression,
/// a compile error).
template <contract_type C, scope_type Scope>
constexpr holding holder_of(clause_kind kind, Scope, day on, const scenario& s = {}) {
  detail::require_argument(
      has_holder(kind), "covenant: holder_of: this kind of clause is not a right held over a scope",
      "Hint: ask about exclusivity, right_of_first_refusal, first_ship or "
      "licence; what a party is owed is answered by payments",
      kind_name(kind).data());
  detail::require_day(on, "covenant: holder_of: day outside 1900-01-01..9999-12-31");
  const auto* where = detail::entity_ptr<Scope>();
  for (std::size_t i = 0; i < C::size; ++i) {
    const auto& r = C::records[i];
    if (r.kind != kind || !detail::within(where, r.scope)) continue;
    const auto w = detail::in_force_window(C::records, i, s, C::fallback_count > 0);
    if (w.from <= on && on < w.to) return {r.counterparty, i};
  }
  return {};
}

/// Who holds an exclusive right over scope `Scope` on day `on` in the timeline `s`: the holder of
/// an exclusivity, or the licensee of an exclusive licence, whose scope contains `Scope` (in
/// every dimension). Empty when nobody does: non-exclusive licences and first refusals do not
/// count. With several (an inconsistent contract), the first clause answers.
template <contract_type C, scope_type Scope>
constexpr holding exclusive_holder_of(Scope, day on, const scenario& s = {}) {
  detail::require_day(on, "covenant: exclusive_holder_of: day outside 1900-01-01..9999-12-31");
  const auto* where = detail::entity_ptr<Scope>();
  for (std::size_t i = 0; i < C::size; ++i) {
    const auto& r = C::records[i];
    const bool exclusive =
        r.kind == clause_kind::exclusivity || (r.kind == clause_kind::licence && r.exclusive);
    if (!exclusive || !detail::within(where, r.scope)) continue;
    const auto w = detail::in_force_window(C::records, i, s, C::fallback_count > 0);
    if (w.from <= on && on < w.to) return {r.counterparty, i};
  }
  return {};
}

} // namespace covenant
