// The changes between two versions of a contract, in Markdown.
#pragma once

#include <covenant/diff.hpp>
#include <covenant/render/format.hpp>
#include <covenant/render/sentence.hpp>

#include <fmt/format.h>

#include <string>

namespace covenant::render {

/// The changes from A to B as a Markdown list, or "No change." when there is none.
template <contract_type A, contract_type B>
std::string diff_markdown() {
  if (diff<A, B>.empty()) return "No change.\n";
  std::string out;
  for (const auto& c : diff<A, B>) {
    switch (c.kind) {
    case clause_change::what::removed:
      out += fmt::format("- Struck out: \"{}\" ({})\n", c.label,
                         sentence(A::records[c.before], A::records));
      break;
    case clause_change::what::changed:
      out += fmt::format("- Changed: \"{}\": was \"{}\" now \"{}\"\n", c.label,
                         sentence(A::records[c.before], A::records),
                         sentence(B::records[c.after], B::records));
      break;
    case clause_change::what::ended:
      out += fmt::format("- Ended on {}: \"{}\" ({})\n", date_text(c.on), c.label,
                         sentence(A::records[c.before], A::records));
      break;
    case clause_change::what::continued:
      out += fmt::format("- Continued from {}: \"{}\" as \"{}\": was \"{}\" now \"{}\"\n",
                         date_text(c.on), c.label, B::records[c.after].label,
                         sentence(A::records[c.before], A::records),
                         sentence(B::records[c.after], B::records));
      break;
    case clause_change::what::added:
      out += fmt::format("- Added: \"{}\" ({})\n", B::records[c.after].label,
                         sentence(B::records[c.after], B::records));
      break;
    }
  }
  return out;
}

} // namespace covenant::render
