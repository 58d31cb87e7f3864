// Boxing an int that was unboxed from a word in the same function gives that word
// (unboxed_int_rebox.cpp).
#pragma once

#include <llvm/IR/PassManager.h>

namespace dartc::codegen {

class UnboxedIntRebox : public llvm::PassInfoMixin<UnboxedIntRebox> {
 public:
  llvm::PreservedAnalyses run(llvm::Function& f, llvm::FunctionAnalysisManager& am);
};

}  // namespace dartc::codegen
