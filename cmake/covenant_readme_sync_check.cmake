# covenant_readme_sync_check.cmake: the README's first ```cpp block is, byte for byte, the
# program the test suite builds and runs (examples/quick_start.cpp), so the README example can
# never drift from a checked contract.
#
#   cmake -DPAGE=<README.md> -DSOURCE=<examples/quick_start.cpp> -P covenant_readme_sync_check.cmake
#
# Exits 0 iff the block and the file are equal; otherwise its message starts with out-of-sync.
# The page is never split into CMake lists (it is full of ';' and '['): only string(FIND) and
# string(SUBSTRING) touch it.

cmake_minimum_required(VERSION 3.25)

foreach(required IN ITEMS PAGE SOURCE)
    if(NOT DEFINED ${required})
        message(FATAL_ERROR "covenant_readme_sync_check: -D${required}=... is required")
    endif()
endforeach()

file(READ "${PAGE}" page)
file(READ "${SOURCE}" source)

set(open_fence "```cpp\n")
string(FIND "${page}" "${open_fence}" open)
if(open EQUAL -1)
    message(FATAL_ERROR "${PAGE}: no ```cpp block")
endif()
string(LENGTH "${open_fence}" open_length)
math(EXPR body_start "${open} + ${open_length}")
string(SUBSTRING "${page}" ${body_start} -1 rest)
string(FIND "${rest}" "\n```\n" close)
if(close EQUAL -1)
    message(FATAL_ERROR "${PAGE}: the first ```cpp block is never closed")
endif()
math(EXPR body_length "${close} + 1")
string(SUBSTRING "${rest}" 0 ${body_length} block)

if(NOT block STREQUAL source)
    # One unbreakable word for the harness test to match: CMake wraps long messages.
    message(FATAL_ERROR "out-of-sync: the first ```cpp block of ${PAGE} is not ${SOURCE}; copy "
                        "one onto the other (the README shows the program the tests run)")
endif()
message(STATUS "${PAGE}: the first ```cpp block matches ${SOURCE}")
