// Measures a linked executable: its size, its sections, and every byte of the file attributed to
// a library, class and function through the symbol table (the program's own objects say which
// symbols and unnamed bytes are the program's; the runtime archive which are the runtime's).
// Every byte of the file is in exactly one entry, so the entries add up to the file's size.
#pragma once

#include <string>
#include <vector>

#include "program_names.h"
#include "runtime_archive.h"
#include "size_report.h"

namespace dartc::driver::size_report {

// The relocatable objects dartc linked into the executable.
struct ProgramObjects {
  const std::vector<char>* program = nullptr;    // codegen's object (main.o)
  const std::vector<char>* lineTable = nullptr;  // the stack traces' line table (may be empty)
};

struct Measurement {
  uint64_t fileSize = 0;
  std::vector<SectionSize> sections;  // file order
  std::vector<SizeEntry> entries;
};

// False (with `error`) when the file cannot be read as an ELF executable with a symbol table.
bool measureExecutable(const std::string& path, const ProgramObjects& objects, const DartSymbols& dart,
                       const RuntimeArchiveIndex& runtime, Measurement& out, std::string& error);

}  // namespace dartc::driver::size_report
