// The DARTC_* environment variables, read once per process.
//
// Why environment variables and not flags: the program's own argv belongs to the Dart program
// (main(List<String> args)), so runtime options must travel another way, like DART_VM_OPTIONS.
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#include "runtime.h"

namespace dartrt {

namespace {

Config g_config;
pthread_once_t g_config_once = PTHREAD_ONCE_INIT;

bool env_flag(const char* name) {
  const char* v = getenv(name);
  return v && *v && strcmp(v, "0") != 0 && strcmp(v, "false") != 0;
}

// Default heap limit: three quarters of physical memory, at least 256 MiB. A program that needs
// more than that would swap; one that needs less never notices the limit.
uint64_t default_heap_limit() {
  long pages = sysconf(_SC_PHYS_PAGES);
  long page_size = sysconf(_SC_PAGESIZE);
  uint64_t ram = (pages > 0 && page_size > 0) ? (uint64_t)pages * (uint64_t)page_size : (uint64_t)4 << 30;
  uint64_t limit = ram / 4 * 3;
  if (limit < ((uint64_t)256 << 20)) limit = (uint64_t)256 << 20;
  return limit;
}

// Cold (once per process): compiled for size, as the other startup code (hello world's budget).
__attribute__((minsize)) void read_config() {
  g_config.gc_stress = env_flag("DARTC_GC_STRESS");
  g_config.gc_stats = env_flag("DARTC_GC_STATS");
  g_config.heap_limit = default_heap_limit();
  if (const char* limit = getenv("DARTC_HEAP_LIMIT")) {
    uint64_t bytes = parse_byte_size(limit);
    if (bytes == 0) {
      fprintf(stderr, "warning: ignoring malformed DARTC_HEAP_LIMIT=%s (expected <bytes>[k|m|g])\n", limit);
    } else {
      g_config.heap_limit = bytes;
    }
  }
}

}  // namespace

uint64_t parse_byte_size(const char* text) {
  if (!text || *text < '0' || *text > '9') return 0;
  uint64_t value = 0;
  const char* p = text;
  while (*p >= '0' && *p <= '9') {
    uint64_t digit = (uint64_t)(*p - '0');
    if (value > (UINT64_MAX - digit) / 10) return 0;
    value = value * 10 + digit;
    ++p;
  }
  unsigned shift = 0;
  switch (*p) {
    case 'k': case 'K': shift = 10; ++p; break;
    case 'm': case 'M': shift = 20; ++p; break;
    case 'g': case 'G': shift = 30; ++p; break;
    default: break;
  }
  if (*p == 'b' || *p == 'B') ++p;
  if (*p != '\0') return 0;
  if (shift && value > (UINT64_MAX >> shift)) return 0;
  return value << shift;
}

const Config& config() {
  pthread_once(&g_config_once, read_config);
  return g_config;
}

}  // namespace dartrt
