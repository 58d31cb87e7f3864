// Folds instantiations whose template and vectors all became constants after inlining and
// interprocedural constant propagation, and composes an instantiation from a vector another one
// computed into one from that one's vectors (type_args_folding.cpp). Runs inside LLVM's
// pipeline, after each InstCombine.
#pragma once

#include <llvm/IR/PassManager.h>

namespace dartc::codegen {

class ConstantTypeArgsFolding : public llvm::PassInfoMixin<ConstantTypeArgsFolding> {
 public:
  llvm::PreservedAnalyses run(llvm::Function& f, llvm::FunctionAnalysisManager& am);
};

}  // namespace dartc::codegen
