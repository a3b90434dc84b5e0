// What every clause kind has in common, and the record a clause lowers to.
#pragma once

#include <covenant/core/date.hpp>
#include <covenant/core/exception.hpp>
#include <covenant/core/names.hpp>
#include <covenant/core/term.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <type_traits>

namespace covenant {

/// The kinds of clause covenant understands.
enum class clause_kind : std::uint8_t {
  exclusivity,
  right_of_first_refusal,
  licence,
  revenue_share,
  payment_cap,
  first_ship,
  obligation,
  permission,
  prohibition,
  commitment,
};

/// A clause lowered to plain values: this is what rules and queries work on. Entities are
/// identified by the address of their unique `detail::entity` object.
struct clause_record {
  clause_kind kind{};
  /// The grantor, licensor, payer, or the party bound, permitted or committed.
  const detail::entity* party = nullptr;
  /// The holder, licensee or payee; null for obligations, permissions and prohibitions.
  const detail::entity* counterparty = nullptr;
  /// The scope (for revenue shares: the revenue base).
  const detail::entity* scope = nullptr;
  /// The action of an obligation, permission or prohibition.
  const detail::entity* action = nullptr;
  day start = 0;
  /// Exclusive end; the latest possible one when the term ends at an event.
  day end = end_of_time;
  /// The event that may end the term earlier, or null.
  const detail::entity* ends_at_event = nullptr;
  /// The event the term waits for, or null.
  const detail::entity* starts_at_event = nullptr;
  /// The exceptions to which the clause yields.
  std::span<const exception_record> exceptions{};
  bool exclusive = false;
  bool sublicensable = false;
  /// Revenue share rate in basis points.
  std::int64_t rate = 0;
  /// Cap of a revenue share or payment cap, amount of a commitment; -1 when there is none.
  std::int64_t amount = -1;
  /// Guaranteed minimum of a revenue share.
  std::int64_t minimum = 0;
  /// The currency unit of `amount` and `minimum`: its name, whose address is its identity.
  const std::string_view* unit = nullptr;
  /// Identity of the clause type.
  const detail::clause_id* identity = nullptr;
  std::string_view label;
  /// The day a dated amendment ended the clause (`end` is then that day), or end_of_time.
  day ended_by_amendment = end_of_time;
  /// The clause this one continues (continue_as<...> in a dated amendment), or null: payments
  /// and caps run on across the two.
  const detail::clause_id* continues = nullptr;

  /// Whether two records say the same thing, labels aside.
  [[nodiscard]] constexpr bool same_terms_as(const clause_record& o) const noexcept {
    return kind == o.kind && party == o.party && counterparty == o.counterparty &&
           scope == o.scope && action == o.action && start == o.start && end == o.end &&
           ends_at_event == o.ends_at_event && starts_at_event == o.starts_at_event &&
           same_exceptions(o) && exclusive == o.exclusive && sublicensable == o.sublicensable &&
           rate == o.rate && amount == o.amount && minimum == o.minimum && unit == o.unit;
  }

  [[nodiscard]] constexpr bool same_exceptions(const clause_record& o) const noexcept {
    if (exceptions.size() != o.exceptions.size()) return false;
    for (std::size_t i = 0; i < exceptions.size(); ++i) {
      if (!(exceptions[i] == o.exceptions[i])) return false;
    }
    return true;
  }
};

namespace detail {

template <typename Unit>
struct unit_identity {
  static constexpr std::string_view name = Unit::name;
};

template <typename Money>
constexpr const std::string_view* unit_of() noexcept {
  return &unit_identity<typename Money::unit>::name;
}

/// The record shared by every clause: kind, the two parties, scope and term. A plain function of
/// values, so that lowering a clause instantiates nothing per clause beyond its own members.
constexpr clause_record base_record(clause_kind kind, const entity* party,
                                    const entity* counterparty, const entity* scope, day start,
                                    day end, const entity* ends_at,
                                    const entity* starts_at) noexcept {
  clause_record r{};
  r.kind = kind;
  r.party = party;
  r.counterparty = counterparty;
  r.scope = scope;
  r.start = start;
  r.end = end;
  r.ends_at_event = ends_at;
  r.starts_at_event = starts_at;
  return r;
}

constexpr clause_record with_exceptions(clause_record r,
                                        std::span<const exception_record> e) noexcept {
  r.exceptions = e;
  return r;
}
constexpr clause_record with_action(clause_record r, const entity* action) noexcept {
  r.action = action;
  return r;
}
constexpr clause_record with_licence_terms(clause_record r, bool exclusive,
                                           bool sublicensable) noexcept {
  r.exclusive = exclusive;
  r.sublicensable = sublicensable;
  return r;
}
constexpr clause_record with_money(clause_record r, std::int64_t rate, std::int64_t amount,
                                   std::int64_t minimum, const std::string_view* unit) noexcept {
  r.rate = rate;
  r.amount = amount;
  r.minimum = minimum;
  r.unit = unit;
  return r;
}

/// The first of the types, or `Default` when there are none (a clause's currency unit).
template <typename Default, typename... Ts>
struct first_or {
  using type = Default;
};
template <typename Default, typename T, typename... Ts>
struct first_or<Default, T, Ts...> {
  using type = T;
};

/// A clause's record with its label and identity: what a contract lowers each clause to.
constexpr clause_record labelled(clause_record r, const char* label,
                                 const clause_id* identity) noexcept {
  r.label = std::string_view(label);
  r.identity = identity;
  return r;
}

} // namespace detail

/// A clause type: one of covenant's clause templates, or a type derived from one.
template <typename T>
concept clause_type = std::is_base_of_v<detail::clause_tag, T> && requires {
  { T::record } -> std::convertible_to<clause_record>;
};

/// The record of a clause type, with its label.
template <clause_type C>
inline constexpr clause_record record_of = detail::labelled(C::record, C::label,
                                                            &detail::identity_of<C>);

/// The human name of a clause kind.
constexpr std::string_view kind_name(clause_kind k) noexcept {
  switch (k) {
  case clause_kind::exclusivity:
    return "exclusivity";
  case clause_kind::right_of_first_refusal:
    return "right of first refusal";
  case clause_kind::licence:
    return "licence";
  case clause_kind::revenue_share:
    return "revenue share";
  case clause_kind::payment_cap:
    return "payment cap";
  case clause_kind::first_ship:
    return "first ship";
  case clause_kind::obligation:
    return "obligation";
  case clause_kind::permission:
    return "permission";
  case clause_kind::prohibition:
    return "prohibition";
  case clause_kind::commitment:
    return "commitment";
  }
  return "clause";
}

} // namespace covenant
