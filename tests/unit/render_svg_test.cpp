// SVG rendering: timeline_svg and payments_svg. The drawings are checked as XML (a small checker,
// itself tested on broken input), then by the elements they must hold: labels as <text>, bars,
// event rules, findings, escaping, and a layout that stays legible at 100 clauses.
#include "../../examples/music_licence/music_licence.hpp"
#include "../support/vocabulary.hpp"

#include <covenant/render.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace render_svg_test {

using namespace test_vocabulary;
using Catch::Contains;
using covenant::day_of;
using covenant::findings;
using covenant::payment_in;
using covenant::payments;
using covenant::revenue_in;
using covenant::rule;
using covenant::scenario;
namespace render = covenant::render;

// ---------------------------------------------------------------------------------------------
// A tiny XML checker and element finder: enough for the SVG covenant writes.
// ---------------------------------------------------------------------------------------------

/// Why `xml` is not well-formed, or empty: balanced and properly nested tags, quoted attribute
/// values without '<', and '&' only as a known entity or a character reference.
std::string xml_error(std::string_view xml) {
  std::vector<std::string> open;
  const auto bad_amp = [](std::string_view text) {
    for (std::size_t at = text.find('&'); at != std::string_view::npos;
         at = text.find('&', at + 1)) {
      const auto end = text.find(';', at);
      if (end == std::string_view::npos) return true;
      const auto entity = text.substr(at + 1, end - at - 1);
      const bool number = entity.size() > 1 && entity[0] == '#' &&
                          std::all_of(entity.begin() + 1, entity.end(),
                                      [](char c) { return c >= '0' && c <= '9'; });
      if (!number && entity != "amp" && entity != "lt" && entity != "gt" && entity != "quot" &&
          entity != "apos") {
        return true;
      }
    }
    return false;
  };
  std::size_t i = 0;
  bool root_seen = false;
  while (i < xml.size()) {
    const auto lt = xml.find('<', i);
    const auto text = xml.substr(i, lt == std::string_view::npos ? xml.size() - i : lt - i);
    if (bad_amp(text)) return "bad '&' in text: " + std::string(text.substr(0, 60));
    if (text.find('>') != std::string_view::npos) return "raw '>' in text";
    if (open.empty() && root_seen && text.find_first_not_of(" \n") != std::string_view::npos) {
      return "text after the root element";
    }
    if (lt == std::string_view::npos) break;
    // Find the tag's end, skipping quoted attribute values.
    std::size_t k = lt + 1;
    char quote = 0;
    for (; k < xml.size(); ++k) {
      const char c = xml[k];
      if (quote != 0) {
        if (c == quote)
          quote = 0;
        else if (c == '<')
          return "'<' in an attribute value";
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        break;
      } else if (c == '<') {
        return "'<' inside a tag";
      }
    }
    if (k == xml.size()) return "unterminated tag";
    const auto tag = xml.substr(lt + 1, k - lt - 1);
    if (bad_amp(tag)) return "bad '&' in a tag: " + std::string(tag.substr(0, 60));
    if (tag.empty()) return "empty tag";
    if (tag[0] == '/') {
      const auto name = std::string(tag.substr(1));
      if (open.empty() || open.back() != name) return "unbalanced </" + name + ">";
      open.pop_back();
    } else if (tag[0] != '?' && tag[0] != '!') {
      if (open.empty() && root_seen) return "a second root element";
      root_seen = true;
      const auto name = std::string(tag.substr(0, tag.find_first_of(" \n/")));
      if (tag.back() != '/') open.push_back(name);
    }
    i = k + 1;
  }
  if (!open.empty()) return "unclosed <" + open.back() + ">";
  if (!root_seen) return "no element";
  return {};
}

TEST_CASE("svg test support: the XML checker rejects what is not well-formed", "[render][svg]") {
  REQUIRE(xml_error("<svg><g><text x=\"1\">a &amp; b &#8230;</text></g><rect/></svg>\n").empty());
  REQUIRE_THAT(xml_error("<svg><g></svg></g>"), Contains("unbalanced"));
  REQUIRE_THAT(xml_error("<svg><g>"), Contains("unclosed"));
  REQUIRE_THAT(xml_error("<svg>R&D</svg>"), Contains("bad '&'"));
  REQUIRE_THAT(xml_error("<svg>a > b</svg>"), Contains("raw '>'"));
  REQUIRE_THAT(xml_error("<svg x=\"<\"/>"), Contains("attribute"));
  REQUIRE_THAT(xml_error("<svg/><svg/>"), Contains("second root"));
  REQUIRE_THAT(xml_error("no markup"), Contains("no element"));
}

