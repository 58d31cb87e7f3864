// Folds the class id read from an object allocated in the same function to its constant
// (allocated_class_ids.cpp), so that dispatch-table calls and class tests on it become direct.
#pragma once

#include <llvm/IR/PassManager.h>

namespace dartc::codegen {

class AllocatedClassIdFolding : public llvm::PassInfoMixin<AllocatedClassIdFolding> {
 public:
  llvm::PreservedAnalyses run(llvm::Function& f, llvm::FunctionAnalysisManager& am);
};

}  // namespace dartc::codegen
