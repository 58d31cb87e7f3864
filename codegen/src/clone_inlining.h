// Inlines each closure-specialized clone that has a single caller into it, so that the closure
// (and often its context) the caller creates only for that call becomes stack memory and then
// registers (clone_inlining.cpp).
#pragma once

#include <vector>

#include <llvm/IR/Function.h>
#include <llvm/IR/PassManager.h>

namespace dartc::codegen {

// `clones` are ClosureSpecialization's clones; those inlined are erased from the module.
void inlineSingleCallerClones(const std::vector<llvm::Function*>& clones, llvm::FunctionAnalysisManager& fam);

}  // namespace dartc::codegen
