# covenant_api_docs_check.cmake: run Doxygen on covenant's public API and compare its warnings
# with the committed budget (cmake/CovenantApiDocs.cmake).
#
#   cmake -DDOXYGEN=<doxygen> -DDOXYFILE=<configured Doxyfile> -DSOURCE_DIR=<repo root>
#         -DWORK_DIR=<scratch dir> -DBUDGET=<budget file> [-DMODE=check|write]
#         [-DEXTRA_INPUT=<file>] [-DEXPECT_FAILURE=<regex>] [-DMUST_NOT_MENTION=<regex>]
#         -P covenant_api_docs_check.cmake
#
# Doxygen runs with WARN_IF_UNDOCUMENTED (set in docs/Doxyfile.in) into WORK_DIR. Each warning
# is normalised to "<path from the repo root>: <text>" (line numbers dropped, so that edits
# elsewhere in a file do not churn the budget). The budget lists the known warnings, one a line
# (a multiset: a line may repeat).
#   check: fails on any warning not in the budget (a newly undocumented public name, or any
#          other new warning), and on any budget line that no longer warns (it was fixed:
#          shrink the budget - target covenant_api_docs_budget rewrites it).
#   write: rewrites the budget with the current warnings.
# EXTRA_INPUT adds a file to Doxygen's INPUT (harness tests); EXPECT_FAILURE: the check must
# fail with a problem matching the regex; MUST_NOT_MENTION: no warning may match this regex
# (detail names must stay hidden).
cmake_minimum_required(VERSION 3.25)

if(NOT MODE)
    set(MODE check)
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(log "${WORK_DIR}/warnings.log")
# A wrapper that includes the project's Doxyfile and redirects its output.
set(config "@INCLUDE = ${DOXYFILE}\nOUTPUT_DIRECTORY = ${WORK_DIR}\nWARN_LOGFILE = ${log}\n")
if(EXTRA_INPUT)
    string(APPEND config "INPUT += ${EXTRA_INPUT}\n")
endif()
file(WRITE "${WORK_DIR}/Doxyfile" "${config}")
execute_process(COMMAND "${DOXYGEN}" "${WORK_DIR}/Doxyfile"
    WORKING_DIRECTORY "${WORK_DIR}"
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 300)
if(NOT rc STREQUAL "0")
    message(FATAL_ERROR "doxygen exited with ${rc}:\n${out}\n${err}")
endif()
if(NOT EXISTS "${WORK_DIR}/html/index.html")
    message(FATAL_ERROR "doxygen wrote no ${WORK_DIR}/html/index.html")
endif()

file(READ "${log}" text)
string(REPLACE ";" "," text "${text}")
string(REPLACE "${SOURCE_DIR}/" "" text "${text}")
string(REGEX REPLACE ":[0-9]+: warning: " ": " text "${text}")
string(REGEX REPLACE "\n$" "" text "${text}")
set(actual "")
if(NOT text STREQUAL "")
    string(REPLACE "\n" ";" actual "${text}")
endif()
list(SORT actual)
list(LENGTH actual n_actual)

if(MODE STREQUAL "write")
    list(JOIN actual "\n" joined)
    file(WRITE "${BUDGET}" "${joined}\n")
    message("API docs: wrote ${n_actual} known warnings to ${BUDGET}")
    return()
endif()

set(budget "")
if(EXISTS "${BUDGET}")
    file(READ "${BUDGET}" btext)
    string(REGEX REPLACE "\n$" "" btext "${btext}")
    if(NOT btext STREQUAL "")
        string(REPLACE "\n" ";" budget "${btext}")
    endif()
endif()
list(LENGTH budget n_budget)

set(problems "")
set(remaining "${budget}")
foreach(w IN LISTS actual)
    list(FIND remaining "${w}" at)
    if(at EQUAL -1)
        string(APPEND problems "  new warning: ${w}\n")
    else()
        list(REMOVE_AT remaining ${at})
    endif()
    if(MUST_NOT_MENTION AND w MATCHES "${MUST_NOT_MENTION}")
        string(APPEND problems "  a hidden name is documented or warned about: ${w}\n")
    endif()
endforeach()
foreach(w IN LISTS remaining)
    string(APPEND problems "  fixed, remove from the budget: ${w}\n")
endforeach()

if(DEFINED EXPECT_FAILURE)
    if(problems STREQUAL "")
        message(FATAL_ERROR "harness: the check passed, but it must fail with /${EXPECT_FAILURE}/")
    endif()
    if(NOT problems MATCHES "${EXPECT_FAILURE}")
        message(FATAL_ERROR "harness: the check failed, but not with /${EXPECT_FAILURE}/:\n${problems}")
    endif()
    if(MUST_NOT_MENTION AND problems MATCHES "hidden name")
        message(FATAL_ERROR "harness: a detail name leaked into the API docs:\n${problems}")
    endif()
    message("harness: the check failed as it must:\n${problems}")
    return()
endif()
if(NOT problems STREQUAL "")
    message(FATAL_ERROR "API docs: Doxygen's warnings differ from the budget ${BUDGET}:\n${problems}"
        "Document new public names with /// comments; when a known warning is fixed, remove its "
        "line from the budget (or rebuild the target covenant_api_docs_budget and review the diff).")
endif()
message("API docs: ${n_actual} warnings, all known (budget ${n_budget}); HTML in ${WORK_DIR}/html")
