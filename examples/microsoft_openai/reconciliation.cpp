// Reads the reports in ../shared/seeds/ against each other, as an analyst would: point by point
// (each report clause names the clause of the model it describes), then pair by pair. Two
// reports of one right between the same parties over the same scope agree on it, even when
// their terms differ; they are merged into one contract with that right once, never added up,
// and checked. A conflict from the day a newer report speaks of means the older one was
// superseded; any other is a contradiction. Its output is docs/generated/reconciliation.md.
#include "reports.hpp"

#include <covenant/render.hpp>

#include <boost/hana.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <string>
#include <type_traits>
#include <vector>

using namespace microsoft_openai;
using namespace microsoft_openai::reports;
namespace render = covenant::render;
namespace hana = boost::hana;

// Each report on its own is consistent: the tensions are between reports.
static_assert(check<seed_000> && check<seed_001> && check<seed_002> && check<seed_003> &&
              check<seed_004>);

namespace {

/// The model clause a report clause describes.
template <typename T>
struct described {
  using type = T;
};
template <typename T>
requires requires { typename T::describes; }
struct described<T> {
  using type = typename T::describes;
};
template <typename T>
using described_t = typename described<T>::type;

/// The records of the model clauses that the clauses of report C describe, in C's order.
template <contract_type C>
constexpr auto described_records() {
  return hana::unpack(C::item_types(), [](auto... t) {
    return std::array<const clause_record*, sizeof...(t)>{
        &record_of<described_t<typename decltype(t)::type>>...};
  });
}

/// The hedge of clause i of report C ("likely"), or empty.
template <contract_type C>
std::vector<std::string_view> hedges() {
  std::vector<std::string_view> out;
  hana::for_each(C::item_types(), [&](auto t) {
    using T = typename decltype(t)::type;
    if constexpr (requires { T::hedged; }) {
      out.emplace_back(T::hedged);
    } else {
      out.emplace_back();
    }
  });
  return out;
}

/// Report A with the clauses of report B added, except those describing a model clause A
/// already describes: one right reported twice is one right, not two (two reports of one 20 %
/// share do not owe 40 %).
template <contract_type A, contract_type B>
constexpr auto merged_type() {
  constexpr auto kept = hana::filter(B::item_types(), [](auto b) {
    return hana::bool_c<!hana::value(hana::any_of(A::item_types(), [](auto a) {
      return hana::bool_c<std::is_same_v<described_t<typename decltype(a)::type>,
                                         described_t<typename decltype(b)::type>>>;
    }))>;
  });
  return hana::unpack(kept, [](auto... t) {
    if constexpr (sizeof...(t) == 0) {
      return hana::type_c<A>;
    } else {
      return hana::type_c<amend<A, add<typename decltype(t)::type...>>>;
    }
  });
}
template <contract_type A, contract_type B>
using merged = typename decltype(merged_type<A, B>())::type;

// Merging two reports of one revenue share keeps one share: 001 and 003 both report OpenAI's
// share to Microsoft, at the same placeholder rate, and the merged reports owe it once.
constexpr std::array<revenue_in, 1> one_year{{{2027, 100'000}}};
static_assert(payments<merged<seed_001, seed_003>>(openai{}, microsoft{}, one_year)[0].due ==
              20'000);
static_assert(payments<amend<seed_001, add_all_of<seed_003>>>(openai{}, microsoft{},
                                                              one_year)[0]
                  .due == 40'000); // what adding them up would say

// What the tables below claim about the reports, checked here.
static_assert(!hana::value(hana::any_of(seed_000::item_types(), [](auto t) {
  return hana::bool_c<std::is_same_v<described_t<typename decltype(t)::type>, v4_revenue_share>>;
}))); // seed 000 invents no direction for the revenue share
static_assert(std::string_view(r001_debut_on_azure::hedged) == "likely");

/// Whether two records say the same thing about time: start, end and the events of both.
constexpr bool same_term(const clause_record& a, const clause_record& b) {
  return a.start == b.start && a.end == b.end && a.ends_at_event == b.ends_at_event &&
         a.same_start_as(b);
}

/// What differs between two reports of one right, besides the term.
std::string differences(const clause_record& a, const clause_record& b) {
  std::vector<std::string> parts;
  if (!same_term(a, b)) {
    parts.push_back(fmt::format("term: {} vs {}", render::term_text(a), render::term_text(b)));
  }
  if (a.rate != b.rate || a.amount != b.amount || a.minimum != b.minimum) {
    parts.emplace_back("figures (cap, rate or minimum)");
  }
  if (!a.same_exceptions(b)) parts.emplace_back("exceptions");
  if (a.exclusive != b.exclusive || a.sublicensable != b.sublicensable) {
    parts.emplace_back("exclusivity");
  }
  if (a.scope != b.scope || a.action != b.action || a.kind != b.kind) {
    parts.push_back(fmt::format("scope: {} vs {}", a.scope->name, b.scope->name));
  }
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "; ") + p;
  return out;
}

template <typename R>
std::string hedge_mark(std::size_t i) {
  const auto h = hedges<typename R::contract>();
  return h[i].empty() ? std::string() : fmt::format(" *(hedged: \"{}\")*", h[i]);
}

template <typename RA, typename RB>
void pair_row() {
  using A = typename RA::contract;
  using B = typename RB::contract;
  constexpr auto da = described_records<A>();
  constexpr auto db = described_records<B>();
  std::string agree;
  std::string differ;
  for (std::size_t i = 0; i < A::size; ++i) {
    for (std::size_t j = 0; j < B::size; ++j) {
      if (da[i] != db[j]) continue;
      const auto& a = A::records[i];
      const auto& b = B::records[j];
      const std::string what = fmt::format("\"{}\"{} / \"{}\"{}", a.label, hedge_mark<RA>(i),
                                           b.label, hedge_mark<RB>(j));
      if (a.same_terms_as(b)) {
        agree += (agree.empty() ? "" : "; ") + what;
      } else {
        differ += fmt::format("{}{} ({})", differ.empty() ? "" : "; ", what, differences(a, b));
      }
    }
  }
  using both = merged<A, B>;
  const day newer = RA::as_of > RB::as_of ? RA::as_of : RB::as_of;
  const std::string_view older_name = RA::as_of < RB::as_of ? RA::name : RB::name;
  std::string superseded;
  std::string clash;
  for (const auto& f : findings<both>) {
    if (!f.is_error()) continue;
    const std::string line =
        fmt::format("`{}`: \"{}\" vs \"{}\", {}", describe(f.id).name, f.first_label,
                    f.second_label, render::window_text(f.from, f.to));
    // The older report speaks of an earlier version: what the newer one says from its own day
    // changes it, and does not contradict it.
    if (RA::as_of != RB::as_of && f.from >= newer) {
      superseded += fmt::format("{}{} (report {} is older)", superseded.empty() ? "" : "; ", line,
                                older_name);
    } else {
      clash += (clash.empty() ? "" : "; ") + line;
    }
  }
  const char* verdict = !clash.empty()        ? "**contradict**"
                        : !superseded.empty() ? "superseded in part"
                        : !differ.empty()     ? "agree, differ on terms"
                        : !agree.empty()      ? "agree"
                                              : "no common point";
  auto cell = [](const std::string& s) { return s.empty() ? std::string("-") : s; };
  fmt::print("| {} | {} | {} | {} | {} | {} | {} |\n", RA::name, RB::name, verdict, cell(agree),
             cell(differ), cell(superseded), cell(clash));
}

template <typename R>
void report_row() {
  using C = typename R::contract;
  std::size_t hedged = 0;
  for (const auto& h : hedges<C>()) hedged += h.empty() ? 0U : 1U;
  fmt::print("| {} | {} | {} | {} | {} | {} | {} |\n", R::name, C::title, R::describes,
             render::date_text(R::as_of), C::size, hedged,
             warning_count<C> == 0 ? std::string("-")
                                   : std::string(describe(findings<C>[0].id).name));
}

/// The point-by-point table: for every model clause a report describes, what each report says.
template <typename... Rs>
void points() {
  std::vector<const clause_record*> order;
  auto add_points = [&](auto r) {
    using C = typename decltype(r)::type::contract;
    for (const auto* p : described_records<C>()) {
      if (std::find(order.begin(), order.end(), p) == order.end()) order.push_back(p);
    }
  };
  (add_points(hana::type_c<Rs>), ...);
  // Points only a note speaks of (a share one report says ends).
  for (const auto& n : notes) {
    if (n.point != nullptr && std::find(order.begin(), order.end(), n.point) == order.end()) {
      order.push_back(n.point);
    }
  }
  fmt::print("| Point (model clause) |");
  ((fmt::print(" {} |", Rs::name)), ...);
  fmt::print("\n|---|");
  ((fmt::print("---|"), (void)hana::type_c<Rs>), ...);
  fmt::print("\n");
  for (const auto* p : order) {
    fmt::print("| {} |", p->label);
    auto say = [&](auto r) {
      using R = typename decltype(r)::type;
      using C = typename R::contract;
      constexpr auto d = described_records<C>();
      std::string out;
      for (std::size_t i = 0; i < C::size; ++i) {
        if (d[i] != p) continue;
        const auto& c = C::records[i];
        out += fmt::format("{}{}", c.label.substr(c.label.find(": ") + 2), hedge_mark<R>(i));
        if (!same_term(c, *p)) out += fmt::format(" (term: {})", render::term_text(c));
      }
      for (const auto& n : notes) {
        if (n.point == p && n.report == R::name)
          out += (out.empty() ? "" : "; ") + std::string(n.says);
      }
      fmt::print(" {} |", out.empty() ? "-" : out);
    };
    (say(hana::type_c<Rs>), ...);
    fmt::print("\n");
  }
}

// The "cannot and chooses not to" reading of the first-ship exception (FACTS V4), beside the
// "cannot or chooses not to" reading of seed 003.
struct and_reading_ship_first
    : first_ship<openai, microsoft, product_hosting, term<date<2026, 4, 27>>,
                 unless<all_of<microsoft_cannot_support, microsoft_declines_support>>> {
  static constexpr auto label = "FACTS V4: ship first unless Microsoft cannot AND declines";
};
using and_reading = contract<"first ship, and-reading", parties<microsoft, openai>,
                             and_reading_ship_first, r003_any_cloud>;
using or_reading =
    contract<"first ship, or-reading", parties<microsoft, openai>, r003_ship_first, r003_any_cloud>;

} // namespace

int main() {
  fmt::print(
      "# Reconciling the reports\n\n"
      "Generated by `examples/microsoft_openai/reconciliation.cpp`; do not edit. Each report in "
      "`../shared/seeds/` is a contract holding only what that report claims "
      "(`examples/microsoft_openai/reports.hpp`); each of its clauses names the clause of the "
      "model (`versions.hpp`) it describes, and hedged wording is marked. The seeds carry no "
      "publication dates: a report is dated by the version it describes (FACTS).\n\n"
      "## The reports\n\n| Report | Title | Describes | As of | Clauses | Hedged | Warning |\n"
      "|---|---|---|---|---|---|---|\n");
  report_row<report_000>();
  report_row<report_001>();
  report_row<report_002>();
  report_row<report_003>();
  report_row<report_004>();
  fmt::print("\n## Point by point\n\nWhat each report says of each clause of the model; a term "
             "is shown where it differs from the model's. \"-\": the report is silent.\n\n");
  points<report_000, report_001, report_002, report_003, report_004>();
  fmt::print(
      "\n## Pairs\n\nTwo reports agree on a point when they describe the same right between the "
      "same parties over the same scope (the same model clause), even if their terms differ. "
      "They are then merged into one contract, with each right once, and checked: a conflict "
      "from the day the newer report speaks of means the older report was superseded; any other "
      "error is a contradiction.\n\n"
      "| Report | Report | Verdict | Agree | Agree, differ on | Superseded | Contradict |\n"
      "|---|---|---|---|---|---|---|\n");
  pair_row<report_000, report_001>();
  pair_row<report_000, report_002>();
  pair_row<report_000, report_003>();
  pair_row<report_000, report_004>();
  pair_row<report_001, report_002>();
  pair_row<report_001, report_003>();
  pair_row<report_001, report_004>();
  pair_row<report_002, report_003>();
  pair_row<report_002, report_004>();
  pair_row<report_003, report_004>();

  fmt::print(
      "\n## The tensions\n\n| Tension | Reports | What they say | Reading in the model |\n"
      "|---|---|---|---|\n"
      "| Direction of the revenue share | 000, 001, 003 (FACTS) | 000: \"between the two "
      "companies\", no direction; 001: Microsoft keeps benefiting; 003: OpenAI's share to "
      "Microsoft continues, Microsoft's to OpenAI ends | one way, OpenAI to Microsoft (seed 003, "
      "OpenAI's own text; FACTS V4). Other reading: both ways (FACTS: some reports) |\n"
      "| The first-ship preference | 001 (hedged: \"likely\"), 003, 004 | 001 hedges; 004 states "
      "it; 003 states it with an exception (\"unless Microsoft cannot or chooses not to\") | "
      "seed 003, with the or-reading (below) |\n"
      "| The AGI threshold | 002 only | AGI \"that can generate $100 billion in profits\" | the "
      "condition of `agi_declared` cites seed 002. Other readings: revenue, or returns to early "
      "investors (FACTS) |\n"
      "| API exclusivity on Azure | 002 against 000, 001, 003, 004 | 002 (January 2025): "
      "exclusive until 2030; April 2026: all products on any cloud | superseded: V4 ends it on "
      "2026-04-27 |\n"
      "| IP licence | 001, 003 (002 older) | 001: no end; 003: non-exclusive through 2032; 002: "
      "until 2030, lost if AGI comes first | 003's term; 002's AGI loss read as post-AGI "
      "technology only (FACTS V2) |\n");

  // Both readings are consistent; they differ in effect when only one event happens.
  static_assert(check<and_reading> && check<or_reading>);
  const scenario only_declines{{microsoft_declines_support{}, day_of(2027, 3, 1)}};
  const day on = day_of(2027, 6, 1);
  const auto or_holder =
      holder_of<or_reading>(clause_kind::first_ship, api_hosting{}, on, only_declines);
  const auto and_holder =
      holder_of<and_reading>(clause_kind::first_ship, api_hosting{}, on, only_declines);
  fmt::print(
      "\n## Where readings differ in effect\n\n"
      "The first-ship exception of April 2026 is reported as \"cannot **or** chooses not to\" "
      "(seed 003) and as \"cannot **and** chooses not to\" (FACTS V4). Both readings are "
      "consistent contracts; they part ways when Microsoft chooses not to support a product it "
      "could support. With Microsoft declining on 2027-03-01, the first-ship holder for the API "
      "on {} is:\n\n- or-reading: {}\n- and-reading: {}\n",
      render::date_text(on),
      or_holder ? std::string(or_holder.name()) : "nobody (the preference yields)",
      and_holder ? std::string(and_holder.name()) : "nobody");
}
