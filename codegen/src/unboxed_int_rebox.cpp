// Unbox-then-box of an int folds to the word (issue 10, prime_sieve).
//
// The reverse of boxed_int_round_trip.cpp. An int read from a value word and stored into a local
// is unboxed (smiOrBoxedToInt: the Smi's shift, else the DartBoxedInt's value), and boxed again
// when it is passed on as a value (intToValueWord: the Smi when it fits, else dartrt_box_int).
// Codegen already hands back the word when it boxes the very value it unboxed (wordOfInt_ in
// lower_function.cpp), but not once the int went through a local: that round trip is only
// visible after mem2reg. prime_sieve's filter does it for every candidate that passes:
//
//   int candidate = source.current;                  // unbox the frame's value word
//   if (candidate % prime != 0) yield candidate;     // box it again: fits test, shift, or
//
// The pass finds a box — a phi whose every incoming value is a box of one int x (intInBox: the
// Smi of x on an edge taken only when x fits, or dartrt_box_int(x)) — of an x that is an unbox
// of a word W defined by an instruction that dominates the box, and replaces the box by W. That
// is the same int: a Smi W is exactly the Smi of its shift; a DartBoxedInt W holds x, and Dart
// ints have no identity beyond their value (`identical` compares boxed ints by value,
// core/identical). W is a value the program holds anyway, so the collector (which does not move
// objects) keeps it like any other word. The boxes left without a use are deleted: an unused new
// object has no effect the program can observe.
#include "unboxed_int_rebox.h"

#include <vector>

#include <llvm/IR/Dominators.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/ValueHandle.h>
#include <llvm/Transforms/Utils/Local.h>

#include "boxed_int_patterns.h"

namespace dartc::codegen {

namespace {

// The one int every incoming value of `phi` is a box of, or nullptr.
llvm::Value* intOfBoxPhi(llvm::PHINode* phi) {
  if (!phi->getType()->isPointerTy() || phi->getNumIncomingValues() == 0) return nullptr;
  llvm::Value* x = nullptr;
  for (unsigned i = 0; i < phi->getNumIncomingValues(); i++) {
    llvm::Value* v = intInBox(phi->getIncomingValue(i), phi->getIncomingBlock(i), phi->getParent());
    if (!v || (x && v != x)) return nullptr;
    x = v;
  }
  return x;
}

}  // namespace

llvm::PreservedAnalyses UnboxedIntRebox::run(llvm::Function& f, llvm::FunctionAnalysisManager& am) {
  // (As the other folds of boxes: on the split functions, not on a coroutine before CoroSplit.)
  if (f.isPresplitCoroutine()) return llvm::PreservedAnalyses::all();
  std::vector<std::pair<llvm::PHINode*, llvm::Value*>> reboxes;  // a box -> the word it gives back
  llvm::DominatorTree* dt = nullptr;
  for (llvm::BasicBlock& bb : f) {
    for (llvm::PHINode& phi : bb.phis()) {
      auto* unbox = llvm::dyn_cast_or_null<llvm::PHINode>(intOfBoxPhi(&phi));
      llvm::Value* word = unbox ? wordOfUnbox(unbox) : nullptr;
      if (!word || word->getType() != phi.getType()) continue;
      // Not a parameter: once the function is inlined, its caller's box of the argument meets the
      // unbox, which BoxedIntRoundTrip folds to the int, and the result's box with it. Giving
      // back the parameter's word hid that in fannkuch-redux's `List.generate(n, (i) => i)`
      // (the closure entry unboxes i and boxes it again), and LLVM then kept a bounds check in
      // the hot loop: +5 % instructions.
      auto* def = llvm::dyn_cast<llvm::Instruction>(word);
      if (!def) continue;
      if (!dt) dt = &am.getResult<llvm::DominatorTreeAnalysis>(f);
      // (Dominance says yes to everything about unreachable blocks: leave them alone.)
      if (!dt->isReachableFromEntry(&bb) || !dt->properlyDominates(def->getParent(), &bb)) continue;
      reboxes.emplace_back(&phi, word);
    }
  }
  if (reboxes.empty()) return llvm::PreservedAnalyses::all();
  std::vector<llvm::WeakTrackingVH> dead;
  for (auto [box, word] : reboxes) {
    for (llvm::Value* in : box->incoming_values()) dead.emplace_back(in);
    box->replaceAllUsesWith(word);
    box->eraseFromParent();
  }
  // The Smi's shift and `or`, and the dartrt_box_int calls (never trivially dead to LLVM).
  for (llvm::WeakTrackingVH& v : dead) {
    auto* call = llvm::dyn_cast_or_null<llvm::CallInst>(static_cast<llvm::Value*>(v));
    if (call && call->use_empty()) {
      call->eraseFromParent();
    } else if (v) {
      llvm::RecursivelyDeleteTriviallyDeadInstructions(v);
    }
  }
  llvm::PreservedAnalyses kept;
  kept.preserveSet<llvm::CFGAnalyses>();
  return kept;
}

}  // namespace dartc::codegen
