// Folds an unsigned compare with `y - 1` into one with `y` when y is known non-zero
// (decrement_compare_folding.cpp). Runs inside LLVM's pipeline, after each InstCombine.
#pragma once

#include <llvm/IR/PassManager.h>

namespace dartc::codegen {

class DecrementCompareFolding : public llvm::PassInfoMixin<DecrementCompareFolding> {
 public:
  llvm::PreservedAnalyses run(llvm::Function& f, llvm::FunctionAnalysisManager& am);
};

}  // namespace dartc::codegen
