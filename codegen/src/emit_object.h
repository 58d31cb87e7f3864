// The LLVM back end: the optimization pipeline at the chosen -O level, then machine code for the
// target, written to memory as a relocatable object.
#pragma once

#include <string>
#include <vector>

#include <llvm/IR/Module.h>

#include "codegen/codegen.h"

namespace dartc::codegen {

// Prepares the module for the target (triple and data layout). False if the target is missing.
bool configureTarget(llvm::Module& module, TargetArch arch, std::string& error);
// The optimization pipeline of options.optLevel, then (after any last edits of the module)
// machine code into out.object.
bool optimize(llvm::Module& module, const Options& options, Output& out, std::string& error);
bool emit(llvm::Module& module, const Options& options, Output& out, std::string& error);
// Machine code for a module of data only (no optimization): the line table.
bool emitUnoptimized(llvm::Module& module, TargetArch arch, std::vector<char>& object, std::string& error);

}  // namespace dartc::codegen
