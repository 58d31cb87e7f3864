#include "text_summary.h"

#include <algorithm>
#include <cstdio>
#include <tuple>

namespace dartc::driver::size_report {

std::string withThousands(uint64_t n) {
  std::string s = std::to_string(n);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<size_t>(i), ",");
  return s;
}

std::string percentOf(uint64_t part, uint64_t total) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", total == 0 ? 0.0 : 100.0 * double(part) / double(total));
  return buf;
}

std::string signedBytes(int64_t delta) {
  return (delta > 0 ? "+" : delta < 0 ? "-" : "") + withThousands(static_cast<uint64_t>(delta < 0 ? -delta : delta));
}

std::string padLeft(const std::string& s, size_t width) { return s.size() >= width ? s : std::string(width - s.size(), ' ') + s; }

namespace {

std::string row(uint64_t bytes, uint64_t total, const std::string& what) {
  return padLeft(withThousands(bytes), 10) + "  " + padLeft(percentOf(bytes, total), 6) + "  " + what + "\n";
}

struct Ranked {
  const SizeNode* node;
  std::string label;
};

// The `count` biggest nodes at depth 2 (classes) or 3 (functions), leaving out the "(other)"
// group, which holds no classes or functions; functions are code only.
std::vector<Ranked> biggest(const SizeNode& root, bool functions, size_t count) {
  std::vector<Ranked> all;
  for (const SizeNode& lib : root.children) {
    if (lib.name == kOtherLibrary) continue;
    for (const SizeNode& cls : lib.children) {
      if (!functions) {
        all.push_back({&cls, lib.name + "  " + cls.name});
        continue;
      }
      for (const SizeNode& fn : cls.children) {
        if (fn.kind != ByteKind::Code) continue;
        std::string owner = cls.name == kTopLevelClass ? "" : cls.name + (lib.name == kRuntimeLibrary ? ": " : ".");
        all.push_back({&fn, lib.name + "  " + owner + fn.name});
      }
    }
  }
  std::sort(all.begin(), all.end(), [](const Ranked& a, const Ranked& b) {
    return std::tie(b.node->bytes, a.label) < std::tie(a.node->bytes, b.label);
  });
  if (all.size() > count) all.resize(count);
  return all;
}

}  // namespace

std::string textSummary(const SizeReport& r) {
  uint64_t total = r.fileSize;
  std::string out = "Size of " + r.executable + " (" + r.target + "): " + withThousands(total) + " bytes\n";
  out += "  code " + withThousands(r.root.code) + ", data " + withThousands(r.root.data) + ", other (headers, symbols, padding) " +
         withThousands(r.root.bytes - r.root.code - r.root.data) + "; and " + withThousands(r.memoryOnlyBytes()) +
         " bytes zero-filled in memory only (.bss)\n";
  uint64_t symbolTables = 0;
  for (const SectionSize& s : r.sections) {
    if (s.name == ".symtab" || s.name == ".strtab") symbolTables += s.bytes;
  }
  if (symbolTables) out += "  the symbol table (.symtab, .strtab), which strip removes: " + withThousands(symbolTables) + " bytes\n";

  out += "\nBy library:\n" + padLeft("bytes", 10) + "  " + padLeft("%", 6) + padLeft("code", 10) + padLeft("data", 10) + "  library\n";
  for (const SizeNode& lib : r.root.children) {
    out += padLeft(withThousands(lib.bytes), 10) + "  " + padLeft(percentOf(lib.bytes, total), 6) + padLeft(withThousands(lib.code), 10) +
           padLeft(withThousands(lib.data), 10) + "  " + lib.name + "\n";
  }

  out += "\nBy class, the " + std::to_string(kBiggestCount) + " biggest:\n";
  for (const Ranked& c : biggest(r.root, false, kBiggestCount)) out += row(c.node->bytes, total, c.label);

  out += "\nBiggest " + std::to_string(kBiggestCount) + " functions:\n";
  for (const Ranked& f : biggest(r.root, true, kBiggestCount)) out += row(f.node->bytes, total, f.label);

  const TreeShakingSummary& t = r.treeShaking;
  out += std::string("\nTree shaking (") + (t.typeFlow ? "type-flow analysis" : "rapid type analysis") + "): members kept " +
         withThousands(t.keptMembers) + ", removed " + withThousands(t.totalMembers - t.keptMembers) + " of " +
         withThousands(t.totalMembers) + "; classes kept " + withThousands(t.keptClasses) + ", removed " +
         withThousands(t.totalClasses - t.keptClasses) + " of " + withThousands(t.totalClasses) + "\n";
  for (const LibraryShaking& l : t.libraries) {
    out += "  " + l.library + ": members kept " + withThousands(l.keptMembers) + " of " + withThousands(l.totalMembers) +
           ", classes kept " + withThousands(l.keptClasses) + " of " + withThousands(l.totalClasses) + "\n";
  }

  const DispatchTableSummary& d = r.dispatchTable;
  out += "\nDispatch table: " + withThousands(d.length) + " entries, " + withThousands(d.filled) + " filled (" +
         (d.length ? percentOf(d.filled, d.length) : "empty: no call is dispatched through it") + "), " + withThousands(d.selectors) + (d.selectors == 1 ? " selector, " : " selectors, ") + withThousands(d.classIds) +
         " class ids, " + withThousands(d.bytes) + " bytes\n";
  return out;
}

}  // namespace dartc::driver::size_report
