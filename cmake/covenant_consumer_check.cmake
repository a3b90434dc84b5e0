# covenant_consumer_check.cmake: one step of the consumer tests (see
# cmake/CovenantConsumerTests.cmake). Run with cmake -P and -DMODE=
#   install | find_package | find_package_without_fmt | add_subdirectory | pkg_config
cmake_minimum_required(VERSION 3.25)

function(run)
    cmake_parse_arguments(PARSE_ARGV 0 arg "" "WHAT;OUTPUT" "COMMAND")
    list(JOIN arg_COMMAND " " text)
    message("consumer.${MODE}: ${arg_WHAT}\n  $ ${text}")
    execute_process(COMMAND ${arg_COMMAND}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT rc STREQUAL "0")
        message("${out}")
        message(FATAL_ERROR "consumer.${MODE}: ${arg_WHAT} failed (exit ${rc})")
    endif()
    if(arg_OUTPUT)
        set(${arg_OUTPUT} "${out}" PARENT_SCOPE)
    endif()
endfunction()

function(configure_build_run consumer_mode)
    file(REMOVE_RECURSE "${WORK_DIR}")
    set(gen -G "${GENERATOR}")
    if(MAKE_PROGRAM)
        list(APPEND gen "-DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM}")
    endif()
    run(WHAT "configure the consumer" OUTPUT cfg_out COMMAND
        "${CMAKE_COMMAND}" -S "${CONSUMER_SOURCE_DIR}" -B "${WORK_DIR}" ${gen}
        "-DCMAKE_CXX_COMPILER=${CXX}" -DCMAKE_BUILD_TYPE=Debug
        "-DCOVENANT_CONSUMER_MODE=${consumer_mode}" ${ARGN})
    message("${cfg_out}")
    run(WHAT "build the consumer" COMMAND "${CMAKE_COMMAND}" --build "${WORK_DIR}")
    foreach(exe IN ITEMS consumer consumer_render)
        if(EXISTS "${WORK_DIR}/${exe}")
            run(WHAT "run ${exe}" COMMAND "${WORK_DIR}/${exe}")
        endif()
    endforeach()
    if(NOT EXISTS "${WORK_DIR}/consumer")
        message(FATAL_ERROR "consumer.${MODE}: the consumer binary was not built")
    endif()
endfunction()

if(MODE STREQUAL "install")
    file(REMOVE_RECURSE "${PREFIX}")
    run(WHAT "install covenant into a scratch prefix" COMMAND
        "${CMAKE_COMMAND}" --install "${COVENANT_BINARY_DIR}" --prefix "${PREFIX}")
    foreach(f IN ITEMS
            include/covenant/covenant.hpp
            include/covenant/render.hpp
            ${CMAKEDIR}/covenantConfig.cmake
            ${CMAKEDIR}/covenantConfigVersion.cmake
            ${CMAKEDIR}/covenantTargets.cmake
            ${CMAKEDIR}/covenantRenderTargets.cmake
            ${PCDIR}/covenant.pc)
        if(NOT EXISTS "${PREFIX}/${f}")
            message(FATAL_ERROR "consumer.install: ${f} was not installed")
        endif()
    endforeach()
    message("consumer.install: installed into ${PREFIX}")

elseif(MODE STREQUAL "find_package" OR MODE STREQUAL "find_package_without_fmt")
    set(extra "")
    if(MODE STREQUAL "find_package_without_fmt")
        set(extra -DCOVENANT_CONSUMER_RENDER=OFF -DCMAKE_DISABLE_FIND_PACKAGE_fmt=ON)
    endif()
    configure_build_run(find_package
        "-DCMAKE_PREFIX_PATH=${PREFIX}"
        -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF
        ${extra})
    # Make sure it was *this* install that was found, not a system one.
    file(STRINGS "${WORK_DIR}/CMakeCache.txt" dir_line REGEX "^covenant_DIR:")
    string(FIND "${dir_line}" "${PREFIX}/" at)
    if(NOT at GREATER -1)
        message(FATAL_ERROR "consumer.find_package: found the wrong covenant: ${dir_line}")
    endif()

elseif(MODE STREQUAL "add_subdirectory")
    configure_build_run(add_subdirectory "-DCOVENANT_SOURCE_DIR=${COVENANT_SOURCE_DIR}")

elseif(MODE STREQUAL "pkg_config")
    file(REMOVE_RECURSE "${WORK_DIR}")
    file(MAKE_DIRECTORY "${WORK_DIR}")
    set(ENV{PKG_CONFIG_PATH} "${PREFIX}/${PCDIR}")
    run(WHAT "pkg-config --modversion covenant" OUTPUT version
        COMMAND "${PKG_CONFIG}" --modversion covenant)
    string(STRIP "${version}" version)
    if(NOT version STREQUAL COVENANT_VERSION)
        message(FATAL_ERROR "consumer.pkg_config: version '${version}', expected '${COVENANT_VERSION}'")
    endif()
    run(WHAT "pkg-config --cflags covenant" OUTPUT cflags
        COMMAND "${PKG_CONFIG}" --cflags covenant)
    string(STRIP "${cflags}" cflags)
    message("  cflags: ${cflags}")
    separate_arguments(cflags UNIX_COMMAND "${cflags}")
    if(NOT "-std=c++20" IN_LIST cflags)
        message(FATAL_ERROR "consumer.pkg_config: -std=c++20 missing from Cflags")
    endif()
    set(found_header FALSE)
    foreach(flag IN LISTS cflags)
        if(NOT flag MATCHES "^-I(.+)$")
            continue()
        endif()
        set(dir "${CMAKE_MATCH_1}")
        if(EXISTS "${dir}/covenant/covenant.hpp")
            file(REAL_PATH "${dir}" incdir)
            file(REAL_PATH "${PREFIX}/include" expected)
            if(incdir STREQUAL expected)
                set(found_header TRUE)
            endif()
        endif()
    endforeach()
    if(NOT found_header)
        message(FATAL_ERROR "consumer.pkg_config: Cflags do not point at ${PREFIX}/include")
    endif()
    run(WHAT "compile the consumer with pkg-config's flags" COMMAND
        "${CXX}" ${cflags} -Wall -Wextra -Wpedantic -Werror
        "${CONSUMER_SOURCE_DIR}/main.cpp" -o "${WORK_DIR}/consumer")
    run(WHAT "run consumer" COMMAND "${WORK_DIR}/consumer")
    # Rendering through pkg-config: covenant's Cflags plus fmt's own .pc.
    execute_process(COMMAND "${PKG_CONFIG}" --exists fmt RESULT_VARIABLE have_fmt_pc)
    if(have_fmt_pc STREQUAL "0")
        run(WHAT "pkg-config --cflags --libs covenant fmt" OUTPUT render_flags
            COMMAND "${PKG_CONFIG}" --cflags --libs covenant fmt)
        string(STRIP "${render_flags}" render_flags)
        separate_arguments(render_flags UNIX_COMMAND "${render_flags}")
        run(WHAT "compile the render consumer with pkg-config's flags" COMMAND
            "${CXX}" -Wall -Wextra -Wpedantic -Werror
            "${CONSUMER_SOURCE_DIR}/render_main.cpp" ${render_flags}
            -o "${WORK_DIR}/consumer_render")
        run(WHAT "run consumer_render" COMMAND "${WORK_DIR}/consumer_render")
    else()
        message("consumer.pkg_config: no fmt.pc, render consumer not checked")
    endif()

else()
    message(FATAL_ERROR "covenant_consumer_check: unknown MODE '${MODE}'")
endif()
message("consumer.${MODE}: OK")
