# covenant_harness_expectation.cmake: the shared ending of the check scripts that have harness
# self-tests (browser, HTML, golden directory). Included by those scripts (-P mode).
#
#   covenant_expected_failure(<problems-variable>)
#
# When the script runs as a harness self-test (EXPECT_FAILURE set to a regex), the check must
# have failed with problems matching it: the macro then prints them and returns from the script;
# otherwise it stops with a FATAL_ERROR that says why. Without EXPECT_FAILURE it does nothing,
# and the script reports its own verdict. A macro, so that return() leaves the calling script.

include_guard(GLOBAL)

macro(covenant_expected_failure problems_var)
    if(DEFINED EXPECT_FAILURE)
        if("${${problems_var}}" STREQUAL "")
            message(FATAL_ERROR "harness: the check passed, but it must fail with /${EXPECT_FAILURE}/")
        endif()
        if(NOT "${${problems_var}}" MATCHES "${EXPECT_FAILURE}")
            message(FATAL_ERROR
                "harness: the check failed, but not with /${EXPECT_FAILURE}/:\n${${problems_var}}")
        endif()
        message("harness: the check failed as it must:\n${${problems_var}}")
        return()
    endif()
endmacro()
