// Small natives of dart:core and dart:io that need the operating system or the collector's
// guarantees: clocks (Stopwatch, DateTime.now), Platform.numberOfProcessors, identity hashes.
#include <time.h>
#include <unistd.h>

#include "runtime.h"

extern "C" {

int64_t dartrt_monotonic_micros(void) { return (int64_t)(dartrt::now_nanos() / 1000); }

int64_t dartrt_wall_clock_micros(void) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

int64_t dartrt_number_of_processors(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? n : 1;
}

int64_t dartrt_identity_hash(dart_word object) {
  // Objects never move, so the address is a stable identity. Mix it (the low 4 bits are always
  // zero and neighbours differ only in a few bits) and keep 30 bits like the VM's hashes.
  uint64_t x = object;
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  x ^= x >> 33;
  uint64_t h = x & ((uint64_t{1} << 30) - 1);
  return (int64_t)(h ? h : 1);
}

}  // extern "C"
