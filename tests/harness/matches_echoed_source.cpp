// Harness self-test input (NOT a compile-fail case): fails to compile, and the
// text its EXPECT line asks for appears in the output only inside an echoed
// source line (the compilers quote the offending line under the diagnostic).
// The harness matches diagnostic lines only, so tests/CMakeLists.txt requires
// the check to reject it with "did not match".
//
// EXPECT: covenant harness echoed text

int broken = covenant_harness_undeclared_identifier; // covenant harness echoed text
