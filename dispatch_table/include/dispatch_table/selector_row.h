// A selector's row: which implementation each receiver class id dispatches to. Rows are kept as
// cid intervals, because depth-first class ids turn an inherited implementation into one run.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "dispatch_table/ids.h"

namespace dartc::dispatch {

struct SelectorImplementation {
  ClassId cid = 0;  // a concrete (allocated) class that answers the selector
  ImplementationId implementation = 0;
};

// What the caller knows about one selector that still needs the table after devirtualization.
struct SelectorInput {
  SelectorId selector = 0;
  // One pair per concrete class answering the selector, in any order.
  std::vector<SelectorImplementation> implementations;
  // How many call sites use the table for this selector: the most called selectors get the
  // smallest offsets (a shorter immediate in the call sequence, and the hot part of the table
  // stays dense).
  uint64_t callCount = 0;
};

// Cids [begin, end) all dispatch to `implementation`.
struct CidInterval {
  ClassId begin = 0;
  ClassId end = 0;
  ImplementationId implementation = 0;

  ClassId length() const { return end - begin; }
  bool operator==(const CidInterval&) const = default;
};

struct SelectorRow {
  SelectorId selector = 0;
  uint64_t callCount = 0;
  // Sorted by cid, disjoint; two touching intervals always differ in implementation.
  std::vector<CidInterval> intervals;
  size_t cidCount = 0;  // number of cids in the row (live table entries it needs)

  bool empty() const { return intervals.empty(); }
  ClassId minCid() const { return intervals.front().begin; }  // precondition: !empty()
  ClassId endCid() const { return intervals.back().end; }     // precondition: !empty()
  // The implementation for `cid`, or kEmpty if the row has no entry for it.
  ImplementationId implementationFor(ClassId cid) const;
};

// Sorts and compresses the input's pairs. A cid listed twice with the same implementation counts
// once; with different implementations it throws std::invalid_argument (an adapter bug), as does
// an implementation id equal to kEmpty.
SelectorRow buildSelectorRow(const SelectorInput& input);

}  // namespace dartc::dispatch
