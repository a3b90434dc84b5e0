// An SVG chart of the revenue share due each year (rows of covenant::payments): before caps, due,
// and the cumulative total against the cap.
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
/// Lines of the table under the axis: year, due, before caps, cumulative, capped.
inline constexpr int table_y = 342;
inline constexpr int line = 14;
inline constexpr int legend_y = 424;
inline constexpr int height = 448;
inline constexpr std::string_view id = "\x01";

inline std::string draw(std::span<const payment_in> rows, std::string_view title,
                        std::string_view unit, std::int64_t cap) {
  std::int64_t most = cap > 0 ? cap : 0;
  for (const auto& r : rows) most = std::max({most, r.uncapped, r.due, r.cumulative});
  const std::int64_t step = svg::round_step(std::max<std::int64_t>(most, 1), 5);
  const std::int64_t top = (std::max<std::int64_t>(most, 1) + step - 1) / step * step;
  const auto y_of = [&](std::int64_t v) {
    return plot_bottom -
           static_cast<int>(svg::scale(std::max<std::int64_t>(v, 0), plot_bottom - plot_top, top));
  };

  std::string body =
      fmt::format("<rect width=\"{}\" height=\"{}\" fill=\"#fff\"/>\n", width, height);
  body += svg::text_element(margin, 28, "class=\"title\" font-size=\"16\" font-weight=\"bold\"",
                            title, svg::fitting(width - 2 * margin, 16));
  body += svg::text_element(
      margin, 46, "class=\"subtitle\" font-size=\"11\" fill=\"#444\"",
      fmt::format("Per year: the share due before caps, what is due, and the cumulative total{}.",
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
  const int bar = std::clamp(group * 3 / 10, 2, 48);
  std::string points;
  std::string dots;
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
    body += "</g>\n";
    points += fmt::format("{}{},{}", k == 0 ? "" : " ", cx, y_of(r.cumulative));
    dots += fmt::format("<circle class=\"cumulative-point\" cx=\"{}\" cy=\"{}\" r=\"3.5\" "
                        "fill=\"#e6550d\"><title>{}: {} paid so far</title></circle>\n",
                        cx, y_of(r.cumulative), r.year, grouped(r.cumulative));
    desc += fmt::format(" {}: {} due of {} before caps, {} in total{}.", r.year, grouped(r.due),
                        grouped(r.uncapped), grouped(r.cumulative), r.capped ? ", capped" : "");
  }
  if (n > 0) {
    body += fmt::format("<polyline class=\"cumulative\" points=\"{}\" fill=\"none\" "
                        "stroke=\"#e6550d\" stroke-width=\"2\"/>\n{}",
                        points, dots);
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

  // The legend: a swatch and words for each mark.
  const std::array<std::string, 4> swatches{
      "<rect x=\"{}\" y=\"{}\" width=\"20\" height=\"12\" fill=\"#e6e6e6\" stroke=\"#666\" "
      "stroke-dasharray=\"3 2\"/>",
      "<rect x=\"{}\" y=\"{}\" width=\"20\" height=\"12\" fill=\"#3182bd\"/>",
      "<path d=\"M{} {}h20\" transform=\"translate(0 6)\" stroke=\"#e6550d\" "
      "stroke-width=\"2\"/>",
      "<path d=\"M{} {}h20\" transform=\"translate(0 6)\" stroke=\"#c62828\" "
      "stroke-width=\"1.5\" stroke-dasharray=\"8 4\"/>"};
  const std::array<std::string_view, 4> words{"due before caps (dashed)", "due",
                                              "cumulative total (line)", "cap (red dashes)"};
  for (std::size_t k = 0; k < (cap >= 0 ? 4U : 3U); ++k) {
    const int x = margin + static_cast<int>(k) * 200;
    body += fmt::format("<g class=\"legend-item\">{}",
                        fmt::format(fmt::runtime(swatches[k]), x, legend_y - 10));
    body += svg::text_element(x + 26, legend_y, "font-size=\"10\" fill=\"#222\"", words[k],
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
      width, height, id, svg::escape(title), svg::escape(summary), body);
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
/// `cap` is negative). Amounts are in `unit`. The figures are also written under each year and
/// in the `<desc>`; the layout is fixed and integer, the size is a viewBox.
template <std::size_t N>
std::string payments_svg(const std::array<payment_in, N>& rows, std::string_view title,
                         std::string_view unit = "USD million", std::int64_t cap = -1) {
  return detail::payments_chart::draw(std::span<const payment_in>(rows.data(), N), title, unit,
                                      cap);
}

} // namespace covenant::render
