# covenant_text_lines.cmake: line handling shared by the test scripts run with `cmake -P`
# (covenant_compile_fail_check.cmake, covenant_doc_snippets_check.cmake). Compiler output and
# Markdown are full of ';' and unbalanced '[', which CMake lists mangle, so lines are kept in
# numbered variables instead.

include_guard(GLOBAL)

# covenant_split_lines(<text> <max, -1 for all> <prefix>): sets <prefix>_COUNT and
# <prefix>_1 .. <prefix>_<COUNT> in the caller, one per line (CR stripped).
function(covenant_split_lines text max prefix)
    set(i 0)
    set(rest "${text}")
    while(NOT rest STREQUAL "")
        if(max GREATER_EQUAL 0 AND i GREATER_EQUAL max)
            break()
        endif()
        string(FIND "${rest}" "\n" pos)
        if(pos EQUAL -1)
            set(line "${rest}")
            set(rest "")
        else()
            string(SUBSTRING "${rest}" 0 ${pos} line)
            math(EXPR next "${pos} + 1")
            string(SUBSTRING "${rest}" ${next} -1 rest)
        endif()
        string(REGEX REPLACE "\r$" "" line "${line}")
        math(EXPR i "${i} + 1")
        set(${prefix}_${i} "${line}" PARENT_SCOPE)
    endwhile()
    set(${prefix}_COUNT ${i} PARENT_SCOPE)
endfunction()

# covenant_numbered_lines(<text> <max> <indent> <out var>): the first <max> lines of <text>,
# numbered ("  7| ..."), each line starting with <indent>; "(no output)" when there are none.
function(covenant_numbered_lines text max indent out_var)
    covenant_split_lines("${text}" ${max} line)
    set(msg "")
    set(i 1)
    while(i LESS_EQUAL line_COUNT)
        set(pad "")
        if(i LESS 10)
            set(pad "  ")
        elseif(i LESS 100)
            set(pad " ")
        endif()
        string(APPEND msg "${indent}${pad}${i}| ${line_${i}}\n")
        math(EXPR i "${i} + 1")
    endwhile()
    if(line_COUNT EQUAL 0)
        string(APPEND msg "${indent}   (no output)\n")
    endif()
    set(${out_var} "${msg}" PARENT_SCOPE)
endfunction()
