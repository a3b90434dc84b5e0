# covenant_example_output.cmake: golden-file check / regeneration for one
# example (see cmake/CovenantExamples.cmake).
#
#   cmake -DMODE=check|write -DNAME=<name> -DEXE=<binary> [-DARG=<argument>]
#         -DGOLDEN=<abs path> -DGOLDEN_REL=<path from repo root> -DACTUAL=<scratch file>
#         -P covenant_example_output.cmake
#
# check: run EXE (with the one argument ARG, if given), compare its stdout byte for byte with
#        GOLDEN.
# write: run EXE, write its stdout to GOLDEN (only if it changed).
cmake_minimum_required(VERSION 3.25)

set(regen_hint "run the README examples command (bash .ci/examples) to regenerate docs, then review and commit the diff")

get_filename_component(actual_dir "${ACTUAL}" DIRECTORY)
file(MAKE_DIRECTORY "${actual_dir}")
set(exe_args "")
if(DEFINED ARG)
    set(exe_args "${ARG}")
endif()
execute_process(
    COMMAND "${EXE}" ${exe_args}
    OUTPUT_FILE "${ACTUAL}"
    ERROR_VARIABLE stderr
    RESULT_VARIABLE rc
    TIMEOUT 120)
if(NOT rc STREQUAL "0")
    message("${stderr}")
    message(FATAL_ERROR "example ${NAME} exited with ${rc}")
endif()
if(NOT stderr STREQUAL "")
    message("example ${NAME} wrote to stderr:\n${stderr}")
endif()

if(MODE STREQUAL "write")
    get_filename_component(golden_dir "${GOLDEN}" DIRECTORY)
    file(MAKE_DIRECTORY "${golden_dir}")
    if(EXISTS "${GOLDEN}")
        execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${ACTUAL}" "${GOLDEN}"
            RESULT_VARIABLE differs)
    else()
        set(differs 1)
    endif()
    if(differs STREQUAL "0")
        message("golden ${GOLDEN_REL}: unchanged")
    else()
        file(COPY_FILE "${ACTUAL}" "${GOLDEN}")
        message("golden ${GOLDEN_REL}: UPDATED from example ${NAME}")
    endif()
    return()
endif()

if(NOT MODE STREQUAL "check")
    message(FATAL_ERROR "covenant_example_output: unknown MODE '${MODE}'")
endif()

if(NOT EXISTS "${GOLDEN}")
    message(FATAL_ERROR "golden file ${GOLDEN_REL} for example ${NAME} does not exist; ${regen_hint}")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${GOLDEN}" "${ACTUAL}"
    RESULT_VARIABLE differs)
if(differs STREQUAL "0")
    message("golden ${GOLDEN_REL}: example ${NAME} output matches")
    return()
endif()

# Mismatch: show a diff (diff -u if available) and the first differing line.
find_program(DIFF_EXECUTABLE diff)
if(DIFF_EXECUTABLE)
    execute_process(
        COMMAND "${DIFF_EXECUTABLE}" -u
                --label "${GOLDEN_REL} (committed)" --label "${NAME} (actual output)"
                "${GOLDEN}" "${ACTUAL}"
        OUTPUT_VARIABLE diff_out ERROR_VARIABLE diff_out)
    string(LENGTH "${diff_out}" diff_len)
    if(diff_len GREATER 8000)
        string(SUBSTRING "${diff_out}" 0 8000 diff_out)
        string(APPEND diff_out "\n... (diff truncated)")
    endif()
    message("${diff_out}")
endif()

file(READ "${GOLDEN}" expected_text)
file(READ "${ACTUAL}" actual_text)
set(line_no 1)
while(TRUE)
    string(FIND "${expected_text}" "\n" e_pos)
    string(FIND "${actual_text}" "\n" a_pos)
    if(e_pos EQUAL -1)
        set(e_line "${expected_text}")
    else()
        string(SUBSTRING "${expected_text}" 0 ${e_pos} e_line)
    endif()
    if(a_pos EQUAL -1)
        set(a_line "${actual_text}")
    else()
        string(SUBSTRING "${actual_text}" 0 ${a_pos} a_line)
    endif()
    if(NOT e_line STREQUAL a_line OR NOT e_pos EQUAL a_pos OR e_pos EQUAL -1)
        break()
    endif()
    math(EXPR e_pos "${e_pos} + 1")
    math(EXPR a_pos "${a_pos} + 1")
    string(SUBSTRING "${expected_text}" ${e_pos} -1 expected_text)
    string(SUBSTRING "${actual_text}" ${a_pos} -1 actual_text)
    math(EXPR line_no "${line_no} + 1")
endwhile()
message("first difference at line ${line_no}:\n"
    "  committed: [${e_line}]\n"
    "  actual:    [${a_line}]")
message(FATAL_ERROR "example ${NAME}: output differs from ${GOLDEN_REL}; ${regen_hint}")
