// Folds integer constant expressions whose value the alignment of a global decides, such as the
// Smi tag test of a constant object (aligned_constant_folding.cpp). Runs inside LLVM's pipeline,
// after each InstCombine.
#pragma once

#include <llvm/IR/PassManager.h>

namespace dartc::codegen {

class AlignedConstantFolding : public llvm::PassInfoMixin<AlignedConstantFolding> {
 public:
  llvm::PreservedAnalyses run(llvm::Function& f, llvm::FunctionAnalysisManager& am);
};

}  // namespace dartc::codegen
