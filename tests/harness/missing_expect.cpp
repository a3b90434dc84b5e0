// Harness self-test input (NOT a compile-fail case): fails to compile but has
// no EXPECT directive, so it would pass for any reason at all.
// tests/CMakeLists.txt requires the check to reject it with "no EXPECT".

template <class T>
inline constexpr bool false_v = false;

static_assert(false_v<int>, "covenant harness sanity");
