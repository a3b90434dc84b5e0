// The layout of render::timeline_svg (render/timeline.hpp): columns, rows, axis and notes.
#pragma once

#include <covenant/core/clause.hpp>
#include <covenant/core/finding.hpp>
#include <covenant/core/scenario.hpp>
#include <covenant/query/timeline.hpp>
#include <covenant/render/detail/svg.hpp>
#include <covenant/render/findings.hpp>
#include <covenant/render/format.hpp>
#include <covenant/render/sentence.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace covenant::render::detail::timeline {

using entity = covenant::detail::entity;

// The layout, in viewBox pixels. Columns, left to right: clause numbers, labels (indented by
// depth), finding markers, the plot.
inline constexpr int width = 1280;
inline constexpr int margin = 12;
inline constexpr int number_end = 36;
inline constexpr int label_x = 44;
inline constexpr int indent = 14;
inline constexpr int label_end = 500;
inline constexpr int gutter_x = 508;
inline constexpr int gutter_end = 580;
inline constexpr int plot_x0 = 588;
inline constexpr int plot_x1 = 1264;
inline constexpr int row_height = 24;
inline constexpr int rule_row = 16;
/// Where open-ended bars start to fade: they run to the plot's right edge, transparent there.
inline constexpr int fade = 120;
/// The placeholder for the drawing's id prefix, replaced once the drawing is complete (escaped
/// text never holds a control character).
inline constexpr std::string_view id = "\x01";

/// A vertical rule: a scenario's event day, or one of the caller's marks.
struct rule_line {
  day on = 0;
  std::string text;
  bool mark = false;
};

struct drawing_input {
  std::string_view contract_title;
  std::span<const clause_record> records;
  std::span<const finding> findings;
  scenario events;
  bool group_by_kind = false;
  day from = 0;
  day to = 0;
  std::vector<rule_line> rules;
  std::string title;
};

struct kind_style {
  std::string_view fill;
  std::string_view stroke;
};

/// Colours by kind; never the only cue, since the kind is in each bar's tooltip and the legend.
constexpr kind_style style_of(clause_kind k) noexcept {
  constexpr std::array<kind_style, clause_kind_count> styles{{{"#9ecae1", "#3182bd"},
                                                              {"#c6dbef", "#4a88c2"},
                                                              {"#a1d99b", "#31a354"},
                                                              {"#fdd0a2", "#e6550d"},
                                                              {"#fdae6b", "#a63603"},
                                                              {"#bcbddc", "#756bb1"},
                                                              {"#d9d9d9", "#636363"},
                                                              {"#c7e9c0", "#41ab5d"},
                                                              {"#f4b6d2", "#c51b8a"},
                                                              {"#fee391", "#b8860b"},
                                                              {"#dadaeb", "#54278f"},
                                                              {"#fcbba1", "#a50f15"},
                                                              {"#ffffb2", "#8c6d31"}}};
  return styles[static_cast<std::size_t>(k)];
}

inline std::string css_name(std::string_view text) {
  std::string out(text);
  std::replace(out.begin(), out.end(), ' ', '-');
  return out;
}

/// One row: a group heading, or a clause.
struct row {
  bool heading = false;
  int depth = 0;
  std::size_t clause = 0;
  std::string text;
};

inline int depth_of(const entity* scope) noexcept {
  int d = 0;
  for (const entity* e = scope != nullptr ? scope->parent : nullptr; e != nullptr; e = e->parent) {
    ++d;
  }
  return d;
}

/// Scopes as a tree, each heading followed by its own clauses, then by its narrower scopes, in
/// the order the contract first mentions them.
inline std::vector<row> rows_by_scope(std::span<const clause_record> rs) {
  std::vector<const entity*> scopes;
  for (const auto& r : rs) {
    std::vector<const entity*> chain;
    for (const entity* e = r.scope; e != nullptr; e = e->parent) chain.insert(chain.begin(), e);
    for (const entity* e : chain) {
      if (std::find(scopes.begin(), scopes.end(), e) == scopes.end()) scopes.push_back(e);
    }
  }
  std::vector<row> out;
  const auto visit = [&](const auto& self, const entity* scope) -> void {
    const int d = depth_of(scope);
    out.push_back({true, d, 0, std::string(scope->name)});
    for (std::size_t i = 0; i < rs.size(); ++i) {
      if (rs[i].scope == scope) out.push_back({false, d + 1, i, std::string(rs[i].label)});
    }
    for (const entity* e : scopes) {
      if (e->parent == scope) self(self, e);
    }
  };
  for (const entity* e : scopes) {
    if (e->parent == nullptr) visit(visit, e);
  }
  bool unscoped = false;
  for (std::size_t i = 0; i < rs.size(); ++i) {
    if (rs[i].scope != nullptr) continue;
    if (!unscoped) out.push_back({true, 0, 0, "(no scope)"});
    unscoped = true;
    out.push_back({false, 1, i, std::string(rs[i].label)});
  }
  return out;
}

