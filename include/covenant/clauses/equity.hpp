// equity and ownership_ceiling: one party holds a percentage of another, and a limit on it.
#pragma once

#include <covenant/core/clause.hpp>
#include <covenant/core/money.hpp>
#include <covenant/core/placeholder.hpp>

#include <type_traits>

namespace covenant {

/// `Holder` holds (or acquires, from the term's start) `Stake` of `Issuer`'s shares, `Shares`,
/// during `Term`. Two acquisitions by the same holder are two clauses: their stakes add up for
/// as long as both are held (rule ownership_over_ceiling). A stake that is sold ends its term.
///
///     struct microsoft_stake : equity<microsoft, openai, percent<27>, openai_shares,
///                                     term<date<2025, 10, 28>>> {};
template <party_type Holder, party_type Issuer, rate_type Stake, scope_type Shares, term_type Term>
struct equity : detail::clause_tag {
  static_assert(!std::is_same_v<Holder, Issuer>,
                "covenant: equity: a party does not hold a stake in itself here");
  static_assert(Stake::value > 0, "covenant: equity: a stake must be more than 0 %");
  using holder = Holder;
  using issuer = Issuer;
  using first_party = Holder;
  using second_party = Issuer;
  using scope = Shares;
  using period = Term;
  static constexpr std::int64_t stake = Stake::value;
  static constexpr clause_record record = detail::with_placeholders(
      detail::with_money(detail::base_record(clause_kind::equity, detail::entity_ptr<Holder>(),
                                             detail::entity_ptr<Issuer>(),
                                             detail::entity_ptr<Shares>(), Term::start, Term::end,
                                             Term::ends_at_event, Term::starts_at_event),
                         Stake::value, -1, 0, nullptr),
      detail::placeholder_of<Stake>(), 0);
};

/// `Holder` may hold at most `Ceiling` of `Issuer`'s shares, `Shares` (or a part of them),
/// during `Term`, however many acquisitions make up its stake. Stakes above it are an error
/// (rule ownership_over_ceiling).
///
///     struct standstill : ownership_ceiling<microsoft, openai, percent<15>, openai_shares,
///                                           term<year<2024>, year<2030>>> {};
template <party_type Holder, party_type Issuer, rate_type Ceiling, scope_type Shares,
          term_type Term>
struct ownership_ceiling : detail::clause_tag {
  static_assert(!std::is_same_v<Holder, Issuer>,
                "covenant: ownership_ceiling: holder and issuer must differ");
  using holder = Holder;
  using issuer = Issuer;
  using first_party = Holder;
  using second_party = Issuer;
  using scope = Shares;
  using period = Term;
  static constexpr std::int64_t ceiling = Ceiling::value;
  static constexpr clause_record record = detail::with_placeholders(
      detail::with_money(
          detail::base_record(clause_kind::ownership_ceiling, detail::entity_ptr<Holder>(),
                              detail::entity_ptr<Issuer>(), detail::entity_ptr<Shares>(),
                              Term::start, Term::end, Term::ends_at_event, Term::starts_at_event),
          Ceiling::value, -1, 0, nullptr),
      detail::placeholder_of<Ceiling>(), 0);
};

} // namespace covenant
