// The drawing behind render::timeline_svg (render/timeline.hpp): one function of plain values,
// so that the template over the contract stays a few lines.
#pragma once

#include <covenant/render/detail/timeline_layout.hpp>

#include <fmt/format.h>

#include <array>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace covenant::render::detail::timeline {

/// The bar of clause `i` on its row, its tooltip, and what its ends mean.
inline std::string clause_bar(const drawing_input& in, std::size_t i,
                              const covenant::detail::window& w, const axis& a, int y) {
  const auto& r = in.records[i];
  const auto style = style_of(r.kind);
  const std::string kind = css_name(kind_name(r.kind));
  const std::string tip = svg::escape(sentence(r, in.records));
  if (w.empty() || w.to <= a.from || w.from >= a.to) {
    std::string why = w.empty() ? "not in force on this timeline" : "outside the dates shown";
    if (w.empty() && r.starts_at_event != nullptr &&
        in.events.date_of(r.starts_at_event) == end_of_time) {
      why += fmt::format(" (waits for: {})", r.starts_at_event->name);
    }
    return svg::text_element(plot_x0 + 4, y + 16,
                             "class=\"note absent\" font-size=\"10\" font-style=\"italic\" "
                             "fill=\"#555\"",
                             why, svg::fitting(plot_x1 - plot_x0 - 8, 10));
  }
  const bool open = w.to == end_of_time;
  const int xa = a.x(w.from);
  const int xb = std::max(a.x(w.to), xa + 2);
  std::string out;
  // An open-ended bar has no right edge: fill and outline thin out toward the plot's end.
  out += open ? fmt::format("<rect class=\"bar open-ended {0}\" x=\"{1}\" y=\"{2}\" width=\"{3}\" "
                            "height=\"14\" fill=\"url(#{4}-fill-{5})\" "
                            "stroke=\"url(#{4}-line-{5})\"><title>{6}</title></rect>\n",
                            kind, xa, y + 5, xb - xa, id, static_cast<int>(r.kind), tip)
              : fmt::format("<rect class=\"bar {}\" x=\"{}\" y=\"{}\" width=\"{}\" "
                            "height=\"14\" fill=\"{}\" stroke=\"{}\"><title>{}</title></rect>\n",
                            kind, xa, y + 5, xb - xa, style.fill, style.stroke, tip);
  // The start, when an event set it.
  if (r.starts_at_event != nullptr && in.events.date_of(r.starts_at_event) == w.from) {
    out += start_note(xa, xb, y + 16, fmt::format("from: {}", r.starts_at_event->name));
  }
  // The end: an event that happened, an exception that held, or an event that never comes.
  std::string why;
  if (!open && r.ends_at_event != nullptr && in.events.date_of(r.ends_at_event) == w.to) {
    why = fmt::format("ends: {}", r.ends_at_event->name);
  } else if (!open && w.to != r.end) {
    for (const auto& e : r.exceptions) {
      if (covenant::detail::holds_from(e, in.events) == w.to) {
        why = fmt::format("yields: {}", events_text(e));
        break;
      }
    }
  }
  if (!why.empty() && w.to <= a.to) {
    out += fmt::format("<line class=\"event-end\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" "
                       "stroke=\"#111\" stroke-width=\"3\"/>\n",
                       xb, y + 3, y + 21);
    out += end_note(xa, xb, y + 16, why);
  } else if (r.ends_at_event != nullptr && in.events.date_of(r.ends_at_event) == end_of_time) {
    const auto until = fmt::format("until {}", r.ends_at_event->name);
    out += open ? svg::text_element(plot_x1 - 4, y + 16,
                                    "class=\"note until\" font-size=\"10\" fill=\"#333\" "
                                    "text-anchor=\"end\"",
                                    until, std::max<std::size_t>(svg::fitting(xb - xa - 8, 10), 6))
                : end_note(xa, xb, y + 16, fmt::format("{}: not by then", r.ends_at_event->name));
  }
  return out;
}

