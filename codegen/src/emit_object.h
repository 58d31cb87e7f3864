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
bool optimizeAndEmit(llvm::Module& module, const Options& options, Output& out, std::string& error);

}  // namespace dartc::codegen
