// Leaving the process: every way out flushes stdout and prints DARTC_GC_STATS when asked.
#ifndef DARTRT_PROCESS_EXIT_H
#define DARTRT_PROCESS_EXIT_H

#include <stdint.h>

namespace dartrt {

[[noreturn]] void exit_process(int code);
// Heap exhaustion after a full collection: the Dart VM's texts, then exit code 255.
[[noreturn]] void out_of_memory(uint64_t request_bytes);

}  // namespace dartrt

#endif  // DARTRT_PROCESS_EXIT_H
