// Consumer smoke program: uses covenant through its installed/exported
// interface only. Extend with real API use as the library grows.
#include <covenant/covenant.hpp>

static_assert(__cplusplus >= 202002L, "covenant::covenant must bring C++20");

int main() { return 0; }
