// Internal declarations shared by the runtime's source files. Nothing here is part of the ABI
// (that is include/dartrt/abi.h); generated code never sees these names.
//
// The runtime must not need libstdc++ at link time: no operator new/delete, no exceptions, no
// RTTI, no function-local statics with dynamic initialization (they call __cxa_guard_*), no
// std:: containers. Memory comes from malloc/mmap; containers are the small ones below.
#ifndef DARTRT_RUNTIME_H
#define DARTRT_RUNTIME_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dartrt/abi.h"

namespace dartrt {

// Prints "dartc runtime error: <message>" to stderr (after flushing stdout) and aborts. For
// broken invariants and impossible states, never for Dart-level errors.
[[noreturn]] void fatal(const char* format, ...) __attribute__((format(printf, 1, 2)));

#define DARTRT_CHECK(cond)                                                   \
  do {                                                                       \
    if (__builtin_expect(!(cond), 0)) ::dartrt::fatal("check failed: %s (%s:%d)", #cond, __FILE__, __LINE__); \
  } while (0)

// malloc that never returns null (the process cannot continue without its own bookkeeping):
// failure ends the process with the out-of-memory report.
void* xmalloc(size_t size);
void* xcalloc(size_t count, size_t size);
void* xrealloc(void* p, size_t size);

// A growable array of trivially copyable values, on malloc. Zero-initialized state is valid
// (empty), so a Vec can live inside a calloc'd struct without a constructor call.
template <typename T>
struct Vec {
  T* items;
  size_t count;
  size_t capacity;

  size_t size() const { return count; }
  bool empty() const { return count == 0; }
  T& operator[](size_t i) { return items[i]; }
  const T& operator[](size_t i) const { return items[i]; }
  T* begin() { return items; }
  T* end() { return items + count; }

  void reserve(size_t n) {
    if (n <= capacity) return;
    size_t c = capacity ? capacity * 2 : 16;
    while (c < n) c *= 2;
    items = static_cast<T*>(xrealloc(items, c * sizeof(T)));
    capacity = c;
  }
  void push(const T& v) {
    if (count == capacity) reserve(count + 1);
    items[count++] = v;
  }
  T pop() { return items[--count]; }
  T& back() { return items[count - 1]; }
  void clear() { count = 0; }
  void release() {
    free(items);
    items = nullptr;
    count = capacity = 0;
  }
};

// Process-wide settings, read once from the environment (config.cpp).
struct Config {
  bool gc_stress;        // DARTC_GC_STRESS=1: collect at every slow-path allocation
  bool gc_stats;         // DARTC_GC_STATS=1: print collector statistics at exit
  uint64_t heap_limit;   // DARTC_HEAP_LIMIT=<bytes>[k|m|g], per isolate
};
const Config& config();
// Parses "<digits>[k|m|g]" (case-insensitive suffix, optional trailing 'b'); 0 on a malformed text.
uint64_t parse_byte_size(const char* text);

// Monotonic clock in nanoseconds.
uint64_t now_nanos();

}  // namespace dartrt

#endif  // DARTRT_RUNTIME_H
