# covenant_golden_dir.cmake: check or regenerate a golden directory (cmake/CovenantGoldenDir.cmake).
#
#   cmake -DMODE=check|write -DNAME=<name> -DEXE=<program> -DGOLDEN=<abs dir>
#         -DGOLDEN_REL=<dir from repo root> -DACTUAL=<scratch dir>
#         [-DEXPECT_FAILURE=<regex>] -P covenant_golden_dir.cmake
#
# Runs `EXE ACTUAL` into an emptied scratch directory, then
#   check: fails unless GOLDEN holds exactly the same files with the same bytes;
#   write: copies changed and new files into GOLDEN and deletes files the program no longer
#          writes.
# EXPECT_FAILURE (harness tests): the check must fail, with a problem matching the regex.
cmake_minimum_required(VERSION 3.25)

set(regen_hint "run the README examples command (bash .ci/examples) to regenerate docs, then review and commit the diff")

file(REMOVE_RECURSE "${ACTUAL}")
file(MAKE_DIRECTORY "${ACTUAL}")
execute_process(COMMAND "${EXE}" "${ACTUAL}"
    OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr RESULT_VARIABLE rc TIMEOUT 120)
if(NOT rc STREQUAL "0")
    message(FATAL_ERROR "${NAME}: ${EXE} exited with ${rc}\n${stderr}")
endif()
if(NOT stderr STREQUAL "")
    message("${NAME} wrote to stderr:\n${stderr}")
endif()

file(GLOB_RECURSE actual_files LIST_DIRECTORIES false RELATIVE "${ACTUAL}" "${ACTUAL}/*")
set(golden_files "")
if(IS_DIRECTORY "${GOLDEN}")
    file(GLOB_RECURSE golden_files LIST_DIRECTORIES false RELATIVE "${GOLDEN}" "${GOLDEN}/*")
endif()
list(SORT actual_files)
list(SORT golden_files)
if(actual_files STREQUAL "")
    message(FATAL_ERROR "${NAME}: ${EXE} wrote no file")
endif()

set(changed "")
set(added "")
foreach(f IN LISTS actual_files)
    if(NOT EXISTS "${GOLDEN}/${f}")
        list(APPEND added "${f}")
        continue()
    endif()
    execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${ACTUAL}/${f}" "${GOLDEN}/${f}"
        RESULT_VARIABLE differs)
    if(NOT differs STREQUAL "0")
        list(APPEND changed "${f}")
    endif()
endforeach()
set(stale "")
foreach(f IN LISTS golden_files)
    if(NOT EXISTS "${ACTUAL}/${f}")
        list(APPEND stale "${f}")
    endif()
endforeach()

if(MODE STREQUAL "write")
    foreach(f IN LISTS added changed)
        get_filename_component(dir "${GOLDEN}/${f}" DIRECTORY)
        file(MAKE_DIRECTORY "${dir}")
        file(COPY_FILE "${ACTUAL}/${f}" "${GOLDEN}/${f}")
        message("golden ${GOLDEN_REL}/${f}: UPDATED from ${NAME}")
    endforeach()
    foreach(f IN LISTS stale)
        file(REMOVE "${GOLDEN}/${f}")
        message("golden ${GOLDEN_REL}/${f}: REMOVED (${NAME} no longer writes it)")
    endforeach()
    if(NOT added AND NOT changed AND NOT stale)
        message("golden ${GOLDEN_REL}/: unchanged")
    endif()
    return()
endif()
if(NOT MODE STREQUAL "check")
    message(FATAL_ERROR "covenant_golden_dir: unknown MODE '${MODE}'")
endif()

set(problems "")
foreach(f IN LISTS changed)
    string(APPEND problems "  ${GOLDEN_REL}/${f} differs from what ${NAME} writes now\n")
endforeach()
foreach(f IN LISTS added)
    string(APPEND problems "  ${GOLDEN_REL}/${f} is missing (${NAME} writes it)\n")
endforeach()
foreach(f IN LISTS stale)
    string(APPEND problems "  ${GOLDEN_REL}/${f} is stale (${NAME} no longer writes it)\n")
endforeach()

# Show the start of the first difference.
list(LENGTH changed n_changed)
set(diff_out "")
if(n_changed GREATER 0 AND NOT DEFINED EXPECT_FAILURE)
    list(GET changed 0 first)
    find_program(DIFF_EXECUTABLE diff)
    if(DIFF_EXECUTABLE)
        execute_process(COMMAND "${DIFF_EXECUTABLE}" -u
                --label "${GOLDEN_REL}/${first} (committed)" --label "${first} (actual)"
                "${GOLDEN}/${first}" "${ACTUAL}/${first}"
            OUTPUT_VARIABLE diff_out ERROR_VARIABLE diff_out)
        string(SUBSTRING "${diff_out}" 0 6000 diff_out)
    endif()
endif()

include("${CMAKE_CURRENT_LIST_DIR}/covenant_harness_expectation.cmake")
covenant_expected_failure(problems)
if(NOT problems STREQUAL "")
    message("${diff_out}")
    message(FATAL_ERROR "${NAME}: ${GOLDEN_REL}/ is out of date:\n${problems}${regen_hint}")
endif()
list(LENGTH actual_files n)
message("golden ${GOLDEN_REL}/: the ${n} files ${NAME} writes match")
