// The word-at-a-time slot bitmap against a bit-by-bit model.
#include <doctest/doctest.h>

#include <vector>

#include "occupancy_bitmap.h"
#include "synthetic_program.h"

namespace dartc::dispatch {
namespace {

struct SlowModel {
  std::vector<bool> bits;

  bool test(size_t slot) const { return slot < bits.size() && bits[slot]; }
  void setRange(size_t begin, size_t end) {
    if (end > bits.size()) bits.resize(end, false);
    for (size_t slot = begin; slot < end; ++slot) bits[slot] = true;
  }
  size_t findTaken(size_t begin, size_t end) const {
    for (size_t slot = begin; slot < end; ++slot) {
      if (test(slot)) return slot;
    }
    return end;
  }
  size_t findLastTaken(size_t begin, size_t end) const {
    for (size_t slot = end; slot-- > begin;) {
      if (test(slot)) return slot;
    }
    return end;
  }
  uint64_t overlaps(size_t slot, size_t length) const {
    uint64_t mask = 0;
    for (size_t j = 0; j < 64; ++j) {
      if (findTaken(slot + j, slot + j + length) != slot + j + length) mask |= uint64_t(1) << j;
    }
    return mask;
  }
  size_t findFreeRun(size_t slot, size_t length) const {
    while (findTaken(slot, slot + length) != slot + length) ++slot;
    return slot;
  }
};

TEST_CASE("occupancy bitmap: word boundaries") {
  OccupancyBitmap bitmap;
  CHECK(bitmap.findFree(0) == 0);
  CHECK(bitmap.findTaken(0, 1000) == 1000);
  bitmap.setRange(60, 130);
  CHECK_FALSE(bitmap.test(59));
  CHECK(bitmap.test(60));
  CHECK(bitmap.test(64));
  CHECK(bitmap.test(129));
  CHECK_FALSE(bitmap.test(130));
  CHECK(bitmap.findTaken(0, 60) == 60);
  CHECK(bitmap.findTaken(0, 61) == 60);
  CHECK(bitmap.findTaken(100, 200) == 100);
  CHECK(bitmap.findTaken(130, 5000) == 5000);
  CHECK(bitmap.findFree(60) == 130);
  CHECK(bitmap.findFree(0) == 0);
  CHECK(bitmap.findFreeRun(0, 60) == 0);
  CHECK(bitmap.findFreeRun(0, 61) == 130);
  bitmap.setRange(0, 60);
  CHECK(bitmap.findFree(0) == 130);
  bitmap.setRange(130, 192);
  CHECK(bitmap.findFree(0) == 192);  // past the words held: free
}

TEST_CASE("occupancy bitmap: random ranges agree with a bit-by-bit model") {
  testing::Rng rng(7);
  OccupancyBitmap bitmap;
  SlowModel model;
  for (int step = 0; step < 400; ++step) {
    size_t begin = rng.below(3000);
    size_t length = rng.below(8) == 0 ? rng.below(200) : rng.below(5);
    bitmap.setRange(begin, begin + length);
    model.setRange(begin, begin + length);

    size_t probe = rng.below(3200);
    size_t probeEnd = probe + rng.below(150);
    size_t run = 1 + rng.below(rng.below(4) == 0 ? 300 : 40);
    REQUIRE(bitmap.test(probe) == model.test(probe));
    REQUIRE(bitmap.findTaken(probe, probeEnd) == model.findTaken(probe, probeEnd));
    REQUIRE(bitmap.findLastTaken(probe, probeEnd) == model.findLastTaken(probe, probeEnd));
    REQUIRE(bitmap.overlaps(probe, run) == model.overlaps(probe, run));
    REQUIRE(bitmap.overlaps(probe, run + 64) == model.overlaps(probe, run + 64));
    REQUIRE(bitmap.findFree(probe) == model.findFreeRun(probe, 1));
    REQUIRE(bitmap.findFreeRun(probe, run) == model.findFreeRun(probe, run));
  }
}

}  // namespace
}  // namespace dartc::dispatch
