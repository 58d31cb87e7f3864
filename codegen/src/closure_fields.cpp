// Closures held in final fields (issue 10, closures).
//
// The lazy iterables keep their function in a field: `numbers.where(f)` makes a WhereIterable
// whose iterator calls `_f` for every element. Once the iterable, its iterator and the loop
// that drives them are inlined into the function that made the closure, the call `_f(x)`
// becomes direct only if LLVM sees that the field still holds the closure the constructor
// stored. Every closure call in between might write memory, and an object made by the inline
// allocator is not one LLVM can prove unreachable from the callee, so the load stays.
//
// A final field that is not late is stored by the constructor's initializers, which run before
// the object is reachable by any Dart code (field initializers and initializer lists cannot
// read `this`), and never stored again: Dart has no setter for it, and neither the runtime nor
// the core library writes such a field of an existing object. Its loads may then be
// `!invariant.load`: LLVM's GVN still forwards the value of the store that must alias the
// load (the constructor's own store, once inlined), and no call in between is taken to change
// it. A heap object's address is a fresh SSA value at each allocation, so the invariance never
// spans two objects; NonEscapingAllocationElimination, which replaces such an object by one
// reused stack slot, drops the mark from the loads it rewrites.
//
// Only fields of a function type are marked: they are what makes calls indirect, and the
// closure fields (code, function) are already read invariantly (closures.cpp).
#include "closure_fields.h"

#include <llvm/IR/Instructions.h>
#include <llvm/IR/Metadata.h>

#include "frontend/kernel.h"
#include "frontend/types.h"

namespace dartc::codegen {

bool isInvariantClosureField(const kernel::Field* field) {
  return field && field->isFinal && !field->isLate && !field->isStatic && field->type &&
         field->type->kind == kernel::TypeKind::Function;
}

// The same argument holds for dart:async's `final Object _frame` of _SyncStarIterator (a
// sync* run's frame, stored by its only constructor): an iterator's moveNext reads it before
// the resumption, and its `current` after it; invariant, the second read is the first one's
// value, so a hop touches the iterator only once (docs/generators.md, "The hand-over in the
// frame").
bool isInvariantFrameField(const kernel::Field* field) {
  return field && field->isFinal && !field->isLate && !field->isStatic && field->name == "_frame" &&
         field->enclosingClass && field->enclosingClass->name == "_SyncStarIterator" && field->library &&
         field->library->uri == "dart:async";
}

void markInvariantClosureField(llvm::LoadInst* load) {
  load->setMetadata(llvm::LLVMContext::MD_invariant_load, llvm::MDNode::get(load->getContext(), {}));
}

}  // namespace dartc::codegen
