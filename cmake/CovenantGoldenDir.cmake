# CovenantGoldenDir.cmake: golden *directories*, the multi-file form of the GOLDEN mechanism of
# cmake/CovenantExamples.cmake, for a program that writes a set of files (the deal book).
#
#   covenant_add_golden_dir(NAME <name> TARGET <executable target> DIR <path from repo root>)
#
# The program is run as `<exe> <scratch dir>` and must write its files there. Then:
#   - CTest test  golden.<name>  compares the scratch directory with the committed DIR: every
#     file byte for byte, and the same set of files (a file missing from DIR, or left over in
#     DIR, fails the test as much as a changed one);
#   - target  covenant_regenerate_doc_<name>  (part of covenant_regenerate_docs, so run by
#     `bash .ci/examples`) makes DIR equal to the scratch directory: writes the files that
#     changed and deletes the ones the program no longer writes.
# The script is cmake/covenant_golden_dir.cmake; test golden.harness.stale_dir proves that a
# stale directory fails the check (tests/book/stale/ is deliberately out of date).

include_guard(GLOBAL)

set_property(GLOBAL PROPERTY COVENANT_GOLDEN_DIR_SCRIPT
    "${CMAKE_CURRENT_LIST_DIR}/covenant_golden_dir.cmake")

function(covenant_add_golden_dir)
    cmake_parse_arguments(PARSE_ARGV 0 arg "" "NAME;TARGET;DIR" "")
    if(NOT arg_NAME OR NOT arg_TARGET OR NOT arg_DIR)
        message(FATAL_ERROR "covenant_add_golden_dir: NAME, TARGET and DIR are required")
    endif()
    get_property(script GLOBAL PROPERTY COVENANT_GOLDEN_DIR_SCRIPT)
    get_property(root GLOBAL PROPERTY COVENANT_REPO_ROOT)
    cmake_path(ABSOLUTE_PATH arg_DIR BASE_DIRECTORY "${root}" OUTPUT_VARIABLE golden)
    set(actual "${CMAKE_CURRENT_BINARY_DIR}/golden/${arg_NAME}.actual")
    set(args
        "-DNAME=${arg_NAME}"
        "-DEXE=$<TARGET_FILE:${arg_TARGET}>"
        "-DGOLDEN=${golden}"
        "-DGOLDEN_REL=${arg_DIR}"
        "-DACTUAL=${actual}")
    if(COVENANT_BUILD_TESTS)
        add_test(NAME golden.${arg_NAME}
            COMMAND "${CMAKE_COMMAND}" -DMODE=check ${args} -P "${script}")
        set_tests_properties(golden.${arg_NAME} PROPERTIES LABELS "golden" TIMEOUT 120)
    endif()
    add_custom_target(covenant_regenerate_doc_${arg_NAME}
        COMMAND "${CMAKE_COMMAND}" -DMODE=write ${args} -P "${script}"
        DEPENDS ${arg_TARGET}
        VERBATIM)
    add_dependencies(covenant_regenerate_docs covenant_regenerate_doc_${arg_NAME})
endfunction()
