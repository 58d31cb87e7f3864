// Unboxing an int that was boxed in the same function yields the int itself
// (boxed_int_round_trip.cpp).
#pragma once

#include <llvm/IR/PassManager.h>

namespace dartc::codegen {

class BoxedIntRoundTrip : public llvm::PassInfoMixin<BoxedIntRoundTrip> {
 public:
  llvm::PreservedAnalyses run(llvm::Function& f, llvm::FunctionAnalysisManager& am);
};

}  // namespace dartc::codegen
