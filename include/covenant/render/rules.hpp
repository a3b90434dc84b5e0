// The rule reference, generated from the rules' own metadata.
#pragma once

#include <covenant/rules/all.hpp>

#include <fmt/format.h>

#include <string>

namespace covenant::render {

/// A Markdown table of every rule: name, severity, what it means and how to fix it.
inline std::string rules_markdown() {
  std::string out = "| Rule | Severity | Meaning | How to fix |\n|---|---|---|---|\n";
  for (const auto& r : all_rules) {
    out += fmt::format("| `{}` | {} | {} | {} |\n", r.name,
                       r.level == severity::error ? "error" : "warning", r.summary, r.hint);
  }
  return out;
}

} // namespace covenant::render