/// Every finding's window over the rows of the clauses it names, and the markers in the gutter.
inline std::string finding_overlays(const drawing_input& in, const std::vector<int>& row_y,
                                    const axis& a) {
  std::string out;
  std::vector<std::string> errors(in.records.size());
  std::vector<std::string> warnings(in.records.size());
  for (std::size_t k = 0; k < in.findings.size(); ++k) {
    const auto& f = in.findings[k];
    const bool error = f.is_error();
    const int xa = a.x(f.from);
    const int xb = std::max(a.x(f.to), xa + 4);
    const std::string tip = svg::escape(finding_words(f));
    for (const std::size_t c : named_by(f)) {
      if (c >= in.records.size()) continue;
      auto& list = error ? errors[c] : warnings[c];
      list += fmt::format("{}{}", list.empty() ? "" : ",", k + 1);
      if (f.to <= a.from || f.from >= a.to) continue;
      // Not only colour: errors are hatched with a solid outline, warnings dotted and unfilled.
      out += error ? fmt::format("<rect class=\"finding error\" x=\"{}\" y=\"{}\" width=\"{}\" "
                                 "height=\"20\" fill=\"url(#{}-hatch)\" stroke=\"#c62828\" "
                                 "stroke-width=\"1.5\"><title>{}. {}</title></rect>\n",
                                 xa, row_y[c] + 2, xb - xa, id, k + 1, tip)
                   : fmt::format("<rect class=\"finding warning\" x=\"{}\" y=\"{}\" width=\"{}\" "
                                 "height=\"20\" fill=\"none\" stroke=\"#b26a00\" "
                                 "stroke-width=\"2\" stroke-dasharray=\"2 3\"><title>{}. "
                                 "{}</title></rect>\n",
                                 xa, row_y[c] + 2, xb - xa, k + 1, tip);
    }
  }
  for (std::size_t c = 0; c < in.records.size(); ++c) {
    if (errors[c].empty() && warnings[c].empty()) continue;
    std::string text = errors[c].empty() ? "" : "error " + errors[c];
    if (!warnings[c].empty()) text += (text.empty() ? "warning " : " warning ") + warnings[c];
    out += svg::text_element(
        gutter_x, row_y[c] + 16,
        fmt::format("class=\"marker\" font-size=\"10\" font-weight=\"bold\" fill=\"{}\"",
                    errors[c].empty() ? "#8a4b00" : "#c62828"),
        text, svg::fitting(gutter_end - gutter_x, 10));
  }
  return out;
}

/// The defs: a hatch for errors, and per kind a fill and an outline that fade out over the last
/// `fade` pixels of the plot (in user space, so one serves every open-ended bar).
inline std::string defs(const drawing_input& in) {
  std::string out =
      fmt::format("<defs>\n<pattern id=\"{}-hatch\" width=\"6\" height=\"6\" "
                  "patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                  "<rect width=\"6\" height=\"6\" fill=\"#c62828\" fill-opacity=\"0.10\"/>"
                  "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#c62828\" "
                  "stroke-width=\"2\"/></pattern>\n",
                  id);
  std::array<bool, clause_kind_count> used{};
  for (const auto& r : in.records) used[static_cast<std::size_t>(r.kind)] = true;
  for (std::size_t k = 0; k < used.size(); ++k) {
    if (!used[k]) continue;
    const auto style = style_of(static_cast<clause_kind>(k));
    for (const auto& [what, colour] : {std::pair{"fill", style.fill}, {"line", style.stroke}}) {
      out += fmt::format("<linearGradient id=\"{}-{}-{}\" gradientUnits=\"userSpaceOnUse\" "
                         "x1=\"{}\" y1=\"0\" x2=\"{}\" y2=\"0\"><stop offset=\"0\" "
                         "stop-color=\"{}\"/><stop offset=\"1\" stop-color=\"{}\" "
                         "stop-opacity=\"0\"/></linearGradient>\n",
                         id, what, k, plot_x1 - fade, plot_x1, colour, colour);
    }
  }
  out += fmt::format("<linearGradient id=\"{}-legend-fade\" x1=\"0\" y1=\"0\" x2=\"1\" "
                     "y2=\"0\"><stop offset=\"0\" stop-color=\"#888\"/><stop offset=\"1\" "
                     "stop-color=\"#888\" stop-opacity=\"0\"/></linearGradient>\n",
                     id);
  return out + "</defs>\n";
}

