# Compiles a program with --emit-llvm, runs it, and checks its output and that the optimized IR
# matches a regular expression (an optimization visibly fired).
#   cmake -DDARTC=... -DWORK_DIR=... -DSOURCE=<file.dart> -DIR_REGEX=... -DEXPECT_STDOUT=... -P emitted_ir_case.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(COMMAND "${DARTC}" compile exe --emit-llvm "${SOURCE}" -o "${WORK_DIR}/program"
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "dartc failed (${rc}): ${err}")
endif()
execute_process(COMMAND "${WORK_DIR}/program" RESULT_VARIABLE rc OUTPUT_VARIABLE out)
if(NOT rc EQUAL 0 OR NOT out STREQUAL "${EXPECT_STDOUT}")
  message(FATAL_ERROR "the program printed '${out}' and exited with ${rc}; expected '${EXPECT_STDOUT}'")
endif()
file(READ "${WORK_DIR}/program.ll" ir)
if(NOT ir MATCHES "${IR_REGEX}")
  message(FATAL_ERROR "the emitted IR (${WORK_DIR}/program.ll) does not match: ${IR_REGEX}")
endif()
