// Field accesses by offset (TBAA). Every object, and the isolate's statics block, starts at its
// own address and no two overlap, so the word at offset 8 of one and the word at offset 16 of
// another (or the same) are never the same memory: p + 8 == q + 16 would put q's field inside p.
// Each offset gets its own scalar type under `ordinary`; accesses tagged `ordinary` (headers,
// lengths read by intrinsics, context slots, type arguments, ...) still alias all of them, and
// the `ordinary` class keeps its sibling relations (array elements, double cells, GC flags:
// docs/codegen-aliasing.md). Only loadField and storeField use these tags, and they access a
// field of an object that has it (the field's offset in the receiver's class layout) or a slot
// of the statics block.
//
// towers: `disk.next = top` no longer makes LLVM load `this.piles`, its class id and its length
// again for the `piles[pile] = disk` that follows.
#include <string>

#include <llvm/IR/MDBuilder.h>

#include "module.h"

namespace dartc::codegen {

void Module::tagField(llvm::Instruction* access, uint32_t offset) {
  llvm::MDNode*& tag = tbaaFields_[offset];
  if (!tag) {
    llvm::MDBuilder md(llvm);
    llvm::MDNode* type = md.createTBAAScalarTypeNode("field +" + std::to_string(offset), tbaaOrdinaryType_);
    tag = md.createTBAAStructTagNode(type, type, 0);
  }
  access->setMetadata(llvm::LLVMContext::MD_tbaa, tag);
}

}  // namespace dartc::codegen
