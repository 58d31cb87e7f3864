#include "row_fitter.h"

#include <algorithm>
#include <bit>
#include <numeric>

namespace dartc::dispatch {

RowShape shapeOf(const SelectorRow& row) {
  RowShape shape;
  shape.reserve(row.intervals.size());
  for (const CidInterval& interval : row.intervals) {
    if (!shape.empty() && shape.back().second == interval.begin) {
      shape.back().second = interval.end;
    } else {
      shape.emplace_back(interval.begin, interval.end);
    }
  }
  return shape;
}

size_t RowFitter::ShapeHash::operator()(const RowShape& shape) const {
  uint64_t hash = 0xcbf29ce484222325u;  // FNV-1a offset basis, mixing whole words
  for (auto [begin, end] : shape) {
    hash = (hash ^ (uint64_t(begin) << 32 | end)) * 0x100000001b3u;
  }
  return size_t(hash ^ (hash >> 29));
}

SelectorOffset RowFitter::place(const SelectorRow& row) {
  RowShape shape = shapeOf(row);
  ClassId minCid = shape.front().first;
  // The row's first run cannot start below the first free slot, and offset + minCid >= 0.
  SelectorOffset lowest = SelectorOffset(firstFreeSlot_) - SelectorOffset(minCid);
  auto cached = lastOffsetByShape_.find(shape);
  if (cached != lastOffsetByShape_.end() && cached->second + 1 > lowest) {
    lowest = cached->second + 1;
    ++stats_.shapeCacheHits;
  }

  SelectorOffset offset = firstFit(shape, lowest);
  for (auto [begin, end] : shape) {
    taken_.setRange(size_t(offset + begin), size_t(offset + end));
  }
  firstFreeSlot_ = taken_.findFree(firstFreeSlot_);
  tableSize_ = std::max(tableSize_, size_t(offset + shape.back().second));
  ++stats_.selectorsPlaced;
  if (cached != lastOffsetByShape_.end()) {
    cached->second = offset;
  } else {
    lastOffsetByShape_.emplace(std::move(shape), offset);
  }
  return offset;
}

SelectorOffset RowFitter::firstFit(const RowShape& shape, SelectorOffset lowest) {
  // Long runs are the hardest to fit, so they rule out a block of offsets soonest.
  std::vector<size_t> order(shape.size());
  std::iota(order.begin(), order.end(), size_t(0));
  auto length = [&](size_t run) { return shape[run].second - shape[run].first; };
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return length(a) != length(b) ? length(a) > length(b) : a < b;
  });
  auto [longestBegin, longestEnd] = shape[order.front()];

  SelectorOffset base = lowest;
  for (;;) {
    // Skip straight past the offsets that put the longest run over a taken slot: in the dense
    // part of the table this jumps a whole word of slots per step.
    size_t longestAt = taken_.findFreeRun(size_t(base + longestBegin), longestEnd - longestBegin);
    base = SelectorOffset(longestAt) - SelectorOffset(longestBegin);
    ++stats_.blocksTried;
    // Try the 64 offsets [base, base + 64) at once: a bit per offset, set once any run of the
    // row lands on a taken slot there. First fit is the lowest clear bit.
    uint64_t rejected = 0;
    for (size_t run : order) {
      auto [begin, end] = shape[run];
      rejected |= taken_.overlaps(size_t(base + begin), end - begin);
      if (rejected == ~uint64_t(0)) break;
    }
    if (rejected != ~uint64_t(0)) return base + std::countr_one(rejected);
    base += 64;
  }
}

}  // namespace dartc::dispatch
