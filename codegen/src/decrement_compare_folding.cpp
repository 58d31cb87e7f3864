// `x >u y - 1` is `x >=u y`, and `x <=u y - 1` is `x <u y`, whenever y is not 0 (then y - 1 does
// not wrap). A list's bounds check of `k - 1` (sieve's `flags[k - 1] = false`) comes out of
// LLVM in that unsigned form once CorrelatedValuePropagation knows both the index and the length
// non-negative: the Dart `-` wraps, so the decrement has no `nsw` then and InstCombine cannot
// fold it into the compare; the loop keeps a `lea -1(k)` in every iteration. Whether CVP sees
// the compare signed or unsigned depends on the order in which earlier passes happened to hoist
// the length (docs/benchmarks.md, section of branch barrierfx), so the fold is done here for
// both. y's non-zero range comes from LazyValueInfo at the compare: there, the index check
// `k - 1 < 0` that dominates it has already excluded k == 0.
#include "decrement_compare_folding.h"

#include <llvm/Analysis/LazyValueInfo.h>
#include <llvm/IR/ConstantRange.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/PatternMatch.h>

namespace dartc::codegen {

llvm::PreservedAnalyses DecrementCompareFolding::run(llvm::Function& f, llvm::FunctionAnalysisManager& am) {
  using namespace llvm::PatternMatch;
  llvm::LazyValueInfo* lvi = nullptr;
  bool changed = false;
  for (llvm::BasicBlock& bb : f) {
    for (llvm::Instruction& inst : bb) {
      auto* cmp = llvm::dyn_cast<llvm::ICmpInst>(&inst);
      if (!cmp || !cmp->isUnsigned() || !cmp->getOperand(0)->getType()->isIntegerTy()) continue;
      // Seen as `x pred (y - 1)`.
      llvm::Value* y = nullptr;
      llvm::Value* x = nullptr;
      llvm::ICmpInst::Predicate pred = cmp->getPredicate();
      if (match(cmp->getOperand(1), m_Add(m_Value(y), m_AllOnes()))) {
        x = cmp->getOperand(0);
      } else if (match(cmp->getOperand(0), m_Add(m_Value(y), m_AllOnes()))) {
        x = cmp->getOperand(1);
        pred = llvm::ICmpInst::getSwappedPredicate(pred);
      } else {
        continue;
      }
      llvm::ICmpInst::Predicate folded;
      if (pred == llvm::ICmpInst::ICMP_UGT) {
        folded = llvm::ICmpInst::ICMP_UGE;
      } else if (pred == llvm::ICmpInst::ICMP_ULE) {
        folded = llvm::ICmpInst::ICMP_ULT;
      } else {
        continue;
      }
      if (!lvi) lvi = &am.getResult<llvm::LazyValueAnalysis>(f);
      llvm::ConstantRange range = lvi->getConstantRange(y, cmp, /*UndefAllowed=*/false);
      if (range.contains(llvm::APInt::getZero(range.getBitWidth()))) continue;
      cmp->setPredicate(folded);
      cmp->setOperand(0, x);
      cmp->setOperand(1, y);
      changed = true;
    }
  }
  if (!changed) return llvm::PreservedAnalyses::all();
  llvm::PreservedAnalyses pa;
  pa.preserveSet<llvm::CFGAnalyses>();
  return pa;
}

}  // namespace dartc::codegen
