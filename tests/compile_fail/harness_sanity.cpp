// Harness sanity case: proves the compile-fail harness passes a genuine case.
// It includes nothing from covenant, so it stays green whatever the library
// does; if it goes red, the harness (or the toolchain) is broken.
//
// EXPECT: covenant harness sanity
// EXPECT: ^[^ ]*harness_sanity\.cpp:[0-9]+:
// WITHIN: 5
// ERRORS: 1

template <class T>
inline constexpr bool false_v = false;

#ifdef COVENANT_FIXED
static_assert(!false_v<int>, "covenant harness sanity");
#else
static_assert(false_v<int>, "covenant harness sanity");
#endif
