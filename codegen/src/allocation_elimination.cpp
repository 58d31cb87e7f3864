// Scalar replacement of heap objects that never escape (issue 10, fasta).
//
// `for (final f in table)` over a List allocates a `_GrowableListIterator` (48 bytes, with its
// type arguments instantiated at run time) on every execution of the loop, although inlining
// leaves nothing but loads and stores of its fields: in fasta that was 394 MB of garbage for a
// program that writes bytes. LLVM cannot remove such an object itself: the allocation is an
// inline bump of the isolate's `alloc_top` (a store to memory everyone can see) with a runtime
// call on the slow path, and the write barrier on its `_current` field passes the object to a
// call.
//
// This pass recognizes the allocation sequence FunctionLowering::allocateDynamic emits
//
//     test:  %top = load alloc_top; ...; br %fits, fast, slow
//     fast:  store %top + SIZE, alloc_top; %obj = inttoptr %top; store HEADER, %obj; br done
//     slow:  %o = call @dartrt_allocate(SIZE, HEADER); br done
//     done:  %object = phi [%obj, fast], [%o, slow]
//
// and, when every use of %object is a load or store inside its SIZE bytes (through constant
// offsets) or the write barrier's slow-path call on it, replaces the object by a stack slot that
// is zeroed and given the header where the object was made (the contract of the allocator: a
// new object is zero but for its header), drops the bump and the slow path, and runs SROA, which
// turns the fields into SSA values. It is sound because:
// - nothing but the function's own loads and stores can see the object: it is not stored
//   anywhere, compared or converted, and no phi carries it; it is passed to no call but for the
//   call's duration to a callee that only loads through it (onlyLentTo). So at each point only
//   the last object made at the site is reachable and reinitializing the one slot at the site
//   is exact;
// - the write barrier exists for objects in the heap the collector may have aged; a slot on the
//   stack is never in the heap, and its header's barrier bit is clear (as in a new object);
// - the heap pointers held in the fields now live in registers or the stack frame, both roots
//   the collector scans conservatively (docs/gc.md), so what the object kept alive stays alive.
// Functions that are still coroutines are left alone (their frames are not plain stack frames).
#include "allocation_elimination.h"
#include "inline_allocation.h"

#include "dartrt/abi.h"

#include <vector>

#include <llvm/ADT/APInt.h>
#include <llvm/ADT/SmallVector.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/DataLayout.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/IntrinsicInst.h>
#include <llvm/Transforms/Scalar/SROA.h>
#include <llvm/Transforms/Utils/BasicBlockUtils.h>
#include <llvm/Transforms/Utils/Local.h>

