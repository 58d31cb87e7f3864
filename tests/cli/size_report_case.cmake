# Tests of `dartc compile exe --analyze-size` and `dartc analyze-size --compare` that need more
# than substrings: the JSON is parsed and its sizes added up, the HTML page is searched for
# anything that would load from elsewhere. CHECK selects the test; DARTC, INPUTS (the inputs
# directory) and WORK_DIR come from tests/cli/CMakeLists.txt.
cmake_minimum_required(VERSION 3.20)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR}/src ${WORK_DIR}/out)
file(COPY ${INPUTS}/hello.dart ${INPUTS}/shapes.dart DESTINATION ${WORK_DIR}/src)

# Compiles src/<name>.dart to out/<name> (another directory than the source's and the working
# directory's) with --analyze-size; sets <name>_stdout.
function(compile_with_report name)
  execute_process(COMMAND ${DARTC} compile exe --analyze-size src/${name}.dart -o out/${name}
                  WORKING_DIRECTORY ${WORK_DIR} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "compiling ${name} with --analyze-size: exit code ${rc}\nstdout:\n${out}\nstderr:\n${err}")
  endif()
  foreach(file out/${name} out/${name}.size.json out/${name}.size.html)
    if(NOT EXISTS ${WORK_DIR}/${file})
      message(FATAL_ERROR "--analyze-size did not write ${file}\nstdout:\n${out}")
    endif()
  endforeach()
  set(${name}_stdout "${out}" PARENT_SCOPE)
endfunction()

function(expect_contains what text)
  foreach(want IN LISTS ARGN)
    string(FIND "${text}" "${want}" at)
    if(at EQUAL -1)
      message(FATAL_ERROR "${what} lacks: ${want}\n${what}:\n${text}")
    endif()
  endforeach()
endfunction()

function(expect_matches what text)
  foreach(regex IN LISTS ARGN)
    if(NOT text MATCHES "${regex}")
      message(FATAL_ERROR "${what} does not match: ${regex}\n${what}:\n${text}")
    endif()
  endforeach()
endfunction()

function(expect_lacks what text)
  foreach(unwanted IN LISTS ARGN)
    string(FIND "${text}" "${unwanted}" at)
    if(NOT at EQUAL -1)
      string(SUBSTRING "${text}" ${at} 120 context)
      message(FATAL_ERROR "${what} contains '${unwanted}': ${context}")
    endif()
  endforeach()
endfunction()

# Sets `var` to the JSON array at `keys` of `json` as a CMake list of its elements.
function(json_list var json)
  string(JSON n LENGTH "${json}" ${ARGN})
  set(items "")
  if(n GREATER 0)
    math(EXPR last "${n} - 1")
    foreach(i RANGE ${last})
      string(JSON item GET "${json}" ${ARGN} ${i})
      string(REPLACE ";" "\\;" item "${item}")
      list(APPEND items "${item}")
    endforeach()
  endif()
  set(${var} "${items}" PARENT_SCOPE)
endfunction()

if(CHECK STREQUAL "text")
  # The summary: the total, code and data by library, the biggest classes and functions, kept
  # and removed members and classes, and the dispatch table.
  compile_with_report(hello)
  expect_matches("stdout" "${hello_stdout}"
    "Size of hello \\([a-z0-9_-]+\\): [0-9,]+ bytes"
    "\nBy library:\n[^\n]*code[^\n]*data[^\n]*library\n"
    "  runtime\n" "  dart:core\n" "  hello.dart\n"
    "\nBy class, the 20 biggest:\n"
    "\nBiggest 20 functions:\n +[0-9,]+ +[0-9.]+%  runtime  [^\n]+\n"
    "\nTree shaking \\(type-flow analysis\\): members kept [0-9,]+, removed [0-9,]+ of [0-9,]+; classes kept [0-9,]+, removed [0-9,]+ of [0-9,]+\n"
    "  dart:collection: members kept [0-9,]+ of [0-9,]+, classes kept [0-9,]+ of [0-9,]+\n"
    "\nDispatch table: [0-9,]+ entries, [0-9,]+ filled \\([^)]+\\), [0-9,]+ selectors?, [0-9,]+ class ids, [0-9,]+ bytes\n"
    "Wrote out/hello.size.json and out/hello.size.html\n")
  # Twenty functions, biggest first.
  string(REGEX MATCH "\nBiggest 20 functions:\n([^\n]+\n)+" section "${hello_stdout}")
  string(REGEX MATCHALL "\n +[0-9,]+ " sizes "${section}")
  list(LENGTH sizes count)
  if(NOT count EQUAL 20)
    message(FATAL_ERROR "${count} functions listed, not 20:\n${section}")
  endif()
  set(previous 999999999)
  foreach(size IN LISTS sizes)
    string(REGEX REPLACE "[^0-9]" "" size "${size}")
    if(size GREATER previous)
      message(FATAL_ERROR "the functions are not sorted biggest first:\n${section}")
    endif()
    set(previous ${size})
  endforeach()

