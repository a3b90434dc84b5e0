// Harness self-test input (NOT a compile-fail case): this file fails to
// compile, but not with the message its EXPECT line asks for (an undeclared
// identifier instead of the static_assert). tests/CMakeLists.txt requires the
// check to reject it with "did not match".
//
// EXPECT: covenant harness sanity

template <class T>
inline constexpr bool false_v = false;

int broken = covenant_harness_undeclared_identifier;

static_assert(!false_v<int>, "covenant harness sanity");
