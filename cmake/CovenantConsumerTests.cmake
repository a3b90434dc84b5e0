# CovenantConsumerTests.cmake: registers the consumer.* CTest tests, which
# build tests/consumer (a separate project) against this build of covenant:
#
#   consumer.install         (fixture) cmake --install <build> --prefix <build>/consumer/prefix
#   consumer.find_package    find_package(covenant 0.1 COMPONENTS render) from that prefix
#   consumer.find_package_without_fmt  find_package(covenant 0.1) with fmt hidden:
#                            covenant::covenant must work, covenant::render absent
#   consumer.add_subdirectory  add_subdirectory(<covenant source>) (not top-level)
#   consumer.pkg_config      `pkg-config --cflags covenant` from that prefix
#                            (only when pkg-config is found)
#
# All use this build tree's compiler and generator. Each works in its own
# directory under <build>/consumer/, so they can run in parallel with the
# rest of the suite; the install fixture orders the prefix-based ones.
include_guard(GLOBAL)

set(_covenant_consumer_script "${CMAKE_CURRENT_LIST_DIR}/covenant_consumer_check.cmake")
set(_covenant_consumer_root "${CMAKE_BINARY_DIR}/consumer")
set(_covenant_consumer_common
    "-DCONSUMER_SOURCE_DIR=${PROJECT_SOURCE_DIR}/tests/consumer"
    "-DCOVENANT_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
    "-DCOVENANT_BINARY_DIR=${CMAKE_BINARY_DIR}"
    "-DCOVENANT_VERSION=${PROJECT_VERSION}"
    "-DPREFIX=${_covenant_consumer_root}/prefix"
    "-DCXX=${CMAKE_CXX_COMPILER}"
    "-DGENERATOR=${CMAKE_GENERATOR}"
    "-DMAKE_PROGRAM=${CMAKE_MAKE_PROGRAM}"
    "-DCMAKEDIR=${COVENANT_INSTALL_CMAKEDIR}"
    "-DPCDIR=${COVENANT_PC_INSTALLDIR}")

function(_covenant_add_consumer_test mode)
    add_test(NAME consumer.${mode}
        COMMAND "${CMAKE_COMMAND}" ${_covenant_consumer_common}
                "-DMODE=${mode}"
                "-DWORK_DIR=${_covenant_consumer_root}/${mode}"
                -P "${_covenant_consumer_script}")
    set_tests_properties(consumer.${mode} PROPERTIES LABELS "consumer" TIMEOUT 600)
endfunction()

_covenant_add_consumer_test(install)
set_tests_properties(consumer.install PROPERTIES FIXTURES_SETUP covenant_installed)

_covenant_add_consumer_test(find_package)
set_tests_properties(consumer.find_package PROPERTIES FIXTURES_REQUIRED covenant_installed)
_covenant_add_consumer_test(find_package_without_fmt)
set_tests_properties(consumer.find_package_without_fmt PROPERTIES
    FIXTURES_REQUIRED covenant_installed)

_covenant_add_consumer_test(add_subdirectory)

find_program(COVENANT_PKG_CONFIG_EXECUTABLE NAMES pkg-config pkgconf)
if(COVENANT_PKG_CONFIG_EXECUTABLE)
    list(APPEND _covenant_consumer_common "-DPKG_CONFIG=${COVENANT_PKG_CONFIG_EXECUTABLE}")
    _covenant_add_consumer_test(pkg_config)
    set_tests_properties(consumer.pkg_config PROPERTIES FIXTURES_REQUIRED covenant_installed)
else()
    message(STATUS "covenant: pkg-config not found, test consumer.pkg_config skipped")
endif()
