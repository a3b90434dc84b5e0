// Draws the Microsoft-OpenAI partnership as SVG: the timeline of each version on the timeline in
// which AGI is declared and verified in 2029 (samples.hpp), one version grouped by kind on the
// timeline in which nothing happens, the joint statement read as written (with the clash it makes),
// and the revenue share of the latest version against its cap.
//
// `timelines <piece>` writes one drawing to stdout; each is a golden file, docs/generated/
// timeline_<piece>.svg or docs/generated/payments_v4.svg (examples/CMakeLists.txt). Without an
// argument it lists the pieces.
#include "samples.hpp"
#include "versions.hpp"

#include <covenant/render.hpp>

#include <fmt/format.h>

#include <array>
#include <string>
#include <string_view>

using namespace microsoft_openai;
namespace render = covenant::render;

static_assert(check<v0> && check<v1> && check<v2> && check<v3> && check<v35> && check<v4>);

// The joint statement read as written: October's any-cloud permission for non-API products kept
// beside the new duty to host first-party products on Azure (versions.hpp explains the reading
// v35 takes instead). A timeline needs no consistent contract: it draws the clash.
using v35_as_written =
    amend<v3, replace<v3_api_exclusivity, v35_stateless_api_exclusivity>,
          add<v35_first_party_on_azure>,
          retitle<"Microsoft-OpenAI V3.5 read as written: October's any-cloud permission kept">>;
static_assert(!consistent<v35_as_written>);

namespace {

/// The day each version took effect, as marks; the versions up to `upto` are shown.
render::timeline_options options_upto(std::size_t upto, const scenario& s) {
  const std::array<std::pair<day, std::string_view>, 6> versions{{{day_of(2019, 7, 22), "V0"},
                                                                  {day_of(2023, 1, 23), "V1"},
                                                                  {day_of(2025, 1, 21), "V2"},
                                                                  {day_of(2025, 10, 28), "V3"},
                                                                  {day_of(2026, 2, 27), "V3.5"},
                                                                  {day_of(2026, 4, 27), "V4"}}};
  render::timeline_options o;
  o.events = s;
  // One axis for every version, so that the drawings compare side by side.
  o.from = day_of(2019);
  o.to = day_of(2034);
  for (std::size_t k = 0; k <= upto; ++k) {
    o.marks.emplace_back(versions[k].first, fmt::format("{} takes effect", versions[k].second));
  }
  return o;
}

} // namespace

int main(int argc, char** argv) {
  const std::string_view piece = argc > 1 ? argv[1] : "";
  if (piece == "v0") {
    fmt::print("{}", render::timeline_svg<v0>(options_upto(0, agi_in_2029)));
  } else if (piece == "v1") {
    fmt::print("{}", render::timeline_svg<v1>(options_upto(1, agi_in_2029)));
  } else if (piece == "v2") {
    fmt::print("{}", render::timeline_svg<v2>(options_upto(2, agi_in_2029)));
  } else if (piece == "v3") {
    fmt::print("{}", render::timeline_svg<v3>(options_upto(3, agi_in_2029)));
  } else if (piece == "v35") {
    fmt::print("{}", render::timeline_svg<v35>(options_upto(4, agi_in_2029)));
  } else if (piece == "v4") {
    fmt::print("{}", render::timeline_svg<v4>(options_upto(5, agi_in_2029)));
  } else if (piece == "v35_as_written") {
    fmt::print("{}", render::timeline_svg<v35_as_written>(options_upto(4, agi_in_2029)));
  } else if (piece == "v3_by_kind") {
    auto o = options_upto(3, {});
    o.group_by_kind = true;
    o.title = "Microsoft-OpenAI V3 by kind of clause, if AGI is never verified";
    fmt::print("{}", render::timeline_svg<v3>(o));
  } else if (piece == "payments_v4") {
    const auto rows = payments<v4>(openai{}, microsoft{}, sample_revenue);
    fmt::print("{}",
               render::payments_svg(rows, "V4: OpenAI's revenue share to Microsoft, sample revenue",
                                    "USD million", placeholder_openai_share_cap::value));
  } else {
    fmt::print("usage: timelines v0|v1|v2|v3|v35|v4|v35_as_written|v3_by_kind|payments_v4\n");
    return piece.empty() ? 0 : 1;
  }
}
