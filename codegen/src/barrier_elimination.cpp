// The write barrier records an old object that may receive a pointer to a young one (docs/gc.md,
// "Generations"). A stored value that is an LLVM constant (null, a Smi, the address of a
// read-only object such as `true`) is never in the heap, so its store needs no barrier:
// FunctionLowering::writeBarrier already skips constants it sees, but a library function such as
// `_GrowableList.[]=` sees only its parameter, which becomes a constant (`flags[k] = false`) once
// inlined. So the barrier's slow-path call carries the stored value as a second argument, which
// the runtime ignores, and this pass deletes a call whose value is a constant, or a select or phi
// of constants (a stored `bool`). Besides the call, that removes the header load and test that
// guarded it (dead once the call is gone) and, more importantly, a call that LLVM must assume
// writes the object: a loop of such stores can then keep the list's length, backing array and
// type arguments in registers.
//
// The barrier's cold block clears the object's barrier bit itself before the call records the
// object (FunctionLowering::writeBarrier): the two go together. Clearing the bit without
// recording the object would hide it from the next young collection, so the call is deleted only
// with that atomic `and`, found just before it in its block; when it is not there the call stays.
//
// A value whose lowest bit LLVM proves set is a Smi on every path (heap objects are 16-byte
// aligned), so its store needs no barrier either: an int boxed where its range is known to fit
// (`queenRows[r] = c` with c a small loop-bounded int: `inttoptr (or (shl c, 1), 1)`). A value
// that may be a boxed int (the box when it does not fit) has an unknown lowest bit and keeps
// its barrier.
#include "barrier_elimination.h"

#include <utility>
#include <vector>

#include "dartrt/abi.h"

#include <llvm/ADT/SmallPtrSet.h>
#include <llvm/Analysis/ValueTracking.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/Module.h>
#include <llvm/IR/Instructions.h>

namespace dartc::codegen {

namespace {

// Whether `v` is a constant on every path: a constant, or a select or phi of such (to a small
// depth). A value met again through a loop's phi adds no values of its own: the others decide.
bool alwaysConstant(const llvm::Value* v, llvm::SmallPtrSetImpl<const llvm::Value*>& visiting, int depth) {
  if (llvm::isa<llvm::Constant>(v)) return true;
  if (visiting.contains(v)) return true;
  if (depth > 4) return false;
  if (auto* s = llvm::dyn_cast<llvm::SelectInst>(v)) {
    visiting.insert(v);
    return alwaysConstant(s->getTrueValue(), visiting, depth + 1) && alwaysConstant(s->getFalseValue(), visiting, depth + 1);
  }
  if (auto* phi = llvm::dyn_cast<llvm::PHINode>(v)) {
    visiting.insert(v);
    for (const llvm::Value* in : phi->incoming_values()) {
      if (!alwaysConstant(in, visiting, depth + 1)) return false;
    }
    return true;
  }
  return false;
}

// Whether `v` is a Smi word on every path: its tag bit (DART_SMI_TAG, bit 0) is known to be 1.
bool alwaysSmi(const llvm::Value* v, const llvm::DataLayout& dl) {
  return llvm::computeKnownBits(v, dl).One[0];
}

// The clearing of the object's GC byte that goes with the barrier call `call`: the nearest
// memory access before it in its block, if that is the atomic `and` of the byte at
// DART_HEADER_BARRIER_BYTE of the call's object and nothing with side effects lies between.
llvm::AtomicRMWInst* clearingOp(llvm::CallInst* call, const llvm::DataLayout& dl) {
  for (llvm::Instruction* i = call->getPrevNode(); i; i = i->getPrevNode()) {
    auto* rmw = llvm::dyn_cast<llvm::AtomicRMWInst>(i);
    if (!rmw) {
      if (i->mayReadOrWriteMemory() || i->mayHaveSideEffects()) return nullptr;
      continue;
    }
    int64_t offset = 0;
    const llvm::Value* base = llvm::GetPointerBaseWithConstantOffset(rmw->getPointerOperand(), offset, dl);
    bool match = rmw->getOperation() == llvm::AtomicRMWInst::And && rmw->use_empty() && offset == DART_HEADER_BARRIER_BYTE &&
                 base->stripPointerCasts() == call->getArgOperand(0)->stripPointerCasts();
    return match ? rmw : nullptr;
  }
  return nullptr;
}

}  // namespace

llvm::PreservedAnalyses ConstantStoreBarrierElimination::run(llvm::Function& f, llvm::FunctionAnalysisManager&) {
  std::vector<std::pair<llvm::CallInst*, llvm::AtomicRMWInst*>> dead;
  const llvm::DataLayout& dl = f.getParent()->getDataLayout();
  for (llvm::BasicBlock& bb : f) {
    for (llvm::Instruction& inst : bb) {
      auto* call = llvm::dyn_cast<llvm::CallInst>(&inst);
      llvm::Function* callee = call ? call->getCalledFunction() : nullptr;
      if (!callee || callee->getName() != "dartrt_remember_object" || call->arg_size() != 2) continue;
      llvm::SmallPtrSet<const llvm::Value*, 8> seen;
      llvm::Value* value = call->getArgOperand(1);
      if (!alwaysConstant(value, seen, 0) && !alwaysSmi(value, dl)) continue;
      if (llvm::AtomicRMWInst* cleared = clearingOp(call, dl)) dead.push_back({call, cleared});
    }
  }
  if (dead.empty()) return llvm::PreservedAnalyses::all();
  for (auto [call, cleared] : dead) {
    call->eraseFromParent();
    cleared->eraseFromParent();
  }
  llvm::PreservedAnalyses pa;
  pa.preserveSet<llvm::CFGAnalyses>();
  return pa;
}

}  // namespace dartc::codegen