/// Kinds in the order the contract first uses them, each with its clauses.
inline std::vector<row> rows_by_kind(std::span<const clause_record> rs) {
  std::vector<clause_kind> kinds;
  for (const auto& r : rs) {
    if (std::find(kinds.begin(), kinds.end(), r.kind) == kinds.end()) kinds.push_back(r.kind);
  }
  std::vector<row> out;
  for (const clause_kind k : kinds) {
    out.push_back({true, 0, 0, std::string(kind_name(k))});
    for (std::size_t i = 0; i < rs.size(); ++i) {
      if (rs[i].kind == k) out.push_back({false, 1, i, std::string(rs[i].label)});
    }
  }
  return out;
}

/// The dated axis: days [from, to) over the plot's width.
struct axis {
  day from = 0;
  day to = 0;
  [[nodiscard]] int x(day d) const noexcept {
    const day c = d < from ? from : (d > to ? to : d);
    return plot_x0 +
           static_cast<int>(svg::scale(static_cast<std::int64_t>(c) - from, plot_x1 - plot_x0,
                                       static_cast<std::int64_t>(to) - from));
  }
};

/// Whole years around every date the drawing shows, and a year more when a bar is open-ended,
/// so that its fading end does not hide the last date.
inline axis axis_of(const drawing_input& in, std::span<const covenant::detail::window> w) {
  day lo = end_of_time;
  day hi = std::numeric_limits<day>::min();
  bool open = false;
  const auto see = [&](day d) {
    if (d == end_of_time || d <= day_of(1900)) return; // day_of(1900): upon<> without a date
    lo = std::min(lo, d);
    hi = std::max(hi, d);
  };
  for (std::size_t i = 0; i < in.records.size(); ++i) {
    const auto& r = in.records[i];
    see(r.start);
    see(r.end);
    if (!w[i].empty()) {
      see(w[i].from);
      see(w[i].to);
      open = open || w[i].to == end_of_time;
    }
  }
  for (const auto& m : in.rules) see(m.on);
  for (const auto& f : in.findings) {
    see(f.from);
    see(f.to);
  }
  if (lo == end_of_time) lo = hi = day_of(2000);
  axis a{day_of(to_civil(lo).year), day_of(to_civil(hi - 1).year + 1)};
  if (open) a.to = day_of(to_civil(a.to).year + 1);
  if (in.from != 0) a.from = in.from;
  if (in.to != 0) a.to = in.to;
  if (a.to <= a.from) a.to = a.from + 366;
  return a;
}

/// The events of an exception, joined: "A and B".
inline std::string events_text(const exception_record& e) {
  std::string out;
  for (std::size_t k = 0; k < e.event_count; ++k) {
    out += fmt::format("{}{}", k == 0 ? "" : " and ", e.events[k]->name);
  }
  return out;
}

/// A note of 10 px text beside or inside a bar: after its end when there is room, otherwise
/// inside it against the end (cut to fit).
inline std::string end_note(int xa, int xb, int y, std::string_view text) {
  const int needed = static_cast<int>(svg::length(text)) * 56 / 10 + 8;
  if (xb + needed <= plot_x1) {
    return svg::text_element(xb + 4, y, "class=\"note\" font-size=\"10\" fill=\"#333\"", text,
                             svg::length(text));
  }
  return svg::text_element(xb - 4, y,
                           "class=\"note\" font-size=\"10\" fill=\"#333\" text-anchor=\"end\"",
                           text, std::max<std::size_t>(svg::fitting(xb - xa - 8, 10), 6));
}

/// A note before a bar's start, or inside it when there is no room.
inline std::string start_note(int xa, int xb, int y, std::string_view text) {
  const int needed = static_cast<int>(svg::length(text)) * 56 / 10 + 8;
  if (xa - needed >= plot_x0) {
    return svg::text_element(xa - 4, y,
                             "class=\"note\" font-size=\"10\" fill=\"#333\" text-anchor=\"end\"",
                             text, svg::length(text));
  }
  return svg::text_element(xa + 4, y, "class=\"note\" font-size=\"10\" fill=\"#333\"", text,
                           std::max<std::size_t>(svg::fitting(xb - xa - 8, 10), 6));
}

/// The clauses a finding names, by index.
inline std::vector<std::size_t> named_by(const finding& f) {
  std::vector<std::size_t> out;
  if (f.is_sum()) {
    if (f.limit_set_apart()) out.push_back(f.first);
    for (std::size_t k = 0; k < f.part_count && k < finding::max_parts; ++k) {
      out.push_back(f.parts[k]);
    }
  } else {
    out.push_back(f.first);
    if (f.second != f.first) out.push_back(f.second);
  }
  return out;
}

/// A finding in words (finding_text), without the Markdown code marks around the rule's name.
inline std::string finding_words(const finding& f) {
  std::string text = finding_text(f);
  text.erase(std::remove(text.begin(), text.end(), '`'), text.end());
  return text;
}

/// The events of the scenario in words, for the subtitle and the description.
inline std::string scenario_text(const drawing_input& in) {
  std::string out;
  for (const auto& m : in.rules) {
    if (m.mark) continue;
    out += fmt::format("{}{} on {}", out.empty() ? "On this timeline: " : "; ", m.text,
                       date_text(m.on));
  }
  return out.empty() ? "On this timeline no event happens." : out + ".";
}

} // namespace covenant::render::detail::timeline
