# CovenantExamples.cmake: example programs, their tests and golden docs.
#
#   covenant_add_example(NAME <name> SOURCES <src>... [GOLDEN <path>])
#
# NAME     example name; the executable target is covenant_example_<name>
#          (the binary is called <name>).
# SOURCES  source files, relative to the calling CMakeLists.txt.
# GOLDEN   optional file, relative to the repository root (for example
#          docs/generated/<name>.md), that holds the example's exact stdout.
#
# For every example:
#   - the executable, linked with covenant::render (and so covenant::covenant
#     and fmt), with the project's strict warnings when top-level;
#   - CTest test  example.<name>  runs it (must exit 0);
#   - with GOLDEN, CTest test  golden.<name>  runs it and compares its stdout
#     byte for byte with the committed golden file.
# Targets that cover all examples (they exist even with no examples):
#   covenant_run_examples     runs every example, printing its output;
#   covenant_regenerate_docs  runs every example with a GOLDEN and writes its
#                             stdout to the golden path in the SOURCE tree
#                             (only touched when the content changed).
# `bash .ci/examples` builds both; that is the command to regenerate docs.
#
#   covenant_add_example_golden(EXAMPLE <name> ARG <piece> GOLDEN <path>)
#
# One more golden file for an example that writes several documents: CTest test
# golden.<name>.<piece> runs the example with the single argument <piece> and
# compares its stdout with GOLDEN; covenant_regenerate_docs rewrites it. The
# example must already be added with covenant_add_example (without ARG it runs
# as example.<name>, which must exit 0 too).

include_guard(GLOBAL)

set_property(GLOBAL PROPERTY COVENANT_EXAMPLE_SCRIPT
    "${CMAKE_CURRENT_LIST_DIR}/covenant_example_output.cmake")
# The repository root (GOLDEN paths are relative to it).
get_filename_component(_covenant_repo_root "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
set_property(GLOBAL PROPERTY COVENANT_REPO_ROOT "${_covenant_repo_root}")

if(NOT TARGET covenant_run_examples)
    add_custom_target(covenant_run_examples
        COMMENT "Running covenant's examples")
    add_custom_target(covenant_regenerate_docs
        COMMENT "Regenerating covenant's golden docs from the examples")
endif()

function(covenant_add_example)
    cmake_parse_arguments(PARSE_ARGV 0 arg "" "NAME;GOLDEN" "SOURCES")
    if(NOT arg_NAME OR NOT arg_SOURCES)
        message(FATAL_ERROR "covenant_add_example: NAME and SOURCES are required")
    endif()
    if(arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "covenant_add_example(${arg_NAME}): unexpected arguments: ${arg_UNPARSED_ARGUMENTS}")
    endif()
    get_property(script GLOBAL PROPERTY COVENANT_EXAMPLE_SCRIPT)
    get_property(root GLOBAL PROPERTY COVENANT_REPO_ROOT)

    set(target covenant_example_${arg_NAME})
    add_executable(${target} ${arg_SOURCES})
    set_target_properties(${target} PROPERTIES OUTPUT_NAME ${arg_NAME})
    target_link_libraries(${target} PRIVATE
        covenant::render
        $<TARGET_NAME_IF_EXISTS:covenant_warnings>)

    if(COVENANT_BUILD_TESTS)
        add_test(NAME example.${arg_NAME} COMMAND ${target})
        set_tests_properties(example.${arg_NAME} PROPERTIES LABELS "example" TIMEOUT 120)
    endif()

    add_custom_target(covenant_run_example_${arg_NAME}
        COMMAND "${CMAKE_COMMAND}" -E echo "==== example ${arg_NAME} ===="
        COMMAND ${target}
        DEPENDS ${target}
        WORKING_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}"
        USES_TERMINAL
        VERBATIM)
    add_dependencies(covenant_run_examples covenant_run_example_${arg_NAME})

    if(arg_GOLDEN)
        cmake_path(ABSOLUTE_PATH arg_GOLDEN BASE_DIRECTORY "${root}" OUTPUT_VARIABLE golden)
        set(actual "${CMAKE_CURRENT_BINARY_DIR}/golden/${arg_NAME}.actual")
        if(COVENANT_BUILD_TESTS)
            add_test(NAME golden.${arg_NAME}
                COMMAND "${CMAKE_COMMAND}"
                        -DMODE=check
                        "-DNAME=${arg_NAME}"
                        "-DEXE=$<TARGET_FILE:${target}>"
                        "-DGOLDEN=${golden}"
                        "-DGOLDEN_REL=${arg_GOLDEN}"
                        "-DACTUAL=${actual}"
                        -P "${script}")
            set_tests_properties(golden.${arg_NAME} PROPERTIES
                LABELS "golden" TIMEOUT 120
                WORKING_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}")
        endif()
        add_custom_target(covenant_regenerate_doc_${arg_NAME}
            COMMAND "${CMAKE_COMMAND}"
                    -DMODE=write
                    "-DNAME=${arg_NAME}"
                    "-DEXE=$<TARGET_FILE:${target}>"
                    "-DGOLDEN=${golden}"
                    "-DGOLDEN_REL=${arg_GOLDEN}"
                    "-DACTUAL=${actual}"
                    -P "${script}"
            DEPENDS ${target}
            WORKING_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}"
            VERBATIM)
        add_dependencies(covenant_regenerate_docs covenant_regenerate_doc_${arg_NAME})
    endif()
