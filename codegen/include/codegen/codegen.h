// Codegen: the kernel program, with TFA's facts and the dispatch stage's layout, lowered
// non-speculatively to LLVM IR, optimized, and emitted as an object file for the target.
#pragma once

#include <string>
#include <vector>

#include "dispatch_table/program_layout.h"
#include "frontend/diagnostics.h"
#include "frontend/program.h"
#include "tfa/flow_facts.h"

namespace dartc::codegen {

enum class TargetArch { X64, Arm64 };

struct Options {
  int optLevel = 2;  // 0..3
  TargetArch arch = TargetArch::X64;
  bool wantLLVMIR = false;  // fill Output::llvmIR (after optimization)
  bool enableAsserts = false;
  bool stackChecks = true;  // stack overflow checks in functions that may recurse (off: measurements)
  // The program's source files: with them, stack traces get `file:line:col` from a line table
  // (Output::lineTable); without them (unit tests), frames name only their function.
  const SourceManager* sources = nullptr;
};

// What ended up in the object, for --analyze-size.
struct SymbolSize {
  std::string name;     // Dart-level name ("Point.toString", "closure in main")
  std::string library;  // library URI
  size_t bytes = 0;
};

struct Output {
  std::vector<char> object;  // the relocatable object file
  // A second relocatable object with the stack traces' line table (docs/stack-traces.md); empty
  // without Options::sources. Both objects are linked into the executable.
  std::vector<char> lineTable;
  double lineTableSeconds = 0;
  std::string llvmIR;
  double lowerSeconds = 0;
  double optimizeSeconds = 0;
  double emitSeconds = 0;
  size_t functionCount = 0;
  std::vector<SymbolSize> functionSizes;
};

std::string targetTriple(TargetArch arch);

// Returns false (with diagnostics) when the target is unavailable or LLVM reports a problem.
bool generate(const kernel::Program& program, const tfa::FlowFacts& facts, const dispatch::ProgramLayout& layout,
              const Options& options, Output& out, Diagnostics& diags);

}  // namespace dartc::codegen
