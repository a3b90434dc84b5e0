// Findings in words.
#pragma once

#include <covenant/findings.hpp>
#include <covenant/render/format.hpp>

#include <fmt/format.h>

#include <string>

namespace covenant::render {

/// One finding in a line: rule, severity, the clauses, the window, the scope and the timeline.
inline std::string finding_text(const finding& f) {
  const auto& info = describe(f.id);
  std::string out = fmt::format("{} `{}`: ", f.is_error() ? "error" : "warning", info.name);
  if (f.is_sum()) {
    // A sum: its figures, then every clause in it.
    const auto amount = [&](std::int64_t v) {
      return f.unit != nullptr ? money_text(v, *f.unit) : rate_text(v);
    };
    out += fmt::format("total {} over the limit of {} from {}: ", amount(f.total), amount(f.limit),
                       date_text(f.from));
    if (f.limit_set_apart()) {
      out += fmt::format("\"{}\" (clause {}) against ", f.first_label, f.first + 1);
    }
    const std::size_t shown = f.part_count < finding::max_parts ? f.part_count : finding::max_parts;
    for (std::size_t k = 0; k < shown; ++k) {
      out += fmt::format("{}\"{}\" (clause {})", k == 0 ? "" : " + ", f.part_labels[k],
                         f.parts[k] + 1);
    }
    if (f.part_count > shown) out += fmt::format(" and {} more", f.part_count - shown);
  } else if (f.first == f.second) {
    out += fmt::format("\"{}\" (clause {})", f.first_label, f.first + 1);
  } else {
    out += fmt::format("\"{}\" (clause {}) vs \"{}\" (clause {})", f.first_label, f.first + 1,
                       f.second_label, f.second + 1);
  }
  out += fmt::format("; {}", window_text(f.from, f.to));
  if (!f.scope_name().empty()) out += fmt::format("; scope: {}", f.scope_name());
  if (f.after_event != nullptr)
    out += fmt::format("; on the timeline where, by then, {}", f.after_event->name);
  if (f.before_event != nullptr) {
    out += fmt::format("; on the timeline where, by then, not yet: {}", f.before_event->name);
  }
  return out;
}

/// The hint of a finding's rule with the finding's clauses named by their labels, in quotes, as
/// the compiler's diagnostic names them ("make \"L2 ...\" non_exclusive, ..."); a clause without
/// a label keeps the rule's generic words.
inline std::string hint_text(const finding& f) {
  std::string out;
  for (const auto& piece : describe(f.id).hint_parts) {
    const std::string_view label =
        piece.clause == 1 ? f.first_label : (piece.clause == 2 ? f.second_label : "");
    if (piece.clause == 0 || label.empty()) {
      out += piece.text;
    } else {
      out += fmt::format("\"{}\"", label);
    }
  }
  return out;
}

/// Every finding of C as a Markdown list, each with its hint, or "None." when there is none.
template <contract_type C>
std::string findings_markdown() {
  if (findings<C>.empty()) return "None.\n";
  std::string out;
  for (const auto& f : findings<C>) {
    out += fmt::format("- {}. How to fix: {}\n", finding_text(f), hint_text(f));
  }
  return out;
}

} // namespace covenant::render
