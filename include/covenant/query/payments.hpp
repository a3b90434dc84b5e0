// payments<C>(payer, payee, revenue_by_year, scenario): what is due each year: shares, capped,
// topped up to the guarantees, less what recoups advances.
#pragma once

#include <covenant/contract.hpp>
#include <covenant/core/recurrence.hpp>
#include <covenant/query/arguments.hpp>
#include <covenant/query/timeline.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <stdexcept>

namespace covenant {

/// Revenue in one calendar year, in the unit of the contract's amounts, and the profit of that
/// year when the contract has shares of profit (`profit_share`): `{2026, 30'000, 4'000}`.
struct revenue_in {
  int year = 0;
  std::int64_t amount = 0;
  /// The profit the shares of profit apply to; a loss (negative) owes nothing.
  std::optional<std::int64_t> profit{};
};

/// What is due for one year.
struct payment_in {
  int year = 0;
  std::int64_t revenue = 0;
  /// Due under the rates and terms of the shares alone.
  std::int64_t uncapped = 0;
  /// Paid this year for shares and guarantees: the shares once caps are applied, plus
  /// `top_up`, less `recouped` (advances are not in it: see `advance`).
  std::int64_t due = 0;
  /// Paid in this year and every earlier one, advances included.
  std::int64_t cumulative = 0;
  /// Whether a cap cut this year's shares.
  bool capped = false;
  /// The profit given for the year, if any.
  std::optional<std::int64_t> profit{};
  /// The day a tiered share moved to its next rate this year (its threshold was reached), or
  /// end_of_time.
  day tier_changed = end_of_time;
  /// Added to the shares to meet the guarantees falling due this year: revenue share minimums
  /// and commitments from payer to payee.
  std::int64_t top_up = 0;
  /// Advances paid this year (clauses/advance.hpp).
  std::int64_t advance = 0;
  /// What was owed this year (shares and top-ups) and set against unrecouped advances instead
  /// of being paid.
  std::int64_t recouped = 0;
  /// Advances still unrecouped at the end of the year.
  std::int64_t unrecouped = 0;
  /// What the guarantees falling due this year asked for beyond the room the payment caps over
  /// their scope had left: a cap limits what is paid in total, guarantees included, so this is
  /// not paid (not in `top_up`, `due` or `cumulative`). Only revenue makes it more than 0 in a
  /// contract that passes cap_below_commitment: the shares used the cap up first.
  std::int64_t shortfall = 0;
};

namespace detail {

// Overflow must not wrap: in a constant expression the throw is a compile error at the call.
constexpr std::int64_t checked_mul(std::int64_t a, std::int64_t b) {
  if (a != 0 && b != 0 &&
      (a > std::numeric_limits<std::int64_t>::max() / b ||
       a < std::numeric_limits<std::int64_t>::min() / b)) {
    throw std::overflow_error("covenant: payment computation overflows std::int64_t");
  }
  return a * b;
}

constexpr std::int64_t checked_add(std::int64_t a, std::int64_t b) {
  if (b > 0 && a > std::numeric_limits<std::int64_t>::max() - b) {
    throw std::overflow_error("covenant: payment computation overflows std::int64_t");
  }
  return a + b;
}

constexpr std::int64_t days_overlapping(window w, day from, day to) noexcept {
  const day a = w.from > from ? w.from : from;
  const day b = w.to < to ? w.to : to;
  return b > a ? static_cast<std::int64_t>(b) - a : 0;
}

/// What a tiered share (`tiered<tier<...>...>`) owes over `days` days in force in a year of
/// `year_days` days, from day `first`, on a yearly `figure`, with `paid` already paid under it.
/// The figure accrues evenly over the year; the tier in force is the first whose threshold the
/// total paid has not reached. When a threshold is reached within the year, the year is split
/// on that day: the tier pays exactly up to its threshold (the smallest number of days whose
/// accrual reaches it), and the next tier's rate applies from the day after. `changed` receives
/// the first such day.
constexpr std::int64_t tiered_due(std::span<const tier_record> tiers, std::int64_t paid,
                                  std::int64_t figure, std::int64_t days, std::int64_t year_days,
                                  day first, day& changed) {
  std::int64_t due = 0;
  std::int64_t used = 0; // days already accounted for
  for (std::size_t k = 0; k < tiers.size() && used < days; ++k) {
    const auto& t = tiers[k];
    // The last tier's threshold is the share's cap (its record's amount): the caps cut there,
    // so that the year shows as capped.
    const bool last = k + 1 == tiers.size();
    if (!last && t.threshold >= 0 && t.threshold <= paid + due) continue; // tier used up
    const std::int64_t per_day = checked_mul(figure, t.rate); // x 1 / (10000 * year_days)
    const std::int64_t full = checked_mul(per_day, days - used) / (10'000 * year_days);
    if (last || t.threshold < 0 || paid + due + full <= t.threshold) return due + full;
    const std::int64_t need = t.threshold - (paid + due);
    // Smallest d with per_day * d / (10000 * year_days) >= need: the threshold is reached at
    // the end of day `used + d`.
    const std::int64_t scaled = checked_mul(need, 10'000 * year_days);
    const std::int64_t d = (scaled + per_day - 1) / per_day;
    due += need;
    used += d;
    if (changed == end_of_time && used < days) {
      changed = first + static_cast<day>(used);
    }
  }
  return due;
}

/// For each clause, the first clause of its chain of continuations (continue_as): itself when
/// it continues nothing.
template <std::size_t N>
constexpr std::array<std::size_t, N> continuation_chains(const std::array<clause_record, N>& cs) {
  std::array<std::size_t, N> chain{};
  for (std::size_t i = 0; i < N; ++i) {
    chain[i] = i;
    if (cs[i].continues == nullptr) continue;
    const std::size_t j = index_of(cs, cs[i].continues);
    if (j < i) chain[i] = chain[j]; // a continuation follows what it continues
  }
  return chain;
}

/// Takes up to `need` from what is still unclaimed of the shares `pick` selects (in clause
/// order), and returns how much it took.
template <std::size_t N, typename Pick>
constexpr std::int64_t claim(std::array<std::int64_t, N>& unclaimed, std::int64_t need, Pick pick) {
  std::int64_t got = 0;
  for (std::size_t m = 0; m < N && got < need; ++m) {
    if (unclaimed[m] <= 0 || !pick(m)) continue;
    const std::int64_t t = unclaimed[m] < need - got ? unclaimed[m] : need - got;
    unclaimed[m] -= t;
    got += t;
  }
  return got;
}

/// The floors of one year [from, to): each guarantee from payer to payee falling due in it
/// first counts what the shares (after caps) already pay, and tops up the rest into `top`
/// (at the guarantee's index; a share's minimum at its chain's first share). Guarantees add
/// up: what a share pays counts towards one guarantee only. In order: share minimums (on their
/// own share), recurring commitments, then whole-term commitments, which also count, in the
/// years before the one their term ends, what the shares over their scope paid then. `linked`:
/// whether any clause yields to another (see `in_force_window`).
template <std::size_t N>
constexpr void
apply_floors(const std::array<clause_record, N>& cs, const scenario& s, bool linked, day from,
             day to, const entity* payer, const entity* payee,
             const std::array<std::size_t, N>& chain, const std::array<std::size_t, N>& last_of,
             const std::array<std::int64_t, N>& paid, std::array<std::int64_t, N>& credited,
             const std::array<std::int64_t, N>& due, std::array<std::int64_t, N>& top) {
  std::array<std::int64_t, N> unclaimed = due;
  const auto share_to_payee = [&](std::size_t m) {
    return cs[m].kind == clause_kind::revenue_share && cs[m].party == payer &&
           cs[m].counterparty == payee;
  };
  const auto this_year = [&](std::int64_t amount, recurrence r, window w) {
    const day a = w.from > from ? w.from : from;
    const day b = w.to < to ? w.to : to;
    return b > a ? recurring_total(amount, r, a, b) : 0;
  };
  for (std::size_t i = 0; i < N; ++i) {
    if (!share_to_payee(i) || chain[i] != i) continue;
    std::int64_t floor = 0;
    for (std::size_t m = i; m < N; ++m) {
      if (chain[m] != i || cs[m].minimum <= 0 || cs[m].recurs == recurrence::once) continue;
      floor = checked_add(
          floor, this_year(cs[m].minimum, cs[m].recurs, in_force_window(cs, m, s, linked)));
    }
    // A whole-term minimum is topped up in the year the term ends, counting all paid under it.
    const auto& last = cs[last_of[i]];
    const auto w = in_force_window(cs, last_of[i], s, linked);
    if (last.recurs == recurrence::once && w.to > from && w.to <= to && !w.empty() &&
        last.minimum > paid[i]) {
      floor = checked_add(floor, last.minimum - paid[i]);
    }
    if (floor <= 0) continue;
    top[i] = floor - claim(unclaimed, floor, [&](std::size_t m) { return chain[m] == i; });
  }
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t k = 0; k < N; ++k) {
      const auto& c = cs[k];
      if (c.kind != clause_kind::commitment || c.party != payer || c.counterparty != payee ||
          (c.recurs == recurrence::once) != (pass == 1)) {
        continue;
      }
      const auto w = in_force_window(cs, k, s, linked);
      if (w.empty() || days_overlapping(w, from, to) == 0) continue;
      const auto over_scope = [&](std::size_t m) {
        return share_to_payee(m) && overlaps(cs[m].scope, c.scope);
      };
      if (c.recurs != recurrence::once) {
        const std::int64_t floor = this_year(c.amount, c.recurs, w);
        top[k] = floor - claim(unclaimed, floor, over_scope);
        continue;
      }
      // A commitment continued by a dated amendment (continue_as) is one promise with its
      // continuation: what the shares paid counts for the chain, and the rest falls due when
      // the last part ends, at that part's amount.
      const std::size_t at = chain[k];
      const std::int64_t need = c.amount > credited[at] ? c.amount - credited[at] : 0;
      const std::int64_t got = claim(unclaimed, need, over_scope);
      credited[at] += got;
      if (w.to <= to && !is_continued(cs.data(), N, k)) { // the term ends this year
        top[k] = need - got;
        credited[at] += top[k];
      }
    }
  }
}

/// payments, once its arguments' types are known to be right.
/// What a payment cap lets through of some amounts: what they add up to once cut, and the cut.
struct cap_fit {
  std::int64_t kept = 0;
  std::int64_t cut = 0;
};

/// Cuts the `amounts` of the clauses over a cap's scope, the last clause first, until they fit
/// in `room` (what the cap has left).
template <std::size_t N>
constexpr cap_fit fit_under_cap(std::array<std::int64_t, N>& amounts,
                                const std::array<clause_record, N>& cs, const entity* scope,
                                std::int64_t room) {
  cap_fit f;
  for (std::size_t i = 0; i < N; ++i) {
    if (amounts[i] > 0 && overlaps(cs[i].scope, scope)) f.kept = checked_add(f.kept, amounts[i]);
  }
  for (std::size_t i = N; i-- > 0 && f.kept > room;) {
    if (amounts[i] <= 0 || !overlaps(cs[i].scope, scope)) continue;
    const std::int64_t cut = f.kept - room < amounts[i] ? f.kept - room : amounts[i];
    amounts[i] -= cut;
    f.kept -= cut;
    f.cut += cut;
  }
  return f;
}

template <contract_type C, typename Payer, typename Payee, std::size_t N>
constexpr std::array<payment_in, N> payments_between(const std::array<revenue_in, N>& revenue,
                                                     const scenario& s) {
  const auto* payer = detail::entity_ptr<Payer>();
  const auto* payee = detail::entity_ptr<Payee>();
  const auto& cs = C::records;
  // Whether any clause yields to another: when none does, no window searches for such links.
  const bool linked = C::fallback_count > 0;
  std::array<std::int64_t, C::size> paid{}; // per chain: cumulative, under its own cap
  const auto chain = detail::continuation_chains(cs);
  bool any_chain = false;
  for (std::size_t i = 0; i < C::size; ++i) any_chain = any_chain || chain[i] != i;
  std::array<std::int64_t, C::size> under_cap{}; // per payment cap: cumulative under it
  std::array<std::int64_t, C::size> credited{};  // per whole-term commitment: counted to it
  std::array<std::int64_t, C::size> balance{};   // per advance: not yet recouped
  std::array<payment_in, N> out{};
  std::int64_t cumulative = 0;
  for (std::size_t y = 0; y < N; ++y) {
    detail::require_argument(detail::supported_year(revenue[y].year),
                             "covenant: payments: year outside 1900..9999",
                             "Hint: write years in full (2025, not 25)", revenue[y].year);
    detail::require_argument(y == 0 || revenue[y].year > revenue[y - 1].year,
                             "covenant: payments: years not in increasing order",
                             "Hint: give each year once, the earliest first",
                             revenue[y > 0 ? y - 1 : 0].year, revenue[y].year);
    detail::require_argument(revenue[y].amount >= 0, "covenant: payments: negative revenue",
                             "Hint: revenue is what the payer took in during the year, 0 or more",
                             revenue[y].year, revenue[y].amount);
    const day from = detail::days_from_civil(revenue[y].year, 1, 1);
    // The end of 9999 is 10000-01-01, past the calendar's last day: no day_of here.
    const day to = detail::days_from_civil(revenue[y].year + 1, 1, 1);
    auto& row = out[y];
    row.year = revenue[y].year;
    row.revenue = revenue[y].amount;
    row.profit = revenue[y].profit;
    // A payment cap from payer to payee in force this year, and the room it has left.
    const auto cap_this_year = [&](std::size_t k) {
      return cs[k].kind == clause_kind::payment_cap && cs[k].party == payer &&
             cs[k].counterparty == payee &&
             detail::days_overlapping(detail::in_force_window(cs, k, s, linked), from, to) > 0;
    };
    const auto room_under = [&](std::size_t k) {
      const std::int64_t used = under_cap[chain[k]];
      return cs[k].amount > used ? cs[k].amount - used : std::int64_t{0};
    };
    std::array<std::int64_t, C::size> due{};
    std::array<std::size_t, C::size> last_of{}; // per chain: its last share
    // A share and the shares continuing it (continue_as) are one chain: the share is due on the
    // days any of them is in force, and the chain's cap and minimum count all it paid.
    for (std::size_t i = 0; i < C::size; ++i) {
      const auto& r = cs[i];
      if (r.kind != clause_kind::revenue_share || r.party != payer || r.counterparty != payee ||
          chain[i] != i) {
        continue;
      }
      std::int64_t rate_days = 0;
      std::int64_t days_in = 0;    // days any of the chain is in force this year
      day first_day = end_of_time; // the first of them
      std::size_t at = i;          // the latest of the chain in force this year: its cap applies
      std::size_t last = i;        // the end of the chain: its minimum is due when it ends
      for (std::size_t m = i; m < (any_chain ? C::size : i + 1); ++m) {
        if (chain[m] != i) continue;
        const auto w = detail::in_force_window(cs, m, s, linked);
        const auto days = detail::days_overlapping(w, from, to);
        rate_days = detail::checked_add(rate_days, detail::checked_mul(cs[m].rate, days));
        days_in += days;
        if (days > 0) {
          at = m;
          const day d = w.from > from ? w.from : from;
          if (d < first_day) first_day = d;
        }
        last = m;
      }
      if (rate_days == 0) at = last;
      // issue 11: a share of profit is due on the profit figure, which must then be given; a
      // loss owes nothing. A tiered share changes rate on the day its threshold is reached.
      std::int64_t figure = revenue[y].amount;
      if (cs[at].on_profit) {
        if (days_in > 0 && !revenue[y].profit.has_value()) {
          throw std::invalid_argument("covenant: payments: a share of profit is in force in a "
                                      "year given without its profit figure");
        }
        figure = revenue[y].profit.value_or(0) > 0 ? *revenue[y].profit : 0;
      }
      std::int64_t share =
          cs[at].tiers.empty()
              ? detail::checked_mul(figure, rate_days) / (std::int64_t{10'000} * (to - from))
              : detail::tiered_due(cs[at].tiers, paid[i], figure, days_in, to - from, first_day,
                                   row.tier_changed);
      due[at] = share;
      last_of[i] = last;
      const std::int64_t cap = cs[at].amount;
      if (cap >= 0 && due[at] > cap - paid[i]) due[at] = cap > paid[i] ? cap - paid[i] : 0;
      row.uncapped = detail::checked_add(row.uncapped, share);
    }
    for (std::size_t k = 0; k < C::size; ++k) {
      if (!cap_this_year(k)) continue;
      // A payment cap continued by a dated amendment runs on: its chain counts all paid under it.
      const auto fit = detail::fit_under_cap(due, cs, cs[k].scope, room_under(k));
      under_cap[chain[k]] = detail::checked_add(under_cap[chain[k]], fit.kept);
    }
    std::int64_t shares = 0;
    for (std::size_t i = 0; i < C::size; ++i) shares = detail::checked_add(shares, due[i]);
    row.capped = shares < row.uncapped;
    // Floors: what the guarantees falling due this year add (clause by clause, in top[]).
    std::array<std::int64_t, C::size> top{};
    detail::apply_floors(cs, s, linked, from, to, payer, payee, chain, last_of, paid, credited, due,
                         top);
    // A payment cap limits what is paid in total, guarantees included: a top-up is paid within
    // the room the shares left under every payment cap over its scope, the last guarantee cut
    // first, and the rest is a shortfall.
    for (std::size_t k = 0; k < C::size; ++k) {
      if (cap_this_year(k)) {
        row.shortfall += detail::fit_under_cap(top, cs, cs[k].scope, room_under(k)).cut;
      }
    }
    std::array<std::int64_t, C::size> owed{};
    for (std::size_t i = 0; i < C::size; ++i) {
      owed[i] = detail::checked_add(due[i], top[i]);
      paid[chain[i]] = detail::checked_add(paid[chain[i]], owed[i]);
      row.top_up = detail::checked_add(row.top_up, top[i]);
    }
    // Top-ups are paid too: they use the room left under the payment caps over their scope.
    for (std::size_t k = 0; k < C::size; ++k) {
      if (!cap_this_year(k)) continue;
      for (std::size_t i = 0; i < C::size; ++i) {
        if (top[i] > 0 && detail::overlaps(cs[i].scope, cs[k].scope)) {
          under_cap[chain[k]] = detail::checked_add(under_cap[chain[k]], top[i]);
        }
      }
    }
    // Advances: paid on their day, then set against what is owed for their scope.
    for (std::size_t k = 0; k < C::size; ++k) {
      const auto& a = cs[k];
      if (a.kind != clause_kind::payment || !a.recoupable || a.party != payer ||
          a.counterparty != payee) {
        continue;
      }
      if (a.start >= from && a.start < to) {
        row.advance = detail::checked_add(row.advance, a.amount);
        balance[k] = detail::checked_add(balance[k], a.amount);
      }
      for (std::size_t i = 0; i < C::size && balance[k] > 0; ++i) {
        if (owed[i] <= 0 || !detail::overlaps(cs[i].scope, a.scope)) continue;
        const std::int64_t r = owed[i] < balance[k] ? owed[i] : balance[k];
        owed[i] -= r;
        balance[k] -= r;
        row.recouped += r;
      }
      row.unrecouped = detail::checked_add(row.unrecouped, balance[k]);
    }
    for (std::size_t i = 0; i < C::size; ++i) row.due = detail::checked_add(row.due, owed[i]);
    cumulative = detail::checked_add(cumulative, detail::checked_add(row.due, row.advance));
    row.cumulative = cumulative;
  }
  return out;
}

} // namespace detail

/// The revenue share `Payer` owes `Payee` under contract C for each year of `revenue`, on the
/// timeline `s`, all in exact integer arithmetic:
///
/// 1. Each revenue share from payer to payee is due on the year's revenue (the one figure is
///    used for every share, whatever its base scope): `revenue * rate * days in force that
///    year / (10000 * days in the year)`, rounded down to a whole unit. A share of profit
///    (`profit_share`, option `profit_base`) is due on the year's `profit` instead, which must
///    be given for every year it is in force (else std::invalid_argument); a loss owes nothing.
///    A tiered share (`tiered<...>`) is due at the rate of the tier the total paid under it
///    has reached; when a threshold is reached within a year, the year is split on that day
///    (`tier_changed`): exactly the threshold is paid at the old rate, the rest of the days at
///    the new one.
/// 2. A share's own cap limits what is paid under it over its whole term.
/// 3. A share's minimum is topped up in the year its term ends (within its cap).
///    A share continued by a dated amendment (continue_as<old, new>) and its continuation count
///    as one share: due on the days either is in force, rounded once; the cap of the one in
///    force in the year (the later one when both are) and the minimum of the last one apply to
///    everything paid under both.
/// 4. A payment_cap from payer to payee in force during the year limits the cumulative total
///    of the shares whose base overlaps its scope; a cut is taken from the last such share
///    first. A payment cap continued by a dated amendment counts everything paid under the
///    chain.
/// 5. Guarantees falling due in the year (share minimums, commitments from payer to payee;
///    `top_up`) add what the shares did not already pay. A commitment continued by a dated
///    amendment is one promise: the rest of it falls due when its last part ends. A payment
///    cap limits guarantees too: a top-up is paid only within the room the shares left under
///    the payment caps over its scope, and the rest is `shortfall`, not paid. Guarantees alone
///    above a cap that binds them make the contract inconsistent (cap_below_commitment), so in
///    a consistent contract a shortfall comes only from revenue that used the cap up.
///
/// Payer and payee must be two different parties of C (else a compile error). Years must lie
/// in 1900..9999 and increase, and revenue must not be negative (else std::invalid_argument).
/// Overflow throws std::overflow_error. In a constant expression, a throw is a compile error,
/// never a wrong answer.
template <contract_type C, party_type Payer, party_type Payee, std::size_t N>
constexpr std::array<payment_in, N> payments(Payer, Payee, const std::array<revenue_in, N>& revenue,
                                             const scenario& s = {}) {
  if constexpr (!has_party<C, Payer>) {
    detail::report<query_error::payments_from_a_payer_not_in_the_contract, Payer,
                   detail::text_argument<Payer::name>(), detail::text_argument<C::title>()>();
    return {};
  } else if constexpr (!has_party<C, Payee>) {
    detail::report<query_error::payments_to_a_payee_not_in_the_contract, Payee,
                   detail::text_argument<Payee::name>(), detail::text_argument<C::title>()>();
    return {};
  } else if constexpr (std::is_same_v<Payer, Payee>) {
    detail::report<query_error::payments_from_a_party_to_itself, Payer,
                   detail::text_argument<Payer::name>()>();
    return {};
  } else {
    return detail::payments_between<C, Payer, Payee>(revenue, s);
  }
}

} // namespace covenant
