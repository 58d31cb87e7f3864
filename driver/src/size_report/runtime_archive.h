// Which source file of the precompiled runtime (libdartrt.a) defines a symbol: the size report
// groups the runtime's code by file ("heap", "dtoa"), as classes of the "runtime" group.
#pragma once

#include <set>
#include <string>
#include <unordered_map>

namespace dartc::driver::size_report {

struct RuntimeArchiveIndex {
  std::set<std::string> files;                               // member stems: "heap", "dtoa"
  std::unordered_map<std::string, std::string> globalFiles;  // global symbol -> member stem
};

// Reads the archive's members and their defined global symbols. An archive that cannot be read
// gives an empty index (the runtime's symbols then count as "(system)").
RuntimeArchiveIndex indexRuntimeArchive(const std::string& path);

// "heap.cpp" -> "heap", "heap.o" -> "heap", "heap.cpp.o" -> "heap".
std::string fileStem(std::string_view file);

}  // namespace dartc::driver::size_report
