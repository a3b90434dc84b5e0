// A Markdown term sheet for a contract: parties, clauses in words, triggers and findings.
#pragma once

#include <covenant/contract.hpp>
#include <covenant/render/findings.hpp>
#include <covenant/render/format.hpp>
#include <covenant/render/sentence.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

namespace covenant::render {

namespace detail {

inline std::string_view effect_text(trigger_effect e) {
  switch (e) {
  case trigger_effect::ends:
    return "ends";
  case trigger_effect::suspends:
    return "suspends";
  case trigger_effect::starts:
    return "starts";
  case trigger_effect::ends_contract:
    return "ends the contract; surviving";
  }
  return "affects";
}

} // namespace detail

/// The events C's clauses and triggers depend on, each once, in the order first met.
template <contract_type C>
std::vector<const covenant::detail::entity*> events_of() {
  std::vector<const covenant::detail::entity*> out;
  auto add = [&](const covenant::detail::entity* e) {
    if (e != nullptr && std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
  };
  for (const auto& r : C::records) {
    for (const auto* e : r.waits_for()) add(e);
    add(r.ends_at_event);
    for (const auto& x : r.exceptions) {
      for (std::size_t k = 0; k < x.event_count; ++k) add(x.events[k]);
    }
  }
  for (const auto& t : C::triggers) add(t.event);
  return out;
}

/// The parties of C, comma-separated.
template <contract_type C>
std::string parties_text() {
  std::string out;
  for (const auto* p : C::party_ids) out += (out.empty() ? "" : ", ") + std::string(p->name);
  return out;
}

/// A Markdown term sheet for contract C, headed at `level` (1 = `#`).
template <contract_type C>
std::string term_sheet(int level = 1) {
  const std::string h(static_cast<std::size_t>(level), '#');
  std::string out = fmt::format("{} {}\n\nParties: {}.", h, C::title, parties_text<C>());
  if constexpr (!std::is_void_v<typename C::term_type>) {
    out += fmt::format(" Term: {}.", window_text(C::term_type::start, C::term_type::end));
  }
  out += "\n\n| # | Clause | Kind | Says |\n|---|---|---|---|\n";
  for (std::size_t i = 0; i < C::size; ++i) {
    const auto& r = C::records[i];
    out += fmt::format("| {} | {} | {} | {} |\n", i + 1, r.label, kind_name(r.kind),
                       sentence(r, C::records));
  }
  if (const auto events = events_of<C>(); !events.empty()) {
    out += fmt::format("\n{}# Events\n\n", h);
    for (const auto* e : events) {
      out += fmt::format("- {}", e->name);
      if (!e->condition.empty()) out += fmt::format(": {}", e->condition);
      if (e->verifier != nullptr) out += fmt::format(" (verified by {})", e->verifier->name);
      out += ".\n";
    }
  }
  if (!C::triggers.empty()) {
    out += fmt::format("\n{}# Triggers\n\n", h);
    for (const auto& t : C::triggers) {
      out += fmt::format("- When {}, this {}:", t.event->name, detail::effect_text(t.effect));
      if (t.clauses.empty()) out += " none";
      for (const auto* id : t.clauses) {
        const auto j = covenant::detail::index_of(C::records, id);
        out += fmt::format(" \"{}\"", j < C::size ? C::records[j].label : "?");
      }
      out += ".\n";
    }
  }
  out += fmt::format("\n{}# Findings\n\n{}", h, findings_markdown<C>());
  return out;
}

} // namespace covenant::render
