// Removes stack overflow checks that a check earlier in the same function already decided
// (stack_check_elimination.cpp). Runs inside LLVM's pipeline, after inlining.
#pragma once

#include <llvm/IR/PassManager.h>

namespace dartc::codegen {

// The metadata kind that marks the conditional branch of an emitted stack check.
inline constexpr const char* kStackCheckMetadata = "dartc.stack_check";

class RedundantStackCheckElimination : public llvm::PassInfoMixin<RedundantStackCheckElimination> {
 public:
  llvm::PreservedAnalyses run(llvm::Function& f, llvm::FunctionAnalysisManager& am);
};

}  // namespace dartc::codegen
