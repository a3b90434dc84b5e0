// render::in_force_markdown: what is in force on a day, on a timeline.
#include "support/vocabulary.hpp"

#include <covenant/render.hpp>

#include <catch2/catch.hpp>

#include <string>

namespace render_in_force_test {

using namespace test_vocabulary;

struct agi : event<"AGI is verified"> {};
struct api_exclusive : exclusivity<openai, microsoft, api, term<year<2025>, until<agi>>> {
  static constexpr auto label = "1 API exclusive to Azure until AGI";
};
struct licence_to_2030 : licence<openai, microsoft, models, term<year<2025>, year<2030>>> {
  static constexpr auto label = "2 models licensed through 2029";
};
using deal = contract<"d", parties<openai, microsoft>, api_exclusive, licence_to_2030>;

TEST_CASE("render: in_force_markdown lists what is in force, with its end on the timeline",
          "[render][in_force]") {
  const std::string none = covenant::render::in_force_markdown<deal>(covenant::day_of(2024));
  REQUIRE(none == "Nothing is in force.\n");
  const std::string both = covenant::render::in_force_markdown<deal>(covenant::day_of(2026));
  REQUIRE(both ==
          "- \"1 API exclusive to Azure until AGI\": OpenAI grants Microsoft exclusivity over "
          "OpenAI API, from 2025-01-01 until AGI is verified. In force with no end on this "
          "timeline.\n"
          "- \"2 models licensed through 2029\": OpenAI grants Microsoft a non-exclusive licence "
          "to OpenAI models, from 2025-01-01 through 2029-12-31. In force through 2029-12-31.\n");
  // On the timeline where AGI is verified in 2027, the exclusivity ends then.
  const covenant::scenario agi_2027{{agi{}, covenant::day_of(2027, 7, 1)}};
  const std::string after =
      covenant::render::in_force_markdown<deal>(covenant::day_of(2026), agi_2027);
  REQUIRE_THAT(after, Catch::Contains("In force through 2027-06-30."));
}

} // namespace render_in_force_test
