// Harness self-test input (NOT a compile-fail case): fails as EXPECTed, but
// its COVENANT_FIXED twin does not compile either. tests/CMakeLists.txt
// requires the check to reject it with "COVENANT_FIXED variant".
//
// EXPECT: covenant harness sanity

template <class T>
inline constexpr bool false_v = false;

#ifdef COVENANT_FIXED
int broken = covenant_harness_undeclared_identifier;
#else
static_assert(false_v<int>, "covenant harness sanity");
#endif
