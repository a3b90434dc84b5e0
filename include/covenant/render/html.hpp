// HTML renderings: escaping, a page skeleton, and term sheets, findings and diffs as HTML.
// Static markup only (no script); classes name what each element is, so one style sheet can
// lay it out, and every highlighted element also carries a text marker (colour is never the
// only signal).
#pragma once

#include <covenant/diff.hpp>
#include <covenant/findings.hpp>
#include <covenant/render/detail/svg.hpp>
#include <covenant/render/findings.hpp>
#include <covenant/render/format.hpp>
#include <covenant/render/sentence.hpp>
#include <covenant/render/term_sheet.hpp>
#include <covenant/rules/all.hpp>

#include <fmt/format.h>

#include <string>
#include <string_view>

namespace covenant::render {

/// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references: safe both as
/// element content and inside a double- or single-quoted attribute value (the same escaping as
/// the SVG drawings, which are inlined in the pages).
inline std::string html_escape(std::string_view text) { return detail::svg::escape(text); }

/// `text` escaped, with each Markdown code span (`` `name` ``) turned into `<code>name</code>`:
/// for the one-line texts of the Markdown renderers (`finding_text`).
inline std::string html_from_code_spans(std::string_view text) {
  std::string out;
  bool open = false;
  std::size_t from = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '`') continue;
    out += html_escape(text.substr(from, i - from));
    if (i < text.size()) {
      // An unpaired last backtick stays a backtick.
      const bool paired = open || text.find('`', i + 1) != std::string_view::npos;
      out += !paired ? "`" : open ? "</code>" : "<code>";
      if (paired) open = !open;
    }
    from = i + 1;
  }
  return out;
}

/// What `html_page` puts around a page's body.
struct html_page_options {
  /// The page's `<title>` (escaped here).
  std::string title{};
  /// The document language (`<html lang>`).
  std::string lang = "en";
  /// A style sheet to link, relative to the page; none when empty.
  std::string stylesheet{};
  /// Markup placed before the main content in a `<nav>` element; none when empty.
  std::string nav{};
  /// Markup placed in a `<footer>`; none when empty.
  std::string footer{};
};

/// A complete HTML5 document: doctype, `<html lang>`, UTF-8 charset, viewport, title, the
/// optional style sheet, then `<nav>`, `<main>` holding `body` (markup, not escaped), and
/// `<footer>`.
inline std::string html_page(const html_page_options& o, std::string_view body) {
  std::string out =
      fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                  "<title>{}</title>\n",
                  html_escape(o.lang), html_escape(o.title));
  if (!o.stylesheet.empty()) {
    out += fmt::format("<link rel=\"stylesheet\" href=\"{}\">\n", html_escape(o.stylesheet));
  }
  out += "</head>\n<body>\n";
  if (!o.nav.empty()) out += fmt::format("<nav>\n{}</nav>\n", o.nav);
  out += fmt::format("<main>\n{}</main>\n", body);
  if (!o.footer.empty()) out += fmt::format("<footer>\n{}</footer>\n", o.footer);
  out += "</body>\n</html>\n";
  return out;
}

/// `<hN id="id">text</hN>`, with `text` escaped; `level` is clamped to 1..6.
inline std::string html_heading(int level, std::string_view id, std::string_view text) {
  const int n = level < 1 ? 1 : level > 6 ? 6 : level;
  if (id.empty()) return fmt::format("<h{0}>{1}</h{0}>\n", n, html_escape(text));
  return fmt::format("<h{0} id=\"{1}\">{2}</h{0}>\n", n, html_escape(id), html_escape(text));
}

namespace detail {

/// The default clause annotation of `term_sheet_html`: none.
struct no_clause_note {
  std::string operator()(const clause_record&) const { return {}; }
};

} // namespace detail

/// The clauses of C as an HTML table (`<table class="clauses">`): number, label, kind and the
/// clause in words. Row i (from 1) has the id `<id_prefix><i>`, for links to it; keep prefixes
/// apart when a page shows several contracts. `note(record)` returns extra markup appended to
/// the "Says" cell (for example a marker for a placeholder figure); by default there is none.
template <contract_type C, typename Note = detail::no_clause_note>
std::string clauses_html(Note note = {}, std::string_view id_prefix = "clause-") {
  std::string out = "<table class=\"clauses\">\n<thead><tr><th scope=\"col\">#</th>"
                    "<th scope=\"col\">Clause</th><th scope=\"col\">Kind</th>"
                    "<th scope=\"col\">Says</th></tr></thead>\n<tbody>\n";
  for (std::size_t i = 0; i < C::size; ++i) {
    const auto& r = C::records[i];
    out +=
        fmt::format("<tr id=\"{}{}\"><td>{}</td><td class=\"label\">{}</td>"
                    "<td class=\"kind\">{}</td><td>{}{}</td></tr>\n",
                    html_escape(id_prefix), i + 1, i + 1, html_escape(r.label),
                    html_escape(kind_name(r.kind)), html_escape(sentence(r, C::records)), note(r));
  }
  out += "</tbody>\n</table>\n";
  return out;
}

