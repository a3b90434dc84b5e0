# CovenantCompileFail.cmake: negative-compilation ("must not compile") tests.
#
#   covenant_add_compile_fail_tests(DIRECTORY <dir> [PREFIX <name>]
#                                   [LABELS <label>...] [TIMEOUT <seconds>])
#
# Registers one CTest test `compile_fail.<prefix>.<stem>` for every <dir>/*.cpp
# (configure-time glob with CONFIGURE_DEPENDS, so adding a file re-runs CMake on
# the next build). <prefix> defaults to the directory's name. A missing <dir>
# registers nothing. Every test runs cmake/covenant_compile_fail_check.cmake,
# which compiles the file with the build tree's own compiler
# (CMAKE_CXX_COMPILER), in a fresh process, with LC_ALL=C:
#
#   <cxx> -std=c++20 -fsyntax-only -Wall -Wextra -Wpedantic \
#         -I<repo>/include [-isystem <Boost/fmt include dirs>] <file>
#
# These are the compilers' DEFAULT diagnostic settings, the ones a user has:
# carets, echoed source lines and fix-it hints stay on, and WITHIN counts the
# lines of that real output. Because the compiler echoes source lines (clang
# raw, GCC behind a "  41 | " gutter), a regex could match quoted source text,
# say the message string of a static_assert in a header, rather than a
# diagnostic. So EXPECT regexes are matched only against DIAGNOSTIC lines:
#   <file>:<line>[:<col>]: <anything>   (error, warning, note, GCC's
#                                        "required from here" lines)
#   <file>: In ... / <file>: At ...      (GCC's context lines)
#   error: ... / fatal error: ...        (diagnostics without a location)
# where <file> has no blank or quote. Echoed source and caret lines, and the
# "In file included from" / "from" include chain (which names the test file
# with a line number but is not a diagnostic), are skipped, though they count
# towards WITHIN.
#
# (Boost/fmt include dirs that are compiler defaults, e.g. /usr/include, are
# left out: `-isystem /usr/include` breaks libstdc++'s #include_next.)
#
# The test passes only if
#   (a) that compilation FAILS, and
#   (b) every `// EXPECT: <regex>` line of the file matches at least one of the
#       diagnostic lines among the first N lines of the combined compiler
#       output (stdout+stderr), where N comes from an optional
#       `// WITHIN: <N>` line (default 15), and
#   (c) if the file has an `// ERRORS: <K>` line, the WHOLE output has exactly
#       K error lines (diagnostic lines whose severity is error or fatal
#       error): "one mistake, one error", no cascade, and
#   (d) if the file contains the word COVENANT_FIXED anywhere, compiling it
#       again with -DCOVENANT_FIXED SUCCEEDS (the "compiling twin": the same
#       file with the mistake fixed, which proves the failure is caused by
#       exactly the code under #ifndef COVENANT_FIXED and nothing else).
# On failure the test says which condition failed and prints the first 40
# numbered lines of compiler output.
#
# File conventions (each directive is a `//` comment alone on its line):
#   // EXPECT: <regex>        one or more; ALL must match (each on some line)
#   // EXPECT-GCC: <regex>    only checked when the compiler is GCC
#   // EXPECT-CLANG: <regex>  only checked when the compiler is Clang
#   // WITHIN: <N>            search window in output lines (default 15)
#   // ERRORS: <K>            exact number of error lines in the whole output
#   #ifdef COVENANT_FIXED ... #else ... #endif   optional compiling twin
#
# To require the user's own line, anchor the file name at the start of a
# diagnostic line: `// EXPECT: ^[^ ]*my_case\.cpp:[0-9]+:` (a type name in a
# header's diagnostic may mention the file too, e.g. clang's "lambda at ...").
#
# The regexes are CMake regular expressions (string(REGEX MATCH)), NOT
# ECMAScript/PCRE. Everything after "EXPECT:" up to the end of the line, minus
# surrounding blanks, is the regex, taken literally (no CMake escaping, no
# quotes). CMake's dialect: . * + ? ^ $ [] [^] () | are supported; there is no
# \d, \w, \s, {m,n}, non-greedy or look-around; write [0-9], [A-Za-z_], [ \t]
# instead. Escape a literal ( ) [ ] . * + ? ^ $ | with a backslash, e.g.
#   // EXPECT: no matching function for call to .*sign\(
# Each regex is matched against ONE output line at a time, so ^ and $ anchor
# to that line's start and end. Output is in the C locale (plain ASCII quotes
# in GCC messages: 'foo', not curly quotes). GCC and Clang word diagnostics
# differently; the text of your own static_assert message is the portable
# thing to match, or use EXPECT-GCC/EXPECT-CLANG, or an alternation
# (a|b). An invalid regex makes the test fail with CMake's regex error.
#
# Parallelism: every test is a separate compiler process that writes nothing
# (-fsyntax-only) and shares no build tree, so they run fine under ctest -j;
# no RUN_SERIAL or RESOURCE_LOCK is needed.
#
# Lower level, used by the harness's own self-tests:
#   covenant_add_compile_fail_test(NAME <test> SOURCE <file>
#       [EXPECT_HARNESS_FAILURE <reason substring>] [LABELS ...] [TIMEOUT <s>])
# With EXPECT_HARNESS_FAILURE the result is inverted: the test passes only if
# the check above FAILS and its failure message contains <reason substring>
# ("compiled successfully", "did not match", "error line",
# "COVENANT_FIXED variant", "no EXPECT"), which proves which check fired.

