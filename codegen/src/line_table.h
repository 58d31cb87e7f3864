// The stack traces' line table (docs/stack-traces.md): read back from the DWARF line and inlining
// information LLVM wrote into the program's object, and encoded compactly, per function of the
// function table, into a second small object that is linked next to it. The runtime maps a
// return address to its function (through the function table) and the offset within it to the
// Dart frames at that point, inlined ones included. Being ordinary read-only data, the table
// survives `strip`; the DWARF itself is left out of the executable.
#pragma once

#include <string>
#include <vector>

#include "codegen/codegen.h"

namespace dartc::codegen {

struct LineTableInput {
  const std::vector<char>* object = nullptr;         // the program's object, with DWARF
  const std::vector<std::string>* functions = nullptr;  // LLVM names, in function table order
  const std::vector<bool>* visible = nullptr;  // per function: a stack trace frame (else it only hosts
                                              // inlined Dart code, or is left out of traces)
  const std::vector<std::string>* files = nullptr;      // URIs; the debug info calls file i "i"
  TargetArch arch = TargetArch::X64;
};

// Fills `tableObject` with an object defining dartrt_line_table_index/_data/_files.
bool buildLineTable(const LineTableInput& input, std::vector<char>& tableObject, std::string& error);

}  // namespace dartc::codegen
