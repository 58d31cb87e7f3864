# One command-line test of dartc: runs it with ARGS (a ;-list, in WORK_DIR) and checks the exit
# code (EXPECT_RC) and that stderr contains every entry of EXPECT_STDERR (a ;-list), and that
# stdout contains EXPECT_STDOUT when given, and that stderr matches the regular expression
# EXPECT_STDERR_REGEX when given.
cmake_minimum_required(VERSION 3.20)
file(MAKE_DIRECTORY ${WORK_DIR})
if(DEFINED SETUP_FILE)
  file(COPY ${SETUP_FILE} DESTINATION ${WORK_DIR})
endif()
if(DEFINED SETUP_BINARY)
  # A "Dart" file that is really binary: a copy of the dartc executable.
  file(COPY_FILE ${DARTC} ${WORK_DIR}/binary.dart)
endif()
execute_process(COMMAND ${DARTC} ${ARGS} WORKING_DIRECTORY ${WORK_DIR}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
if(NOT rc STREQUAL "${EXPECT_RC}")
  message(FATAL_ERROR "exit code ${rc}, expected ${EXPECT_RC}\nstdout:\n${out}\nstderr:\n${err}")
endif()
foreach(want IN LISTS EXPECT_STDERR)
  string(FIND "${err}" "${want}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "stderr lacks: ${want}\nstderr:\n${err}")
  endif()
endforeach()
if(DEFINED EXPECT_STDERR_REGEX AND NOT err MATCHES "${EXPECT_STDERR_REGEX}")
  message(FATAL_ERROR "stderr does not match: ${EXPECT_STDERR_REGEX}\nstderr:\n${err}")
endif()
foreach(want IN LISTS EXPECT_STDOUT)
  string(FIND "${out}" "${want}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "stdout lacks: ${want}\nstdout:\n${out}")
  endif()
endforeach()
