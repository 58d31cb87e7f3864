// The table's invariants, checked from scratch (slot by slot, not interval-wise like placement),
// so a bug in the fast placement path cannot hide itself.
#include <algorithm>
#include <string>

#include "dispatch_table/dispatch_table.h"

namespace dartc::dispatch {
namespace {

constexpr size_t kMaxProblems = 20;
constexpr size_t kNoOwner = ~size_t(0);

class ProblemList {
 public:
  explicit ProblemList(VerifyReport& report) : report_(report) {}
  bool full() const { return report_.problems.size() >= kMaxProblems; }
  void add(std::string problem) {
    if (!full()) report_.problems.push_back(std::move(problem));
  }

 private:
  VerifyReport& report_;
};

std::string str(uint64_t n) { return std::to_string(n); }
std::string str(int64_t n) { return std::to_string(n); }

}  // namespace

VerifyReport DispatchTable::verify() const {
  VerifyReport report;
  ProblemList problems(report);
  std::vector<size_t> owner(entries_.size(), kNoOwner);  // index into selectors_
  size_t ownedSlots = 0;

  for (size_t index = 0; index < selectors_.size() && !problems.full(); ++index) {
    const PlacedSelector& placed = selectors_[index];
    const SelectorRow& row = placed.row;
    if (row.empty()) continue;
    std::string name = "selector " + str(uint64_t(row.selector));
    if (placed.offset + SelectorOffset(row.minCid()) < 0 ||
        placed.offset + SelectorOffset(row.endCid()) > SelectorOffset(entries_.size())) {
      problems.add(name + " at offset " + str(placed.offset) + " reaches outside the table");
      continue;
    }
    for (const CidInterval& interval : row.intervals) {
      for (ClassId cid = interval.begin; cid < interval.end; ++cid) {
        size_t slot = size_t(placed.offset + SelectorOffset(cid));
        if (owner[slot] != kNoOwner) {
          problems.add("slot " + str(uint64_t(slot)) + " is claimed by selector " +
                       str(uint64_t(selectors_[owner[slot]].row.selector)) + " and " + name);
          continue;
        }
        owner[slot] = index;
        ++ownedSlots;
        if (entries_[slot] != interval.implementation) {
          problems.add(name + ", cid " + str(uint64_t(cid)) + ": slot " + str(uint64_t(slot)) +
                       " holds " + str(uint64_t(entries_[slot])) + ", not " +
                       str(uint64_t(interval.implementation)));
        }
      }
    }
  }
  if (!problems.full() && ownedSlots != liveEntries_) {
    problems.add("rows own " + str(uint64_t(ownedSlots)) + " slots but liveEntries() is " +
                 str(uint64_t(liveEntries_)));
  }
  for (size_t slot = 0; slot < entries_.size() && !problems.full(); ++slot) {
    if (entries_[slot] != kEmpty && owner[slot] == kNoOwner) {
      problems.add("slot " + str(uint64_t(slot)) + " holds an entry no row owns");
    }
  }
  return report;
}

VerifyReport DispatchTable::verify(std::span<const SelectorInput> inputs) const {
  VerifyReport report = verify();
  ProblemList problems(report);
  if (!problems.full() && inputs.size() != selectors_.size()) {
    problems.add("the input has " + str(uint64_t(inputs.size())) + " selectors, the table " +
                 str(uint64_t(selectors_.size())));
  }
  for (const SelectorInput& input : inputs) {
    if (problems.full()) break;
    std::string name = "selector " + str(uint64_t(input.selector));
    const PlacedSelector* placed = find(input.selector);
    if (placed == nullptr) {
      problems.add(name + " is missing from the table");
      continue;
    }
    for (const SelectorImplementation& pair : input.implementations) {
      ImplementationId found = lookup(pair.cid, input.selector);
      if (found != pair.implementation) {
        problems.add(name + ", cid " + str(uint64_t(pair.cid)) + ": dispatches to " +
                     str(uint64_t(found)) + ", not " + str(uint64_t(pair.implementation)));
      }
    }
    // The row may hold no cid the input did not give.
    std::vector<ClassId> cids;
    for (const SelectorImplementation& pair : input.implementations) cids.push_back(pair.cid);
    std::sort(cids.begin(), cids.end());
    size_t distinct = size_t(std::unique(cids.begin(), cids.end()) - cids.begin());
    if (distinct != placed->row.cidCount) {
      problems.add(name + " has " + str(uint64_t(placed->row.cidCount)) + " entries for " +
                   str(uint64_t(distinct)) + " input classes");
    }
  }
  return report;
}

}  // namespace dartc::dispatch
