// Machinery shared by the SVG renderings (timeline.hpp, payments_chart.hpp): XML escaping,
// label truncation, stable ids, axis steps. Integers only, so that output is the same everywhere.
#pragma once

#include <fmt/format.h>

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace covenant::render::detail::svg {

/// Text made safe for XML character data and attribute values. Control characters other than
/// tab, newline and carriage return are not allowed in XML 1.0: they become spaces.
inline std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char ch : text) {
    switch (ch) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    case '\'':
      out += "&apos;";
      break;
    default:
      out += (static_cast<unsigned char>(ch) < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') ? ' '
                                                                                               : ch;
    }
  }
  return out;
}

/// How many characters (UTF-8 code points) a text has.
inline std::size_t length(std::string_view text) noexcept {
  std::size_t n = 0;
  for (const char ch : text) n += (static_cast<unsigned char>(ch) & 0xC0U) != 0x80U ? 1U : 0U;
  return n;
}

/// The first `n` characters of a text, never cutting a UTF-8 sequence.
inline std::string_view prefix(std::string_view text, std::size_t n) noexcept {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0U) != 0x80U && seen++ == n) {
      return text.substr(0, i);
    }
  }
  return text;
}

/// How many characters of an 11 px sans-serif text fit in `width` pixels. Renderers differ; an
/// average advance of 6.2 px errs on the side of truncating.
constexpr std::size_t fitting(int width, int font_size = 11) noexcept {
  return width <= 0 ? 0U : static_cast<std::size_t>(width * 100 / (font_size * 56));
}

/// A `<text>` element holding `text` cut to `max_chars` characters. A cut text ends with an
/// ellipsis and carries the whole text in a `<title>`, which viewers show as a tooltip.
inline std::string text_element(int x, int y, std::string_view attributes, std::string_view text,
                                std::size_t max_chars) {
  if (length(text) <= max_chars) {
    return fmt::format("<text x=\"{}\" y=\"{}\" {}>{}</text>\n", x, y, attributes, escape(text));
  }
  const std::size_t keep = max_chars > 1 ? max_chars - 1 : 0;
  return fmt::format("<text x=\"{}\" y=\"{}\" {}><title>{}</title>{}&#8230;</text>\n", x, y,
                     attributes, escape(text), escape(prefix(text, keep)));
}

/// A text broken into lines of at most `width` characters, at spaces (a longer word gets a line
/// of its own, to be cut by text_element).
inline std::vector<std::string_view> wrap(std::string_view text, std::size_t width) {
  std::vector<std::string_view> lines;
  while (length(text) > width) {
    const auto head = prefix(text, width + 1);
    auto cut = head.rfind(' ');
    if (cut == std::string_view::npos || cut == 0) cut = text.find(' ');
    if (cut == std::string_view::npos) break;
    lines.push_back(text.substr(0, cut));
    text = text.substr(cut + 1);
  }
  lines.push_back(text);
  return lines;
}

/// FNV-1a, for ids that stay the same from run to run and differ between drawings, so that
/// several drawings can be inlined in one HTML page without their ids clashing.
inline std::string id_prefix(std::string_view kind, std::string_view content) {
  std::uint32_t h = 2166136261U;
  for (const char ch : content) {
    h ^= static_cast<unsigned char>(ch);
    h *= 16777619U;
  }
  return fmt::format("{}-{:08x}", kind, h);
}

/// A round step (1, 2 or 5 times a power of ten) that cuts `span` into at most `most` parts.
constexpr std::int64_t round_step(std::int64_t span, std::int64_t most) noexcept {
  std::int64_t step = 1;
  while (true) {
    for (const std::int64_t m : {1, 2, 5}) {
      if (span <= step * m * most) return step * m;
    }
    step *= 10;
  }
}

/// a * b / c rounded down, without overflow for the magnitudes drawn here (|a * b| < 2^63).
constexpr std::int64_t scale(std::int64_t a, std::int64_t b, std::int64_t c) noexcept {
  return c == 0 ? 0 : a * b / c;
}

} // namespace covenant::render::detail::svg
