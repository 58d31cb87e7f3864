// Removes write-barrier calls whose stored value turned out to be a constant after inlining
// (barrier_elimination.cpp). Runs inside LLVM's pipeline, after each InstCombine.
#pragma once

#include <llvm/IR/PassManager.h>

namespace dartc::codegen {

class ConstantStoreBarrierElimination : public llvm::PassInfoMixin<ConstantStoreBarrierElimination> {
 public:
  llvm::PreservedAnalyses run(llvm::Function& f, llvm::FunctionAnalysisManager& am);
};

}  // namespace dartc::codegen
