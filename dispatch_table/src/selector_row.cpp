#include "dispatch_table/selector_row.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace dartc::dispatch {

ImplementationId SelectorRow::implementationFor(ClassId cid) const {
  // The first interval ending after cid is the only one that can hold it.
  auto it =
      std::upper_bound(intervals.begin(), intervals.end(), cid,
                       [](ClassId c, const CidInterval& interval) { return c < interval.end; });
  if (it == intervals.end() || it->begin > cid) return kEmpty;
  return it->implementation;
}

SelectorRow buildSelectorRow(const SelectorInput& input) {
  SelectorRow row;
  row.selector = input.selector;
  row.callCount = input.callCount;

  std::vector<SelectorImplementation> pairs = input.implementations;
  std::sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) {
    return a.cid != b.cid ? a.cid < b.cid : a.implementation < b.implementation;
  });

  for (size_t i = 0; i < pairs.size(); ++i) {
    const SelectorImplementation& pair = pairs[i];
    if (pair.implementation == kEmpty) {
      throw std::invalid_argument("selector " + std::to_string(input.selector) +
                                  ": implementation id kEmpty is reserved for holes");
    }
    if (pair.cid == ~ClassId(0)) {  // its interval's end would not be representable
      throw std::invalid_argument("selector " + std::to_string(input.selector) +
                                  ": cid 0xffffffff is out of range");
    }
    if (i > 0 && pairs[i - 1].cid == pair.cid) {
      if (pairs[i - 1].implementation == pair.implementation) continue;
      throw std::invalid_argument("selector " + std::to_string(input.selector) + ": cid " +
                                  std::to_string(pair.cid) + " has two implementations");
    }
    ++row.cidCount;
    if (!row.intervals.empty()) {
      CidInterval& last = row.intervals.back();
      if (last.end == pair.cid && last.implementation == pair.implementation) {
        ++last.end;
        continue;
      }
    }
    row.intervals.push_back({pair.cid, pair.cid + 1, pair.implementation});
  }
  return row;
}

}  // namespace dartc::dispatch
