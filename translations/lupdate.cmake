# Runs lupdate over the sources for every translations/*.ts: the one definition of how
# the .ts files are refreshed, used by tools/update-translations.sh and by the test
# `translations_up_to_date`.
#
#   cmake -DLUPDATE=/path/to/lupdate -DMODE=update -P translations/lupdate.cmake
#   cmake -DLUPDATE=/path/to/lupdate -DMODE=check -DWORK_DIR=<temp> -P translations/lupdate.cmake
#
# update rewrites the .ts files in place. check refreshes copies in WORK_DIR and fails
# when a copy's set of messages differs from the committed file (a string was added,
# changed or removed in the sources) or when any entry is left unfinished.
cmake_minimum_required(VERSION 3.21)

get_filename_component(source_dir "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
if(NOT LUPDATE OR NOT EXISTS "${LUPDATE}")
    message(FATAL_ERROR "LUPDATE must name the lupdate executable (got '${LUPDATE}')")
endif()
if(NOT MODE MATCHES "^(update|check)$")
    message(FATAL_ERROR "MODE must be update or check")
endif()

file(GLOB ts_files "${source_dir}/translations/linkup-inbox_*.ts")
if(MODE STREQUAL "check")
    if(NOT WORK_DIR)
        message(FATAL_ERROR "check needs WORK_DIR")
    endif()
    file(REMOVE_RECURSE "${WORK_DIR}")
    file(MAKE_DIRECTORY "${WORK_DIR}")
endif()

# The lines that name a message: its context, source text, comment and kind (numerus).
function(message_lines file out)
    file(STRINGS "${file}" lines REGEX "<(name|source|comment|message)[ >]")
    set(${out} "${lines}" PARENT_SCOPE)
endfunction()

set(problems "")
foreach(ts IN LISTS ts_files)
    get_filename_component(name "${ts}" NAME)
    set(target "${ts}")
    if(MODE STREQUAL "check")
        set(target "${WORK_DIR}/${name}")
        file(COPY_FILE "${ts}" "${target}")
    endif()
    set(options -silent -locations none -no-obsolete)
    # English needs only its plural forms; every other source text is already English.
    if(name STREQUAL "linkup-inbox_en.ts")
        list(APPEND options -pluralonly)
    endif()
    execute_process(COMMAND "${LUPDATE}" ${options} app ui -ts "${target}"
                    WORKING_DIRECTORY "${source_dir}" RESULT_VARIABLE status
                    OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "lupdate failed for ${name}:\n${output}")
    endif()
    if(MODE STREQUAL "check")
        message_lines("${ts}" committed)
        message_lines("${target}" refreshed)
        if(NOT committed STREQUAL refreshed)
            string(APPEND problems "  ${name}: its messages differ from the sources\n")
        endif()
        file(STRINGS "${target}" unfinished REGEX "type=\"(unfinished|vanished|obsolete)\"")
        list(LENGTH unfinished count)
        if(count GREATER 0)
            string(APPEND problems "  ${name}: ${count} unfinished or obsolete entries\n")
        endif()
    endif()
endforeach()

if(problems)
    message(FATAL_ERROR "The translations are out of date with the sources:\n${problems}"
                        "Run tools/update-translations.sh, translate what is new, commit.")
endif()
