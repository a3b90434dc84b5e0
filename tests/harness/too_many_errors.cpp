// Harness self-test input (NOT a compile-fail case): fails with the EXPECTed
// message, but with two errors where ERRORS asks for one. tests/CMakeLists.txt
// requires the check to reject it with "error line".
//
// EXPECT: covenant harness sanity
// ERRORS: 1

template <class T>
inline constexpr bool false_v = false;

static_assert(false_v<int>, "covenant harness sanity");
static_assert(false_v<long>, "covenant harness sanity, once more");
