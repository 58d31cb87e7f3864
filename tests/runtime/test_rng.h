// The xorshift generator of the runtime tests that want random limbs or bitmaps: deterministic,
// so a failure reproduces.
#ifndef DARTRT_TESTS_TEST_RNG_H
#define DARTRT_TESTS_TEST_RNG_H

#include <stdint.h>

struct TestRng {
  uint64_t state = 0x9E3779B97F4A7C15u;
  uint64_t next() {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  }
  // Mostly random limbs, with zeros, all-ones and short values, where carries and the
  // corrections of division estimates happen.
  uint64_t limb() {
    switch (next() % 6) {
      case 0: return 0;
      case 1: return ~uint64_t{0};
      case 2: return next() >> (next() % 64);
      default: return next();
    }
  }
};

#endif  // DARTRT_TESTS_TEST_RNG_H
