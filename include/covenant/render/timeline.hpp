// An SVG timeline of a contract on one timeline of events: a bar per clause along dated axis,
// grouped by scope or by kind, with event days, extra marks and the findings drawn over it.
#pragma once

#include <covenant/contract.hpp>
#include <covenant/core/scenario.hpp>
#include <covenant/findings.hpp>
#include <covenant/render/detail/timeline_drawing.hpp>
#include <covenant/render/term_sheet.hpp>

#include <algorithm>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace covenant::render {

/// What `timeline_svg` draws, and how.
struct timeline_options {
  /// Which events happen when (covenant::scenario); by default none does.
  scenario events{};
  /// Group the clauses by kind; by default they are grouped by scope, nested scopes indented.
  bool group_by_kind = false;
  /// The axis range; 0 = automatic from the clauses, events, marks and findings, in whole years.
  day from = 0, to = 0;
  /// Extra vertical rules, e.g. amendment effective days.
  std::vector<std::pair<day, std::string>> marks{};
  /// Defaults to the contract's title.
  std::string title{};
};

namespace detail {

/// Everything the drawing needs from a contract, as values: the drawing itself is one
/// non-template function (render/detail/timeline_drawing.hpp).
inline std::string timeline_of(std::string_view contract_title,
                               std::span<const clause_record> records,
                               std::span<const finding> found,
                               const std::vector<const covenant::detail::entity*>& events,
                               const timeline_options& o) {
  timeline::drawing_input in{contract_title, records, found, o.events, o.group_by_kind,
                             o.from,         o.to,    {},    o.title};
  for (const auto* e : events) {
    const day d = o.events.date_of(e);
    if (d != end_of_time) in.rules.push_back({d, std::string(e->name), false});
  }
  // Events by day (stable: the contract's order for one day), then the caller's marks.
  std::stable_sort(in.rules.begin(), in.rules.end(),
                   [](const auto& a, const auto& b) { return a.on < b.on; });
  for (const auto& [d, text] : o.marks) in.rules.push_back({d, text, true});
  return timeline::draw(in);
}

} // namespace detail

/// An SVG timeline of contract C on the timeline `options.events`: one bar per clause along a
/// dated axis with year ticks, grouped by scope (or by kind). Open-ended terms fade out to the
/// right; a term that ends at an event that happens ends on its day, named; one whose event does
/// not happen runs on, marked "until <event>". Event days and `options.marks` are vertical
/// rules; every finding's window is drawn over the clauses it names, errors hatched and
/// warnings dotted, each marked "error n" / "warning n" and listed below the chart. Labels are
/// `<text>`, cut with an ellipsis when too long (the whole label in a `<title>`). The layout is
/// fixed and integer, the size is a viewBox: the same contract always gives the same bytes.
template <contract_type C>
std::string timeline_svg(const timeline_options& options = {}) {
  return detail::timeline_of(C::title, C::records,
                             std::span<const finding>(findings<C>.begin(), findings<C>.end()),
                             events_of<C>(), options);
}

} // namespace covenant::render
