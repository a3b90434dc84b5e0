// Consumer smoke program for covenant::render (brings fmt).
#include <covenant/render.hpp>

int main() { return fmt::format("{}", 0) == "0" ? 0 : 1; }
