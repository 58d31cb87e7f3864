#include "compare_reports.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <tuple>

#include "text_summary.h"

namespace dartc::driver::size_report {

namespace {

struct Change {
  std::string label;
  uint64_t before = 0, after = 0;
  bool inBefore = false, inAfter = false;

  int64_t delta() const { return static_cast<int64_t>(after) - static_cast<int64_t>(before); }
};

// Sizes per library, class and function, keyed by their labels.
struct Levels {
  std::map<std::string, Change> libraries, classes, functions;
};

void collect(const SizeNode& root, bool isAfter, Levels& levels) {
  auto add = [&](std::map<std::string, Change>& level, const std::string& label, uint64_t bytes) {
    Change& c = level[label];
    c.label = label;
    (isAfter ? c.after : c.before) += bytes;
    (isAfter ? c.inAfter : c.inBefore) = true;
  };
  for (const SizeNode& lib : root.children) {
    add(levels.libraries, lib.name, lib.bytes);
    for (const SizeNode& cls : lib.children) {
      add(levels.classes, lib.name + "  " + cls.name, cls.bytes);
      for (const SizeNode& fn : cls.children) add(levels.functions, lib.name + "  " + cls.name + "  " + fn.name, fn.bytes);
    }
  }
}

std::string line(const Change& c) {
  std::string note = !c.inBefore ? " (new)" : !c.inAfter ? " (gone)" : "";
  return padLeft(signedBytes(c.delta()), 10) + "  " + c.label + "  " + withThousands(c.before) + " -> " +
         withThousands(c.after) + note + "\n";
}

// One level: the grown entries, biggest growth first, then the shrunk ones, biggest loss first.
std::string level(const char* title, const std::map<std::string, Change>& changes) {
  std::vector<const Change*> grew, shrank;
  int64_t grewBytes = 0, shrankBytes = 0;
  for (const auto& [label, c] : changes) {
    if (c.delta() > 0) grew.push_back(&c), grewBytes += c.delta();
    if (c.delta() < 0) shrank.push_back(&c), shrankBytes += c.delta();
  }
  auto byChange = [](const Change* a, const Change* b) {
    int64_t da = a->delta() < 0 ? -a->delta() : a->delta(), db = b->delta() < 0 ? -b->delta() : b->delta();
    return std::tie(db, a->label) < std::tie(da, b->label);
  };
  std::sort(grew.begin(), grew.end(), byChange);
  std::sort(shrank.begin(), shrank.end(), byChange);
  std::string out = std::string("\n") + title + ": " + std::to_string(grew.size()) + " grew (" + signedBytes(grewBytes) + "), " +
                    std::to_string(shrank.size()) + " shrank (" + signedBytes(shrankBytes) + ")\n";
  for (const auto* list : {&grew, &shrank}) {
    for (size_t i = 0; i < list->size() && i < kCompareListLimit; ++i) out += line(*(*list)[i]);
    if (list->size() > kCompareListLimit) {
      int64_t rest = 0;
      for (size_t i = kCompareListLimit; i < list->size(); ++i) rest += (*list)[i]->delta();
      out += padLeft(signedBytes(rest), 10) + "  (" + std::to_string(list->size() - kCompareListLimit) + " more)\n";
    }
  }
  return out;
}

std::string countChange(const char* what, size_t before, size_t after) {
  return std::string(what) + " " + withThousands(before) + " -> " + withThousands(after) + " (" +
         signedBytes(static_cast<int64_t>(after) - static_cast<int64_t>(before)) + ")";
}

}  // namespace

std::string compareReports(const SizeReport& before, const SizeReport& after) {
  int64_t delta = static_cast<int64_t>(after.fileSize) - static_cast<int64_t>(before.fileSize);
  std::string out = "Size: " + before.executable + " " + withThousands(before.fileSize) + " bytes -> " + after.executable + " " +
                    withThousands(after.fileSize) + " bytes: " + signedBytes(delta) + " bytes";
  if (before.fileSize) {
    char pct[32];
    std::snprintf(pct, sizeof pct, " (%+.1f%%)", 100.0 * double(delta) / double(before.fileSize));
    out += pct;
  }
  out += "\n  code " + signedBytes(static_cast<int64_t>(after.root.code) - static_cast<int64_t>(before.root.code)) + ", data " +
         signedBytes(static_cast<int64_t>(after.root.data) - static_cast<int64_t>(before.root.data)) + "\n";
  Levels levels;
  collect(before.root, false, levels);
  collect(after.root, true, levels);
  out += level("Libraries", levels.libraries);
  out += level("Classes", levels.classes);
  out += level("Functions", levels.functions);
  out += "\nTree shaking: " + countChange("members kept", before.treeShaking.keptMembers, after.treeShaking.keptMembers) + "; " +
         countChange("classes kept", before.treeShaking.keptClasses, after.treeShaking.keptClasses) + "\n";
  out += "Dispatch table: " + countChange("entries", before.dispatchTable.length, after.dispatchTable.length) + "; " +
         countChange("filled", before.dispatchTable.filled, after.dispatchTable.filled) + "\n";
  return out;
}

}  // namespace dartc::driver::size_report
