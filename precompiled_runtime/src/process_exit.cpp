// Every way the process ends: normal return, exit(), uncaught exceptions, heap exhaustion.
#include <stdio.h>

#include "heap.h"
#include "isolate_messages.h"
#include "output.h"
#include "process_exit.h"
#include "stack_trace.h"
#include "dart_string.h"

namespace dartrt {

namespace {

void write_string_to_stderr(dart_word s) {
  utf8_write(string_view(s), [](const uint8_t* data, size_t length) { stderr_write(data, length); });
}

}  // namespace

void exit_process(int code) {
  // Isolates may end the process at the same time (exit() in two of them): the first one wins,
  // the others wait here until the process is gone.
  static pthread_mutex_t exit_lock = PTHREAD_MUTEX_INITIALIZER;
  pthread_mutex_lock(&exit_lock);
  stdout_flush_all();
  Isolate* isolate = current_isolate();
  if (config().gc_stats && isolate) heap_print_stats(isolate->heap);
  exit(code);
}

void out_of_memory(uint64_t request_bytes) {
  // Printing the trace mallocs; if that fails too, end without it.
  static bool reporting = false;
  if (reporting) exit_process(255);
  reporting = true;
  // The VM prints the first line when the allocation fails, then the OutOfMemoryError goes
  // uncaught. Here the error cannot be thrown (an allocation of the runtime itself, inside a
  // native that must not throw, or no memory left even for the error's stack trace), so the
  // report is printed directly.
  stderr_printf("Exhausted heap space, trying to allocate %llu bytes.\n", (unsigned long long)request_bytes);
  stderr_print("Unhandled exception:\nOut of Memory\n");
  write_current_stack_trace_to_stderr();
  stderr_print("\n");
  exit_process(255);
}

}  // namespace dartrt

using namespace dartrt;

extern "C" {

void dartrt_exit(int64_t code) { exit_process((int)code); }

void dartrt_unhandled_exception(dart_word exception_text, dart_word stack_trace) {
  // A spawned isolate's uncaught error ends that isolate only (isolate_threads.cpp).
  if (isolate_is_spawned()) isolate_uncaught_error(exception_text, stack_trace);
  print_unhandled_exception(exception_text, stack_trace);
  exit_process(255);
}

}  // extern "C"

namespace dartrt {

void print_unhandled_exception(dart_word exception_text, dart_word stack_trace) {
  // The VM prints "Unhandled exception:\n<exception>\n<stack trace>" and a final newline; the
  // trace text already ends each frame with one, so a blank line closes the report.
  stderr_print("Unhandled exception:\n");
  write_string_to_stderr(exception_text);
  stderr_print("\n");
  if (stack_trace != DART_NULL && !(stack_trace & DART_SMI_TAG)) {
    uint32_t cid = dart_header_cid(reinterpret_cast<DartObject*>(stack_trace)->header);
    if (is_string_cid(cid)) {
      write_string_to_stderr(stack_trace);
    } else if (cid == dartrt_builtin_cids.stack_trace_cid) {
      write_string_to_stderr(dartrt_stack_trace_to_string(stack_trace));
    }
  }
  stderr_print("\n");
}

}  // namespace dartrt