namespace dartc::codegen {

namespace {

bool isCallTo(const llvm::Value* v, llvm::StringRef name) {
  auto* call = llvm::dyn_cast<llvm::CallInst>(v);
  llvm::Function* callee = call ? call->getCalledFunction() : nullptr;
  return callee && callee->getName() == name;
}

// The instructions of `bb` other than debug intrinsics.
size_t realSize(const llvm::BasicBlock* bb) {
  size_t n = 0;
  for (const llvm::Instruction& i : *bb) {
    if (!llvm::isa<llvm::DbgInfoIntrinsic>(i)) ++n;
  }
  return n;
}

bool branchesOnlyTo(const llvm::BasicBlock* bb, const llvm::BasicBlock* to) {
  auto* br = llvm::dyn_cast<llvm::BranchInst>(bb->getTerminator());
  return br && br->isUnconditional() && br->getSuccessor(0) == to;
}

}  // namespace

bool matchInlineAllocation(llvm::PHINode* phi, InlineAllocation& a) {
  if (phi->getNumIncomingValues() != 2 || !phi->getType()->isPointerTy()) return false;
  llvm::BasicBlock* done = phi->getParent();
  if (&done->front() != phi || llvm::isa<llvm::PHINode>(phi->getNextNode())) return false;
  llvm::CallInst* call = nullptr;
  llvm::IntToPtrInst* bump = nullptr;
  for (unsigned i = 0; i < 2; ++i) {
    llvm::Value* in = phi->getIncomingValue(i);
    llvm::BasicBlock* from = phi->getIncomingBlock(i);
    if (isCallTo(in, "dartrt_allocate") && llvm::cast<llvm::Instruction>(in)->getParent() == from) {
      call = llvm::cast<llvm::CallInst>(in);
      a.slow = from;
    } else if (auto* ip = llvm::dyn_cast<llvm::IntToPtrInst>(in); ip && ip->getParent() == from) {
      bump = ip;
      a.fast = from;
    }
  }
  if (!call || !bump || a.fast == a.slow) return false;
  auto* size = llvm::dyn_cast<llvm::ConstantInt>(call->getArgOperand(0));
  auto* header = llvm::dyn_cast<llvm::ConstantInt>(call->getArgOperand(1));
  if (!size || !header || size->getZExtValue() < 8 || size->getZExtValue() > 4096) return false;
  if (!call->hasOneUse() || realSize(a.slow) != 2 || !branchesOnlyTo(a.slow, done)) return false;
  a.test = a.slow->getSinglePredecessor();
  if (!a.test || a.fast->getSinglePredecessor() != a.test || !branchesOnlyTo(a.fast, done)) return false;
  auto* br = llvm::dyn_cast<llvm::BranchInst>(a.test->getTerminator());
  if (!br || !br->isConditional()) return false;
  // The fast path: `top` from a load of alloc_top, stored back bumped by the size, and the
  // header written at `top`; nothing else.
  auto* top = llvm::dyn_cast<llvm::LoadInst>(bump->getOperand(0));
  if (!top) return false;
  bool headerStored = false, topStored = false;
  for (llvm::Instruction& i : *a.fast) {
    if (&i == bump || &i == a.fast->getTerminator() || llvm::isa<llvm::DbgInfoIntrinsic>(i)) continue;
    if (auto* st = llvm::dyn_cast<llvm::StoreInst>(&i)) {
      if (st->getPointerOperand() == bump && st->getValueOperand() == header && !headerStored) {
        headerStored = true;
        continue;
      }
      auto* add = llvm::dyn_cast<llvm::BinaryOperator>(st->getValueOperand());
      if (add && add->getOpcode() == llvm::Instruction::Add && add->getOperand(0) == top && add->getOperand(1) == size &&
          st->getPointerOperand() == top->getPointerOperand() && !topStored) {
        topStored = true;
        continue;
      }
      return false;
    }
    // The new top, recomputed in the fast block (used only by its store).
    if (auto* add = llvm::dyn_cast<llvm::BinaryOperator>(&i); add && add->hasOneUse()) continue;
    return false;
  }
  if (!headerStored || !topStored) return false;
  for (llvm::User* u : bump->users()) {
    auto* st = llvm::dyn_cast<llvm::StoreInst>(u);
    if (u != phi && !(st && st->getPointerOperand() == bump && st->getValueOperand() != bump)) return false;
  }
  a.object = phi;
  a.size = size->getZExtValue();
  a.header = header;
  return true;
}

namespace {

// The loads through `v` (a function's parameter, or a constant offset from it), if those and
// constant-offset GEPs are its only uses (debug intrinsics aside).
bool onlyLoadsThrough(llvm::Value* v, std::vector<llvm::LoadInst*>& loads, int depth) {
  if (depth > 4) return false;
  for (llvm::User* u : v->users()) {
    if (llvm::isa<llvm::DbgInfoIntrinsic>(u)) continue;
    if (auto* ld = llvm::dyn_cast<llvm::LoadInst>(u); ld && ld->isSimple() && ld->getPointerOperand() == v) {
      loads.push_back(ld);
      continue;
    }
    auto* gep = llvm::dyn_cast<llvm::GetElementPtrInst>(u);
    if (!gep || gep->getPointerOperand() != v || !gep->hasAllConstantIndices()) return false;
    if (!onlyLoadsThrough(gep, loads, depth + 1)) return false;
  }
  return true;
}

// Whether `call` only lends the object to a function of the program for the call's duration: a
// direct call of a defined function, without operand bundles, whose parameters that receive the
// object are `nocapture readonly` and only loaded through (no store, no call, no comparison).
// A closure whose entry is not inlined into its creator (havlak's processEdges and
// stepEProcessNonBackPreds callbacks) is such an object: the entry reads its context field,
// nothing more. On the stack the object reads the same: its header is a new object's, and what
// its fields point to stays alive through the caller's frame, which the collector scans
// conservatively (so is a coroutine frame, should the slot end up in one). The callee's loads
// lose `!invariant.load` (fills `relaxed`): inlined later into a loop that reinitializes the one
// slot, such a load (a final field's closure, closure_fields.cpp) must not be hoisted.
bool onlyLentTo(llvm::CallInst* call, llvm::Value* v, std::vector<llvm::LoadInst*>& relaxed) {
  llvm::Function* callee = call->getCalledFunction();
  // A coroutine not yet split may read the parameter after a suspension, when the caller's
  // frame is gone (CoroSplit would keep the pointer in the coroutine frame): never lend to one,
  // whatever attributes it has been given.
  if (!callee || callee->isDeclaration() || callee->isIntrinsic() || callee->isVarArg() || callee->isPresplitCoroutine() ||
      call->hasOperandBundles() || call->getCalledOperand() == v || callee->getFunctionType() != call->getFunctionType()) {
    return false;
  }
  bool passed = false;
  for (unsigned i = 0; i < call->arg_size(); ++i) {
    if (call->getArgOperand(i) != v) continue;
    if (!call->doesNotCapture(i) || !call->onlyReadsMemory(i) || call->isByValArgument(i)) return false;
    if (!onlyLoadsThrough(callee->getArg(i), relaxed, 0)) return false;
    passed = true;
  }
  return passed;
}

bool inBounds(int64_t offset, uint64_t bytes, uint64_t size) {
  return offset >= 0 && (uint64_t)offset + bytes <= size;
}

// Whether every use of `v` (the object plus `offset` bytes) reads or writes the object's own
// bytes, or is the write barrier's call on the object itself; collects those calls.
bool onlyFieldAccesses(llvm::Value* v, int64_t offset, InlineAllocation& a, const llvm::DataLayout& dl, int depth) {
  if (depth > 8) return false;
  for (llvm::User* u : v->users()) {
    if (auto* gep = llvm::dyn_cast<llvm::GetElementPtrInst>(u)) {
      llvm::APInt delta(64, 0);
      if (gep->getPointerOperand() != v || !gep->accumulateConstantOffset(dl, delta)) return false;
      if (!onlyFieldAccesses(gep, offset + delta.getSExtValue(), a, dl, depth + 1)) return false;
      continue;
    }
    if (auto* ld = llvm::dyn_cast<llvm::LoadInst>(u)) {
      if (!ld->isSimple() || !inBounds(offset, dl.getTypeStoreSize(ld->getType()), a.size)) return false;
      a.loads.push_back(ld);
      continue;
    }
    if (auto* st = llvm::dyn_cast<llvm::StoreInst>(u)) {
      if (!st->isSimple() || st->getValueOperand() == v || st->getPointerOperand() != v) return false;
      if (!inBounds(offset, dl.getTypeStoreSize(st->getValueOperand()->getType()), a.size)) return false;
      continue;
    }
    // The barrier's clearing of the GC byte (an atomic and, which SROA would not promote).
    if (auto* rmw = llvm::dyn_cast<llvm::AtomicRMWInst>(u)) {
      if (rmw->getPointerOperand() != v || offset != DART_HEADER_BARRIER_BYTE || !rmw->use_empty()) return false;
      a.barrierClears.push_back(rmw);
      continue;
    }
    if (isCallTo(u, "dartrt_remember_object")) {
      auto* call = llvm::cast<llvm::CallInst>(u);
      if (offset != 0 || call->getArgOperand(0) != v || call->getArgOperand(1) == v) return false;
      a.barriers.push_back(call);
      continue;
    }
    if (auto* call = llvm::dyn_cast<llvm::CallInst>(u); call && offset == 0 && onlyLentTo(call, v, a.lentLoads)) continue;
    return false;
  }
  return true;
}

void replaceByStackSlot(llvm::Function& f, InlineAllocation& a) {
  llvm::LLVMContext& ctx = f.getContext();
  llvm::BasicBlock& entry = f.getEntryBlock();
  llvm::IRBuilder<> atEntry(&entry, entry.getFirstInsertionPt());
  llvm::AllocaInst* slot = atEntry.CreateAlloca(llvm::ArrayType::get(llvm::Type::getInt8Ty(ctx), a.size), nullptr, "object.on.stack");
  slot->setAlignment(llvm::Align(16));
  llvm::BasicBlock* done = a.object->getParent();
  llvm::IRBuilder<> b(done, done->getFirstInsertionPt());
  b.CreateMemSet(slot, b.getInt8(0), a.size, llvm::Align(16));
  b.CreateStore(a.header, slot);
  a.object->replaceAllUsesWith(slot);
  a.object->eraseFromParent();
  for (llvm::CallInst* call : a.barriers) call->eraseFromParent();
  for (llvm::Instruction* clear : a.barrierClears) clear->eraseFromParent();
  // The one slot stands for every object made at the site, so what was invariant for each
  // object (a final field's closure, closure_fields.cpp) is not invariant for the slot, which a
  // loop reinitializes: LICM would hoist such a load out of the loop.
  for (llvm::LoadInst* ld : a.loads) ld->setMetadata(llvm::LLVMContext::MD_invariant_load, nullptr);
  for (llvm::LoadInst* ld : a.lentLoads) ld->setMetadata(llvm::LLVMContext::MD_invariant_load, nullptr);
  // No allocation any more: the test block goes straight on; its loads of the isolate's
  // allocation pointers are dead and go with the next cleanup.
  llvm::Instruction* term = a.test->getTerminator();
  llvm::BranchInst::Create(done, term->getIterator());
  term->eraseFromParent();
  llvm::DeleteDeadBlocks({a.fast, a.slow});
}

// Deletes what SROA leaves unused. An object made in a loop and replaced by one stack slot has
// its fields carried around the loop by phis (the previous iteration's values, dead because the
// slot is zeroed and written again before any read), and a phi that carries another object's
// pointer (a closure's context) would count as that object's escape in the next round.
void deleteDeadValues(llvm::Function& f) {
  llvm::SmallVector<llvm::WeakTrackingVH, 16> dead;
  for (llvm::BasicBlock& bb : f) {
    for (llvm::Instruction& i : bb) {
      if (llvm::isInstructionTriviallyDead(&i)) dead.push_back(&i);
    }
  }
  // (Recursively: a phi whose only user was dead goes too.)
  llvm::RecursivelyDeleteTriviallyDeadInstructionsPermissive(dead);
}

}  // namespace

llvm::PreservedAnalyses NonEscapingAllocationElimination::run(llvm::Function& f, llvm::FunctionAnalysisManager& am) {
  if (f.isPresplitCoroutine()) return llvm::PreservedAnalyses::all();
  const llvm::DataLayout& dl = f.getDataLayout();
  bool changed = false;
  // An object whose only escape was a field of another eliminated object (a closure's context,
  // stored in the closure) is found in the next round, once SROA has forwarded that field.
  for (int round = 0; round < 4; ++round) {
    std::vector<InlineAllocation> found;
    for (llvm::BasicBlock& bb : f) {
      auto* phi = llvm::dyn_cast<llvm::PHINode>(&bb.front());
      InlineAllocation a;
      if (phi && matchInlineAllocation(phi, a) && onlyFieldAccesses(phi, 0, a, dl, 0)) found.push_back(std::move(a));
    }
    if (found.empty()) break;
    changed = true;
    for (InlineAllocation& a : found) replaceByStackSlot(f, a);
    // The fields become SSA values now rather than at the next SROA of the pipeline, so the loop
    // passes that follow see them.
    am.invalidate(f, llvm::PreservedAnalyses::none());
    llvm::SROAPass(llvm::SROAOptions::ModifyCFG).run(f, am);
    deleteDeadValues(f);
    am.invalidate(f, llvm::PreservedAnalyses::none());
  }
  return changed ? llvm::PreservedAnalyses::none() : llvm::PreservedAnalyses::all();
}

}  // namespace dartc::codegen