/// A legend of what the colours and the marks mean, in slots of 170 px, seven to a line.
inline std::string legend(const drawing_input& in, int y, int& height) {
  std::array<bool, clause_kind_count> used{};
  for (const auto& r : in.records) used[static_cast<std::size_t>(r.kind)] = true;
  int slot = 0;
  std::string out;
  const auto place = [&](std::string swatch, std::string_view text) {
    const int x = margin + (slot % 7) * 170;
    const int top = y + (slot / 7) * 18;
    ++slot;
    out += fmt::format("<g class=\"legend-item\">{}", fmt::format(fmt::runtime(swatch), x, top));
    out += svg::text_element(x + 26, top + 10, "font-size=\"10\" fill=\"#222\"", text,
                             svg::fitting(140, 10));
    out += "</g>\n";
  };
  for (std::size_t k = 0; k < used.size(); ++k) {
    if (!used[k]) continue;
    const auto s = style_of(static_cast<clause_kind>(k));
    place(fmt::format("<rect x=\"{{}}\" y=\"{{}}\" width=\"20\" height=\"12\" fill=\"{}\" "
                      "stroke=\"{}\"/>",
                      s.fill, s.stroke),
          kind_name(static_cast<clause_kind>(k)));
  }
  slot = (slot + 6) / 7 * 7; // the marks on a line of their own
  place("<rect x=\"{}\" y=\"{}\" width=\"20\" height=\"12\" fill=\"url(#\x01-legend-fade)\"/>",
        "open-ended (fades out)");
  place("<rect x=\"{}\" y=\"{}\" width=\"20\" height=\"12\" fill=\"url(#\x01-hatch)\" "
        "stroke=\"#c62828\" stroke-width=\"1.5\"/>",
        "error (hatched)");
  place("<rect x=\"{}\" y=\"{}\" width=\"20\" height=\"12\" fill=\"none\" stroke=\"#b26a00\" "
        "stroke-width=\"2\" stroke-dasharray=\"2 3\"/>",
        "warning (dotted outline)");
  place("<path d=\"M{0} {1}h20\" transform=\"translate(0 6)\" stroke=\"#444\" "
        "stroke-dasharray=\"4 3\"/>",
        "event day (dashed rule)");
  place("<path d=\"M{0} {1}h20\" transform=\"translate(0 6)\" stroke=\"#999\"/>",
        "mark (grey rule)");
  place("<path d=\"M{0} {1}v12\" transform=\"translate(10 0)\" stroke=\"#111\" "
        "stroke-width=\"3\"/>",
        "ends at an event");
  height = (slot + 6) / 7 * 18;
  return out;
}

