// render::payment_schedule_markdown and the payments chart's guarantees and advances: the
// columns and marks a contract uses, and only those.
#include "../../examples/microsoft_openai/versions.hpp"
#include "../../examples/music_licence/music_licence.hpp"
#include "support/vocabulary.hpp"

#include <covenant/render.hpp>

#include <catch2/catch.hpp>

#include <array>
#include <string>

namespace render_payment_schedule_test {

using Catch::Matchers::Contains;

namespace tv = test_vocabulary;

struct plain_share
    : covenant::revenue_share<tv::openai, tv::microsoft, covenant::percent<10>, tv::openai_revenue,
                              covenant::term<covenant::year<2025>>> {
  static constexpr auto label = "1 ten per cent";
};
using plain =
    covenant::contract<"Plain", covenant::parties<tv::openai, tv::microsoft>, plain_share>;
constexpr std::array<covenant::revenue_in, 2> revenue{{{2025, 1'000}, {2026, 2'000}}};

std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }

TEST_CASE("render: payment_schedule_markdown of shares alone has only the base columns",
          "[render][payments]") {
  STATIC_REQUIRE_FALSE(
      covenant::render::payment_columns<plain>(tv::openai{}, tv::microsoft{}).caps);
  const auto md =
      covenant::render::payment_schedule_markdown<plain>(tv::openai{}, tv::microsoft{}, revenue);
  REQUIRE(md == "| Year | Revenue | Shares before caps | Due | Paid to date |\n"
                "|---|---:|---:|---:|---:|\n"
                "| 2025 | 1,000 | 100 | 100 | 100 |\n"
                "| 2026 | 2,000 | 200 | 200 | 300 |\n");
}

TEST_CASE("render: payment_schedule_markdown shows guarantees and advances of the music licence",
          "[render][payments]") {
  using music_licence::deal;
  constexpr auto c =
      covenant::render::payment_columns<deal>(music_licence::service{}, music_licence::label_co{});
  STATIC_REQUIRE(c.top_up);
  STATIC_REQUIRE(c.advances);
  STATIC_REQUIRE_FALSE(c.caps);
  STATIC_REQUIRE_FALSE(c.profit);
  STATIC_REQUIRE_FALSE(c.tiers);
  const auto md = covenant::render::payment_schedule_markdown<deal>(
      music_licence::service{}, music_licence::label_co{}, music_licence::sample_revenue);
  INFO(md);
  REQUIRE(first_line(md) == "| Year | Revenue | Shares before caps | Guarantee top-up | Advance "
                            "paid | Recouped | Unrecouped | Due | Paid to date |");
  // 2026: 6 of shares, topped up by 4 to the guarantee of 10, all recouped from the advance of
  // 15 (5 left), nothing paid but the advance.
  REQUIRE_THAT(md, Contains("| 2026 | 12 | 6 | 4 | 15 | 10 | 5 | 0 | 15 |\n"));
  REQUIRE_THAT(md, Contains("| 2027 | 18 | 9 | 1 | 0 | 5 | 0 | 5 | 20 |\n"));
  // The other way round, the label owes the service nothing: no optional column.
  REQUIRE(
      first_line(covenant::render::payment_schedule_markdown<deal>(
          music_licence::label_co{}, music_licence::service{}, music_licence::sample_revenue)) ==
      "| Year | Revenue | Shares before caps | Due | Paid to date |");
}

TEST_CASE("render: payment_schedule_markdown shows caps, profit and tiers where a share has them",
          "[render][payments]") {
  using namespace microsoft_openai;
  constexpr std::array<covenant::revenue_in, 3> figures{
      {{2028, 100'000, 20'000}, {2029, 150'000, 40'000}, {2030, 200'000, 60'000}}};
  const auto v4_md =
      covenant::render::payment_schedule_markdown<v4>(openai{}, microsoft{}, figures);
  INFO(v4_md);
  // V4: a capped share, an open-ended Azure commitment (a guarantee that never falls due here).
  REQUIRE(first_line(v4_md) == "| Year | Revenue | Shares before caps | Cut by caps | Guarantee "
                               "top-up | Due | Paid to date |");
  // The cap of 38,000 (placeholder 2) leaves 18,000 of 2029's 30,000.
  REQUIRE_THAT(v4_md, Contains("| 2028 | 100,000 | 20,000 | - | 0 | 20,000 | 20,000 |"));
  REQUIRE_THAT(v4_md, Contains("| 2029 | 150,000 | 30,000 | 12,000 | 0 | 18,000 | 38,000 |"));
  const auto v1_md =
      covenant::render::payment_schedule_markdown<v1>(openai{}, microsoft{}, figures);
  INFO(v1_md);
  // The 2023 profit share stops at its last threshold, which the rows report as a cap.
  REQUIRE(first_line(v1_md) == "| Year | Revenue | Profit | Shares before caps | Cut by caps | "
                               "Due | Paid to date | Rate changed |");
  REQUIRE_THAT(v1_md, Contains("| 2028 | 100,000 | 20,000 | "));
}

TEST_CASE("render: payment_schedule_markdown of rows shows a computed figure's column",
          "[render][payments]") {
  std::array<covenant::payment_in, 1> rows{};
  rows[0].year = 2030;
  rows[0].revenue = 10;
  rows[0].uncapped = 5;
  rows[0].top_up = 2;
  rows[0].due = 7;
  rows[0].cumulative = 7;
  REQUIRE(covenant::render::payment_schedule_markdown(rows) ==
          "| Year | Revenue | Shares before caps | Guarantee top-up | Due | Paid to date |\n"
          "|---|---:|---:|---:|---:|---:|\n"
          "| 2030 | 10 | 5 | 2 | 7 | 7 |\n");
}

} // namespace render_payment_schedule_test
