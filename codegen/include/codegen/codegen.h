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

// Whose code a function of the object is, for --analyze-size: the symbol names carry only a
// library tag (the file name), so the size report maps them back to members with this table.
struct SymbolOrigin {
  std::string symbol;                      // the LLVM (and object file) symbol name
  const kernel::Member* member = nullptr;  // the member; for closures and stubs, the enclosing one
  std::string localName;                   // the symbol without "<library>::<Class>." ("get:x.<closure0>")
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
  // Every function that lowering defined for a member, before optimization (functions the
  // optimizer adds are named after one of these, e.g. "<symbol>.cold.1").
  std::vector<SymbolOrigin> symbolOrigins;
};

std::string targetTriple(TargetArch arch);

// A member's symbol name without "<library>::<Class>.": "toString", "get:x", "new:named" (the
// size report names members the way their functions' symbols do).
std::string localSymbolName(const kernel::Member* member);

// Returns false (with diagnostics) when the target is unavailable or LLVM reports a problem.
bool generate(const kernel::Program& program, const tfa::FlowFacts& facts, const dispatch::ProgramLayout& layout,
              const Options& options, Output& out, Diagnostics& diags);

}  // namespace dartc::codegen
