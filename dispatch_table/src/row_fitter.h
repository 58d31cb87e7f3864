// First-fit row displacement: places one row at a time at the smallest offset where every cid of
// the row lands on a free slot. Rows are fitted by their shape (the cid runs, implementations
// ignored), since only occupancy decides where a row fits.
#pragma once

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dispatch_table/dispatch_table.h"
#include "occupancy_bitmap.h"

namespace dartc::dispatch {

// A row's occupancy: maximal cid runs [begin, end), touching intervals merged.
using RowShape = std::vector<std::pair<ClassId, ClassId>>;

RowShape shapeOf(const SelectorRow& row);

class RowFitter {
 public:
  // Chooses the offset for a non-empty row and marks its slots taken.
  SelectorOffset place(const SelectorRow& row);

  // One past the highest taken slot: the table's size so far.
  size_t tableSize() const { return tableSize_; }
  const PlacementStats& stats() const { return stats_; }

 private:
  struct ShapeHash {
    size_t operator()(const RowShape& shape) const;
  };

  SelectorOffset firstFit(const RowShape& shape, SelectorOffset lowest);

  OccupancyBitmap taken_;
  size_t firstFreeSlot_ = 0;  // every slot below it is taken
  size_t tableSize_ = 0;
  // Where the last row of each shape went. Slots only ever fill up, so every offset below it
  // still fails for the same shape: the next row of that shape resumes the search just past it.
  // Many selectors share a shape (those introduced in one class and never overridden).
  std::unordered_map<RowShape, SelectorOffset, ShapeHash> lastOffsetByShape_;
  PlacementStats stats_;
};

}  // namespace dartc::dispatch
