// Which source file of the precompiled runtime (libdartrt.a) defines a symbol: the size report
// groups the runtime's code by file ("heap", "dtoa"), as classes of the "runtime" group.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>

namespace dartc::driver::size_report {

struct RuntimeArchiveIndex {
  std::unordered_map<std::string, std::string> globalFiles;  // global symbol -> member stem
  // Member stem -> its local symbols. A local symbol of the executable is the runtime's only
  // when the file symbol before it names a member and that member defines it: objects of a
  // static libc carry no file symbols, so their locals follow the runtime's last file symbol.
  std::unordered_map<std::string, std::unordered_set<std::string>> localsByFile;

  // The member stem that defines the symbol, or "" when the runtime does not.
  std::string fileOf(const std::string& symbol, bool local, const std::string& fileSymbol) const;
};

// Reads the archive's members and their defined symbols. An archive that cannot be read gives an
// empty index (the runtime's symbols then count as "(system)").
RuntimeArchiveIndex indexRuntimeArchive(const std::string& path);

// "heap.cpp" -> "heap", "heap.o" -> "heap", "heap.cpp.o" -> "heap".
std::string fileStem(std::string_view file);

}  // namespace dartc::driver::size_report
