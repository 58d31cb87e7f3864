// Replaces a heap object that never escapes its function by stack memory, which SROA then turns
// into registers (allocation_elimination.cpp). Runs inside LLVM's pipeline, after InstCombine,
// so after inlining has exposed every use of the object (the iterator of an inlined for-in).
#pragma once

#include <llvm/IR/PassManager.h>

namespace dartc::codegen {

class NonEscapingAllocationElimination : public llvm::PassInfoMixin<NonEscapingAllocationElimination> {
 public:
  llvm::PreservedAnalyses run(llvm::Function& f, llvm::FunctionAnalysisManager& am);
};

}  // namespace dartc::codegen
