// Inlines the entry of a closure into the function that creates and calls it, then the closures
// the inlined body calls through its context (known_closure_inlining.cpp,
// docs/codegen-closures.md "Closures made and called in one function").
#pragma once

#include <llvm/IR/PassManager.h>

namespace dartc::codegen {

class KnownClosureInlining : public llvm::PassInfoMixin<KnownClosureInlining> {
 public:
  llvm::PreservedAnalyses run(llvm::Module& module, llvm::ModuleAnalysisManager& am);
};

}  // namespace dartc::codegen
