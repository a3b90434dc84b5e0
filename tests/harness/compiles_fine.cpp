// Harness self-test input (NOT a compile-fail case): this file COMPILES.
// tests/CMakeLists.txt runs the compile-fail check on it and requires the
// check to reject it with "compiled successfully".
//
// EXPECT: covenant harness sanity

template <class T>
inline constexpr bool false_v = false;

static_assert(!false_v<int>, "covenant harness sanity");
