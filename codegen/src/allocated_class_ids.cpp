// Class ids of objects made in the same function (issue 10, closures).
//
// `numbers.map(f).where(g).fold(0, h)` makes a WhereIterable and a MappedListIterable, and
// once `fold` is inlined into the function that made them, every step of the chain is a call
// through the dispatch table on one of those objects: `_iterable.iterator`, `moveNext`,
// `current`, `length`, `elementAt`. The dispatch table is a constant array indexed by the
// receiver's class id, which is the low half of the object's header. LLVM cannot see that
// the id of a new object is known: the fast path stores the header, but the slow path is a call
// of dartrt_allocate, which writes it in the runtime.
//
// This pass replaces each 32-bit load at offset 0 of an object made by an inline allocation
// (inline_allocation.h) by the class id of the header both paths give it. InstCombine then
// folds the dispatch-table load to the member's function, the call becomes direct, and the
// inliner, which revisits a function whose indirect calls became direct, can inline it; its
// own loads of the object's class id fold in turn.
//
// It is sound because an object's class id never changes: the allocator writes the header
// before anything can see the object, the collector does not move objects (docs/gc.md) and
// only writes filler headers over dead ones, and nothing else stores to a header's low half
// (the barrier bit lives in another byte, DART_HEADER_BARRIER_BYTE). Only loads through the
// allocation's own SSA value are folded, so the value is certainly that object.
#include "allocated_class_ids.h"

#include "inline_allocation.h"

#include <llvm/IR/Constants.h>
#include <llvm/IR/Instructions.h>

namespace dartc::codegen {

llvm::PreservedAnalyses AllocatedClassIdFolding::run(llvm::Function& f, llvm::FunctionAnalysisManager&) {
  if (f.isPresplitCoroutine()) return llvm::PreservedAnalyses::all();
  bool changed = false;
  for (llvm::BasicBlock& bb : f) {
    auto* phi = llvm::dyn_cast<llvm::PHINode>(&bb.front());
    InlineAllocation a;
    if (!phi || !matchInlineAllocation(phi, a)) continue;
    uint64_t cid = a.header->getZExtValue() & 0xffffffffu;
    std::vector<llvm::LoadInst*> loads;
    for (llvm::User* u : phi->users()) {
      auto* ld = llvm::dyn_cast<llvm::LoadInst>(u);
      if (ld && ld->getPointerOperand() == phi && ld->isSimple() && ld->getType()->isIntegerTy(32)) loads.push_back(ld);
    }
    for (llvm::LoadInst* ld : loads) {
      ld->replaceAllUsesWith(llvm::ConstantInt::get(ld->getType(), cid));
      ld->eraseFromParent();
      changed = true;
    }
  }
  return changed ? llvm::PreservedAnalyses::none() : llvm::PreservedAnalyses::all();
}

}  // namespace dartc::codegen
