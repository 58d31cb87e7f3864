// Fatal errors, malloc wrappers and the clock: the few services every other file needs.
#include <stdarg.h>
#include <stdio.h>
#include <time.h>

#include "output.h"
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

void* xmalloc(size_t size) {
  void* p = malloc(size ? size : 1);
  if (!p) fatal("malloc(%zu) failed", size);
  return p;
}

void* xcalloc(size_t count, size_t size) {
  void* p = calloc(count ? count : 1, size ? size : 1);
  if (!p) fatal("calloc(%zu, %zu) failed", count, size);
  return p;
}

void* xrealloc(void* old, size_t size) {
  void* p = realloc(old, size ? size : 1);
  if (!p) fatal("realloc(%zu) failed", size);
  return p;
}

uint64_t now_nanos() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

}  // namespace dartrt
