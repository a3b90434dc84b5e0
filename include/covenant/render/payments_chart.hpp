// An SVG chart of the revenue share due each year (rows of covenant::payments): before caps, due,
// guarantee top-ups, advances and what recovers them, and the cumulative total against the cap.
#pragma once

#include <covenant/query/payments.hpp>
#include <covenant/render/detail/svg.hpp>
#include <covenant/render/format.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace covenant::render {

namespace detail::payments_chart {

// The layout, in viewBox pixels.
inline constexpr int width = 860;
inline constexpr int margin = 12;
inline constexpr int plot_x0 = 96;
inline constexpr int plot_x1 = 844;
inline constexpr int plot_top = 84;
inline constexpr int plot_bottom = 324;
/// Lines of the table under the axis: year, due, before caps, cumulative, capped, then one line
/// per mark of guarantees and advances the rows use.
inline constexpr int table_y = 342;
inline constexpr int line = 14;
inline constexpr int legend_y = 424;
inline constexpr int legend_row = 18;
inline constexpr int legend_per_row = 4;
inline constexpr int height = 448;
inline constexpr std::string_view id = "\x01";

inline std::string draw(std::span<const payment_in> rows, std::string_view title,
                        std::string_view unit, std::int64_t cap) {
  // Guarantees and advances are drawn only when a row has one, so a chart of shares alone keeps
  // its layout.
  bool top_ups = false;
  bool advances = false;
  std::int64_t most = cap > 0 ? cap : 0;
  for (const auto& r : rows) {
    most = std::max({most, r.uncapped, r.due + r.recouped, r.cumulative, r.advance, r.unrecouped});
    top_ups = top_ups || r.top_up != 0;
    advances = advances || r.advance != 0 || r.recouped != 0 || r.unrecouped != 0;
  }
  const int extra_lines = (top_ups ? 1 : 0) + (advances ? 3 : 0);
  const int legend_items = 3 + (cap >= 0 ? 1 : 0) + (top_ups ? 1 : 0) + (advances ? 3 : 0);
  const int legend_at = legend_y + line * extra_lines;
  const int chart_height =
      height + line * extra_lines + legend_row * ((legend_items - 1) / legend_per_row);
  const std::int64_t step = svg::round_step(std::max<std::int64_t>(most, 1), 5);
  const std::int64_t top = (std::max<std::int64_t>(most, 1) + step - 1) / step * step;
  const auto y_of = [&](std::int64_t v) {
    return plot_bottom -
           static_cast<int>(svg::scale(std::max<std::int64_t>(v, 0), plot_bottom - plot_top, top));
  };

  std::string body =
      fmt::format("<rect width=\"{}\" height=\"{}\" fill=\"#fff\"/>\n", width, chart_height);
  body += svg::text_element(margin, 28, "class=\"title\" font-size=\"16\" font-weight=\"bold\"",
                            title, svg::fitting(width - 2 * margin, 16));
  body += svg::text_element(
      margin, 46, "class=\"subtitle\" font-size=\"11\" fill=\"#444\"",
      fmt::format("Per year: the share due before caps, what is due{}{}, and the cumulative "
                  "total{}.",
                  top_ups ? ", the guarantee's top-up" : "",
                  advances ? ", advances and what recovers them" : "",
                  cap >= 0 ? " against the cap" : ""),
      svg::fitting(width - 2 * margin));
  body += svg::text_element(plot_x0 - 6, plot_top - 14,
                            "class=\"unit\" font-size=\"10\" fill=\"#444\" text-anchor=\"end\"",
                            unit, svg::fitting(plot_x0 - margin, 10));

  // The amount axis: round ticks with grid lines.
  for (std::int64_t v = 0; v <= top; v += step) {
    const int y = y_of(v);
    body += fmt::format("<line class=\"grid\" x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\" "
                        "stroke=\"{3}\"/>\n",
                        plot_x0, y, plot_x1, v == 0 ? "#888" : "#e4e4e4");
    body += fmt::format("<text class=\"amount\" x=\"{}\" y=\"{}\" font-size=\"10\" fill=\"#444\" "
                        "text-anchor=\"end\">{}</text>\n",
                        plot_x0 - 6, y + 4, grouped(v));
  }

  body += fmt::format("<line class=\"axis\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" "
                      "stroke=\"#888\"/>\n",
                      plot_x0, plot_top, plot_bottom);

  // Per year: two bars, then a small table under the axis, so that no figure hides a mark.
  const int n = static_cast<int>(rows.size());
  const int group = n > 0 ? (plot_x1 - plot_x0) / n : plot_x1 - plot_x0;
  const int bar = std::clamp(group * (advances ? 2 : 3) / 10, 2, 48);
  std::string points;
  std::string dots;
  std::string balance_points;
  std::string balance_dots;
  std::string desc;
  for (int k = 0; k < n; ++k) {
    const auto& r = rows[static_cast<std::size_t>(k)];
    const int cx = plot_x0 + group * k + group / 2;
    const int yu = y_of(r.uncapped);
    const int yd = y_of(r.due);
    body += fmt::format("<g class=\"year\" data-year=\"{}\">\n", r.year);
    body += fmt::format("<rect class=\"uncapped\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" "
                        "fill=\"#e6e6e6\" stroke=\"#666\" stroke-dasharray=\"3 2\"><title>{}: "
                        "{} due before caps</title></rect>\n",
                        cx - bar - 1, yu, bar, plot_bottom - yu, r.year, grouped(r.uncapped));
    body += fmt::format("<rect class=\"due\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" "
                        "fill=\"#3182bd\"><title>{}: {} due</title></rect>\n",
                        cx + 1, yd, bar, plot_bottom - yd, r.year, grouped(r.due));
    // What was owed but set against an advance sits on top of what is paid: together, what the
    // year owed. A top-up is the upper part of what was owed, outlined over both.
    const int yo = y_of(r.due + r.recouped);
    if (r.recouped > 0) {
      body += fmt::format("<rect class=\"recouped\" x=\"{}\" y=\"{}\" width=\"{}\" "
                          "height=\"{}\" fill=\"#a1d99b\" stroke=\"#31a354\"><title>{}: {} "
                          "recouped against the advance</title></rect>\n",
                          cx + 1, yo, bar, yd - yo, r.year, grouped(r.recouped));
    }
    if (r.top_up > 0) {
      const int yt = y_of(r.due + r.recouped - r.top_up);
      body += fmt::format(
          "<rect class=\"top-up\" x=\"{}\" y=\"{}\" width=\"{}\" "
          "height=\"{}\" fill=\"none\" stroke=\"#d95f0e\" stroke-width=\"2\"><title>{}: "
          "{} added to meet the guarantee</title></rect>\n",
          cx + 1, yo, bar, yt - yo, r.year, grouped(r.top_up));
    }
    if (r.advance > 0) {
      const int ya = y_of(r.advance);
      body += fmt::format("<rect class=\"advance\" x=\"{}\" y=\"{}\" width=\"{}\" "
                          "height=\"{}\" fill=\"#756bb1\"><title>{}: {} paid as an "
                          "advance</title></rect>\n",
                          cx + bar + 3, ya, bar, plot_bottom - ya, r.year, grouped(r.advance));
    }
    const std::size_t fit = svg::fitting(group - 4, 10);
    const auto cell = [&](int line_no, std::string_view attributes, const std::string& text) {
      body += svg::text_element(cx, table_y + line * line_no, attributes, text, fit);
    };
    cell(0, "class=\"year-label\" font-size=\"11\" font-weight=\"bold\" text-anchor=\"middle\"",
         fmt::format("{}", r.year));
    cell(1, "font-size=\"10\" text-anchor=\"middle\"", fmt::format("due {}", grouped(r.due)));
    cell(2, "font-size=\"10\" fill=\"#555\" text-anchor=\"middle\"",
         fmt::format("before caps {}", grouped(r.uncapped)));
    cell(3, "font-size=\"10\" fill=\"#a63603\" text-anchor=\"middle\"",
         fmt::format("total {}", grouped(r.cumulative)));
    if (r.capped) {
      cell(4, "class=\"capped\" font-size=\"10\" font-weight=\"bold\" text-anchor=\"middle\"",
           "capped");
    }
    int next = 5;
    if (top_ups) {
      cell(next++,
           "class=\"top-up-figure\" font-size=\"10\" fill=\"#d95f0e\" text-anchor=\"middle\"",
           fmt::format("top-up {}", grouped(r.top_up)));
    }
    if (advances) {
      cell(next++,
           "class=\"advance-figure\" font-size=\"10\" fill=\"#756bb1\" text-anchor=\"middle\"",
           fmt::format("advance {}", grouped(r.advance)));
      cell(next++,
           "class=\"recouped-figure\" font-size=\"10\" fill=\"#31a354\" text-anchor=\"middle\"",
           fmt::format("recouped {}", grouped(r.recouped)));
      cell(next++,
           "class=\"unrecouped-figure\" font-size=\"10\" fill=\"#555\" text-anchor=\"middle\"",
           fmt::format("unrecouped {}", grouped(r.unrecouped)));
      balance_points += fmt::format("{}{},{}", k == 0 ? "" : " ", cx, y_of(r.unrecouped));
      balance_dots += fmt::format("<circle class=\"unrecouped-point\" cx=\"{}\" cy=\"{}\" "
                                  "r=\"3\" fill=\"#756bb1\"><title>{}: {} of advances not yet "
                                  "recouped</title></circle>\n",
                                  cx, y_of(r.unrecouped), r.year, grouped(r.unrecouped));
    }
    body += "</g>\n";
    points += fmt::format("{}{},{}", k == 0 ? "" : " ", cx, y_of(r.cumulative));
    dots += fmt::format("<circle class=\"cumulative-point\" cx=\"{}\" cy=\"{}\" r=\"3.5\" "
                        "fill=\"#e6550d\"><title>{}: {} paid so far</title></circle>\n",
                        cx, y_of(r.cumulative), r.year, grouped(r.cumulative));
    desc += fmt::format(" {}: {} due of {} before caps, {} in total{}", r.year, grouped(r.due),
                        grouped(r.uncapped), grouped(r.cumulative), r.capped ? ", capped" : "");
    if (r.top_up != 0) desc += fmt::format(", {} top-up", grouped(r.top_up));
    if (r.advance != 0) desc += fmt::format(", {} advance paid", grouped(r.advance));
    if (r.recouped != 0) desc += fmt::format(", {} recouped", grouped(r.recouped));
    if (advances) desc += fmt::format(", {} unrecouped", grouped(r.unrecouped));
    desc += ".";
  }
  if (n > 0) {
    body += fmt::format("<polyline class=\"cumulative\" points=\"{}\" fill=\"none\" "
                        "stroke=\"#e6550d\" stroke-width=\"2\"/>\n{}",
                        points, dots);
    if (advances) {
      body += fmt::format("<polyline class=\"unrecouped\" points=\"{}\" fill=\"none\" "
                          "stroke=\"#756bb1\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>\n{}",
                          balance_points, balance_dots);
    }
  } else {
    body += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"12\" fill=\"#555\" "
                        "text-anchor=\"middle\">No years to show.</text>\n",
                        (plot_x0 + plot_x1) / 2, (plot_top + plot_bottom) / 2);
  }
  if (cap >= 0) {
    const int y = y_of(cap);
    body += fmt::format("<line class=\"cap\" x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\" "
                        "stroke=\"#c62828\" stroke-width=\"1.5\" stroke-dasharray=\"8 4\"/>\n",
                        plot_x0, y, plot_x1);
    // On the left, where the cumulative line is lowest.
    body += fmt::format("<text class=\"cap-label\" x=\"{}\" y=\"{}\" font-size=\"10\" "
                        "font-weight=\"bold\" fill=\"#c62828\">cap {}</text>\n",
                        plot_x0 + 4, y - 4, svg::escape(money_text(cap, unit)));
    desc += fmt::format(" Cap: {}.", money_text(cap, unit));
  }

