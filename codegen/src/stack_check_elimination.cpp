// A function's stack check compares the stack pointer, read after the function's frame is
// allocated, with the isolate's stack_limit, which never changes while generated code runs.
// Inlining copies a callee's check into the caller, where the frame is already the merged one:
// the stack pointer there is the one the caller's own check compared, so a check dominated by
// the "no overflow" edge of another gives the same answer, and it is dropped. Without the
// copies, a closure inlined into a loop (a forEach) keeps an exit to the overflow helper on
// every iteration, which stops LLVM from keeping loop variables in registers.
//
// The argument needs a fixed stack pointer between the checks, so a function with a dynamic
// alloca (which moves it) is left alone; dartc emits none today. So is a coroutine not yet
// split, whose suspension points change the stack pointer.
#include "stack_check_elimination.h"

#include <vector>

#include <llvm/IR/Constants.h>
#include <llvm/IR/Dominators.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/IntrinsicInst.h>

namespace dartc::codegen {

namespace {

bool movesStackPointer(const llvm::Function& f) {
  for (const llvm::BasicBlock& bb : f) {
    for (const llvm::Instruction& inst : bb) {
      if (auto* a = llvm::dyn_cast<llvm::AllocaInst>(&inst); a && !a->isStaticAlloca()) return true;
    }
  }
  return false;
}

bool readsStackPointer(const llvm::Value* v) {
  auto* call = llvm::dyn_cast<llvm::IntrinsicInst>(v);
  return call && call->getIntrinsicID() == llvm::Intrinsic::read_register;
}

// The successor taken when the check passes, or null when the branch no longer has the shape
// stack_check.cpp emits (`br (sp < limit), overflow, ok`, perhaps inverted or swapped by
// InstCombine).
llvm::BasicBlock* passedSuccessor(llvm::BranchInst* br) {
  auto* cmp = llvm::dyn_cast<llvm::ICmpInst>(br->getCondition());
  if (!cmp) return nullptr;
  llvm::CmpInst::Predicate pred = cmp->getPredicate();
  if (readsStackPointer(cmp->getOperand(1))) pred = llvm::CmpInst::getSwappedPredicate(pred);
  else if (!readsStackPointer(cmp->getOperand(0))) return nullptr;
  // Now `sp pred limit`.
  if (pred == llvm::CmpInst::ICMP_ULT) return br->getSuccessor(1);
  if (pred == llvm::CmpInst::ICMP_UGE) return br->getSuccessor(0);
  return nullptr;
}

}  // namespace

llvm::PreservedAnalyses RedundantStackCheckElimination::run(llvm::Function& f, llvm::FunctionAnalysisManager& am) {
  std::vector<llvm::BranchInst*> checks;
  for (llvm::BasicBlock& bb : f) {
    auto* br = llvm::dyn_cast<llvm::BranchInst>(bb.getTerminator());
    if (br && br->isConditional() && br->getMetadata(kStackCheckMetadata)) checks.push_back(br);
  }
  // A coroutine before CoroSplit: code after a suspension point runs in the resume function,
  // on another stack pointer than the entry's check saw (a sync* body's resumption is called by
  // moveNext from anywhere), so dominance proves nothing across it. After the split, the resume
  // function goes through this pass again with only its own checks.
  if (checks.size() < 2 || movesStackPointer(f) || f.isPresplitCoroutine()) return llvm::PreservedAnalyses::all();
  llvm::DominatorTree& dt = am.getResult<llvm::DominatorTreeAnalysis>(f);
  bool changed = false;
  std::vector<llvm::BasicBlock*> passed;
  for (llvm::BranchInst* br : checks) passed.push_back(passedSuccessor(br));
  for (size_t l = 0; l < checks.size(); ++l) {
    llvm::BranchInst* later = checks[l];
    if (!passed[l]) continue;
    for (size_t e = 0; e < checks.size(); ++e) {
      // (An earlier check already decided is still a valid witness: dominance is transitive.)
      if (e == l || !passed[e]) continue;
      if (!dt.dominates(llvm::BasicBlockEdge(checks[e]->getParent(), passed[e]), later->getParent())) continue;
      // Known to pass: always take the "ok" side; SimplifyCFG removes the dead overflow block.
      later->setCondition(llvm::ConstantInt::getBool(f.getContext(), passed[l] == later->getSuccessor(0)));
      changed = true;
      break;
    }
  }
  if (!changed) return llvm::PreservedAnalyses::all();
  llvm::PreservedAnalyses pa;
  pa.preserveSet<llvm::CFGAnalyses>();
  return pa;
}

}  // namespace dartc::codegen
