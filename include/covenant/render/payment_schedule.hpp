// The payment schedule as a Markdown table: per year, what the shares come to, what caps,
// guarantees and advances make of it, and what is due.
#pragma once

#include <covenant/contract.hpp>
#include <covenant/query/payments.hpp>
#include <covenant/render/format.hpp>

#include <fmt/format.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace covenant::render {

/// The optional columns of a payment schedule. Year, revenue, shares before caps, due and paid
/// to date are always shown.
struct schedule_columns {
  /// The profit of the year: a share is on profit.
  bool profit = false;
  /// What caps cut from the shares: a share or a payment cap has a cap.
  bool caps = false;
  /// What guarantees add: a share has a minimum, or the payer commits an amount to the payee.
  bool top_up = false;
  /// Advances paid, recouped and unrecouped: the payer pays the payee an advance.
  bool advances = false;
  /// The day a tiered share moved to its next rate: a share is tiered.
  bool tiers = false;
};

/// The columns the clauses of C from Payer to Payee call for, in force or not: a contract with a
/// guarantee shows its top-up column even in years it adds nothing.
template <contract_type C, party_type Payer, party_type Payee>
constexpr schedule_columns payment_columns(Payer = {}, Payee = {}) {
  const auto* payer = covenant::detail::entity_ptr<Payer>();
  const auto* payee = covenant::detail::entity_ptr<Payee>();
  schedule_columns c;
  for (const auto& r : C::records) {
    if (r.party != payer || r.counterparty != payee) continue;
    if (r.kind == clause_kind::revenue_share) {
      c.profit = c.profit || r.on_profit;
      c.caps = c.caps || r.amount >= 0;
      c.top_up = c.top_up || r.minimum > 0;
      c.tiers = c.tiers || !r.tiers.empty();
    }
    c.caps = c.caps || r.kind == clause_kind::payment_cap;
    c.top_up = c.top_up || r.kind == clause_kind::commitment;
    c.advances = c.advances || (r.kind == clause_kind::payment && r.recoupable);
  }
  return c;
}

namespace detail::payment_schedule {

/// What caps cut from the year's shares: `due` is the capped shares plus the top-up, less what
/// was recouped (query/payments.hpp).
constexpr std::int64_t cut_by_caps(const payment_in& r) {
  return r.uncapped + r.top_up - r.recouped - r.due;
}

inline std::string table(std::span<const payment_in> rows, schedule_columns c) {
  // A figure computed in the rows shows its column even if the clauses did not call for it: the
  // table never hides an amount owed. (Profit is an input: it shows only for a share on profit.)
  for (const auto& r : rows) {
    c.caps = c.caps || r.capped;
    c.top_up = c.top_up || r.top_up != 0;
    c.advances = c.advances || r.advance != 0 || r.recouped != 0 || r.unrecouped != 0;
    c.tiers = c.tiers || r.tier_changed != end_of_time;
  }
  std::string head = "| Year | Revenue |";
  std::string rule = "|---|---:|";
  const auto column = [&](bool shown, std::string_view name, std::string_view align) {
    if (!shown) return;
    head += fmt::format(" {} |", name);
    rule += fmt::format("{}|", align);
  };
  column(c.profit, "Profit", "---:");
  column(true, "Shares before caps", "---:");
  column(c.caps, "Cut by caps", "---:");
  column(c.top_up, "Guarantee top-up", "---:");
  column(c.advances, "Advance paid", "---:");
  column(c.advances, "Recouped", "---:");
  column(c.advances, "Unrecouped", "---:");
  column(true, "Due", "---:");
  column(true, "Paid to date", "---:");
  column(c.tiers, "Rate changed", "---");
  std::string out = head + "\n" + rule + "\n";
  for (const auto& r : rows) {
    out += fmt::format("| {} | {} |", r.year, grouped(r.revenue));
    const auto cell = [&](bool shown, const std::string& text) {
      if (shown) out += fmt::format(" {} |", text);
    };
    cell(c.profit, r.profit ? grouped(*r.profit) : std::string("-"));
    cell(true, grouped(r.uncapped));
    cell(c.caps, r.capped ? grouped(cut_by_caps(r)) : std::string("-"));
    cell(c.top_up, grouped(r.top_up));
    cell(c.advances, grouped(r.advance));
    cell(c.advances, grouped(r.recouped));
    cell(c.advances, grouped(r.unrecouped));
    cell(true, grouped(r.due));
    cell(true, grouped(r.cumulative));
    cell(c.tiers, r.tier_changed == end_of_time ? std::string("-") : date_text(r.tier_changed));
    out += "\n";
  }
  return out;
}

} // namespace detail::payment_schedule

/// `rows` (as returned by `covenant::payments`) as a Markdown table, one row per year, with the
/// optional columns `columns` asks for and any other a row has a computed figure for. "Cut by caps"
/// is
/// "-" in a year no cap cut, "Profit" in a year given no profit; amounts are written as given.
template <std::size_t N>
std::string payment_schedule_markdown(const std::array<payment_in, N>& rows,
                                      schedule_columns columns = {}) {
  return detail::payment_schedule::table(std::span<const payment_in>(rows.data(), N), columns);
}

/// What Payer owes Payee under C on `revenue` in the timeline `s`, as a Markdown table: the
/// columns the contract's clauses between them use (`payment_columns`), then the figures of
/// `covenant::payments`. Amounts are in the unit of the revenue figures.
///
///     fmt::print("{}", render::payment_schedule_markdown<deal>(service{}, label{}, revenue));
template <contract_type C, party_type Payer, party_type Payee, std::size_t N>
std::string payment_schedule_markdown(Payer payer, Payee payee,
                                      const std::array<revenue_in, N>& revenue,
                                      const scenario& s = {}) {
  return payment_schedule_markdown(payments<C>(payer, payee, revenue, s),
                                   payment_columns<C>(payer, payee));
}

} // namespace covenant::render
