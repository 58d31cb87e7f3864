// Fatal errors, malloc wrappers and the clock: the few services every other file needs.
#include <stdarg.h>
#include <stdio.h>
#include <time.h>

#include "output.h"
#include "process_exit.h"
#include "runtime.h"

namespace dartrt {

void fatal(const char* format, ...) {
  stdout_flush_all();
  char buffer[1024];
  va_list args;
  va_start(args, format);
  vsnprintf(buffer, sizeof buffer, format, args);
  va_end(args);
  fprintf(stderr, "dartc runtime error: %s\n", buffer);
  fflush(stderr);
  abort();
}

// The system itself is out of memory: the program cannot go on, and ends as when its heap is
// exhausted (the VM's report, exit code 255), not with an abort.
void* xmalloc(size_t size) {
  void* p = malloc(size ? size : 1);
  if (!p) out_of_memory(size);
  return p;
}

void* xcalloc(size_t count, size_t size) {
  void* p = calloc(count ? count : 1, size ? size : 1);
  if (!p) out_of_memory(count * size);
  return p;
}

void* xrealloc(void* old, size_t size) {
  void* p = realloc(old, size ? size : 1);
  if (!p) out_of_memory(size);
  return p;
}

uint64_t now_nanos() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

}  // namespace dartrt
