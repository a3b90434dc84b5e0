// Placeholder so the unit-test executable has a test case; replace freely.
#include <covenant/covenant.hpp>
#include <covenant/render.hpp>

#include <catch2/catch.hpp>

TEST_CASE("covenant headers can be included", "[smoke]") { SUCCEED(); }
