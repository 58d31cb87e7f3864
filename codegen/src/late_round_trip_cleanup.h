// The last BoxedIntRoundTrip, followed by a cleanup of the functions where it fired
// (late_round_trip_cleanup.cpp).
#pragma once

#include <llvm/IR/PassManager.h>

namespace dartc::codegen {

// The cleanup after a change that leaves work for LLVM's scalar passes (a fold here, inlined
// closures in known_closure_inlining.cpp): SimplifyCFG, EarlyCSE, GVN, InstCombine, SimplifyCFG.
void addCleanupPasses(llvm::FunctionPassManager& fpm);

class LateBoxedIntRoundTrip : public llvm::PassInfoMixin<LateBoxedIntRoundTrip> {
 public:
  llvm::PreservedAnalyses run(llvm::Function& f, llvm::FunctionAnalysisManager& am);
};

}  // namespace dartc::codegen
