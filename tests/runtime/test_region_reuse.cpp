// The block allocator's choice among free runs (precompiled_runtime/src/region.cpp): a run whose
// pages were kept is taken before one whose pages went back to the OS, so that a program which
// frees and reallocates large objects all the time (BigInt results) does not keep cycling blocks
// through madvise and page faults while kept blocks sit unused.
#include <doctest/doctest.h>

#include <vector>

#include "region.h"
#include "test_rng.h"

using namespace dartrt;

namespace {

// The first run of `count` set bits, bit by bit.
size_t reference_find_run(const std::vector<uint64_t>& map, size_t first_word, size_t count) {
  size_t run = 0;
  for (size_t i = first_word * 64; i < map.size() * 64; ++i) {
    run = (map[i / 64] >> (i % 64)) & 1 ? run + 1 : 0;
    if (run == count) return i + 1 - count;
  }
  return SIZE_MAX;
}

}  // namespace

TEST_CASE("region: the run search agrees with a bit-by-bit search") {
  TestRng rng;
  auto next = [&rng] { return rng.next(); };
  int found = 0;
  for (int round = 0; round < 400; ++round) {
    // Words of all ones, zeros, sparse and dense bits: runs that end at word edges, span
    // several words or start in the middle of one.
    std::vector<uint64_t> map(1 + next() % 12);
    for (uint64_t& w : map) {
      switch (next() % 6) {
        case 0: w = 0; break;
        case 1: w = ~uint64_t{0}; break;
        case 2: w = next() & next() & next(); break;
        case 3: w = next() | next() | next(); break;
        case 4: w = ~uint64_t{0} << (next() % 64); break;
        default: w = next(); break;
      }
    }
    size_t first_word = next() % map.size();
    for (size_t count : {1, 2, 3, 5, 8, 31, 63, 64, 65, 100, 129, 300}) {
      size_t expected = reference_find_run(map, first_word, count);
      CHECK(region_find_run(map.data(), first_word, map.size(), count) == expected);
      found += expected != SIZE_MAX;
    }
  }
  CHECK(found > 1000);
}

TEST_CASE("region: a freed run that kept its pages is taken before one that returned them") {
  constexpr size_t kRun = 4;
  bool fresh = false;
  // `low` lies below everything else this test takes, so first-fit alone would pick it again.
  uintptr_t low = region_acquire(kRun, nullptr, kBlockLarge, nullptr, &fresh);
  REQUIRE(low != 0);
  // Fill the budget of kept blocks (at least 32 MiB, 1,024 blocks, or half the blocks in use):
  // release 2,600 untouched blocks one at a time; those past the budget are returned.
  constexpr size_t kFiller = 2600;
  uintptr_t filler = region_acquire(kFiller, nullptr, kBlockLarge, nullptr, &fresh);
  REQUIRE(filler != 0);
  for (size_t i = 0; i < kFiller; ++i) region_release(filler + i * kBlockSize, 1);
  size_t kept = region_dirty_blocks();
  CHECK(kept >= 1024);
  // The budget is full: `low` goes back to the OS.
  region_release(low, kRun);
  CHECK(region_dirty_blocks() == kept);
  // A new run comes from the kept blocks, although `low` is free and first.
  uintptr_t again = region_acquire(kRun, nullptr, kBlockLarge, nullptr, &fresh);
  REQUIRE(again != 0);
  CHECK_FALSE(fresh);
  CHECK(again != low);
  CHECK(region_dirty_blocks() == kept - kRun);
  region_release(again, kRun);
  // With no kept run long enough (kept: the filler's first 1,024 blocks, the rest returned), the
  // free runs are searched as before: the first free run that fits (the filler's, or `low`'s
  // joined to it when they are adjacent), not new blocks past the frontier.
  uintptr_t longer = region_acquire(1500, nullptr, kBlockLarge, nullptr, &fresh);
  CHECK((longer == filler || longer == low));
  CHECK_FALSE(fresh);
  region_release(longer, 1500);
}
