// The global dispatch table: a call that type-flow analysis could not devirtualize loads
// `gdt[cid(receiver) + offset(selector)]` and calls it. Offsets come from row displacement
// (Driesen & Hoelzle, OOPSLA'95): rows of unrelated selectors interleave in one vector, and a
// slot holds exactly one (selector, cid) entry. Holes are never hit because static types rule
// those calls out. See docs/dispatch-table.md.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "dispatch_table/ids.h"
#include "dispatch_table/selector_row.h"

namespace dartc::dispatch {

struct PlacedSelector {
  SelectorOffset offset = 0;  // 0 for a selector with an empty row (never called via the table)
  SelectorRow row;
};

// How much work placement did; for --verbose and for the documentation's complexity claims.
struct PlacementStats {
  size_t selectorsPlaced = 0;  // non-empty rows
  size_t blocksTried = 0;      // blocks of 64 candidate offsets examined at once
  size_t shapeCacheHits = 0;   // rows that resumed the search after an identical-shaped row
};

struct VerifyReport {
  std::vector<std::string> problems;  // the first few, each a sentence

  bool ok() const { return problems.empty(); }
};

class DispatchTable {
 public:
  DispatchTable() = default;
  DispatchTable(std::vector<PlacedSelector> selectorsById, std::vector<ImplementationId> entries,
                size_t liveEntries, PlacementStats stats);

  // Throws std::out_of_range for a selector that was not in the input.
  SelectorOffset offset(SelectorId selector) const;
  bool contains(SelectorId selector) const;
  // What `gdt[cid + offset(selector)]` holds: kEmpty for a hole or a slot past the end.
  ImplementationId lookup(ClassId cid, SelectorId selector) const;

  const std::vector<ImplementationId>& entries() const { return entries_; }
  size_t size() const { return entries_.size(); }
  size_t liveEntries() const { return liveEntries_; }
  double fillRatio() const { return size() == 0 ? 1.0 : double(liveEntries_) / double(size()); }
  // Every input selector, sorted by selector id.
  std::span<const PlacedSelector> selectors() const { return selectors_; }
  const PlacementStats& stats() const { return stats_; }

  // Checks the table against its own rows: every row entry sits in its slot with the right
  // implementation, no two entries share a slot, and no slot is filled by nobody.
  VerifyReport verify() const;
  // Also checks every (cid, implementation) pair of the original input through lookup().
  VerifyReport verify(std::span<const SelectorInput> inputs) const;

 private:
  const PlacedSelector* find(SelectorId selector) const;

  std::vector<PlacedSelector> selectors_;  // sorted by row.selector
  std::vector<ImplementationId> entries_;
  size_t liveEntries_ = 0;
  PlacementStats stats_;
};

// Builds rows, orders them (most called first; ties: more cids first, then smaller selector id)
// and places each at the first offset where all its cids land on free slots. Deterministic.
// Throws std::invalid_argument for a selector id given twice or a malformed row.
DispatchTable buildDispatchTable(std::span<const SelectorInput> selectors);

}  // namespace dartc::dispatch
