// Rows -> placement order -> offsets -> the table's entries.
#include <algorithm>
#include <cassert>
#include <stdexcept>
#include <string>

#include "dispatch_table/dispatch_table.h"
#include "row_fitter.h"

namespace dartc::dispatch {
namespace {

std::vector<PlacedSelector> buildRowsById(std::span<const SelectorInput> inputs) {
  std::vector<PlacedSelector> selectors;
  selectors.reserve(inputs.size());
  for (const SelectorInput& input : inputs) {
    selectors.push_back({0, buildSelectorRow(input)});
  }
  std::sort(selectors.begin(), selectors.end(),
            [](const auto& a, const auto& b) { return a.row.selector < b.row.selector; });
  for (size_t i = 1; i < selectors.size(); ++i) {
    if (selectors[i - 1].row.selector == selectors[i].row.selector) {
      throw std::invalid_argument("selector " + std::to_string(selectors[i].row.selector) +
                                  " is given twice");
    }
  }
  return selectors;
}

// The Dart VM's order: the most called selectors first, so they get the small offsets near the
// origin (shorter immediates at the hot call sites). Among equals, larger rows first: they are
// the hardest to fit later, while small rows fill the holes they leave. The selector id makes
// the order total, hence the table deterministic.
std::vector<PlacedSelector*> placementOrder(std::vector<PlacedSelector>& selectors) {
  std::vector<PlacedSelector*> order;
  for (PlacedSelector& selector : selectors) {
    if (!selector.row.empty()) order.push_back(&selector);
  }
  std::sort(order.begin(), order.end(), [](const PlacedSelector* a, const PlacedSelector* b) {
    if (a->row.callCount != b->row.callCount) return a->row.callCount > b->row.callCount;
    if (a->row.cidCount != b->row.cidCount) return a->row.cidCount > b->row.cidCount;
    return a->row.selector < b->row.selector;
  });
  return order;
}

}  // namespace

DispatchTable buildDispatchTable(std::span<const SelectorInput> inputs) {
  std::vector<PlacedSelector> selectors = buildRowsById(inputs);

  RowFitter fitter;
  for (PlacedSelector* selector : placementOrder(selectors)) {
    selector->offset = fitter.place(selector->row);
  }

  std::vector<ImplementationId> entries(fitter.tableSize(), kEmpty);
  size_t liveEntries = 0;
  for (const PlacedSelector& selector : selectors) {
    for (const CidInterval& interval : selector.row.intervals) {
      auto first = entries.begin() + (selector.offset + interval.begin);
      std::fill(first, first + interval.length(), interval.implementation);
    }
    liveEntries += selector.row.cidCount;
  }
  DispatchTable table(std::move(selectors), std::move(entries), liveEntries, fitter.stats());
  // Debug builds re-check every slot (linear in the table); release builds trust the tests.
  assert(table.verify().ok() && "dispatch table placement broke an invariant");
  return table;
}

}  // namespace dartc::dispatch
