# covenant_doc_snippets_check.cmake: compiles every ```cpp block of ONE page.
# Conventions: see cmake/CovenantDocSnippets.cmake.
#
#   cmake -DCONFIG=<build>/doc_snippets/config.cmake -DPAGE=<page.md>
#         -DPAGE_NAME=<path shown in messages> -DOUT_DIR=<build>/doc_snippets
#         [-DEXPECT_FAILURE=ON -DEXPECT_REASON=<substring>]
#         -P covenant_doc_snippets_check.cmake
#
# Normal mode: exits 0 iff every block compiles (a page without blocks passes).
# EXPECT_FAILURE mode (for the harness's own test): inverted; exits 0 iff the
# normal check fails AND one of its reasons contains EXPECT_REASON.
#
# Neither the page nor the compiler output is ever split into CMake lists
# (both are full of ';' and unbalanced '['): lines are kept in numbered vars.

cmake_minimum_required(VERSION 3.25)

foreach(required IN ITEMS CONFIG PAGE PAGE_NAME OUT_DIR)
    if(NOT DEFINED ${required})
        message(FATAL_ERROR "covenant_doc_snippets_check: -D${required}=... is required")
    endif()
endforeach()
include("${CONFIG}")

set(ENV{LC_ALL} C)
set(ENV{LANG} C)
set(ENV{GCC_COLORS} "")

set(report_lines 30)

include("${CMAKE_CURRENT_LIST_DIR}/covenant_text_lines.cmake")

# _first_lines(<text> <out var>): the first `report_lines` lines, numbered.
function(_first_lines text out_var)
    covenant_numbered_lines("${text}" ${report_lines} "   " numbered)
    set(${out_var} "${numbered}" PARENT_SCOPE)
endfunction()

# ---------------------------------------------------------------------------
# Extract the blocks.
# ---------------------------------------------------------------------------
if(NOT EXISTS "${PAGE}")
    message(FATAL_ERROR "covenant_doc_snippets_check: no such page: ${PAGE}")
endif()
file(READ "${PAGE}" page_text)
covenant_split_lines("${page_text}" -1 src)

# <page path>_<n>.cpp: docs/reference/rules.md -> docs_reference_rules_<n>.cpp
string(REGEX REPLACE "\\.md$" "" stem "${PAGE_NAME}")
string(REGEX REPLACE "[/\\\\.]" "_" stem "${stem}")
file(MAKE_DIRECTORY "${OUT_DIR}")

set(n_blocks 0)
set(in_block FALSE)
set(i 0)
while(i LESS src_COUNT)
    math(EXPR i "${i} + 1")
    set(line "${src_${i}}")
    if(NOT in_block)
        if(line STREQUAL "```cpp")
            set(in_block TRUE)
            math(EXPR n_blocks "${n_blocks} + 1")
            set(block_line_${n_blocks} ${i})
            math(EXPR first_code_line "${i} + 1")
            # Diagnostics then name the page and its line, not the copy.
            set(block_text_${n_blocks} "#line ${first_code_line} \"${PAGE}\"\n")
        endif()
    elseif(line STREQUAL "```")
        set(in_block FALSE)
    else()
        string(APPEND block_text_${n_blocks} "${line}\n")
    endif()
endwhile()

set(reasons "")
if(in_block)
    string(APPEND reasons "  block ${n_blocks} (${PAGE_NAME}:${block_line_${n_blocks}}) is never closed by a line ```\n")
endif()

# ---------------------------------------------------------------------------
# Compile each block.
# ---------------------------------------------------------------------------
set(cmd "${COVENANT_DOCS_CXX}" ${COVENANT_DOCS_FLAGS})
foreach(dir IN LISTS COVENANT_DOCS_INCLUDE_DIRS)
    list(APPEND cmd "-I${dir}")
endforeach()
foreach(dir IN LISTS COVENANT_DOCS_SYSTEM_INCLUDE_DIRS)
    list(APPEND cmd -isystem "${dir}")
endforeach()
list(JOIN cmd " " cmd_text)

message("covenant doc snippets: ${PAGE_NAME}: ${n_blocks} ```cpp block(s)")
message("  command: ${cmd_text} <snippet>")

set(report "")
set(n_failed 0)
set(b 0)
while(b LESS n_blocks)
    math(EXPR b "${b} + 1")
    set(snippet "${OUT_DIR}/${stem}_${b}.cpp")
    file(WRITE "${snippet}" "${block_text_${b}}")
    execute_process(
        COMMAND ${cmd} "${snippet}"
        RESULT_VARIABLE rc
        OUTPUT_VARIABLE output
        ERROR_VARIABLE output
        TIMEOUT 600)
    if(rc STREQUAL "0")
        message("  block ${b} (${PAGE_NAME}:${block_line_${b}}): ok")
    else()
        math(EXPR n_failed "${n_failed} + 1")
        string(APPEND reasons "  block ${b} (${PAGE_NAME}:${block_line_${b}}) failed to compile\n")
        _first_lines("${output}" first)
        string(APPEND report
            "---- ${PAGE_NAME}:${block_line_${b}}: block ${b} (${snippet}), "
            "first ${report_lines} lines of compiler output ----\n${first}")
    endif()
endwhile()

# ---------------------------------------------------------------------------
# Verdict.
# ---------------------------------------------------------------------------
if(NOT report STREQUAL "")
    message("${report}---- end of compiler output ----")
endif()
string(REGEX REPLACE "\n$" "" reasons "${reasons}")

if(EXPECT_FAILURE)
    if(reasons STREQUAL "")
        message(FATAL_ERROR "harness self-test FAILED: every block of ${PAGE_NAME} compiled, "
            "but the page was written so that one cannot")
    endif()
    string(FIND "${reasons}" "${EXPECT_REASON}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "harness self-test FAILED: ${PAGE_NAME} was rejected for the wrong "
            "reason.\n  expected a reason containing: \"${EXPECT_REASON}\"\n  actual:\n${reasons}")
    endif()
    message("harness self-test passed: ${PAGE_NAME} was rejected as intended:\n${reasons}")
elseif(NOT reasons STREQUAL "")
    message(FATAL_ERROR "doc snippet check FAILED for ${PAGE_NAME}:\n${reasons}")
else()
    message("doc snippet check passed: ${PAGE_NAME}")
endif()
