// Inlining of single-caller closure clones (issue 10, havlak).
//
// ClosureSpecialization (closure_specialization.cpp) clones a higher-order function such as
// som's `Vector.forEach` for the closure one call site creates, and inlines the closure's body
// into the clone. It runs after LLVM's inliner, so the clone stays a call, and the caller still
// allocates the closure (32 bytes) and usually its context (32 bytes and up) only to pass them
// to it: havlak's `findSet`, `stepD` and `processEdges` did so for every call or every block,
// tens of megabytes of garbage per run.
//
// A clone with one call site, in another function, is inlined here into that caller. It is
// code-size neutral (the clone is deleted) and exposes every use of the closure in one
// function: the clone only loads the closure's context, because ClosureSpecialization turned
// the loads of its code and function info into constants. NonEscapingAllocationElimination
// then replaces the closure by a stack slot, SROA forwards the context pointer it held, and a
// second round does the same for the context when its captured variables are only read and
// written there (allocation_elimination.cpp decides, with its own proof, whether each object
// escapes; nothing here assumes it).
//
// Recursive clones (the sort's `_doSort`, a recursive walk) call themselves and so have more
// than one use; they stay as they are. Stack traces are unchanged in content: the inlined frames
// keep the clone's debug-info subprogram, whose name `dartc.specialized-from` maps to the
// original's Dart name also for clones deleted here (addSpecializedFunctions).
#include "clone_inlining.h"

#include "allocation_elimination.h"
#include "late_round_trip_cleanup.h"
#include "stack_check_elimination.h"

#include <algorithm>

#include <llvm/IR/Instructions.h>
#include <llvm/Transforms/InstCombine/InstCombine.h>
#include <llvm/Transforms/Scalar/SimplifyCFG.h>
#include <llvm/Transforms/Utils/Cloning.h>

namespace dartc::codegen {

namespace {

// The call that is the clone's only use, when it calls the clone from another function.
llvm::CallBase* onlyCaller(llvm::Function* clone) {
  if (!clone->hasOneUse()) return nullptr;
  auto* call = llvm::dyn_cast<llvm::CallBase>(clone->user_back());
  if (!call || call->getCalledOperand() != clone || call->getFunctionType() != clone->getFunctionType()) return nullptr;
  llvm::Function* caller = call->getFunction();
  if (caller == clone || caller->isPresplitCoroutine() || caller->hasFnAttribute(llvm::Attribute::OptimizeNone)) return nullptr;
  // The inlined instructions' debug locations hang off the call's: without one (the verifier
  // rejects that in a function with debug info) the clone stays a call.
  if (caller->getSubprogram() && !call->getDebugLoc()) return nullptr;
  return call;
}

}  // namespace

void inlineSingleCallerClones(const std::vector<llvm::Function*>& clones, llvm::FunctionAnalysisManager& fam) {
  std::vector<llvm::Function*> callers;  // in a deterministic order
  for (llvm::Function* clone : clones) {
    llvm::CallBase* call = onlyCaller(clone);
    if (!call) continue;
    llvm::Function* caller = call->getFunction();
    llvm::InlineFunctionInfo info;
    if (!llvm::InlineFunction(*call, info).isSuccess()) continue;
    if (std::find(callers.begin(), callers.end(), caller) == callers.end()) callers.push_back(caller);
    // A clone that received an inlined clone before is now inlined itself: its caller gets
    // the cleanup instead.
    callers.erase(std::remove(callers.begin(), callers.end(), clone), callers.end());
    fam.clear(*clone, clone->getName());
    clone->eraseFromParent();
  }
  for (llvm::Function* caller : callers) {
    fam.invalidate(*caller, llvm::PreservedAnalyses::none());
    // The clone's stack check is decided by the caller's own.
    RedundantStackCheckElimination().run(*caller, fam);
    fam.invalidate(*caller, llvm::PreservedAnalyses::none());
    // The clone's dead paths (the dynamic call of another closure shape) go first: they would
    // still name the closure.
    llvm::SimplifyCFGPass().run(*caller, fam);
    fam.invalidate(*caller, llvm::PreservedAnalyses::none());
    llvm::InstCombinePass().run(*caller, fam);
    fam.invalidate(*caller, llvm::PreservedAnalyses::none());
    // The closure; then, with the context pointer it held forwarded, the context.
    if (NonEscapingAllocationElimination().run(*caller, fam).areAllPreserved()) continue;
    // A closure whose context became SSA values is now known where the clone calls it (the
    // `fn(c)` of deltablue's `constraintsConsuming`, whose fn the caller made): GVN forwards
    // the stores that made it to the loads of its code and function info, so the call is direct
    // and KnownClosureInlining, which runs next, can inline its entry.
    fam.invalidate(*caller, llvm::PreservedAnalyses::none());
    llvm::FunctionPassManager cleanup;
    addCleanupPasses(cleanup);
    cleanup.run(*caller, fam);
  }
}

}  // namespace dartc::codegen
