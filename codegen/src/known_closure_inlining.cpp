// Closures made and called in one function (issue 10, closures).
//
// `final h = compose(f, g); for (...) h(x);` with compose inlined: the call of h is direct (its
// `code` field forwards from the store that made it), but LLVM's inliner finds the entry too
// costly (350 against 225 in `closures`), because what makes inlining pay is invisible to its
// cost model: the entry reads f and g from h's context, which the caller has just written, so
// once inlined those loads forward too (closure fields and unassigned captured variables are
// invariant loads, docs/codegen-closures.md) and the calls of f and g become direct in turn.
//
// After LLVM's inliner (at the start of the optimization pipeline, next to
// ClosureSpecialization), this pass inlines every direct call of a closure entry whose first
// argument (the closure) is a closure the same function creates with that entry as its code, if
// the entry is small; then it cleans the function up (BoxedIntRoundTrip for the entries' boxed
// int results, EarlyCSE, GVN, InstCombine, SimplifyCFG: the context loads forward and the shape
// tests fold) and repeats for the calls that became
// direct, a few rounds at most. Inlining changes no semantics; the conditions only choose where
// it pays. The inlined copies' stack checks are removed where the function's own check decides
// them, and the function's noreturn calls stay apart (nomerge), as in closure_specialization.cpp.
#include "known_closure_inlining.h"

#include <cstddef>
#include <vector>

#include <llvm/IR/InstIterator.h>
#include <llvm/IR/Module.h>
#include <llvm/Transforms/InstCombine/InstCombine.h>
#include <llvm/Transforms/Scalar/SimplifyCFG.h>
#include <llvm/Transforms/Utils/Cloning.h>

#include "allocation_elimination.h"
#include "boxed_int_round_trip.h"
#include "closure_specialization.h"
#include "late_round_trip_cleanup.h"
#include "stack_check_elimination.h"

namespace dartc::codegen {

namespace {

// The largest entry inlined (instructions), the rounds per function (compose's closure, then
// the closures it calls, then theirs), and the instructions inlined per program.
constexpr size_t kMaxEntrySize = 200;
constexpr int kRounds = 3;
constexpr size_t kBudget = 20000;

bool inlinable(const llvm::Function* entry, const llvm::Function& caller) {
  return entry != &caller && !entry->isDeclaration() && !entry->hasFnAttribute(llvm::Attribute::NoInline) &&
         !entry->hasFnAttribute(llvm::Attribute::OptimizeNone) && !entry->isPresplitCoroutine() && !entry->isVarArg();
}

// The direct calls in `f` of a closure entry made by `f` with the closure as first argument.
std::vector<llvm::CallBase*> knownClosureCalls(llvm::Function& f) {
  std::vector<llvm::CallBase*> calls;
  std::map<llvm::Value*, KnownClosure> created = closuresCreatedIn(f, kMaxEntrySize);
  if (created.empty()) return calls;
  for (llvm::Instruction& inst : llvm::instructions(f)) {
    auto* call = llvm::dyn_cast<llvm::CallBase>(&inst);
    if (!call || call->arg_size() == 0) continue;
    llvm::Function* callee = call->getCalledFunction();
    auto known = created.find(call->getArgOperand(0));
    if (!callee || known == created.end() || known->second.code != callee) continue;
    if (callee->getFunctionType() != call->getFunctionType() || !inlinable(callee, f)) continue;
    calls.push_back(call);
  }
  return calls;
}

void cleanUp(llvm::Function& f, llvm::FunctionAnalysisManager& fam) {
  fam.invalidate(f, llvm::PreservedAnalyses::none());
  llvm::FunctionPassManager cleanup;
  cleanup.addPass(llvm::SimplifyCFGPass());
  cleanup.addPass(llvm::InstCombinePass());
  // An inlined entry boxes its int result and the inlined caller unboxes it.
  cleanup.addPass(BoxedIntRoundTrip());
  addCleanupPasses(cleanup);
  cleanup.run(f, fam);
}

}  // namespace

llvm::PreservedAnalyses KnownClosureInlining::run(llvm::Module& module, llvm::ModuleAnalysisManager& am) {
  llvm::FunctionAnalysisManager& fam = am.getResult<llvm::FunctionAnalysisManagerModuleProxy>(module).getManager();
  size_t spent = 0;
  bool changed = false;
  std::vector<llvm::Function*> functions;
  for (llvm::Function& f : module) {
    if (!f.isDeclaration() && !f.isPresplitCoroutine() && !f.hasFnAttribute(llvm::Attribute::OptimizeNone)) functions.push_back(&f);
  }
  for (llvm::Function* f : functions) {
    bool inlinedHere = false;
    for (int round = 0; round < kRounds; ++round) {
      bool inlined = false;
      for (llvm::CallBase* call : knownClosureCalls(*f)) {
        size_t size = instructionCount(*call->getCalledFunction());
        if (spent + size > kBudget) break;
        llvm::InlineFunctionInfo info;
        if (!llvm::InlineFunction(*call, info).isSuccess()) continue;
        spent += size;
        inlined = true;
      }
      if (!inlined) break;
      inlinedHere = true;
      cleanUp(*f, fam);
    }
    if (!inlinedHere) continue;
    changed = true;
    // The inlined bodies' throws must stay apart, or the code generator merges them and the
    // merged position loses the stack trace's frames (as in closure_specialization.cpp).
    for (llvm::Instruction& inst : llvm::instructions(*f)) {
      auto* call = llvm::dyn_cast<llvm::CallBase>(&inst);
      if (call && llvm::isa_and_nonnull<llvm::UnreachableInst>(call->getNextNode())) call->addFnAttr(llvm::Attribute::NoMerge);
    }
    RedundantStackCheckElimination().run(*f, fam);
    fam.invalidate(*f, llvm::PreservedAnalyses::none());
    // A closure whose calls are all inlined is left with the stores that made it (and its
    // context, with the loads the inlined bodies make): both become stack memory here, as no
    // later pass of the pipeline may look for them (deltablue's removePropagateFrom closure,
    // 32 bytes per variable visited).
    NonEscapingAllocationElimination().run(*f, fam);
    fam.invalidate(*f, llvm::PreservedAnalyses::none());
  }
  return changed ? llvm::PreservedAnalyses::none() : llvm::PreservedAnalyses::all();
}

}  // namespace dartc::codegen
