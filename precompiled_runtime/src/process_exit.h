// Leaving the process: every way out flushes stdout and prints DARTC_GC_STATS when asked.
#ifndef DARTRT_PROCESS_EXIT_H
#define DARTRT_PROCESS_EXIT_H

#include <stdint.h>

#include "dartrt/abi.h"

namespace dartrt {

[[noreturn]] void exit_process(int code);
// dart:io's exitCode (io_platform_natives.cpp): what the process exits with when main returns.
int global_exit_code();
// Platform.executable's argv[0], recorded by the entry.
void set_executable_name(const char* argv0);
// Heap exhaustion after a full collection: the Dart VM's texts, then exit code 255.
// The Dart VM's report of an uncaught exception on stderr (dartrt_unhandled_exception's text),
// without ending anything.
void print_unhandled_exception(dart_word exception_text, dart_word stack_trace);
[[noreturn]] void out_of_memory(uint64_t request_bytes);

}  // namespace dartrt

#endif  // DARTRT_PROCESS_EXIT_H
