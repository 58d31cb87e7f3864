#include "dispatch_table/dispatch_table.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace dartc::dispatch {

DispatchTable::DispatchTable(std::vector<PlacedSelector> selectorsById,
                             std::vector<ImplementationId> entries, size_t liveEntries,
                             PlacementStats stats)
    : selectors_(std::move(selectorsById)),
      entries_(std::move(entries)),
      liveEntries_(liveEntries),
      stats_(stats) {}

const PlacedSelector* DispatchTable::find(SelectorId selector) const {
  auto it = std::lower_bound(
      selectors_.begin(), selectors_.end(), selector,
      [](const PlacedSelector& placed, SelectorId id) { return placed.row.selector < id; });
  return it != selectors_.end() && it->row.selector == selector ? &*it : nullptr;
}

bool DispatchTable::contains(SelectorId selector) const { return find(selector) != nullptr; }

SelectorOffset DispatchTable::offset(SelectorId selector) const {
  const PlacedSelector* placed = find(selector);
  if (placed == nullptr) {
    throw std::out_of_range("selector " + std::to_string(selector) + " is not in the table");
  }
  return placed->offset;
}

ImplementationId DispatchTable::lookup(ClassId cid, SelectorId selector) const {
  const PlacedSelector* placed = find(selector);
  if (placed == nullptr) return kEmpty;
  SelectorOffset slot = placed->offset + SelectorOffset(cid);
  if (slot < 0 || size_t(slot) >= entries_.size()) return kEmpty;
  return entries_[size_t(slot)];
}

}  // namespace dartc::dispatch
