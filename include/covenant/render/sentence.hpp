// One plain-English sentence per clause.
#pragma once

#include <covenant/contract.hpp>
#include <covenant/render/format.hpp>

#include <fmt/format.h>

#include <span>
#include <string>

namespace covenant::render {

namespace detail {

inline std::string name_of(const covenant::detail::entity* e) {
  return e != nullptr ? std::string(e->name) : std::string("(nobody)");
}

/// A scope by name, and for a scope cut across dimensions its coordinates: "the catalogue in the
/// EU (what: the catalogue; where: EU; how: any)".
inline std::string scope_text(const covenant::detail::entity* s) {
  if (s == nullptr || s->coordinates == nullptr) return name_of(s);
  constexpr const char* dimension_words[] = {"what", "where", "how"};
  std::string out = fmt::format("{} (", s->name);
  for (std::size_t d = 0; d < covenant::dimension_count; ++d) {
    const auto* c = s->coordinates[d];
    out += fmt::format("{}{}: {}", d == 0 ? "" : "; ", dimension_words[d],
                       c != nullptr ? c->name : std::string_view("any"));
  }
  return out + ")";
}

/// "unless Microsoft cannot support or Microsoft declines (then: s4.2 any cloud)".
inline std::string exceptions_text(const clause_record& r, std::span<const clause_record> all) {
  if (r.exceptions.empty()) return {};
  std::string out = ", unless ";
  for (std::size_t i = 0; i < r.exceptions.size(); ++i) {
    const auto& e = r.exceptions[i];
    if (i > 0) out += " or ";
    for (std::size_t k = 0; k < e.event_count; ++k) {
      if (k > 0) out += " and ";
      out += e.events[k]->name;
    }
    if (e.fallback != nullptr) {
      const auto j = covenant::detail::index_of(all, e.fallback);
      if (j < all.size()) out += fmt::format(" (then \"{}\" applies)", all[j].label);
    }
  }
  return out;
}

/// "20% of OpenAI revenue", "75% of the profit in OpenAI profit until 13,000 USD million has
/// been paid in total, then 49% until 92,000 USD million has".
/// How often a recurring amount falls due, as words after it (" a year"), or "".
inline std::string each_period(const clause_record& r) {
  switch (r.recurs) {
  case recurrence::year:
    return " a year";
  case recurrence::quarter:
    return " a quarter";
  case recurrence::month:
    return " a month";
  case recurrence::once:
    break;
  }
  return "";
}

inline std::string share_text(const clause_record& r) {
  const std::string base =
      r.on_profit ? fmt::format("the profit in {}", name_of(r.scope)) : name_of(r.scope);
  if (r.tiers.empty())
    return fmt::format("{} of {}", rate_figure(r.rate, r.rate_placeholder), base);
  std::string out;
  for (std::size_t k = 0; k < r.tiers.size(); ++k) {
    const auto& t = r.tiers[k];
    out += k == 0 ? fmt::format("{} of {}", rate_figure(t.rate, t.rate_placeholder), base)
                  : fmt::format(", then {}", rate_figure(t.rate, t.rate_placeholder));
    if (t.threshold >= 0) {
      out += fmt::format(" until {} {} been paid in total",
                         money_figure(t.threshold, t.threshold_placeholder, r), "has");
    }
  }
  return out;
}

} // namespace detail

/// The clause in one sentence, e.g. "OpenAI grants Microsoft exclusivity over cloud compute,
/// from 2019-07-22, open-ended."
inline std::string sentence(const clause_record& r, std::span<const clause_record> all = {}) {
  using detail::name_of;
  const std::string who = name_of(r.party);
  const std::string whom = name_of(r.counterparty);
  const std::string what = detail::scope_text(r.scope);
  std::string body;
  switch (r.kind) {
  case clause_kind::exclusivity:
    body = fmt::format("{} grants {} exclusivity over {}", who, whom, what);
    break;
  case clause_kind::right_of_first_refusal:
    body = fmt::format("{} must offer {} to {} first (right of first refusal)", who, what, whom);
    break;
  case clause_kind::first_ship:
    body = fmt::format("{} ships first on {}'s platform ({})", who, whom, what);
    break;
  case clause_kind::licence:
    body = fmt::format("{} grants {} a{}{} licence to {}", who, whom,
                       r.exclusive ? "n exclusive" : " non-exclusive",
                       r.sublicensable ? ", sublicensable" : "", what);
    break;
  case clause_kind::revenue_share:
    body = fmt::format("{} pays {} {}", who, whom, detail::share_text(r));
    // A tiered share's last threshold is its cap: said once, by the tiers.
    if (r.amount >= 0 && (r.tiers.empty() || r.tiers.back().threshold != r.amount)) {
      body +=
          fmt::format(", capped at {} in total", money_figure(r.amount, r.amount_placeholder, r));
    }
    if (r.minimum > 0) {
      body += fmt::format(", at least {}{}", money_text(r.minimum, r), detail::each_period(r));
    }
    break;
  case clause_kind::payment_cap:
    body = fmt::format("what {} pays {} for {} is capped at {} in total", who, whom, what,
                       money_figure(r.amount, r.amount_placeholder, r));
    break;
  case clause_kind::commitment:
    body =
        fmt::format("{} commits to pay {} at least {}{} for {}", who, whom,
                    money_figure(r.amount, r.amount_placeholder, r), detail::each_period(r), what);
    break;
  case clause_kind::equity:
    body = fmt::format("{} holds {} of {} ({})", who, rate_figure(r.rate, r.rate_placeholder), whom,
                       what);
    break;
  case clause_kind::ownership_ceiling:
    body = fmt::format("{} may hold at most {} of {} ({})", who,
                       rate_figure(r.rate, r.rate_placeholder), whom, what);
    break;
  case clause_kind::payment:
    // A one-off payment is in force on its day only: "on <day>", not a term.
    return fmt::format("{} pays {} {} for {}, on {}{}.", who, whom,
                       money_figure(r.amount, r.amount_placeholder, r), what, date_text(r.start),
                       r.recoupable ? ", as an advance recouped from what it later owes" : "");
  case clause_kind::obligation:
    body = fmt::format("{} must {} ({})", who, name_of(r.action), what);
    break;
  case clause_kind::permission:
    body = fmt::format("{} may {} ({})", who, name_of(r.action), what);
    break;
  case clause_kind::prohibition:
    body = fmt::format("{} must not {} ({})", who, name_of(r.action), what);
    break;
  }
  return fmt::format("{}, {}{}.", body, term_text(r), detail::exceptions_text(r, all));
}

/// Clause `i` of contract C in one sentence.
template <contract_type C>
std::string sentence(std::size_t i) {
  return sentence(C::records[i], C::records);
}

} // namespace covenant::render
