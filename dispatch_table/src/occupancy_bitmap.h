// One bit per table slot: set when a (selector, cid) entry owns it. Placement asks its questions
// a word (64 slots, or 64 candidate positions) at a time: "which of these 64 positions would put
// a run of n slots over a taken slot?" and "where is the next free run this long?".
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace dartc::dispatch {

class OccupancyBitmap {
 public:
  bool test(size_t slot) const;
  // Bit j is slot `slot + j`'s bit, for j in [0, 64).
  uint64_t window(size_t slot) const {
    size_t word = slot / kBits, shift = slot % kBits;
    uint64_t low = word < words_.size() ? words_[word] : 0;
    if (shift == 0) return low;
    uint64_t high = word + 1 < words_.size() ? words_[word + 1] : 0;
    return low >> shift | high << (kBits - shift);
  }
  // Bit j set iff [slot + j, slot + j + length) holds a taken slot, for j in [0, 64).
  uint64_t overlaps(size_t slot, size_t length) const;
  // Marks [begin, end) taken; grows the bitmap as needed.
  void setRange(size_t begin, size_t end);
  // The first taken slot in [begin, end), or `end` if all are free.
  size_t findTaken(size_t begin, size_t end) const;
  // The last taken slot in [begin, end), or `end` if all are free.
  size_t findLastTaken(size_t begin, size_t end) const;
  // The first free slot at or after `slot` (slots past the bitmap's end are free).
  size_t findFree(size_t slot) const;
  // The first p >= slot with [p, p + length) all free.
  size_t findFreeRun(size_t slot, size_t length);

 private:
  static constexpr size_t kBits = 64;
  size_t scanForFreeRun(size_t slot, size_t length) const;

  std::vector<uint64_t> words_;
  // freeRunHint_[k]: no free run of 2^k slots starts below it. Slots are never freed, so a hint
  // stays true and only moves up; long runs skip the fragmented front of the table through it.
  std::array<size_t, 64> freeRunHint_{};
};

}  // namespace dartc::dispatch
