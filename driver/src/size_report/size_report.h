// The data of a size report (`dartc compile exe --analyze-size`, docs/size_report.md): where the
// bytes of an executable go (library -> class -> function, from its symbols and sections), what
// tree shaking kept and removed, and how big the dispatch table is. Measured once, then written
// as text, JSON and a treemap page, and read back from JSON by `dartc analyze-size --compare`.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace dartc::driver::size_report {

// The groups that are not Dart libraries; their names are in parentheses (or "runtime"), which no
// library URI is.
inline constexpr const char* kRuntimeLibrary = "runtime";         // the precompiled C++ runtime
inline constexpr const char* kGeneratedLibrary = "(generated)";   // dartc's program-wide tables and stubs
inline constexpr const char* kSystemLibrary = "(system)";         // C startup files, libc, libgcc
inline constexpr const char* kOtherLibrary = "(other)";           // ELF headers, symbols, unnamed bytes
inline constexpr const char* kTopLevelClass = "(top level)";      // a library's top-level members

// Where a byte of the file is: in an executable section, another allocated section, or not loaded
// at all (headers, the symbol table, padding).
enum class ByteKind { Code, Data, Other };

const char* byteKindName(ByteKind kind);  // "code", "data", "other"

// One leaf of the report: a function or datum, or a group of bytes no symbol names.
struct SizeEntry {
  std::string library;
  std::string cls;
  std::string name;
  ByteKind kind = ByteKind::Other;
  uint64_t bytes = 0;
  std::string symbol;  // the symbol, when the entry is one
};

struct SectionSize {
  std::string name;
  uint64_t bytes = 0;
  ByteKind kind = ByteKind::Other;
  bool inFile = true;  // false for .bss and .tbss: memory only
};

// A node of the library -> class -> function tree; sizes are sums over the leaves below.
struct SizeNode {
  std::string name;
  uint64_t bytes = 0;
  uint64_t code = 0;
  uint64_t data = 0;
  ByteKind kind = ByteKind::Other;  // leaves only
  std::string symbol;               // leaves only
  std::vector<SizeNode> children;   // biggest first, then by name
};

struct LibraryShaking {
  std::string library;
  size_t keptMembers = 0, totalMembers = 0;
  size_t keptClasses = 0, totalClasses = 0;
};

// What tree shaking kept and removed, from the analysis's facts.
struct TreeShakingSummary {
  bool typeFlow = true;  // false: Rapid Type Analysis (--no-tfa)
  size_t keptMembers = 0, totalMembers = 0;
  size_t keptClasses = 0, totalClasses = 0;
  std::vector<LibraryShaking> libraries;  // program order
  // "<library>::<Class>" and "<library>::<Class>.<member>", in program order.
  std::vector<std::string> keptClassNames;
  std::vector<std::string> removedClassNames;
  std::vector<std::string> removedMemberNames;
};

struct DispatchTableSummary {
  size_t classIds = 0;
  size_t selectors = 0;
  size_t length = 0;  // entries
  size_t filled = 0;  // entries that hold an implementation
  uint64_t bytes = 0; // of the table in the executable (0 when it has none)
};

struct SizeReport {
  std::string executable;  // the file's name (without its directory, so reports compare)
  std::string target;      // the target triple
  uint64_t fileSize = 0;
  std::vector<SectionSize> sections;  // in file order
  SizeNode root;           // the libraries; root.bytes == fileSize
  TreeShakingSummary treeShaking;
  DispatchTableSummary dispatchTable;

  uint64_t memoryOnlyBytes() const;  // .bss and .tbss
};

// Builds the library -> class -> function tree from leaves; sums code and data per node and
// orders every level biggest first (then by name), so the result is deterministic.
SizeNode buildSizeTree(const std::vector<SizeEntry>& entries);

}  // namespace dartc::driver::size_report