include_guard(GLOBAL)

set_property(GLOBAL PROPERTY COVENANT_CF_SCRIPT
    "${CMAKE_CURRENT_LIST_DIR}/covenant_compile_fail_check.cmake")
set_property(GLOBAL PROPERTY COVENANT_CF_CONFIG
    "${CMAKE_BINARY_DIR}/covenant_compile_fail/config.cmake")

# Writes the settings the check script needs (compiler, flags, include dirs)
# once per build tree; tests pass its path with -DCONFIG=.
function(_covenant_cf_write_config)
    get_property(done GLOBAL PROPERTY COVENANT_CF_CONFIG_WRITTEN)
    if(done)
        return()
    endif()
    get_property(config GLOBAL PROPERTY COVENANT_CF_CONFIG)

    set(system_dirs "")
    foreach(tgt IN ITEMS Boost::headers fmt::fmt)
        if(TARGET ${tgt})
            get_target_property(dirs ${tgt} INTERFACE_INCLUDE_DIRECTORIES)
            if(dirs)
                list(APPEND system_dirs ${dirs})
            endif()
        endif()
    endforeach()
    set(filtered "")
    foreach(dir IN LISTS system_dirs)
        if(dir MATCHES "\\$<" OR dir IN_LIST CMAKE_CXX_IMPLICIT_INCLUDE_DIRECTORIES)
            continue()
        endif()
        list(APPEND filtered "${dir}")
    endforeach()
    list(REMOVE_DUPLICATES filtered)

    # The compilers' default diagnostics, as a user sees them (see above for
    # how echoed source lines are kept from matching).
    set(flags -std=c++20 -fsyntax-only -Wall -Wextra -Wpedantic)
    file(CONFIGURE OUTPUT "${config}" @ONLY CONTENT [==[
# Generated by cmake/CovenantCompileFail.cmake; do not edit.
set(COVENANT_CF_CXX [=[@CMAKE_CXX_COMPILER@]=])
set(COVENANT_CF_CXX_ID [=[@CMAKE_CXX_COMPILER_ID@]=])
set(COVENANT_CF_FLAGS [=[@flags@]=])
set(COVENANT_CF_INCLUDE_DIRS [=[@PROJECT_SOURCE_DIR@/include]=])
set(COVENANT_CF_SYSTEM_INCLUDE_DIRS [=[@filtered@]=])
]==])
    set_property(GLOBAL PROPERTY COVENANT_CF_CONFIG_WRITTEN TRUE)
endfunction()

function(covenant_add_compile_fail_test)
    cmake_parse_arguments(PARSE_ARGV 0 arg "" "NAME;SOURCE;EXPECT_HARNESS_FAILURE;TIMEOUT" "LABELS")
    if(NOT arg_NAME OR NOT arg_SOURCE)
        message(FATAL_ERROR "covenant_add_compile_fail_test: NAME and SOURCE are required")
    endif()
    _covenant_cf_write_config()
    get_property(script GLOBAL PROPERTY COVENANT_CF_SCRIPT)
    get_property(config GLOBAL PROPERTY COVENANT_CF_CONFIG)
    cmake_path(ABSOLUTE_PATH arg_SOURCE BASE_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}")

    set(extra "")
    if(DEFINED arg_EXPECT_HARNESS_FAILURE)
        list(APPEND extra
            -DEXPECT_HARNESS_FAILURE=ON
            "-DEXPECT_HARNESS_REASON=${arg_EXPECT_HARNESS_FAILURE}")
    endif()
    add_test(NAME "${arg_NAME}"
        COMMAND "${CMAKE_COMMAND}"
                "-DCONFIG=${config}"
                "-DSOURCE=${arg_SOURCE}"
                ${extra}
                -P "${script}")
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 300)
    endif()
    set_tests_properties("${arg_NAME}" PROPERTIES
        LABELS "compile_fail;${arg_LABELS}"
        TIMEOUT ${arg_TIMEOUT})
endfunction()

function(covenant_add_compile_fail_tests)
    cmake_parse_arguments(PARSE_ARGV 0 arg "" "DIRECTORY;PREFIX;TIMEOUT" "LABELS")
    if(NOT arg_DIRECTORY)
        message(FATAL_ERROR "covenant_add_compile_fail_tests: DIRECTORY is required")
    endif()
    cmake_path(ABSOLUTE_PATH arg_DIRECTORY BASE_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}")
    if(NOT arg_PREFIX)
        cmake_path(GET arg_DIRECTORY FILENAME arg_PREFIX)
    endif()
    # Globbing a directory that does not exist yet is fine: the result is
    # empty, and CONFIGURE_DEPENDS re-checks it on every build.
    file(GLOB sources CONFIGURE_DEPENDS "${arg_DIRECTORY}/*.cpp")
    list(SORT sources)
    set(pass_through "")
    if(arg_TIMEOUT)
        list(APPEND pass_through TIMEOUT ${arg_TIMEOUT})
    endif()
    foreach(src IN LISTS sources)
        cmake_path(GET src STEM LAST_ONLY stem)
        covenant_add_compile_fail_test(
            NAME "compile_fail.${arg_PREFIX}.${stem}"
            SOURCE "${src}"
            LABELS ${arg_LABELS}
            ${pass_through})
    endforeach()
endfunction()
