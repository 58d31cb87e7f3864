// A constant object (`true`, `false`, a const instance) is a global aligned to 16 bytes, so the
// low bit of its address, the Smi tag, is 0. Once inlining passes such an object to code that
// tests the tag (the class-id read of a covariant check, `cidOf`), the test becomes the constant
// expression `ptrtoint (ptr @dartc.false to i1)`: LLVM's constant folder does not look at a
// global's alignment, and InstCombine, which does (known bits), leaves constant operands alone.
// Sieve's `flags[k - 1] = false` kept that test, a `test`/`je` pair, in its inner loop. Here
// every integer constant expression operand whose bits known-bits analysis fully determines is
// replaced by its value; SimplifyCFG then drops the branch.
#include "aligned_constant_folding.h"

#include <llvm/Analysis/ValueTracking.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/Module.h>
#include <llvm/Support/KnownBits.h>

namespace dartc::codegen {

llvm::PreservedAnalyses AlignedConstantFolding::run(llvm::Function& f, llvm::FunctionAnalysisManager&) {
  const llvm::DataLayout& dl = f.getParent()->getDataLayout();
  bool changed = false;
  for (llvm::BasicBlock& bb : f) {
    for (llvm::Instruction& inst : bb) {
      for (llvm::Use& use : inst.operands()) {
        auto* expr = llvm::dyn_cast<llvm::ConstantExpr>(use.get());
        if (!expr || !expr->getType()->isIntegerTy()) continue;
        llvm::KnownBits known = llvm::computeKnownBits(expr, dl);
        if (!known.isConstant()) continue;
        use.set(llvm::ConstantInt::get(expr->getType(), known.getConstant()));
        changed = true;
      }
    }
  }
  return changed ? llvm::PreservedAnalyses::none() : llvm::PreservedAnalyses::all();
}

}  // namespace dartc::codegen
