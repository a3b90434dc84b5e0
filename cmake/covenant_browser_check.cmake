# covenant_browser_check.cmake: load one page in headless Chromium and check what it shows.
#
#   cmake -DCHROMIUM=<chromium or empty> -DPAGE=<abs path of the .html>
#         -DEXPECT=<file of "<page>\t<text>" lines> | -DEXPECT_EXE=<program printing them>
#         [-DEXPECT_ARG=<its argument>] [-DSHOT=<png to write>] [-DPROFILES=<dir>]
#         [-DEXPECT_FAILURE=<regex>]
#         -P covenant_browser_check.cmake
#
# 1. `chromium --headless --disable-gpu --no-sandbox --enable-logging=stderr --v=0 --dump-dom
#    file://PAGE`: the serialised DOM after loading. Fails if Chromium fails, if the DOM is
#    empty or has no </html>, or if Chromium logged any console message ("CONSOLE" lines on
#    stderr: a script error, console.error, ... - the book has no script, so any is an error).
# 2. Every expectation for this page (lines of EXPECT, or of EXPECT_EXE's output, whose first
#    field is the page's file name) must occur in the DOM's text (tags removed, character
#    references &amp; &lt; &gt; &quot; &#39; &nbsp; decoded).
# 3. With SHOT, `--screenshot=SHOT --window-size=1280,2000` (written, never compared).
# Without Chromium, prints "covenant-browser-test: SKIPPED" (the tests' SKIP_REGULAR_EXPRESSION;
# CMake 3.25's -P scripts cannot choose their exit code, so SKIP_RETURN_CODE is not usable).
# EXPECT_FAILURE (harness tests): the check must fail, with a problem matching the regex.
cmake_minimum_required(VERSION 3.25)
include("${CMAKE_CURRENT_LIST_DIR}/covenant_text_lines.cmake")

if(NOT CHROMIUM OR NOT EXISTS "${CHROMIUM}")
    message("covenant-browser-test: SKIPPED: chromium not found (.ci/setup installs it)")
    return()
endif()
get_filename_component(page_name "${PAGE}" NAME)
set(flags --headless --disable-gpu --no-sandbox --no-first-run --disable-extensions
    --hide-scrollbars)
# A profile per page (parallel Chromium processes must not share one), under PROFILES (default:
# browser-profiles in the current directory).
if(NOT PROFILES)
    set(PROFILES "${CMAKE_CURRENT_BINARY_DIR}/browser-profiles")
endif()
set(profile "${PROFILES}/${page_name}")
file(MAKE_DIRECTORY "${profile}")
list(APPEND flags "--user-data-dir=${profile}")

set(problems "")
execute_process(
    COMMAND "${CHROMIUM}" ${flags} --enable-logging=stderr --v=0 --dump-dom "file://${PAGE}"
    OUTPUT_VARIABLE dom ERROR_VARIABLE log RESULT_VARIABLE rc TIMEOUT 90)
if(NOT rc STREQUAL "0")
    string(APPEND problems "  chromium --dump-dom exited with ${rc}\n")
endif()
if(NOT dom MATCHES "</html>")
    string(APPEND problems "  the DOM dump is empty or has no </html>\n")
endif()
covenant_split_lines("${log}" -1 log)
set(i 1)
while(i LESS_EQUAL log_COUNT)
    if(log_${i} MATCHES ":CONSOLE[(:]")
        string(APPEND problems "  console message: ${log_${i}}\n")
    endif()
    math(EXPR i "${i} + 1")
endwhile()

# The page's text.
string(REGEX REPLACE "<[^>]*>" " " text "${dom}")
string(REPLACE "&lt;" "<" text "${text}")
string(REPLACE "&gt;" ">" text "${text}")
string(REPLACE "&quot;" "\"" text "${text}")
string(REPLACE "&#39;" "'" text "${text}")
string(REPLACE "&nbsp;" " " text "${text}")
string(REPLACE "&amp;" "&" text "${text}")

if(DEFINED EXPECT_EXE)
    execute_process(COMMAND "${EXPECT_EXE}" ${EXPECT_ARG}
        OUTPUT_VARIABLE expectations RESULT_VARIABLE rc TIMEOUT 60)
    if(NOT rc STREQUAL "0")
        message(FATAL_ERROR "${EXPECT_EXE} ${EXPECT_ARG} exited with ${rc}")
    endif()
else()
    file(READ "${EXPECT}" expectations)
endif()
covenant_split_lines("${expectations}" -1 want)
set(checked 0)
set(i 1)
while(i LESS_EQUAL want_COUNT)
    string(FIND "${want_${i}}" "\t" tab)
    if(tab GREATER 0)
        string(SUBSTRING "${want_${i}}" 0 ${tab} for_page)
        math(EXPR from "${tab} + 1")
        string(SUBSTRING "${want_${i}}" ${from} -1 wanted)
        if(for_page STREQUAL page_name)
            math(EXPR checked "${checked} + 1")
            string(FIND "${text}" "${wanted}" at)
            if(at EQUAL -1)
                string(APPEND problems "  missing from the page: ${wanted}\n")
            endif()
        endif()
    endif()
    math(EXPR i "${i} + 1")
endwhile()
if(checked EQUAL 0)
    string(APPEND problems "  no expectation names ${page_name}: nothing was checked\n")
endif()

if(SHOT)
    get_filename_component(shot_dir "${SHOT}" DIRECTORY)
    file(MAKE_DIRECTORY "${shot_dir}")
    file(REMOVE "${SHOT}")
    execute_process(
        COMMAND "${CHROMIUM}" ${flags} "--screenshot=${SHOT}" --window-size=1280,2000
                "file://${PAGE}"
        OUTPUT_QUIET ERROR_QUIET RESULT_VARIABLE rc TIMEOUT 90)
    if(NOT rc STREQUAL "0" OR NOT EXISTS "${SHOT}")
        string(APPEND problems "  chromium --screenshot failed (${rc}): no ${SHOT}\n")
    endif()
endif()

include("${CMAKE_CURRENT_LIST_DIR}/covenant_harness_expectation.cmake")
covenant_expected_failure(problems)
if(NOT problems STREQUAL "")
    message(FATAL_ERROR "browser check of ${page_name} failed:\n${problems}")
endif()
message("browser check: ${page_name} loads without console messages and shows all ${checked} expected texts")
if(SHOT)
    message("screenshot: ${SHOT}")
endif()
