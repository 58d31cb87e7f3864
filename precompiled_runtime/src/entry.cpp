// Process entry: the runtime owns `main` (the role of dartaotruntime's main), and generated code
// provides dart_program_main.
#include "entry.h"

#include <signal.h>

#include "heap.h"
#include "process_exit.h"
#include "dart_string.h"

namespace dartrt {

namespace {

// argv[1..] as a DartArray of strings, decoded from UTF-8 (what the VM does with its arguments).
dart_word make_arguments(int argc, char** argv) {
  int64_t count = argc > 1 ? argc - 1 : 0;
  DartArray* array = reinterpret_cast<DartArray*>(
      allocate_object(sizeof(DartArray) + (uint64_t)count * sizeof(dart_word), dartrt_builtin_cids.array_cid));
  array->length = count;
  for (int64_t i = 0; i < count; ++i) {
    // The array is alive through this frame while decoding allocates.
    dart_word s = utf8_decode(reinterpret_cast<const uint8_t*>(argv[i + 1]), strlen(argv[i + 1]));
    write_barrier(array);  // decoding may have collected: the array may be old by now
    dart_array_data(array)[i] = s;
  }
  return reinterpret_cast<dart_word>(array);
}

}  // namespace

void run_main(int argc, char** argv) {
  // As the VM's Platform::Initialize: a write to a pipe whose reader has gone fails with EPIPE
  // instead of ending the process, so `prog | head -1` lets print carry on (its errors are
  // ignored) and gives stdout's IOSink its FileSystemException (output.cpp, io/stdio.dart).
  struct sigaction ignore = {};
  ignore.sa_handler = SIG_IGN;
  sigaction(SIGPIPE, &ignore, nullptr);
  config();  // read DARTC_* before anything allocates
  isolate_create_for_current_thread(reinterpret_cast<uintptr_t>(__builtin_frame_address(0)));
  set_executable_name(argc > 0 ? argv[0] : "");
  dart_word arguments = make_arguments(argc, argv);
  dart_program_main(arguments);
  exit_process(global_exit_code());
}

}  // namespace dartrt

#ifndef DARTRT_HOST_TESTS
// The host library for unit tests leaves `main` to the test framework.
int main(int argc, char** argv) { dartrt::run_main(argc, argv); }
#endif
