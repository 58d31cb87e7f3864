#include "occupancy_bitmap.h"

#include <algorithm>
#include <bit>

namespace dartc::dispatch {
namespace {

// Bits [from, 64) of a word.
uint64_t bitsFrom(size_t from) { return from == 0 ? ~uint64_t(0) : ~uint64_t(0) << from; }
// Bits [0, to) of a word, for 0 < to <= 64.
uint64_t bitsBelow(size_t to) { return to == 64 ? ~uint64_t(0) : (uint64_t(1) << to) - 1; }

// Bit j set iff some bit >= j of x is set.
uint64_t anyAtOrAbove(uint64_t x) {
  for (unsigned shift = 1; shift < 64; shift *= 2) x |= x >> shift;
  return x;
}

// Bit j set iff some bit < j of x is set.
uint64_t anyBelow(uint64_t x) {
  x <<= 1;
  for (unsigned shift = 1; shift < 64; shift *= 2) x |= x << shift;
  return x;
}

}  // namespace

bool OccupancyBitmap::test(size_t slot) const {
  size_t word = slot / kBits;
  return word < words_.size() && (words_[word] >> (slot % kBits) & 1) != 0;
}

uint64_t OccupancyBitmap::overlaps(size_t slot, size_t length) const {
  if (length <= 1) return length == 0 ? 0 : window(slot);
  if (length <= kBits) {
    // Bit j must OR slots slot + j + [0, length): smear a 128-slot window down by doubling.
    unsigned __int128 smeared = (unsigned __int128)window(slot + kBits) << kBits | window(slot);
    for (size_t covered = 1; covered < length;) {
      size_t step = std::min(covered, length - covered);
      smeared |= smeared >> step;
      covered += step;
    }
    return uint64_t(smeared);
  }
  // Every span [slot + j, slot + j + length) holds the middle [slot + 64, slot + length); the
  // rest of it is a suffix of the head window and a prefix of the tail window.
  if (findTaken(slot + kBits, slot + length) != slot + length) return ~uint64_t(0);
  return anyAtOrAbove(window(slot)) | anyBelow(window(slot + length));
}

void OccupancyBitmap::setRange(size_t begin, size_t end) {
  if (begin >= end) return;
  size_t lastWord = (end - 1) / kBits;
  if (lastWord >= words_.size()) {
    // Geometric growth keeps the total cost of growing linear in the final size.
    words_.resize(std::max(lastWord + 1, words_.size() * 2), 0);
  }
  for (size_t word = begin / kBits; word <= lastWord; ++word) {
    uint64_t mask = ~uint64_t(0);
    if (word == begin / kBits) mask &= bitsFrom(begin % kBits);
    if (word == lastWord) mask &= bitsBelow(end - lastWord * kBits);
    words_[word] |= mask;
  }
}

size_t OccupancyBitmap::findTaken(size_t begin, size_t end) const {
  if (begin >= end || words_.empty()) return end;
  size_t lastWord = std::min((end - 1) / kBits, words_.size() - 1);
  for (size_t word = begin / kBits; word <= lastWord; ++word) {
    uint64_t bits = words_[word];
    if (word == begin / kBits) bits &= bitsFrom(begin % kBits);
    if (bits != 0) return std::min(end, word * kBits + size_t(std::countr_zero(bits)));
  }
  return end;
}

size_t OccupancyBitmap::findLastTaken(size_t begin, size_t end) const {
  if (begin >= end || words_.empty()) return end;
  size_t firstWord = begin / kBits;
  size_t lastWord = (end - 1) / kBits;
  if (firstWord >= words_.size()) return end;
  for (size_t word = std::min(lastWord, words_.size() - 1) + 1; word-- > firstWord;) {
    uint64_t bits = words_[word];
    if (word == lastWord) bits &= bitsBelow(end - lastWord * kBits);
    if (word == firstWord) bits &= bitsFrom(begin % kBits);
    if (bits != 0) return word * kBits + size_t(63 - std::countl_zero(bits));
  }
  return end;
}

size_t OccupancyBitmap::findFree(size_t slot) const {
  for (size_t word = slot / kBits; word < words_.size(); ++word) {
    uint64_t freeBits = ~words_[word];
    if (word == slot / kBits) freeBits &= bitsFrom(slot % kBits);
    if (freeBits != 0) return word * kBits + size_t(std::countr_zero(freeBits));
  }
  return std::max(slot, words_.size() * kBits);
}

size_t OccupancyBitmap::findFreeRun(size_t slot, size_t length) {
  if (length == 0) return slot;
  // A free run of `length` slots holds one of 2^k slots, so it cannot start below that hint.
  auto bucket = size_t(std::bit_width(length) - 1);
  size_t& hint = freeRunHint_[bucket];
  if (slot <= hint) {
    hint = scanForFreeRun(hint, size_t(1) << bucket);
    slot = hint;
  }
  return scanForFreeRun(slot, length);
}

size_t OccupancyBitmap::scanForFreeRun(size_t slot, size_t length) const {
  if (length <= kBits) {
    // 64 candidate starts per step, however fragmented the table is.
    for (;; slot += kBits) {
      uint64_t blocked = overlaps(slot, length);
      if (blocked != ~uint64_t(0)) return slot + size_t(std::countr_one(blocked));
    }
  }
  // Look at the candidate's last taken slot, not its first (as Boyer-Moore matches from the
  // end): every start up to it fails, so in a fragmented stretch each step skips about `length`.
  for (;;) {
    slot = findFree(slot);
    size_t taken = findLastTaken(slot, slot + length);
    if (taken == slot + length) return slot;
    slot = taken + 1;
  }
}

}  // namespace dartc::dispatch
