// The last BoxedIntRoundTrip, followed by a cleanup of the functions where it fired
// (late_round_trip_cleanup.cpp).
#pragma once

#include <llvm/IR/PassManager.h>

namespace dartc::codegen {

class LateBoxedIntRoundTrip : public llvm::PassInfoMixin<LateBoxedIntRoundTrip> {
 public:
  llvm::PreservedAnalyses run(llvm::Function& f, llvm::FunctionAnalysisManager& am);
};

}  // namespace dartc::codegen