TEST_CASE("svg helpers: escaping, cutting UTF-8 text whole, wrapping at spaces", "[render][svg]") {
  namespace svg = covenant::render::detail::svg;
  REQUIRE(svg::escape("a<b>&\"c\"'d'\x01") == "a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos; ");
  REQUIRE(svg::length("caf\xC3\xA9") == 4);
  REQUIRE(svg::prefix("caf\xC3\xA9 au lait", 4) == "caf\xC3\xA9");
  REQUIRE(svg::prefix("caf\xC3\xA9", 3) == "caf");
  REQUIRE(svg::text_element(1, 2, "class=\"t\"", "R&D", 3) ==
          "<text x=\"1\" y=\"2\" class=\"t\">R&amp;D</text>\n");
  REQUIRE(svg::text_element(1, 2, "class=\"t\"", "R&D labs", 4) ==
          "<text x=\"1\" y=\"2\" class=\"t\"><title>R&amp;D labs</title>R&amp;D&#8230;</text>\n");
  REQUIRE(svg::wrap("one two three four", 9) ==
          std::vector<std::string_view>{"one two", "three", "four"});
  REQUIRE(svg::wrap("short", 9) == std::vector<std::string_view>{"short"});
  REQUIRE(svg::wrap("unbreakableword x", 4) ==
          std::vector<std::string_view>{"unbreakableword", "x"});
  REQUIRE(svg::round_step(250, 5) == 50);
  REQUIRE(svg::round_step(38'000, 5) == 10'000);
  REQUIRE(svg::round_step(15, 16) == 1);
  REQUIRE(svg::round_step(16, 15) == 2);
}

/// One element: its attributes and its own text, an inner <title> (a tooltip) kept apart.
struct element {
  std::map<std::string, std::string, std::less<>> attributes;
  std::string text;
  std::string title;
  [[nodiscard]] int number(std::string_view name) const {
    const auto at = attributes.find(name);
    return at == attributes.end() ? -1 : std::stoi(at->second);
  }
  [[nodiscard]] std::string attr(std::string_view name) const {
    const auto at = attributes.find(name);
    return at == attributes.end() ? std::string() : at->second;
  }
};

/// Every `<name ...>` element whose class attribute is, or starts with, `cls` (any when empty).
std::vector<element> elements(std::string_view svg, std::string_view name,
                              std::string_view cls = {}) {
  std::vector<element> out;
  const std::string open = "<" + std::string(name) + " ";
  for (auto at = svg.find(open); at != std::string_view::npos; at = svg.find(open, at + 1)) {
    const auto end = svg.find('>', at);
    element e;
    const auto tag = svg.substr(at + open.size(), end - at - open.size());
    for (std::size_t k = 0; k < tag.size();) {
      const auto eq = tag.find("=\"", k);
      if (eq == std::string_view::npos) break;
      const auto close = tag.find('"', eq + 2);
      const auto key = tag.substr(k, eq - k);
      e.attributes[std::string(key.substr(key.find_first_not_of(' ')))] =
          std::string(tag.substr(eq + 2, close - eq - 2));
      k = close + 1;
    }
    if (svg[end - 1] != '/') { // an element with content: its text, and its tooltip
      auto inner = svg.substr(end + 1, svg.find("</" + std::string(name) + ">", end) - end - 1);
      if (inner.starts_with("<title>")) {
        const auto t = inner.find("</title>");
        e.title = std::string(inner.substr(7, t - 7));
        inner = inner.substr(t + 8);
      }
      e.text = std::string(inner);
    }
    const auto c = e.attr("class");
    if (cls.empty() || c == cls || c.starts_with(std::string(cls) + " ")) out.push_back(e);
  }
  return out;
}

std::vector<std::string> texts(std::string_view svg, std::string_view cls) {
  std::vector<std::string> out;
  for (const auto& e : elements(svg, "text", cls)) out.push_back(e.text);
  return out;
}

bool has_text(std::string_view svg, std::string_view cls, std::string_view text) {
  const auto all = texts(svg, cls);
  return std::find(all.begin(), all.end(), text) != all.end();
}

/// The height in the viewBox "0 0 W H".
int height_of(const std::string& svg) {
  const auto at = svg.find("viewBox=\"0 0 ");
  const auto rest = svg.substr(at + 13);
  return std::stoi(rest.substr(rest.find(' ') + 1));
}

/// Every url(#id) and aria-labelledby id refers to an element defined in the drawing, once.
void require_references_resolve(const std::string& svg) {
  std::set<std::string> defined;
  for (auto at = svg.find(" id=\""); at != std::string::npos; at = svg.find(" id=\"", at + 1)) {
    const auto id = svg.substr(at + 5, svg.find('"', at + 5) - at - 5);
    REQUIRE(defined.insert(id).second);
  }
  for (auto at = svg.find("url(#"); at != std::string::npos; at = svg.find("url(#", at + 1)) {
    const auto id = svg.substr(at + 5, svg.find(')', at) - at - 5);
    INFO(id);
    REQUIRE(defined.count(id) == 1);
  }
  const auto labelled = elements(svg, "svg").at(0).attr("aria-labelledby");
  const auto space = labelled.find(' ');
  REQUIRE(defined.count(labelled.substr(0, space)) == 1);
  REQUIRE(defined.count(labelled.substr(space + 1)) == 1);
  REQUIRE(elements(svg, "svg").at(0).attr("role") == "img");
}

// ---------------------------------------------------------------------------------------------
// Timelines.
// ---------------------------------------------------------------------------------------------

struct agi : event<"AGI is declared"> {};

struct api_until_agi : exclusivity<openai, microsoft, api, term<date<2025, 1, 21>, until<agi>>> {
  static constexpr auto label = "2.1 the API runs only on Azure until AGI";
};
struct models_licence : licence<openai, microsoft, models, term<year<2025>>> {
  static constexpr auto label = "3.1 Microsoft may use the models";
};
struct chat_after_agi : permission<openai, use_other_cloud, chat, term<covenant::upon<agi>>> {
  static constexpr auto label = "4.1 ChatGPT on any cloud once AGI is declared";
};
struct share_to_2030 : revenue_share<openai, microsoft, percent<20>, openai_revenue,
                                     term<year<2025>, through<2030>>> {
  static constexpr auto label = "5.1 20% of revenue through 2030";
};
using deal = contract<"Cloud deal", parties<microsoft, openai>, api_until_agi, models_licence,
                      chat_after_agi, share_to_2030>;
static_assert(covenant::consistent<deal>);

constexpr day agi_day = day_of(2028, 3, 1);

TEST_CASE("timeline_svg: well-formed, titled and described, deterministic", "[render][svg]") {
  const auto svg = render::timeline_svg<deal>();
  INFO(svg);
  REQUIRE(xml_error(svg).empty());
  REQUIRE(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
  require_references_resolve(svg);
  REQUIRE(elements(svg, "title").at(0).text == "Cloud deal");
  REQUIRE_THAT(elements(svg, "desc").at(0).text,
               Contains("Timeline of the 4 clauses of Cloud deal, grouped by scope"));
  REQUIRE(svg == render::timeline_svg<deal>());
  // Integer coordinates only: a fixed layout, the same on every platform.
  for (const auto* name : {"rect", "line", "text"}) {
    for (const auto& e : elements(svg, name)) {
      for (const auto* a : {"x", "y", "x1", "x2", "y1", "y2", "width", "height"}) {
        const auto v = e.attr(a);
        if (v.empty() || v == "100%") continue;
        INFO(name << " " << a << "=" << v);
        REQUIRE(v.find_first_not_of("-0123456789") == std::string::npos);
      }
    }
  }
  // A different drawing gets different ids, so both can be inlined in one page.
  const auto other = render::timeline_svg<deal>({scenario{{agi{}, agi_day}}});
  REQUIRE(elements(svg, "title").at(0).attr("id") != elements(other, "title").at(0).attr("id"));
}

TEST_CASE("timeline_svg: every clause label as <text>, under its scope, nested scopes indented",
          "[render][svg]") {
  const auto svg = render::timeline_svg<deal>();
  for (const auto& r : deal::records) {
    INFO(r.label);
    REQUIRE(has_text(svg, "label", r.label));
  }
  REQUIRE(texts(svg, "label").size() == deal::size);
  // The scopes and their wider scopes as headings: cloud compute > hosting > products > api.
  std::map<std::string, int> x;
  std::map<std::string, int> y;
  for (const auto& e : elements(svg, "text", "group")) {
    x[e.text] = e.number("x");
    y[e.text] = e.number("y");
  }
  for (const auto* s : {"cloud compute", "hosting of OpenAI products", "OpenAI products",
                        "OpenAI API", "ChatGPT", "OpenAI IP", "OpenAI models", "OpenAI revenue"}) {
    INFO(s);
    REQUIRE(x.count(s) == 1);
  }
  REQUIRE(x["cloud compute"] < x["hosting of OpenAI products"]);
  REQUIRE(x["hosting of OpenAI products"] < x["OpenAI products"]);
  REQUIRE(x["OpenAI products"] < x["OpenAI API"]);
  REQUIRE(x["OpenAI API"] == x["ChatGPT"]);
  // Each clause sits under its own scope's heading: the API clause right below "OpenAI API".
  for (const auto& e : elements(svg, "text", "label")) {
    if (e.text == api_until_agi::label) REQUIRE(e.number("y") == y["OpenAI API"] + 24);
  }
}

TEST_CASE("timeline_svg: open-ended terms fade out, an event that never comes is named",
          "[render][svg]") {
  const auto svg = render::timeline_svg<deal>(); // AGI never happens
  const auto open = elements(svg, "rect", "bar open-ended");
  // The licence (open-ended) and the exclusivity (until AGI, which never comes) run on.
  REQUIRE(open.size() == 2);
  for (const auto& bar : open) {
    REQUIRE_THAT(bar.attr("fill"), Contains("url(#"));
    REQUIRE_THAT(bar.attr("stroke"), Contains("url(#"));
  }
  REQUIRE(has_text(svg, "note until", "until AGI is declared"));
  // The permission waits for AGI: never in force here.
  REQUIRE(
      has_text(svg, "note absent", "not in force on this timeline (waits for: AGI is declared)"));
  // The revenue share ends on its date: a closed bar, no note.
  REQUIRE(elements(svg, "rect", "bar revenue-share").size() == 1);
  REQUIRE(elements(svg, "line", "event-end").empty());
  REQUIRE(elements(svg, "line", "event").empty());
}

TEST_CASE("timeline_svg: an event that happens ends and starts bars on its day, with a rule",
          "[render][svg]") {
  render::timeline_options o;
  o.events = scenario{{agi{}, agi_day}};
  const auto svg = render::timeline_svg<deal>(o);
  INFO(svg);
  REQUIRE(xml_error(svg).empty());
  const auto rules = elements(svg, "line", "event");
  REQUIRE(rules.size() == 1);
  const int x = rules[0].number("x1");
  REQUIRE(has_text(svg, "event-label", "AGI is declared 2028-03-01"));
  REQUIRE_THAT(elements(svg, "text", "subtitle").at(0).text,
               Contains("AGI is declared on 2028-03-01"));
  // The exclusivity ends at the rule, capped and named.
  const auto ends = elements(svg, "line", "event-end");
  REQUIRE(ends.size() == 1);
  REQUIRE(ends[0].number("x1") == x);
  REQUIRE(has_text(svg, "note", "ends: AGI is declared"));
  const auto excl = elements(svg, "rect", "bar exclusivity");
  REQUIRE(excl.size() == 1);
  REQUIRE(excl[0].number("x") + excl[0].number("width") == x);
  // The permission starts there.
  const auto perm = elements(svg, "rect", "bar open-ended permission");
  REQUIRE(perm.size() == 1);
  REQUIRE(perm[0].number("x") == x);
  REQUIRE(has_text(svg, "note", "from: AGI is declared"));
  REQUIRE_FALSE(has_text(svg, "note until", "until AGI is declared"));
}

struct declines : event<"Microsoft declines"> {};
struct ships_first : first_ship<openai, microsoft, products, term<year<2026>>, unless<declines>> {
  static constexpr auto label = "7.1 products ship first on Azure unless Microsoft declines";
};
using launch = contract<"Launch", parties<microsoft, openai>, ships_first>;

TEST_CASE("timeline_svg: a clause that yields to an exception ends on the event's day",
          "[render][svg]") {
  const auto svg = render::timeline_svg<launch>({scenario{{declines{}, day_of(2027, 6, 1)}}});
  INFO(svg);
  REQUIRE(xml_error(svg).empty());
  const auto rule_x = elements(svg, "line", "event").at(0).number("x1");
  REQUIRE(elements(svg, "line", "event-end").at(0).number("x1") == rule_x);
  REQUIRE(has_text(svg, "note", "yields: Microsoft declines"));
  const auto bar = elements(svg, "rect", "bar first-ship").at(0);
  REQUIRE(bar.number("x") + bar.number("width") == rule_x);
  REQUIRE_THAT(bar.title, Contains("unless Microsoft declines"));
  // If Microsoft never declines, the bar runs on: an exception is no end.
  const auto never = render::timeline_svg<launch>();
  REQUIRE(elements(never, "rect", "bar open-ended first-ship").size() == 1);
  REQUIRE(elements(never, "line", "event-end").empty());
}

TEST_CASE("timeline_svg: options: axis, marks, title, grouping by kind", "[render][svg]") {
  render::timeline_options o;
  o.from = day_of(2020);
  o.to = day_of(2040);
  o.marks = {{day_of(2026, 4, 27), "V4 takes effect"}};
  o.title = "A <new> title & more";
  o.group_by_kind = true;
  const auto svg = render::timeline_svg<deal>(o);
  INFO(svg);
  REQUIRE(xml_error(svg).empty());
  REQUIRE(elements(svg, "title").at(0).text == "A &lt;new&gt; title &amp; more");
  REQUIRE(has_text(svg, "mark-label", "V4 takes effect 2026-04-27"));
  REQUIRE(elements(svg, "line", "mark").size() == 1);
  const auto years = texts(svg, "year");
  REQUIRE(years.front() == "2020");
  REQUIRE(years.back() == "2040");
  for (const auto* k : {"exclusivity", "licence", "permission", "revenue share"}) {
    INFO(k);
    REQUIRE(has_text(svg, "group", k));
  }
  REQUIRE_FALSE(has_text(svg, "group", "OpenAI API"));
  REQUIRE(texts(svg, "label").size() == deal::size);
}

// A contract with an error and one with a warning.
struct api_excl : exclusivity<openai, microsoft, api, term<year<2025>>> {
  static constexpr auto label = "E1 API exclusive on Azure";
};
struct api_elsewhere : permission<openai, serve_api_elsewhere, api, term<year<2027>>> {
  static constexpr auto label = "E2 API may run elsewhere from 2027";
};
using conflicted = contract<"Conflicted", parties<microsoft, openai>, api_excl, api_elsewhere>;
struct api_rofr : right_of_first_refusal<openai, microsoft, api, term<year<2026>>> {
  static constexpr auto label = "W1 Azure first refusal on the API";
};
using redundant = contract<"Redundant", parties<microsoft, openai>, api_excl, api_rofr>;

TEST_CASE("timeline_svg: findings drawn over the clauses they name, errors and warnings apart",
          "[render][svg]") {
  STATIC_REQUIRE(findings<conflicted>.size() == 1);
  STATIC_REQUIRE(findings<conflicted>[0].id == rule::exclusivity_conflict);
  const auto svg = render::timeline_svg<conflicted>();
  INFO(svg);
  REQUIRE(xml_error(svg).empty());
  const auto hatched = elements(svg, "rect", "finding error");
  REQUIRE(hatched.size() == 2); // over both clauses
  REQUIRE(elements(svg, "rect", "finding warning").empty());
  // The window starts in 2027, where the permission starts, and fills with the hatch.
  const auto perm = elements(svg, "rect", "bar open-ended permission").at(0);
  for (const auto& f : hatched) {
    REQUIRE(f.number("x") == perm.number("x"));
    REQUIRE_THAT(f.attr("fill"), Contains("-hatch)"));
  }
  // Not only colour: a word in the gutter and the finding in words.
  REQUIRE(texts(svg, "marker") == std::vector<std::string>{"error 1", "error 1"});
  const auto said = texts(svg, "finding-text error");
  REQUIRE(said.size() == 1);
  REQUIRE_THAT(said[0], Contains("1. error exclusivity_conflict: &quot;E1 API exclusive"));

  // Two warnings: the first refusal is redundant, and nothing says what happens on a refusal.
  STATIC_REQUIRE(findings<redundant>.size() == 2);
  STATIC_REQUIRE(covenant::warning_count<redundant> == 2);
  const auto warned = render::timeline_svg<redundant>();
  REQUIRE(xml_error(warned).empty());
  REQUIRE(elements(warned, "rect", "finding error").empty());
  const auto dotted = elements(warned, "rect", "finding warning");
  REQUIRE(dotted.size() == 3); // the first over both clauses, the second over the refusal
  for (const auto& f : dotted) REQUIRE(f.attr("stroke-dasharray") == "2 3");
  REQUIRE(texts(warned, "marker") == std::vector<std::string>{"warning 1", "warning 1,2"});
  REQUIRE(texts(warned, "finding-text warning").size() == 2);
  // And a consistent contract says so.
  REQUIRE(has_text(render::timeline_svg<deal>(), "finding-text", "None."));
}

// Labels and names with XML's special characters.
struct rnd : scope<"R&D <labs>"> {};
struct quoted : licence<openai, microsoft, rnd, term<year<2025>>> {
  static constexpr auto label = "6.1 R&D <\"core\"> 'labs' licence";
};
using special = contract<"Tom & Jerry's <deal>", parties<microsoft, openai>, quoted>;

TEST_CASE("timeline_svg: labels, scopes and titles are escaped", "[render][svg]") {
  const auto svg = render::timeline_svg<special>();
  INFO(svg);
  REQUIRE(xml_error(svg).empty());
  REQUIRE(has_text(svg, "label", "6.1 R&amp;D &lt;&quot;core&quot;&gt; &apos;labs&apos; licence"));
  REQUIRE(has_text(svg, "group", "R&amp;D &lt;labs&gt;"));
  REQUIRE(elements(svg, "title").at(0).text == "Tom &amp; Jerry&apos;s &lt;deal&gt;");
  REQUIRE(svg.find("R&D") == std::string::npos);
}

// ---------------------------------------------------------------------------------------------
// 100 clauses: generated permissions over five regions, some with long labels.
// ---------------------------------------------------------------------------------------------

struct region_a : scope<"region A", part_of<products>> {};
struct region_b : scope<"region B", part_of<products>> {};
struct region_c : scope<"region C", part_of<products>> {};
struct region_d : scope<"region D", part_of<chat>> {};
struct region_e : scope<"region E", part_of<api>> {};

template <std::size_t I>
inline constexpr auto generated_label = [] {
  std::array<char, 128> s{};
  std::string_view head = "clause ";
  std::string_view tail = I % 3 == 0 ? ": OpenAI may supply its models in this region under the "
                                       "long heading that has to be cut"
                                     : ": supply models";
  std::size_t n = 0;
  for (const char c : head) s[n++] = c;
  if (I >= 100) s[n++] = static_cast<char>('0' + I / 100);
  if (I >= 10) s[n++] = static_cast<char>('0' + I / 10 % 10);
  s[n++] = static_cast<char>('0' + I % 10);
  for (const char c : tail) s[n++] = c;
  return s;
}();

template <std::size_t I>
struct generated
    : permission<
          openai, supply_models,
          std::tuple_element_t<I % 5, std::tuple<region_a, region_b, region_c, region_d, region_e>>,
          term<year<2000 + static_cast<int>(I % 20)>,
               year<2001 + static_cast<int>(I % 20) + static_cast<int>(I % 7)>>> {
  static constexpr const char* label = generated_label<I>.data();
};

template <std::size_t... Is>
auto generated_contract(std::index_sequence<Is...>)
    -> contract<"Generated", parties<microsoft, openai>, generated<Is>...>;
template <std::size_t N>
using generated_n = decltype(generated_contract(std::make_index_sequence<N>{}));

TEST_CASE("timeline_svg: 100 clauses stay legible, the height grows by a row per clause",
          "[render][svg]") {
  using big = generated_n<100>;
  const auto svg = render::timeline_svg<big>();
  REQUIRE(xml_error(svg).empty());
  require_references_resolve(svg);
  const auto labels = elements(svg, "text", "label");
  REQUIRE(labels.size() == 100);
  // One label per line in each column: no two labels, headings or numbers share a baseline.
  std::set<int> ys;
  for (const auto* column : {"label", "group"}) {
    for (const auto& e : elements(svg, "text", column)) {
      INFO(e.text);
      REQUIRE(ys.insert(e.number("y")).second);
    }
  }
  std::set<int> number_ys;
  for (const auto& e : elements(svg, "text", "num"))
    REQUIRE(number_ys.insert(e.number("y")).second);
  REQUIRE(number_ys.size() == 100);
  // Labels end before the bars begin (at most 6.2 px a character), and long ones are cut with
  // an ellipsis, the whole label in a tooltip.
  int first_bar = 100'000;
  for (const auto& b : elements(svg, "rect", "bar")) first_bar = std::min(first_bar, b.number("x"));
  std::size_t cut = 0;
  for (const auto& e : labels) {
    INFO(e.text);
    const auto chars = static_cast<int>(e.text.size());
    REQUIRE(e.number("x") + chars * 62 / 10 < first_bar);
    if (!e.title.empty()) {
      ++cut;
      REQUIRE(e.text.ends_with("&#8230;"));
      REQUIRE(e.title.starts_with(e.text.substr(0, e.text.size() - 7)));
      REQUIRE_THAT(e.title, Contains("long heading that has to be cut"));
    }
  }
  REQUIRE(cut == 34); // clauses 0, 3, ..., 99
  // The same five regions at 20, 60 and 100 clauses: equal steps in height.
  const int h20 = height_of(render::timeline_svg<generated_n<20>>());
  const int h60 = height_of(render::timeline_svg<generated_n<60>>());
  REQUIRE(h60 > h20);
  REQUIRE(height_of(svg) - h60 == h60 - h20);
  REQUIRE((h60 - h20) % 40 == 0);
}

// ---------------------------------------------------------------------------------------------
// Payments.
// ---------------------------------------------------------------------------------------------

struct royalty : revenue_share<openai, microsoft, percent<10>, openai_revenue,
                               term<year<2025>, through<2029>>, cap<usd_millions<250>>> {
  static constexpr auto label = "R1 royalty 10%, capped at 250";
};
using royalties = contract<"Royalties", parties<openai, microsoft>, royalty>;
constexpr std::array<revenue_in, 5> revenue{
    {{2025, 1'000}, {2026, 1'000}, {2027, 1'000}, {2028, 1'000}, {2029, 1'000}}};

TEST_CASE("payments_svg: bars, cumulative line against the cap, figures in words",
          "[render][svg]") {
  const auto rows = payments<royalties>(openai{}, microsoft{}, revenue);
  REQUIRE(rows[2].capped); // 100 + 100 + 50: the cap bites in 2027
  const auto svg = render::payments_svg(rows, "Royalties <to> Microsoft & co", "USD million", 250);
  INFO(svg);
  REQUIRE(xml_error(svg).empty());
  require_references_resolve(svg);
  REQUIRE(svg == render::payments_svg(rows, "Royalties <to> Microsoft & co", "USD million", 250));
  REQUIRE(elements(svg, "title").at(0).text == "Royalties &lt;to&gt; Microsoft &amp; co");
  REQUIRE(elements(svg, "rect", "uncapped").size() == 5);
  REQUIRE(elements(svg, "rect", "due").size() == 5);
  REQUIRE(texts(svg, "year-label") ==
          std::vector<std::string>{"2025", "2026", "2027", "2028", "2029"});
  REQUIRE(texts(svg, "capped").size() == 3); // 2027, 2028, 2029
  REQUIRE(has_text(svg, "unit", "USD million"));
  REQUIRE(has_text(svg, "cap-label", "cap 250 USD million"));
  // The cumulative line reaches the cap's rule: the same scale for both.
  const auto cap_line = elements(svg, "line", "cap");
  REQUIRE(cap_line.size() == 1);
  const auto points = elements(svg, "circle", "cumulative-point");
  REQUIRE(points.size() == 5);
  REQUIRE(points[0].number("cy") > points[1].number("cy")); // 100, then 200: higher up
  REQUIRE(points[2].number("cy") == cap_line[0].number("y1"));
  REQUIRE(points[4].number("cy") == cap_line[0].number("y1"));
  // A due bar is no taller than its uncapped bar, and equal when nothing is capped.
  const auto due = elements(svg, "rect", "due");
  const auto uncapped = elements(svg, "rect", "uncapped");
  REQUIRE(due[0].number("height") == uncapped[0].number("height"));
  REQUIRE(due[2].number("height") < uncapped[2].number("height"));
  REQUIRE(due[3].number("height") == 0);
  REQUIRE_THAT(elements(svg, "desc").at(0).text,
               Contains("2027: 50 due of 100 before caps, 250 in total, capped."));
}

TEST_CASE("payments_svg: without a cap, and with no years", "[render][svg]") {
  const auto rows = payments<royalties>(openai{}, microsoft{}, revenue);
  const auto svg = render::payments_svg(rows, "No cap shown");
  REQUIRE(xml_error(svg).empty());
  REQUIRE(elements(svg, "line", "cap").empty());
  REQUIRE(texts(svg, "cap-label").empty());
  const auto none = render::payments_svg(std::array<payment_in, 0>{}, "Nothing", "EUR thousand");
  INFO(none);
  REQUIRE(xml_error(none).empty());
  REQUIRE(none.find("No years to show.") != std::string::npos);
  REQUIRE(has_text(none, "unit", "EUR thousand"));
  REQUIRE(elements(none, "polyline", "cumulative").empty());
}

} // namespace render_svg_test

namespace render_svg_money_test {

using namespace covenant;
using namespace render_svg_test;

TEST_CASE("payments_svg: guarantee top-ups, advances, recoupment and the unrecouped balance",
          "[render][svg]") {
  const auto rows = payments<music_licence::deal>(
      music_licence::service{}, music_licence::label_co{}, music_licence::sample_revenue);
  const auto svg = render::payments_svg(rows, "Catalogue", "EUR million");
  INFO(svg);
  REQUIRE(xml_error(svg).empty());
  require_references_resolve(svg);
  // 2026 and 2027 are topped up; the advance is paid in 2026 and recouped over two years.
  REQUIRE(elements(svg, "rect", "top-up").size() == 2);
  REQUIRE(elements(svg, "rect", "advance").size() == 1);
  REQUIRE(elements(svg, "rect", "recouped").size() == 2);
  REQUIRE(elements(svg, "polyline", "unrecouped").size() == 1);
  REQUIRE(elements(svg, "circle", "unrecouped-point").size() == 5);
  REQUIRE(texts(svg, "top-up-figure").at(0) == "top-up 4");
  REQUIRE(texts(svg, "advance-figure").at(0) == "advance 15");
  REQUIRE(texts(svg, "recouped-figure").at(1) == "recouped 5");
  REQUIRE(texts(svg, "unrecouped-figure").at(0) == "unrecouped 5");
  // What was owed stacks: paid (0 in 2026) under recouped (10); the top-up outlines its top 4.
  const auto recouped = elements(svg, "rect", "recouped");
  const auto top_up = elements(svg, "rect", "top-up");
  const auto due = elements(svg, "rect", "due");
  REQUIRE(due[0].number("height") == 0);
  REQUIRE(top_up[0].number("y") == recouped[0].number("y"));
  REQUIRE(top_up[0].number("height") < recouped[0].number("height"));
  REQUIRE(recouped[1].number("y") + recouped[1].number("height") == due[1].number("y"));
  REQUIRE_THAT(elements(svg, "desc").at(0).text,
               Contains("2026: 0 due of 6 before caps, 15 in total, 4 top-up, 15 advance paid, "
                        "10 recouped, 5 unrecouped."));
  // Every mark drawn has words in the legend: seven items (no cap), on two rows.
  REQUIRE(elements(svg, "g", "legend-item").size() == 7);
}

TEST_CASE("payments_svg: shares alone draw no guarantee or advance marks", "[render][svg]") {
  const auto rows = payments<royalties>(openai{}, microsoft{}, revenue);
  const auto svg = render::payments_svg(rows, "Royalties", "USD million", 250);
  REQUIRE(elements(svg, "rect", "top-up").empty());
  REQUIRE(elements(svg, "rect", "advance").empty());
  REQUIRE(elements(svg, "polyline", "unrecouped").empty());
  REQUIRE(texts(svg, "advance-figure").empty());
  REQUIRE(elements(svg, "g", "legend-item").size() == 4);
}

} // namespace render_svg_money_test
