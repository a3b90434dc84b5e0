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
  /// A holding of a percentage of another party (clauses/equity.hpp).
  equity,
  /// A ceiling on the percentage of another party one party may hold (clauses/equity.hpp).
  ownership_ceiling,
  /// A one-off payment on a day (clauses/one_off_payment.hpp).
  payment,
};

/// How many kinds of clause there are (tables indexed by kind have this size).
inline constexpr std::size_t clause_kind_count = static_cast<std::size_t>(clause_kind::payment) + 1;

/// How often an amount falls due: once over the term, or again in every calendar year, quarter
/// or month of it (the options per_year, per_quarter, per_month: core/recurrence.hpp).
enum class recurrence : std::uint8_t { once, year, quarter, month };

/// One tier of a tiered share: `rate` (basis points) applies until the total paid under the
/// share reaches `threshold` (-1: for the rest of the term).
struct tier_record {
  std::int64_t rate = 0;
  std::int64_t threshold = -1;
  std::uint8_t rate_placeholder = 0;
  std::uint8_t threshold_placeholder = 0;
  friend constexpr bool operator==(const tier_record&, const tier_record&) = default;
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
  /// The event the term waits for, or null; with `upon<all_of<...>>` / `upon<any_of<...>>`,
  /// the first of its events, and `start_events` lists them all (`starts_on_any`: the first to
  /// happen starts the term, else the last). Read them through `waits_for()`.
  const detail::entity* starts_at_event = nullptr;
  std::span<const detail::entity* const> start_events{};
  bool starts_on_any = false;
  /// The exceptions to which the clause yields.
  std::span<const exception_record> exceptions{};
  bool exclusive = false;
  bool sublicensable = false;
  /// Revenue share rate in basis points (for a tiered share, the highest of its tiers: the rules
  /// that add rates up read it); for equity and ownership ceilings, the percentage held or
  /// allowed, in basis points.
  std::int64_t rate = 0;
  /// The tiers of a tiered share (`tiered<tier<...>...>`), in order; empty otherwise.
  std::span<const tier_record> tiers{};
  /// Whether a revenue share is a share of profit (`profit_share`, option `profit_base`), not
  /// of revenue: `payments` then applies it to the profit figures.
  bool on_profit = false;
  /// Placeholder numbers (core/placeholder.hpp) of `rate` and `amount`, 0 when public.
  std::uint8_t rate_placeholder = 0;
  std::uint8_t amount_placeholder = 0;
  /// Cap of a revenue share or payment cap, amount of a commitment; -1 when there is none.
  std::int64_t amount = -1;
  /// Guaranteed minimum of a revenue share.
  std::int64_t minimum = 0;
  /// For a commitment, how often `amount` falls due; for a revenue share, how often `minimum`
  /// does (a cap is always a total over the term). `amount` and `minimum` stay the amount of
  /// one period: read what the whole term promises with detail::recurring_total.
  recurrence recurs = recurrence::once;
  /// Whether a one-off payment is an advance, recovered from the payer's later shares to the
  /// payee (clauses/advance.hpp).
  bool recoupable = false;
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

  /// The events the term waits for (none, one, or the set of all_of/any_of).
  [[nodiscard]] constexpr std::span<const detail::entity* const> waits_for() const noexcept {
    if (!start_events.empty()) return start_events;
    if (starts_at_event != nullptr) return {&starts_at_event, 1};
    return {};
  }

  /// Whether the two terms wait for the same events in the same way.
  [[nodiscard]] constexpr bool same_start_as(const clause_record& o) const noexcept {
    const auto a = waits_for();
    const auto b = o.waits_for();
    if (a.size() != b.size() || (a.size() > 1 && starts_on_any != o.starts_on_any)) return false;
    for (std::size_t k = 0; k < a.size(); ++k) {
      if (a[k] != b[k]) return false;
    }
    return true;
  }

  /// Whether the term cannot start before event `e` has happened: it waits for `e`, or for all
  /// of a set of events that holds `e`.
  [[nodiscard]] constexpr bool starts_after(const detail::entity* e) const noexcept {
    if (e == nullptr) return false;
    const auto w = waits_for();
    if (w.size() > 1 && starts_on_any) return false;
    for (const auto* x : w) {
      if (x == e) return true;
    }
    return false;
  }

  /// Whether two records say the same thing, labels aside.
  [[nodiscard]] constexpr bool same_terms_as(const clause_record& o) const noexcept {
    return kind == o.kind && party == o.party && counterparty == o.counterparty &&
           scope == o.scope && action == o.action && start == o.start && end == o.end &&
           ends_at_event == o.ends_at_event && same_start_as(o) && same_exceptions(o) &&
           exclusive == o.exclusive && sublicensable == o.sublicensable && rate == o.rate &&
           amount == o.amount && minimum == o.minimum && unit == o.unit && same_tiers(o) &&
           on_profit == o.on_profit && recurs == o.recurs && recoupable == o.recoupable;
  }

  [[nodiscard]] constexpr bool same_tiers(const clause_record& o) const noexcept {
    if (tiers.size() != o.tiers.size()) return false;
    for (std::size_t i = 0; i < tiers.size(); ++i) {
      if (!(tiers[i] == o.tiers[i])) return false;
    }
    return true;
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

/// The same, for a term that waits for events (`Term::starts_at_event`): every clause header
/// passes it, so a term's all_of/any_of set reaches the record without each clause knowing.
constexpr clause_record base_record(clause_kind kind, const entity* party,
                                    const entity* counterparty, const entity* scope, day start,
                                    day end, const entity* ends_at,
                                    const start_condition& starts) noexcept {
  clause_record r = base_record(kind, party, counterparty, scope, start, end, ends_at,
                                static_cast<const entity*>(starts));
  r.start_events = starts.events;
  r.starts_on_any = starts.any;
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
/// Marks the record's rate and amount as placeholders (0: public).
constexpr clause_record with_placeholders(clause_record r, std::uint8_t rate,
                                          std::uint8_t amount) noexcept {
  r.rate_placeholder = rate;
  r.amount_placeholder = amount;
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
  case clause_kind::equity:
    return "equity";
  case clause_kind::ownership_ceiling:
    return "ownership ceiling";
  case clause_kind::payment:
    return "payment";
  }
  return "clause";
}

} // namespace covenant