  // The legend: a swatch and words for each mark drawn, four to a row.
  struct legend_entry {
    std::string_view swatch;
    std::string_view words;
  };
  std::array<legend_entry, 8> legend{};
  std::size_t entries = 0;
  legend[entries++] = {"<rect x=\"{}\" y=\"{}\" width=\"20\" height=\"12\" fill=\"#e6e6e6\" "
                       "stroke=\"#666\" stroke-dasharray=\"3 2\"/>",
                       "due before caps (dashed)"};
  legend[entries++] = {"<rect x=\"{}\" y=\"{}\" width=\"20\" height=\"12\" fill=\"#3182bd\"/>",
                       "due"};
  legend[entries++] = {"<path d=\"M{} {}h20\" transform=\"translate(0 6)\" stroke=\"#e6550d\" "
                       "stroke-width=\"2\"/>",
                       "cumulative total (line)"};
  if (cap >= 0) {
    legend[entries++] = {"<path d=\"M{} {}h20\" transform=\"translate(0 6)\" stroke=\"#c62828\" "
                         "stroke-width=\"1.5\" stroke-dasharray=\"8 4\"/>",
                         "cap (red dashes)"};
  }
  if (top_ups) {
    legend[entries++] = {"<rect x=\"{}\" y=\"{}\" width=\"20\" height=\"12\" fill=\"none\" "
                         "stroke=\"#d95f0e\" stroke-width=\"2\"/>",
                         "guarantee top-up (outlined)"};
  }
  if (advances) {
    legend[entries++] = {"<rect x=\"{}\" y=\"{}\" width=\"20\" height=\"12\" fill=\"#756bb1\"/>",
                         "advance paid"};
    legend[entries++] = {"<rect x=\"{}\" y=\"{}\" width=\"20\" height=\"12\" fill=\"#a1d99b\" "
                         "stroke=\"#31a354\"/>",
                         "recouped, not paid (green)"};
    legend[entries++] = {"<path d=\"M{} {}h20\" transform=\"translate(0 6)\" stroke=\"#756bb1\" "
                         "stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>",
                         "unrecouped advance (line)"};
  }
  for (std::size_t k = 0; k < entries; ++k) {
    const int x = margin + static_cast<int>(k % legend_per_row) * 200;
    const int y = legend_at + legend_row * static_cast<int>(k / legend_per_row);
    body += fmt::format("<g class=\"legend-item\">{}",
                        fmt::format(fmt::runtime(legend[k].swatch), x, y - 10));
    body += svg::text_element(x + 26, y, "font-size=\"10\" fill=\"#222\"", legend[k].words,
                              svg::fitting(170, 10));
    body += "</g>\n";
  }