/// The findings of C as an HTML list (`<ul class="findings">`), each with its rule's summary
/// from `describe` and its hint naming the finding's clauses (`hint_text`), or a paragraph "None."
/// when there is none. Errors and warnings carry the classes `error` and `warning` and start with
/// the words "Error" or "Warning".
template <contract_type C>
std::string findings_html() {
  if (covenant::findings<C>.empty()) return "<p class=\"none\">None.</p>\n";
  std::string out = "<ul class=\"findings\">\n";
  for (const auto& f : covenant::findings<C>) {
    const auto& info = describe(f.id);
    out +=
        fmt::format("<li class=\"{0}\"><strong class=\"marker\">{1}</strong> {2}"
                    "<p class=\"rule\"><code>{3}</code>: {4} <em>How to fix:</em> {5}</p></li>\n",
                    f.is_error() ? "error" : "warning", f.is_error() ? "Error" : "Warning",
                    html_from_code_spans(finding_text(f)), html_escape(info.name),
                    html_escape(info.summary), html_escape(hint_text(f)));
  }
  out += "</ul>\n";
  return out;
}

/// The changes from A to B as an HTML list (`<ul class="diff">`), or a paragraph "No change.".
/// Struck clauses are `<li class="removed">` with the text in `<del>`, added ones
/// `<li class="added">` with `<ins>`, changed ones `<li class="changed">` with both, clauses a
/// dated amendment ended `<li class="ended">` and continued ones `<li class="continued">`; each
/// item starts with a text marker ("Struck out", "Added", "Changed", "Ended on D", "Continued
/// from D").
template <contract_type A, contract_type B>
std::string diff_html() {
  if (covenant::diff<A, B>.empty()) return "<p class=\"none\">No change.</p>\n";
  std::string out = "<ul class=\"diff\">\n";
  for (const auto& c : covenant::diff<A, B>) {
    switch (c.kind) {
    case clause_change::what::removed:
      out += fmt::format("<li class=\"removed\"><strong class=\"marker\">Struck out</strong> "
                         "<span class=\"label\">{}</span>: <del>{}</del></li>\n",
                         html_escape(c.label),
                         html_escape(sentence(A::records[c.before], A::records)));
      break;
    case clause_change::what::changed:
      out +=
          fmt::format("<li class=\"changed\"><strong class=\"marker\">Changed</strong> "
                      "<span class=\"label\">{}</span>: was <del>{}</del> now <ins>{}</ins>"
                      "</li>\n",
                      html_escape(c.label), html_escape(sentence(A::records[c.before], A::records)),
                      html_escape(sentence(B::records[c.after], B::records)));
      break;
    case clause_change::what::ended:
      out += fmt::format("<li class=\"ended\"><strong class=\"marker\">Ended on {}</strong> "
                         "<span class=\"label\">{}</span>: <del>{}</del></li>\n",
                         date_text(c.on), html_escape(c.label),
                         html_escape(sentence(A::records[c.before], A::records)));
      break;
    case clause_change::what::continued:
      out +=
          fmt::format("<li class=\"continued\"><strong class=\"marker\">Continued from "
                      "{}</strong> <span class=\"label\">{}</span> as <span "
                      "class=\"label\">{}</span>: was <del>{}</del> now <ins>{}</ins></li>\n",
                      date_text(c.on), html_escape(c.label), html_escape(B::records[c.after].label),
                      html_escape(sentence(A::records[c.before], A::records)),
                      html_escape(sentence(B::records[c.after], B::records)));
      break;
    case clause_change::what::added:
      out += fmt::format("<li class=\"added\"><strong class=\"marker\">Added</strong> "
                         "<span class=\"label\">{}</span>: <ins>{}</ins></li>\n",
                         html_escape(B::records[c.after].label),
                         html_escape(sentence(B::records[c.after], B::records)));
      break;
    }
  }
  out += "</ul>\n";
  return out;
}

/// The events and triggers of C as HTML (headed at `level`), or nothing when it has neither.
template <contract_type C>
std::string events_html(int level = 2) {
  std::string out;
  if (const auto events = events_of<C>(); !events.empty()) {
    out += html_heading(level, "events", "Events");
    out += "<ul class=\"events\">\n";
    for (const auto* e : events) {
      out += fmt::format("<li><span class=\"event\">{}</span>", html_escape(e->name));
      if (!e->condition.empty()) out += fmt::format(": {}", html_escape(e->condition));
      if (e->verifier != nullptr) {
        out += fmt::format(" (verified by {})", html_escape(e->verifier->name));
      }
      out += ".</li>\n";
    }
    out += "</ul>\n";
  }
  if (!C::triggers.empty()) {
    out += html_heading(level, "triggers", "Triggers");
    out += "<ul class=\"triggers\">\n";
    for (const auto& t : C::triggers) {
      out += fmt::format("<li>When {}, this {}:", html_escape(t.event->name),
                         html_escape(detail::effect_text(t.effect)));
      if (t.clauses.empty()) out += " none";
      for (const auto* id : t.clauses) {
        const auto j = covenant::detail::index_of(C::records, id);
        out += fmt::format(" &ldquo;{}&rdquo;",
                           html_escape(j < C::size ? C::records[j].label : std::string_view("?")));
      }
      out += ".</li>\n";
    }
    out += "</ul>\n";
  }
  return out;
}

} // namespace covenant::render
