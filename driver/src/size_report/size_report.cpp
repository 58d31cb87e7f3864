#include "size_report.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace dartc::driver::size_report {

const char* byteKindName(ByteKind kind) {
  switch (kind) {
    case ByteKind::Code: return "code";
    case ByteKind::Data: return "data";
    case ByteKind::Other: return "other";
  }
  return "other";
}

uint64_t SizeReport::memoryOnlyBytes() const {
  uint64_t total = 0;
  for (const SectionSize& s : sections) {
    if (!s.inFile) total += s.bytes;
  }
  return total;
}

namespace {

void addBytes(SizeNode& node, ByteKind kind, uint64_t bytes) {
  node.bytes += bytes;
  if (kind == ByteKind::Code) node.code += bytes;
  if (kind == ByteKind::Data) node.data += bytes;
}

void sortBiggestFirst(SizeNode& node) {
  std::sort(node.children.begin(), node.children.end(), [](const SizeNode& a, const SizeNode& b) {
    return std::tie(b.bytes, a.name) < std::tie(a.bytes, b.name);
  });
  for (SizeNode& child : node.children) sortBiggestFirst(child);
}

}  // namespace

SizeNode buildSizeTree(const std::vector<SizeEntry>& entries) {
  // Ordered maps give each level a stable order before the final sort; entries with the same
  // library, class and name (overloads that print alike) become one leaf.
  std::map<std::string, std::map<std::string, std::map<std::string, SizeNode>>> tree;
  for (const SizeEntry& e : entries) {
    if (e.bytes == 0) continue;
    SizeNode& leaf = tree[e.library][e.cls][e.name];
    if (leaf.name.empty()) {
      leaf.name = e.name;
      leaf.kind = e.kind;
      leaf.symbol = e.symbol;
    }
    addBytes(leaf, e.kind, e.bytes);
  }
  SizeNode root;
  for (auto& [libName, classes] : tree) {
    SizeNode lib;
    lib.name = libName;
    for (auto& [className, functions] : classes) {
      SizeNode cls;
      cls.name = className;
      for (auto& [name, leaf] : functions) {
        cls.bytes += leaf.bytes;
        cls.code += leaf.code;
        cls.data += leaf.data;
        cls.children.push_back(std::move(leaf));
      }
      lib.bytes += cls.bytes;
      lib.code += cls.code;
      lib.data += cls.data;
      lib.children.push_back(std::move(cls));
    }
    root.bytes += lib.bytes;
    root.code += lib.code;
    root.data += lib.data;
    root.children.push_back(std::move(lib));
  }
  sortBiggestFirst(root);
  return root;
}

}  // namespace dartc::driver::size_report
