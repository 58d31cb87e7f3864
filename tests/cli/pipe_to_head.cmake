# A compiled program whose stdout is a pipe that `head -1` closes early (the runtime ignores
# SIGPIPE, as the VM's Platform::Initialize does, so the writer is not killed by the signal; exit
# status 141 would be 128 + SIGPIPE). Expectations derived from the VM's sources:
#  - print ignores write errors (the VM's print writes with fwrite and does not check), so the
#    program runs to its end: exit 0, stderr "loop finished";
#  - stdout.writeln goes through IOSink to _StdConsumer, whose writeFromSync throws
#    FileSystemException("writeFrom failed", '', OSError) (file_impl.dart); the sink's done
#    future fails with it, later writes are dropped, and nothing listens to done: the loop ends,
#    then "Unhandled exception:" and exit 255;
#  - with a listener on stdout.done, the error goes to it and the program exits with 0.
# Variables: DARTC, WORK_DIR, SOURCE, and QEMU with SYSROOT and FLAGS (optional: qemu-aarch64,
# its sysroot, --target-arch=arm64).
cmake_minimum_required(VERSION 3.20)
file(MAKE_DIRECTORY ${WORK_DIR})
set(exe ${WORK_DIR}/pipe_writer)
execute_process(COMMAND ${DARTC} compile exe ${FLAGS} ${SOURCE} -o ${exe}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "compile failed (${rc}):\n${out}${err}")
endif()
set(runner "")
if(DEFINED QEMU)
  set(runner "'${QEMU}' -L '${SYSROOT}'")
endif()
set(broken "FileSystemException: writeFrom failed, path = '' (OS Error: Broken pipe, errno = 32)")

function(check mode want_status)
  # The writer's stderr goes to a file; bash's PIPESTATUS gives the writer's exit status.
  execute_process(COMMAND bash -c "${runner} '${exe}' ${mode} 2>'${WORK_DIR}/${mode}.err' | head -1; echo \"status \${PIPESTATUS[0]}\""
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 300)
  file(READ ${WORK_DIR}/${mode}.err stderr_text)
  if(NOT out STREQUAL "line 0\nstatus ${want_status}\n")
    message(FATAL_ERROR "${mode}: stdout of the pipeline is\n${out}\nexpected 'line 0' and 'status ${want_status}'\nstderr:\n${stderr_text}${err}")
  endif()
  foreach(want IN LISTS ARGN)
    string(FIND "${stderr_text}" "${want}" at)
    if(at EQUAL -1)
      message(FATAL_ERROR "${mode}: stderr lacks: ${want}\nstderr:\n${stderr_text}")
    endif()
  endforeach()
endfunction()

check(print 0 "loop finished")
check(sink 255 "loop finished\nUnhandled exception:\n${broken}\n")
check(sink-caught 0 "loop finished\ndone failed: ${broken}\n")
# print never fails: nothing but the last line on stderr.
file(READ ${WORK_DIR}/print.err print_err)
if(NOT print_err STREQUAL "loop finished\n")
  message(FATAL_ERROR "print: stderr is\n${print_err}")
endif()
