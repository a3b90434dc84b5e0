# covenant_compile_fail_check.cmake: runs ONE negative-compilation check.
# Conventions and regex dialect: see cmake/CovenantCompileFail.cmake.
#
#   cmake -DCONFIG=<build>/covenant_compile_fail/config.cmake -DSOURCE=<file.cpp>
#         [-DEXPECT_HARNESS_FAILURE=ON -DEXPECT_HARNESS_REASON=<substring>]
#         -P covenant_compile_fail_check.cmake
#
# Normal mode: exits 0 iff the file fails to compile, every EXPECT regex
# matches a diagnostic line within the first WITHIN lines of output, the
# output has exactly ERRORS error lines (when the file says how many), and (if
# the file mentions COVENANT_FIXED) the -DCOVENANT_FIXED twin compiles.
# EXPECT_HARNESS_FAILURE mode (for the harness's own tests): inverted; exits 0
# iff the normal check fails AND its reason contains EXPECT_HARNESS_REASON.
#
# Output is never split into CMake lists (compiler output is full of ';' and
# unbalanced '[' which CMake lists mangle); lines are kept in numbered vars.

cmake_minimum_required(VERSION 3.25)

foreach(required IN ITEMS CONFIG SOURCE)
    if(NOT DEFINED ${required})
        message(FATAL_ERROR "covenant_compile_fail_check: -D${required}=... is required")
    endif()
endforeach()
include("${CONFIG}")

set(ENV{LC_ALL} C)
set(ENV{LANG} C)
set(ENV{GCC_COLORS} "")

set(report_lines 40)
set(default_within 15)

include("${CMAKE_CURRENT_LIST_DIR}/covenant_text_lines.cmake")

# A diagnostic line: "<file>:<line>[:<col>]: ...", GCC's "<file>: In ..." and
# "<file>: At ...", or a bare "error:"; never an echoed source or caret line,
# nor the include chain (see cmake/CovenantCompileFail.cmake).
set(diagnostic_re "^([^ \t\"':]+:[0-9]+(:[0-9]+)?: |[^ \t\"':]+: (In|At) |(fatal )?error: )")
set(error_re "^([^ \t\"':]+:[0-9]+(:[0-9]+)?: )?(fatal )?error: ")

# _print_output(<title> <text>): first `report_lines` lines, numbered.
function(_print_output title text)
    covenant_numbered_lines("${text}" ${report_lines} "" numbered)
    message("---- ${title} (first ${report_lines} lines) ----\n${numbered}---- end of ${title} ----")
endfunction()

# ---------------------------------------------------------------------------
# Read the directives.
# ---------------------------------------------------------------------------
if(NOT EXISTS "${SOURCE}")
    message(FATAL_ERROR "covenant_compile_fail_check: no such file: ${SOURCE}")
endif()
file(READ "${SOURCE}" source_text)
covenant_split_lines("${source_text}" -1 src)

set(within ${default_within})
set(n_expect 0)
if(COVENANT_CF_CXX_ID STREQUAL "GNU")
    set(own_tag "GCC")
elseif(COVENANT_CF_CXX_ID MATCHES "Clang")
    set(own_tag "CLANG")
else()
    set(own_tag "NONE")
endif()
set(i 0)
while(i LESS src_COUNT)
    math(EXPR i "${i} + 1")
    set(line "${src_${i}}")
    if(line MATCHES "^[ \t]*//[ \t]*EXPECT(-[A-Z]+)?:[ \t]*(.*[^ \t])[ \t]*$")
        set(tag "${CMAKE_MATCH_1}")
        set(re "${CMAKE_MATCH_2}")
        if(tag STREQUAL "" OR tag STREQUAL "-${own_tag}")
            math(EXPR n_expect "${n_expect} + 1")
            set(expect_${n_expect} "${re}")
            set(expect_line_${n_expect} ${i})
        elseif(NOT tag STREQUAL "-GCC" AND NOT tag STREQUAL "-CLANG")
            message(FATAL_ERROR "${SOURCE}:${i}: unknown directive EXPECT${tag} "
                "(use EXPECT, EXPECT-GCC or EXPECT-CLANG)")
        endif()
    elseif(line MATCHES "^[ \t]*//[ \t]*WITHIN:[ \t]*([0-9]+)[ \t]*$")
        set(within ${CMAKE_MATCH_1})
    elseif(line MATCHES "^[ \t]*//[ \t]*WITHIN:")
        message(FATAL_ERROR "${SOURCE}:${i}: WITHIN needs a positive line count")
    elseif(line MATCHES "^[ \t]*//[ \t]*ERRORS:[ \t]*([0-9]+)[ \t]*$")
        set(want_errors ${CMAKE_MATCH_1})
    elseif(line MATCHES "^[ \t]*//[ \t]*ERRORS:")
        message(FATAL_ERROR "${SOURCE}:${i}: ERRORS needs a count of error lines")
    endif()
endwhile()
set(has_twin FALSE)
if(source_text MATCHES "(^|[^A-Za-z0-9_])COVENANT_FIXED([^A-Za-z0-9_]|$)")
    set(has_twin TRUE)
