// A Markdown term sheet for a contract: parties, clauses in words, triggers and findings.
#pragma once

#include <covenant/contract.hpp>
#include <covenant/render/findings.hpp>
#include <covenant/render/format.hpp>
#include <covenant/render/sentence.hpp>

#include <fmt/format.h>

#include <string>

namespace covenant::render {

namespace detail {

inline std::string_view effect_text(trigger_effect e) {
  switch (e) {
    case trigger_effect::ends: return "ends";
    case trigger_effect::suspends: return "suspends";
    case trigger_effect::starts: return "starts";
    case trigger_effect::ends_contract: return "ends the contract; surviving";
  }
  return "affects";
}

}  // namespace detail

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
  if (!C::triggers.empty()) {
    out += fmt::format("\n{}# Triggers\n\n", h);
    for (const auto& t : C::triggers) {
      out += fmt::format("- When {}, this {}:", t.event->name, detail::effect_text(t.effect));
      if (t.clauses.empty()) out += " none";
      for (const void* id : t.clauses) {
        const auto j = covenant::detail::index_of(C::records, id);
        out += fmt::format(" \"{}\"", j < C::size ? C::records[j].label : "?");
      }
      out += ".\n";
    }
  }
  out += fmt::format("\n{}# Findings\n\n{}", h, findings_markdown<C>());
  return out;
}

}  // namespace covenant::render
