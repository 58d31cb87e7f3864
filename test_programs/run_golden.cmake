# Runs one golden test: compiles a Dart program with dartc, runs it, and compares its stdout and
# exit code (and optionally lines of stderr) with the expectations next to the source.
#
#   <name>.dart            the program
#   <name>.expected        expected stdout; a last line "[exit code N]" sets the expected exit code
#                          (default 0)
#   <name>.stderr          optional: lines that must each appear in stderr (in order)
#   <name>.args            optional: command-line arguments, one per line
#   <name>.env             optional: environment variables for the run, one NAME=value per line
#                          (blank lines and lines starting with # are skipped); in gc-stress
#                          mode DARTC_GC_STRESS=1 is added after them, so it always applies
#   <name>.stdin           optional: the program's standard input (default: /dev/null)
#   <name>.strip           optional (empty): the executable is stripped (llvm-strip --strip-all)
#                          before it runs
#
# Programs under `conformance/` are self-checking (conformance/README.md): without a .expected,
# they must print nothing and exit with 0 (a failed check throws, so the exit code is 255 and the
# failure message is on stderr, which is shown). A .expected next to one still applies.
#
# Programs under an `errors` directory must fail to compile: their .expected lists the
# diagnostics, one per line, as `LINE:COL: message fragment`.
#
# Variables: DARTC, SOURCE, WORK_DIR, MODE (native | gc-stress | aarch64 | O0 | tsan), QEMU, SYSROOT,
# STRIP, CLANG and TSAN_RUNTIME (tsan), SHARED_DIR (optional: where native and gc-stress share
# their executable).
# MODE tsan compiles the program to LLVM IR with dartc, then links it with clang against the
# runtime built with -fsanitize=thread (TSAN_RUNTIME); a data race reported by ThreadSanitizer
# fails the test (exit code 66).
# MODE O0 compiles without optimization (-O0), which keeps every load and check the program
# asks for: code that LLVM would delete as dead at -O2 still runs.
cmake_minimum_required(VERSION 3.20)

get_filename_component(name ${SOURCE} NAME_WE)
get_filename_component(dir ${SOURCE} DIRECTORY)
set(expected_file ${dir}/${name}.expected)
file(MAKE_DIRECTORY ${WORK_DIR})
set(exe ${WORK_DIR}/${name})
set(compile_flags)
if(MODE STREQUAL "aarch64")
  list(APPEND compile_flags --target-arch=arm64)
endif()
if(EXISTS ${dir}/${name}.flags)
  file(STRINGS ${dir}/${name}.flags extra)
  list(APPEND compile_flags ${extra})
endif()
if(MODE STREQUAL "tsan")
  list(APPEND compile_flags --emit-llvm)
endif()
if(MODE STREQUAL "O0")
  # Last, so it wins over an optimization level in the .flags file.
  list(APPEND compile_flags -O0)
endif()

# Whether the program is under test_programs/conformance (this script lives in test_programs/;
# the relative path is tested because the checkout's own path may contain "conformance").
file(RELATIVE_PATH source_rel ${CMAKE_CURRENT_LIST_DIR} ${SOURCE})
if(EXISTS ${expected_file})
  file(READ ${expected_file} expected)
elseif(source_rel MATCHES "^conformance/")
  set(expected "")
else()
  message(FATAL_ERROR "missing ${expected_file}")
endif()

# Modes native and gc-stress run the same -O2 executable, so the first of the two to get here
# compiles it into SHARED_DIR and the other reuses it (a directory lock orders them when ctest
# runs both at once). It is reused only when a key matches: dartc's and its libraries'
# timestamps and sizes, and the contents of every .dart and .flags file in the program's
# top-level test folder, where its imports live. This saves one compile per golden program.
set(shared_exe FALSE)
if(SHARED_DIR AND (MODE STREQUAL "native" OR MODE STREQUAL "gc-stress") AND NOT dir MATCHES "/errors(/|$)")
  set(shared_exe TRUE)
endif()

