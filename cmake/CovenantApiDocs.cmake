# CovenantApiDocs.cmake: the API reference with Doxygen (only when doxygen is found).
#
#   target covenant_api_docs          HTML under <build>/api_docs/html (not committed): the
#                                     public headers (detail namespaces and detail/ folders
#                                     hidden) and the Markdown docs as related pages, README as
#                                     the main page (docs/Doxyfile.in).
#   target covenant_api_docs_budget   rewrites tests/api_docs/budget.txt with the current
#                                     warnings (review the diff: it should only shrink).
#   test   api_docs.undocumented      (label docs) runs Doxygen with WARN_IF_UNDOCUMENTED and
#                                     fails on any warning not in the budget - a newly
#                                     undocumented public name - and on any budget line no
#                                     longer warned about (cmake/covenant_api_docs_check.cmake).
#   test   api_docs.harness.undocumented   passes only if the check fails on the fixture
#                                     tests/api_docs/undocumented.hpp for its undocumented
#                                     public function, without mentioning its detail one.

include_guard(GLOBAL)

find_package(Doxygen QUIET)
if(NOT DOXYGEN_FOUND)
    message(STATUS "covenant: doxygen not found; no covenant_api_docs target (.ci/setup installs it)")
    return()
endif()

set(COVENANT_API_DOCS_OUTPUT "${PROJECT_BINARY_DIR}/api_docs")
set(COVENANT_API_DOCS_WARNINGS "${PROJECT_BINARY_DIR}/api_docs/warnings.log")
configure_file("${PROJECT_SOURCE_DIR}/docs/Doxyfile.in" "${PROJECT_BINARY_DIR}/Doxyfile" @ONLY)

set(_covenant_api_docs_check "${PROJECT_SOURCE_DIR}/cmake/covenant_api_docs_check.cmake")
set(_covenant_api_docs_budget "${PROJECT_SOURCE_DIR}/tests/api_docs/budget.txt")

add_custom_target(covenant_api_docs
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${COVENANT_API_DOCS_OUTPUT}"
    COMMAND "${DOXYGEN_EXECUTABLE}" "${PROJECT_BINARY_DIR}/Doxyfile"
    COMMAND "${CMAKE_COMMAND}" -E echo "API reference: ${COVENANT_API_DOCS_OUTPUT}/html/index.html (warnings: ${COVENANT_API_DOCS_WARNINGS})"
    WORKING_DIRECTORY "${PROJECT_BINARY_DIR}"
    COMMENT "Generating the API reference with Doxygen"
    VERBATIM)

add_custom_target(covenant_api_docs_budget
    COMMAND "${CMAKE_COMMAND}" -DMODE=write "-DDOXYGEN=${DOXYGEN_EXECUTABLE}"
            "-DDOXYFILE=${PROJECT_BINARY_DIR}/Doxyfile" "-DSOURCE_DIR=${PROJECT_SOURCE_DIR}"
            "-DWORK_DIR=${PROJECT_BINARY_DIR}/api_docs_budget"
            "-DBUDGET=${_covenant_api_docs_budget}" -P "${_covenant_api_docs_check}"
    COMMENT "Rewriting the API docs warning budget"
    VERBATIM)

if(COVENANT_BUILD_TESTS)
    add_test(NAME api_docs.undocumented
        COMMAND "${CMAKE_COMMAND}" "-DDOXYGEN=${DOXYGEN_EXECUTABLE}"
                "-DDOXYFILE=${PROJECT_BINARY_DIR}/Doxyfile" "-DSOURCE_DIR=${PROJECT_SOURCE_DIR}"
                "-DWORK_DIR=${PROJECT_BINARY_DIR}/api_docs_test"
                "-DBUDGET=${_covenant_api_docs_budget}"
                "-DMUST_NOT_MENTION=::detail::"
                -P "${_covenant_api_docs_check}")
    add_test(NAME api_docs.harness.undocumented
        COMMAND "${CMAKE_COMMAND}" "-DDOXYGEN=${DOXYGEN_EXECUTABLE}"
                "-DDOXYFILE=${PROJECT_BINARY_DIR}/Doxyfile" "-DSOURCE_DIR=${PROJECT_SOURCE_DIR}"
                "-DWORK_DIR=${PROJECT_BINARY_DIR}/api_docs_harness"
                "-DBUDGET=${_covenant_api_docs_budget}"
                "-DEXTRA_INPUT=${PROJECT_SOURCE_DIR}/tests/api_docs/undocumented.hpp"
                "-DEXPECT_FAILURE=new warning: [^\n]*harness_undocumented_public_function"
                "-DMUST_NOT_MENTION=harness_hidden_detail_function"
                -P "${_covenant_api_docs_check}")
    set_tests_properties(api_docs.undocumented api_docs.harness.undocumented PROPERTIES
        LABELS "docs;api_docs" TIMEOUT 300)
endif()
