// Final fields that hold closures, read invariantly (closure_fields.cpp).
#pragma once

namespace llvm {
class LoadInst;
}  // namespace llvm

namespace dartc::kernel {
class Field;
}

namespace dartc::codegen {

// A final, non-late instance field of a function type (`final bool Function(E) _f` of
// WhereIterator, MappedIterable, ...): written once by its constructor before anything can
// read it, never afterwards.
bool isInvariantClosureField(const kernel::Field* field);

// _SyncStarIterator._frame of dart:async: final, stored by the constructor only.
bool isInvariantFrameField(const kernel::Field* field);

// Marks a load of such a field `!invariant.load`, so that LLVM forwards the closure the
// constructor stored when both are in one function.
void markInvariantClosureField(llvm::LoadInst* load);

}  // namespace dartc::codegen