elseif(CHECK STREQUAL "json")
  # The JSON: the schema's fields; every byte of the file in exactly one function entry, so that
  # functions add up to their classes, classes to libraries and libraries to the file's size,
  # which is the executable's real size; main is there.
  compile_with_report(hello)
  file(READ ${WORK_DIR}/out/hello.size.json json)
  string(JSON schema GET "${json}" schema)
  string(JSON version GET "${json}" version)
  string(JSON exe GET "${json}" executable)
  if(NOT schema STREQUAL "dartc-size-report" OR NOT version EQUAL 1 OR NOT exe STREQUAL "hello")
    message(FATAL_ERROR "schema '${schema}', version '${version}', executable '${exe}'")
  endif()
  string(JSON fileSize GET "${json}" fileSize)
  file(SIZE ${WORK_DIR}/out/hello actualSize)
  if(NOT fileSize EQUAL actualSize)
    message(FATAL_ERROR "fileSize ${fileSize}, but the executable has ${actualSize} bytes")
  endif()
  set(total 0)
  set(mainFound FALSE)
  set(groups "")
  json_list(libraries "${json}" libraries)
  foreach(lib IN LISTS libraries)
    string(JSON libName GET "${lib}" name)
    string(JSON libSize GET "${lib}" size)
    string(JSON group GET "${lib}" group)
    list(APPEND groups ${group})
    set(classSum 0)
    json_list(classes "${lib}" classes)
    foreach(cls IN LISTS classes)
      string(JSON className GET "${cls}" name)
      string(JSON classSize GET "${cls}" size)
      set(functionSum 0)
      json_list(functions "${cls}" functions)
      foreach(fn IN LISTS functions)
        string(JSON fnName GET "${fn}" name)
        string(JSON fnSize GET "${fn}" size)
        string(JSON kind GET "${fn}" kind)
        if(NOT kind MATCHES "^(code|data|other)$" OR NOT fnSize GREATER 0)
          message(FATAL_ERROR "${libName} ${className} ${fnName}: kind '${kind}', size ${fnSize}")
        endif()
        math(EXPR functionSum "${functionSum} + ${fnSize}")
        if(libName STREQUAL "hello.dart" AND className STREQUAL "(top level)" AND fnName STREQUAL "main" AND kind STREQUAL "code")
          set(mainFound TRUE)
        endif()
      endforeach()
      if(NOT functionSum EQUAL classSize)
        message(FATAL_ERROR "${libName} ${className}: functions add up to ${functionSum}, the class says ${classSize}")
      endif()
      math(EXPR classSum "${classSum} + ${classSize}")
    endforeach()
    if(NOT classSum EQUAL libSize)
      message(FATAL_ERROR "${libName}: classes add up to ${classSum}, the library says ${libSize}")
    endif()
    math(EXPR total "${total} + ${libSize}")
  endforeach()
  if(total GREATER fileSize)
    message(FATAL_ERROR "the libraries add up to ${total} bytes, more than the file's ${fileSize}")
  endif()
  if(NOT mainFound)
    message(FATAL_ERROR "no code entry for hello.dart (top level) main")
  endif()
  foreach(group dart runtime generated)
    if(NOT group IN_LIST groups)
      message(FATAL_ERROR "no library of group '${group}' (groups: ${groups})")
    endif()
  endforeach()
  string(JSON length GET "${json}" dispatchTable length)
  string(JSON filled GET "${json}" dispatchTable filled)
  if(filled GREATER length)
    message(FATAL_ERROR "dispatch table: ${filled} filled of ${length}")
  endif()

elseif(CHECK STREQUAL "html")
  # The treemap page loads nothing from anywhere: no URL, no src or href attribute; the data is
  # inline (the libraries and main are in it).
  compile_with_report(hello)
  file(READ ${WORK_DIR}/out/hello.size.html html)
  expect_lacks("the page" "${html}" "http://" "https://" "src=" "href=" "@import" "url(")
  expect_contains("the page" "${html}" "<!DOCTYPE html>" "<style>" "<script>" "const REPORT = {"
                  "\"name\":\"dart:core\"" "\"name\":\"runtime\"" "\"name\":\"main\"" "\"name\":\"hello.dart\"")

