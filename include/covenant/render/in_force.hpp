// What is in force on a day, in words: the answer to the first question a reader asks.
#pragma once

#include <covenant/query/in_force.hpp>
#include <covenant/query/timeline.hpp>
#include <covenant/render/format.hpp>
#include <covenant/render/sentence.hpp>

#include <fmt/format.h>

#include <string>

namespace covenant::render {

/// The clauses of C in force on day `on` in the timeline `s`, as a Markdown list: each clause's
/// label, its sentence and when it stops (its end on that timeline), or "Nothing is in force."
///
///     fmt::print("{}", render::in_force_markdown<deal>(day_of(2031, 1, 1), agi_in_2029));
template <contract_type C>
std::string in_force_markdown(day on, const scenario& s = {}) {
  std::string out;
  for (const std::size_t i : in_force<C>(on, s)) {
    const auto& r = C::records[i];
    const auto w = covenant::detail::in_force_window(C::records, i, s, C::fallback_count > 0);
    out += fmt::format("- \"{}\": {}{}\n", r.label, sentence(r, C::records),
                       w.to == end_of_time
                           ? std::string(" In force with no end on this timeline.")
                           : fmt::format(" In force through {}.", last_day_text(w.to)));
  }
  return out.empty() ? std::string("Nothing is in force.\n") : out;
}

} // namespace covenant::render