endif()

# ---------------------------------------------------------------------------
# Compile.
# ---------------------------------------------------------------------------
set(cmd "${COVENANT_CF_CXX}" ${COVENANT_CF_FLAGS})
foreach(dir IN LISTS COVENANT_CF_INCLUDE_DIRS)
    list(APPEND cmd "-I${dir}")
endforeach()
foreach(dir IN LISTS COVENANT_CF_SYSTEM_INCLUDE_DIRS)
    list(APPEND cmd -isystem "${dir}")
endforeach()
list(JOIN cmd " " cmd_text)

message("covenant compile-fail check: ${SOURCE}")
message("  command: ${cmd_text} <file>")
if(NOT DEFINED want_errors)
    set(want_errors "any")
endif()
message("  EXPECT regexes: ${n_expect}, WITHIN: ${within} lines, ERRORS: ${want_errors}, compiling twin: ${has_twin}")

execute_process(
    COMMAND ${cmd} "${SOURCE}"
    RESULT_VARIABLE rc
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output
    TIMEOUT 600)

set(reason "")
set(details "")
if(n_expect EQUAL 0)
    set(reason "no EXPECT line: the file needs at least one `// EXPECT: <regex>` line")
elseif(rc STREQUAL "0")
    set(reason "the file compiled successfully, but it must FAIL to compile")
else()
    covenant_split_lines("${output}" -1 out)
    set(unmatched 0)
    foreach(e RANGE 1 ${n_expect})
        set(found 0)
        set(i 0)
        while(i LESS out_COUNT AND i LESS within)
            math(EXPR i "${i} + 1")
            if("${out_${i}}" MATCHES "${diagnostic_re}" AND "${out_${i}}" MATCHES "${expect_${e}}")
                set(found ${i})
                break()
            endif()
        endwhile()
        if(found)
            string(APPEND details "  EXPECT (line ${expect_line_${e}}) matched output line ${found}: ${expect_${e}}\n")
        else()
            math(EXPR unmatched "${unmatched} + 1")
            string(APPEND details "  EXPECT (line ${expect_line_${e}}) did NOT match: ${expect_${e}}\n")
        endif()
    endforeach()
    set(errors 0)
    set(i 0)
    while(i LESS out_COUNT)
        math(EXPR i "${i} + 1")
        if("${out_${i}}" MATCHES "${error_re}")
            math(EXPR errors "${errors} + 1")
        endif()
    endwhile()
    string(APPEND details "  error lines in the output: ${errors}\n")
    if(unmatched GREATER 0)
        set(reason "compilation failed as required, but ${unmatched} EXPECT regex(es) did not match a diagnostic line within the first ${within} lines of compiler output (failing for the wrong reason? raise `// WITHIN: <N>` if the message is just further down)")
    elseif(NOT want_errors STREQUAL "any" AND NOT errors EQUAL want_errors)
        set(reason "compilation failed for the expected reason, but with ${errors} error line(s) where ERRORS asks for exactly ${want_errors} (a cascade of errors after the first?)")
    endif()
endif()

if(reason STREQUAL "" AND has_twin)
    execute_process(
        COMMAND ${cmd} -DCOVENANT_FIXED "${SOURCE}"
        RESULT_VARIABLE twin_rc
        OUTPUT_VARIABLE twin_output
        ERROR_VARIABLE twin_output
        TIMEOUT 600)
    if(NOT twin_rc STREQUAL "0")
        set(reason "the COVENANT_FIXED variant (-DCOVENANT_FIXED) failed to compile, but it must compile")
    else()
        string(APPEND details "  COVENANT_FIXED variant compiled successfully\n")
    endif()
endif()

# ---------------------------------------------------------------------------
# Verdict.
# ---------------------------------------------------------------------------
if(NOT details STREQUAL "")
    string(REGEX REPLACE "\n$" "" details "${details}")
    message("${details}")
endif()
if(NOT reason STREQUAL "" OR NOT EXPECT_HARNESS_FAILURE)
    _print_output("compiler output" "${output}")
endif()
if(DEFINED twin_rc AND NOT twin_rc STREQUAL "0")
    _print_output("COVENANT_FIXED variant output" "${twin_output}")
endif()

if(EXPECT_HARNESS_FAILURE)
    if(reason STREQUAL "")
        message(FATAL_ERROR "harness self-test FAILED: the harness ACCEPTED ${SOURCE}, "
            "but it should have rejected it (expected reason containing "
            "\"${EXPECT_HARNESS_REASON}\")")
    endif()
    string(FIND "${reason}" "${EXPECT_HARNESS_REASON}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "harness self-test FAILED: the harness rejected ${SOURCE} "
            "for the wrong reason.\n  expected reason containing: \"${EXPECT_HARNESS_REASON}\"\n"
            "  actual reason: ${reason}")
    endif()
    message("harness self-test passed: the harness rejected ${SOURCE} as intended: ${reason}")
elseif(NOT reason STREQUAL "")
    message(FATAL_ERROR "compile-fail check FAILED for ${SOURCE}:\n  ${reason}")
else()
    message("compile-fail check passed: ${SOURCE}")
endif()