function(golden_compile)
  execute_process(COMMAND ${DARTC} compile exe ${compile_flags} ${SOURCE} -o ${exe}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
  if(rc EQUAL 0 AND EXISTS ${dir}/${name}.strip)
    if(NOT STRIP)
      message(FATAL_ERROR "${name}.strip: llvm-strip was not found")
    endif()
    execute_process(COMMAND ${STRIP} --strip-all ${exe} RESULT_VARIABLE strip_rc ERROR_VARIABLE strip_err)
    if(NOT strip_rc EQUAL 0)
      message(FATAL_ERROR "llvm-strip failed (${strip_rc}): ${strip_err}")
    endif()
  endif()
  set(compile_rc ${rc} PARENT_SCOPE)
  set(compile_err "${err}" PARENT_SCOPE)
endfunction()

if(shared_exe)
  file(MAKE_DIRECTORY ${SHARED_DIR})
  set(exe ${SHARED_DIR}/${name})
  get_filename_component(dartc_dir ${DARTC} DIRECTORY)
  file(GLOB_RECURSE tool_files ${dartc_dir}/lib/dartc/*)
  set(key "${compile_flags}")
  foreach(f ${DARTC} ${tool_files})
    file(TIMESTAMP ${f} stamp "%Y%m%d%H%M%S" UTC)
    file(SIZE ${f} size)
    string(APPEND key "\n${f} ${stamp} ${size}")
  endforeach()
  string(REGEX MATCH "^[^/]+" top_folder "${source_rel}")
  file(GLOB_RECURSE test_files ${CMAKE_CURRENT_LIST_DIR}/${top_folder}/*.dart ${CMAKE_CURRENT_LIST_DIR}/${top_folder}/*.flags)
  list(SORT test_files)
  foreach(f ${test_files})
    file(SHA256 ${f} hash)
    string(APPEND key "\n${f} ${hash}")
  endforeach()
  string(SHA256 key "${key}")
  file(LOCK ${SHARED_DIR} DIRECTORY GUARD PROCESS TIMEOUT 900)
  set(old_key "")
  if(EXISTS ${exe} AND EXISTS ${exe}.key)
    file(READ ${exe}.key old_key)
  endif()
  if(old_key STREQUAL key)
    set(compile_rc 0)
    set(compile_err "")
  else()
    file(REMOVE ${exe} ${exe}.key)
    golden_compile()
    if(compile_rc EQUAL 0)
      file(WRITE ${exe}.key "${key}")
    endif()
  endif()
  file(LOCK ${SHARED_DIR} DIRECTORY RELEASE)
else()
  golden_compile()
endif()

if(dir MATCHES "/errors$" OR dir MATCHES "/errors/")
  # A program that must be rejected: every expected diagnostic appears, and the exit code is 1.
  if(compile_rc EQUAL 0)
    message(FATAL_ERROR "expected compile errors, but ${SOURCE} compiled")
  endif()
  if(NOT compile_rc EQUAL 1)
    message(FATAL_ERROR "expected exit code 1 for compile errors, got ${compile_rc}:\n${compile_err}")
  endif()
  string(REPLACE "\n" ";" lines "${expected}")
  foreach(line IN LISTS lines)
    if(line STREQUAL "")
      continue()
    endif()
    if(NOT line MATCHES "^([0-9]+):([0-9]+): (.*)$")
      message(FATAL_ERROR "bad expectation line in ${expected_file}: ${line}")
    endif()
    set(want "${name}.dart:${CMAKE_MATCH_1}:${CMAKE_MATCH_2}: error: ${CMAKE_MATCH_3}")
    string(FIND "${compile_err}" "${want}" at)
    if(at EQUAL -1)
      message(FATAL_ERROR "missing diagnostic:\n  ${want}\ngot:\n${compile_err}")
    endif()
  endforeach()
  return()
endif()

if(NOT compile_rc EQUAL 0)
  message(FATAL_ERROR "compilation failed (${compile_rc}):\n${compile_err}")
endif()

if(MODE STREQUAL "tsan")
  execute_process(COMMAND ${CLANG} -O1 -Wno-override-module -c -x ir ${exe}.ll -o ${exe}.o
                  RESULT_VARIABLE ir_rc ERROR_VARIABLE ir_err)
  if(NOT ir_rc EQUAL 0)
    message(FATAL_ERROR "compiling the IR failed (${ir_rc}):\n${ir_err}")
  endif()
  execute_process(COMMAND ${CLANG} -fsanitize=thread ${exe}.o ${TSAN_RUNTIME} -lm -o ${exe}
                  RESULT_VARIABLE link_rc ERROR_VARIABLE link_err)
  if(NOT link_rc EQUAL 0)
    message(FATAL_ERROR "linking with the tsan runtime failed (${link_rc}):\n${link_err}")
  endif()
endif()

set(expected_rc 0)
if(expected MATCHES "\\[exit code ([0-9]+)\\]\n?$")
  set(expected_rc ${CMAKE_MATCH_1})
  string(REGEX REPLACE "\\[exit code [0-9]+\\]\n?$" "" expected "${expected}")
endif()

set(args)
if(EXISTS ${dir}/${name}.args)
  file(STRINGS ${dir}/${name}.args args ENCODING UTF-8)
endif()
set(run ${exe})
if(MODE STREQUAL "aarch64")
  # Under an 8 GiB address-space cap (prlimit, util-linux): qemu-user keeps flags for every page
  # the guest maps, and the runtime's heap reservation of 64 GiB (precompiled_runtime/src/
  # region.cpp) cost each run about 0.9 s and 400 MB in qemu alone, a third of this test's time.
  # Capped, the runtime halves its reservation to what fits, the path it takes on systems with
  # `ulimit -v`; the programs here use far less.
  set(run prlimit --as=8589934592 ${QEMU} -L ${SYSROOT} ${exe})
endif()
set(env_vars)
if(EXISTS ${dir}/${name}.env)
  file(STRINGS ${dir}/${name}.env env_lines ENCODING UTF-8)
  foreach(line IN LISTS env_lines)
    if(line STREQUAL "" OR line MATCHES "^#")
      continue()
    endif()
    if(NOT line MATCHES "^[A-Za-z_][A-Za-z0-9_]*=")
      message(FATAL_ERROR "bad line in ${dir}/${name}.env (expected NAME=value): ${line}")
    endif()
    list(APPEND env_vars "${line}")
  endforeach()
endif()
if(MODE STREQUAL "tsan")
  list(APPEND env_vars "TSAN_OPTIONS=halt_on_error=1 exitcode=66")
endif()
if(MODE STREQUAL "gc-stress")
  # A collection at every allocation, mostly young ones, each preceded by the check that every
  # old object pointing to a young one is in the remembered set (docs/gc.md "Generations").
  list(APPEND env_vars DARTC_GC_STRESS=1 DARTC_GC_VERIFY=1)
endif()
set(env_cmd)
if(env_vars)
  set(env_cmd ${CMAKE_COMMAND} -E env ${env_vars})
endif()
set(stdin_file /dev/null)
if(EXISTS ${dir}/${name}.stdin)
  set(stdin_file ${dir}/${name}.stdin)
endif()
execute_process(COMMAND ${env_cmd} ${run} ${args}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err
                INPUT_FILE ${stdin_file} TIMEOUT 300)

if(NOT "${out}" STREQUAL "${expected}")
  file(WRITE ${WORK_DIR}/${name}.actual "${out}")
  if(NOT EXISTS ${expected_file})
    message(FATAL_ERROR "a self-checking program must print nothing; stdout:\n${out}\n"
                        "exit code ${rc}; stderr:\n${err}")
  endif()
  execute_process(COMMAND diff -u ${expected_file} ${WORK_DIR}/${name}.actual OUTPUT_VARIABLE diff_out)
  message(FATAL_ERROR "stdout differs from ${expected_file}:\n${diff_out}\nstderr:\n${err}")
endif()
if(NOT rc STREQUAL "${expected_rc}")
  message(FATAL_ERROR "exit code ${rc}, expected ${expected_rc}\nstderr:\n${err}")
endif()
if(EXISTS ${dir}/${name}.stderr)
  file(STRINGS ${dir}/${name}.stderr wanted_lines ENCODING UTF-8)
  set(rest "${err}")
  foreach(line IN LISTS wanted_lines)
    string(FIND "${rest}" "${line}" at)
    if(at EQUAL -1)
      message(FATAL_ERROR "stderr lacks the line:\n  ${line}\nstderr:\n${err}")
    endif()
    string(SUBSTRING "${rest}" ${at} -1 rest)
  endforeach()
endif()