  const std::string summary = n > 0 ? fmt::format("Payments per year, {} to {}, in {}.{}",
                                                  rows.front().year, rows.back().year, unit, desc)
                                    : std::string("No payments.");
  std::string out = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"covenant-payments\" viewBox=\"0 0 {0} "
      "{1}\" width=\"{0}\" height=\"{1}\" role=\"img\" aria-labelledby=\"{2}-title {2}-desc\" "
      "font-family=\"sans-serif\">\n<title id=\"{2}-title\">{3}</title>\n<desc "
      "id=\"{2}-desc\">{4}</desc>\n{5}</svg>\n",
      width, chart_height, id, svg::escape(title), svg::escape(summary), body);
  const std::string prefix = svg::id_prefix("covenant-payments", out);
  for (auto at = out.find(id); at != std::string::npos; at = out.find(id, at)) {
    out.replace(at, id.size(), prefix);
  }
  return out;
}

} // namespace detail::payments_chart

/// An SVG bar and line chart of `rows`, as returned by `covenant::payments<C>(payer, payee,
/// revenue, scenario)`: for each year, the share due before caps (a dashed bar) and what is due
/// (a solid bar), and the cumulative total (a line) against `cap` (a red dashed rule; none when
/// `cap` is negative). When a row has them: what a guarantee added (outlined on the due bar),
/// what was owed but recouped against an advance (stacked on the due bar), advances paid (a
/// third bar) and the balance still unrecouped (a dashed line). Amounts are in `unit`. The figures
/// are also written under each year and in the `<desc>`; the layout is fixed and integer, the size
/// is a viewBox.
template <std::size_t N>
std::string payments_svg(const std::array<payment_in, N>& rows, std::string_view title,
                         std::string_view unit = "USD million", std::int64_t cap = -1) {
  return detail::payments_chart::draw(std::span<const payment_in>(rows.data(), N), title, unit,
                                      cap);
}

} // namespace covenant::render