/// The whole drawing (see render::timeline_svg).
inline std::string draw(const drawing_input& in) {
  const std::size_t n = in.records.size();
  std::vector<covenant::detail::window> w(n);
  for (std::size_t i = 0; i < n; ++i) {
    w[i] = covenant::detail::in_force_window(in.records, i, in.events);
  }
  const axis a = axis_of(in, w);
  const std::vector<row> rows =
      in.group_by_kind ? rows_by_kind(in.records) : rows_by_scope(in.records);
  const std::string title = in.title.empty() ? std::string(in.contract_title) : in.title;
  const std::string story = scenario_text(in);
  const int rules_y = 60;
  const int axis_y = rules_y + static_cast<int>(in.rules.size()) * rule_row + 16;
  const int rows_y = axis_y + 8;
  const int rows_end = rows_y + static_cast<int>(rows.size()) * row_height;
  const int findings_y = rows_end + 28;

  std::string body = defs(in);
  body += fmt::format("<rect width=\"{}\" height=\"100%\" fill=\"#fff\"/>\n", width);
  body += svg::text_element(margin, 28, "class=\"title\" font-size=\"16\" font-weight=\"bold\"",
                            title, svg::fitting(width - 2 * margin, 16));
  body += svg::text_element(margin, 46, "class=\"subtitle\" font-size=\"11\" fill=\"#444\"", story,
                            svg::fitting(width - 2 * margin));

  // Row backgrounds first, so that grid lines and rules show over them.
  std::vector<int> row_y(n, 0);
  for (std::size_t k = 0; k < rows.size(); ++k) {
    const int y = rows_y + static_cast<int>(k) * row_height;
    if (rows[k].heading) {
      body += fmt::format("<rect class=\"group-band\" x=\"{}\" y=\"{}\" width=\"{}\" "
                          "height=\"{}\" fill=\"#eef1f5\"/>\n",
                          margin, y, plot_x1 - margin, row_height);
    } else {
      row_y[rows[k].clause] = y;
      if (k % 2 == 1) {
        body += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" "
                            "fill=\"#f8f8f8\"/>\n",
                            margin, y, plot_x1 - margin, row_height);
      }
    }
  }

  // Year ticks, at a round step that leaves each label 44 px.
  const int first_year = to_civil(a.from).year + (day_of(to_civil(a.from).year) < a.from ? 1 : 0);
  const int last_year = to_civil(a.to).year;
  const auto step =
      static_cast<int>(svg::round_step(last_year - first_year + 1, (plot_x1 - plot_x0) / 44));
  for (int y = first_year; y <= last_year; ++y) {
    if (y % step != 0 || day_of(y) > a.to) continue;
    const int x = a.x(day_of(y));
    body += fmt::format("<line class=\"tick\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" "
                        "stroke=\"#ddd\"/>\n<text class=\"year\" x=\"{0}\" y=\"{3}\" "
                        "font-size=\"10\" fill=\"#444\" text-anchor=\"middle\">{4}</text>\n",
                        x, axis_y + 4, rows_end, axis_y, y);
  }
  body += fmt::format("<line class=\"axis\" x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\" "
                      "stroke=\"#888\"/>\n<line class=\"axis\" x1=\"{0}\" y1=\"{3}\" x2=\"{2}\" "
                      "y2=\"{3}\" stroke=\"#888\"/>\n",
                      plot_x0, axis_y + 4, plot_x1, rows_end);

  // Event days and marks: a rule each, labelled on a line of its own above the axis.
  for (std::size_t k = 0; k < in.rules.size(); ++k) {
    const auto& m = in.rules[k];
    if (m.on < a.from || m.on > a.to) continue;
    const int x = a.x(m.on);
    const int label_y = rules_y + static_cast<int>(k) * rule_row + 12;
    const bool right = x > (plot_x0 + plot_x1) / 2;
    body += fmt::format("<line class=\"{0}\" x1=\"{2}\" y1=\"{3}\" x2=\"{2}\" y2=\"{4}\" "
                        "stroke=\"{1}\"{5}/>\n",
                        m.mark ? "mark" : "event", m.mark ? "#999" : "#444", x, label_y + 4,
                        rows_end, m.mark ? "" : " stroke-dasharray=\"4 3\"");
    const std::string text = fmt::format("{} {}", m.text, date_text(m.on));
    body += svg::text_element(
        right ? x - 4 : x + 4, label_y,
        fmt::format("class=\"{}-label\" font-size=\"10\" fill=\"{}\"{}", m.mark ? "mark" : "event",
                    m.mark ? "#666" : "#222", right ? " text-anchor=\"end\"" : ""),
        text, svg::fitting(right ? x - 4 - margin : width - margin - x - 4, 10));
  }

  // The rows: headings and labels on the left, bars in the plot.
  for (std::size_t k = 0; k < rows.size(); ++k) {
    const auto& r = rows[k];
    const int y = rows_y + static_cast<int>(k) * row_height;
    if (r.heading) {
      const int x = margin + r.depth * indent;
      body += svg::text_element(x, y + 16,
                                "class=\"group\" font-size=\"11\" font-weight=\"bold\" "
                                "fill=\"#222\"",
                                r.text, svg::fitting(label_end - x));
      continue;
    }
    const int x = label_x + (r.depth - 1) * indent;
    body += fmt::format("<text class=\"num\" x=\"{}\" y=\"{}\" font-size=\"10\" fill=\"#777\" "
                        "text-anchor=\"end\">{}</text>\n",
                        number_end, y + 16, r.clause + 1);
    body += svg::text_element(x, y + 16, "class=\"label\" font-size=\"11\" fill=\"#111\"", r.text,
                              svg::fitting(label_end - x));
    body += clause_bar(in, r.clause, w[r.clause], a, y);
  }
  body += finding_overlays(in, row_y, a);

  // The findings in words, numbered as in the gutter, wrapped to the drawing's width.
  body += fmt::format("<text class=\"findings-heading\" x=\"{}\" y=\"{}\" font-size=\"12\" "
                      "font-weight=\"bold\">Findings</text>\n",
                      margin, findings_y);
  int line_y = findings_y + 16;
  for (std::size_t k = 0; k < in.findings.size(); ++k) {
    const bool error = in.findings[k].is_error();
    const std::string text = fmt::format("{}. {}", k + 1, finding_words(in.findings[k]));
    const std::size_t fit = svg::fitting(width - 2 * margin - indent, 10);
    bool first = true;
    for (const auto part : svg::wrap(text, fit)) {
      body +=
          svg::text_element(first ? margin : margin + indent, line_y,
                            fmt::format("class=\"finding-text {}{}\" font-size=\"10\" fill=\"{}\"",
                                        error ? "error" : "warning", first ? "" : " continued",
                                        error ? "#c62828" : "#8a4b00"),
                            part, fit);
      line_y += 16;
      first = false;
    }
  }
  if (in.findings.empty()) {
    body += fmt::format("<text class=\"finding-text\" x=\"{}\" y=\"{}\" font-size=\"10\" "
                        "fill=\"#222\">None.</text>\n",
                        margin, line_y);
    line_y += 16;
  }
  const int legend_y = line_y + 8;
  int legend_height = 0;
  body += legend(in, legend_y, legend_height);
  const int height = legend_y + legend_height + 8;

  std::size_t errors = 0;
  for (const auto& f : in.findings) errors += f.is_error() ? 1U : 0U;
  const std::string desc = fmt::format(
      "Timeline of the {} {} of {}, grouped by {}, {} to {}. {} Findings: {} error(s), {} "
      "warning(s).",
      n, n == 1 ? "clause" : "clauses", in.contract_title, in.group_by_kind ? "kind" : "scope",
      date_text(a.from), date_text(a.to), story, errors, in.findings.size() - errors);
  std::string out = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"covenant-timeline\" viewBox=\"0 0 {0} "
      "{1}\" width=\"{0}\" height=\"{1}\" role=\"img\" aria-labelledby=\"{2}-title {2}-desc\" "
      "font-family=\"sans-serif\">\n<title id=\"{2}-title\">{3}</title>\n<desc "
      "id=\"{2}-desc\">{4}</desc>\n{5}</svg>\n",
      width, height, id, svg::escape(title), svg::escape(desc), body);
  // The ids: stable for one drawing, different for another, so drawings can share a page.
  const std::string prefix = svg::id_prefix("covenant-timeline", out);
  for (auto at = out.find(id); at != std::string::npos; at = out.find(id, at)) {
    out.replace(at, id.size(), prefix);
  }
  return out;
}

} // namespace covenant::render::detail::timeline
