# CovenantBrowserTests.cmake: tests of the deal book (docs/generated/book/, written by
# examples/book/book.cpp). Included from tests/CMakeLists.txt when the examples are built.
#
#   book.html                    static checks of every committed page (doctype, lang, charset,
#                                title, headings in order, no script, links and #ids resolve):
#                                cmake/covenant_html_check.cmake; no browser needed.
#   browser.book.<page>          (label browser) Debian's chromium loads the committed page
#                                headless: no console message, and every text that
#                                `book --expectations` lists for the page (version titles, clause
#                                labels, placeholder names, diff markers, rules of the findings,
#                                reconciliation verdicts) is in its DOM; a screenshot is written
#                                to <build>/book-shots/<page>.png (cmake/covenant_browser_check.cmake).
#                                Skipped (SKIP_REGULAR_EXPRESSION) when chromium is not found.
# Harness tests, each passing only when a check fails for the named reason on a deliberately
# broken input under tests/book/ (so the checks are shown to fail):
#   book.harness.heading_order, book.harness.broken_link   tests/book/broken_html/
#   browser.harness.console_error, browser.harness.missing_label   tests/book/broken/
#   golden.harness.stale_dir     tests/book/stale/ against what book writes (golden dir check)

include_guard(GLOBAL)

find_program(COVENANT_CHROMIUM NAMES chromium chromium-browser
    DOC "Chromium, for the deal book's browser tests")
if(NOT COVENANT_CHROMIUM)
    message(STATUS "covenant: chromium not found; the browser tests will be skipped (.ci/setup installs it)")
endif()

set(_covenant_book_dir "${PROJECT_SOURCE_DIR}/docs/generated/book")
set(_covenant_book_fixtures "${PROJECT_SOURCE_DIR}/tests/book")
set(_covenant_book_exe "$<TARGET_FILE:covenant_example_book>")
set(_covenant_browser_script "${PROJECT_SOURCE_DIR}/cmake/covenant_browser_check.cmake")
set(_covenant_html_script "${PROJECT_SOURCE_DIR}/cmake/covenant_html_check.cmake")
set(_covenant_shots "${CMAKE_BINARY_DIR}/book-shots")
set(_covenant_skip "covenant-browser-test: SKIPPED")

# Static checks.
add_test(NAME book.html
    COMMAND "${CMAKE_COMMAND}" "-DDIR=${_covenant_book_dir}" -P "${_covenant_html_script}")
add_test(NAME book.harness.heading_order
    COMMAND "${CMAKE_COMMAND}" "-DDIR=${_covenant_book_fixtures}/broken_html"
            "-DEXPECT_FAILURE=heading h3 follows h1" -P "${_covenant_html_script}")
add_test(NAME book.harness.broken_link
    COMMAND "${CMAKE_COMMAND}" "-DDIR=${_covenant_book_fixtures}/broken_html"
            "-DEXPECT_FAILURE=broken link no_such_page.html" -P "${_covenant_html_script}")
set_tests_properties(book.html book.harness.heading_order book.harness.broken_link
    PROPERTIES LABELS "book" TIMEOUT 60)

# The golden directory check must fail on a stale directory.
get_property(_covenant_golden_dir_script GLOBAL PROPERTY COVENANT_GOLDEN_DIR_SCRIPT)
if(NOT _covenant_golden_dir_script)
    set(_covenant_golden_dir_script "${PROJECT_SOURCE_DIR}/cmake/covenant_golden_dir.cmake")
endif()
add_test(NAME golden.harness.stale_dir
    COMMAND "${CMAKE_COMMAND}" -DMODE=check -DNAME=book "-DEXE=${_covenant_book_exe}"
            "-DGOLDEN=${_covenant_book_fixtures}/stale" -DGOLDEN_REL=tests/book/stale
            "-DACTUAL=${CMAKE_CURRENT_BINARY_DIR}/book-harness/stale.actual"
            "-DEXPECT_FAILURE=index.html differs.*v0.html is missing"
            -P "${_covenant_golden_dir_script}")
set_tests_properties(golden.harness.stale_dir PROPERTIES LABELS "golden;book" TIMEOUT 120)

# The browser: one test per committed page.
file(GLOB _covenant_book_pages CONFIGURE_DEPENDS RELATIVE "${_covenant_book_dir}"
    "${_covenant_book_dir}/*.html")
list(SORT _covenant_book_pages)
set(_covenant_browser_tests "")
foreach(page IN LISTS _covenant_book_pages)
    string(REGEX REPLACE "\\.html$" "" stem "${page}")
    add_test(NAME browser.book.${stem}
        COMMAND "${CMAKE_COMMAND}" "-DCHROMIUM=${COVENANT_CHROMIUM}"
                "-DPAGE=${_covenant_book_dir}/${page}"
                "-DEXPECT_EXE=${_covenant_book_exe}" -DEXPECT_ARG=--expectations
                "-DSHOT=${_covenant_shots}/${stem}.png"
                "-DPROFILES=${CMAKE_CURRENT_BINARY_DIR}/browser-profiles"
                -P "${_covenant_browser_script}")
    list(APPEND _covenant_browser_tests browser.book.${stem})
endforeach()
foreach(fixture IN ITEMS console_error missing_label)
    if(fixture STREQUAL "console_error")
        set(reason "console message: .*deliberately broken page")
    else()
        set(reason "missing from the page: V0 licence of pre-AGI technology")
    endif()
    add_test(NAME browser.harness.${fixture}
        COMMAND "${CMAKE_COMMAND}" "-DCHROMIUM=${COVENANT_CHROMIUM}"
                "-DPAGE=${_covenant_book_fixtures}/broken/${fixture}.html"
                "-DEXPECT=${_covenant_book_fixtures}/broken/expectations.txt"
                "-DSHOT=${CMAKE_CURRENT_BINARY_DIR}/book-harness/${fixture}.png"
                "-DPROFILES=${CMAKE_CURRENT_BINARY_DIR}/browser-profiles"
                "-DEXPECT_FAILURE=${reason}"
                -P "${_covenant_browser_script}")
    list(APPEND _covenant_browser_tests browser.harness.${fixture})
endforeach()
set_tests_properties(${_covenant_browser_tests} PROPERTIES
    LABELS "browser" TIMEOUT 180 SKIP_REGULAR_EXPRESSION "${_covenant_skip}")