elseif(CHECK STREQUAL "shaken")
  # Tree shaking, visible: nothing of SplayTreeMap (dart:collection, unused by hello world) is in
  # the executable, and the report lists it among the removed classes.
  compile_with_report(hello)
  file(READ ${WORK_DIR}/out/hello.size.json json)
  string(JSON libraries GET "${json}" libraries)
  expect_lacks("the sizes of hello world's executable" "${libraries}" "SplayTree" "LinkedHashSet" "dart:collection")
  json_list(removed "${json}" treeShaking removedClasses)
  json_list(kept "${json}" treeShaking keptClasses)
  if(NOT "dart:collection::SplayTreeMap" IN_LIST removed OR "dart:collection::SplayTreeMap" IN_LIST kept)
    message(FATAL_ERROR "SplayTreeMap is not among the removed classes")
  endif()
  string(JSON removedCount GET "${json}" treeShaking classes removed)
  list(LENGTH removed listed)
  if(NOT removedCount EQUAL listed)
    message(FATAL_ERROR "treeShaking.classes.removed is ${removedCount}, but ${listed} classes are listed")
  endif()

elseif(CHECK STREQUAL "deterministic")
  # Two runs give byte-identical JSON (and HTML).
  compile_with_report(hello)
  file(RENAME ${WORK_DIR}/out/hello.size.json ${WORK_DIR}/first.json)
  file(RENAME ${WORK_DIR}/out/hello.size.html ${WORK_DIR}/first.html)
  compile_with_report(hello)
  foreach(ext json html)
    file(SHA256 ${WORK_DIR}/first.${ext} first)
    file(SHA256 ${WORK_DIR}/out/hello.size.${ext} second)
    if(NOT first STREQUAL second)
      message(FATAL_ERROR "two runs wrote different hello.size.${ext}")
    endif()
  endforeach()

elseif(CHECK STREQUAL "compare")
  # Comparing hello world with a bigger program lists what grew, biggest first, with totals.
  compile_with_report(hello)
  compile_with_report(shapes)
  execute_process(COMMAND ${DARTC} analyze-size --compare out/hello.size.json out/shapes.size.json
                  WORKING_DIRECTORY ${WORK_DIR} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "exit code ${rc}\nstdout:\n${out}\nstderr:\n${err}")
  endif()
  expect_matches("the comparison" "${out}"
    "^Size: hello [0-9,]+ bytes -> shapes [0-9,]+ bytes: \\+[0-9,]+ bytes \\(\\+[0-9.]+%\\)\n"
    "\nLibraries: [0-9]+ grew \\(\\+[0-9,]+\\), [0-9]+ shrank \\(-?[0-9,]+\\)\n"
    "\n +\\+[0-9,]+  shapes.dart  0 -> [0-9,]+ \\(new\\)\n"
    "\n +\\+[0-9,]+  dart:core  [0-9,]+ -> [0-9,]+\n"
    "\n +-[0-9,]+  hello.dart  [0-9,]+ -> 0 \\(gone\\)\n"
    "\nClasses: [0-9]+ grew"
    "\n +\\+[0-9,]+  shapes.dart  \\(top level\\)  0 -> [0-9,]+ \\(new\\)\n"
    "\nFunctions: [0-9]+ grew"
    "\n +\\+[0-9,]+  shapes.dart  \\(top level\\)  main  0 -> [0-9,]+ \\(new\\)\n"
    "\nTree shaking: members kept [0-9,]+ -> [0-9,]+ \\(\\+[0-9,]+\\)")
  # Biggest growth first: the first library line grows at least as much as the second.
  string(REGEX MATCH "\nLibraries:[^\n]*\n +\\+([0-9,]+)[^\n]*\n +\\+([0-9,]+)" lines "${out}")
  string(REPLACE "," "" first "${CMAKE_MATCH_1}")
  string(REPLACE "," "" second "${CMAKE_MATCH_2}")
  if(first LESS second)
    message(FATAL_ERROR "libraries not sorted by growth: +${first} before +${second}\n${out}")
  endif()

elseif(CHECK STREQUAL "treemap-script")
  # The page's script draws: run in node with a stand-in for the DOM (treemap_script_check.js).
  compile_with_report(shapes)
  execute_process(COMMAND ${NODE} ${INPUTS}/../treemap_script_check.js out/shapes.size.html
                  WORKING_DIRECTORY ${WORK_DIR} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "the treemap script failed (${rc}):\n${out}${err}")
  endif()

else()
  message(FATAL_ERROR "unknown CHECK '${CHECK}'")
endif()