endfunction()

function(covenant_add_example_golden)
    cmake_parse_arguments(PARSE_ARGV 0 arg "" "EXAMPLE;ARG;GOLDEN" "")
    if(NOT arg_EXAMPLE OR NOT arg_ARG OR NOT arg_GOLDEN)
        message(FATAL_ERROR "covenant_add_example_golden: EXAMPLE, ARG and GOLDEN are required")
    endif()
    if(arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "covenant_add_example_golden(${arg_EXAMPLE} ${arg_ARG}): unexpected arguments: ${arg_UNPARSED_ARGUMENTS}")
    endif()
    set(target covenant_example_${arg_EXAMPLE})
    if(NOT TARGET ${target})
        message(FATAL_ERROR "covenant_add_example_golden: add example ${arg_EXAMPLE} first")
    endif()
    get_property(script GLOBAL PROPERTY COVENANT_EXAMPLE_SCRIPT)
    get_property(root GLOBAL PROPERTY COVENANT_REPO_ROOT)
    set(name ${arg_EXAMPLE}.${arg_ARG})
    cmake_path(ABSOLUTE_PATH arg_GOLDEN BASE_DIRECTORY "${root}" OUTPUT_VARIABLE golden)
    set(actual "${CMAKE_CURRENT_BINARY_DIR}/golden/${name}.actual")
    set(common
        "-DNAME=${name}"
        "-DEXE=$<TARGET_FILE:${target}>"
        "-DARG=${arg_ARG}"
        "-DGOLDEN=${golden}"
        "-DGOLDEN_REL=${arg_GOLDEN}"
        "-DACTUAL=${actual}")
    if(COVENANT_BUILD_TESTS)
        add_test(NAME golden.${name}
            COMMAND "${CMAKE_COMMAND}" -DMODE=check ${common} -P "${script}")
        set_tests_properties(golden.${name} PROPERTIES
            LABELS "golden" TIMEOUT 120
            WORKING_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}")
    endif()
    add_custom_target(covenant_regenerate_doc_${arg_EXAMPLE}_${arg_ARG}
        COMMAND "${CMAKE_COMMAND}" -DMODE=write ${common} -P "${script}"
        DEPENDS ${target}
        WORKING_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}"
        VERBATIM)
    add_dependencies(covenant_regenerate_docs covenant_regenerate_doc_${arg_EXAMPLE}_${arg_ARG})
endfunction()
