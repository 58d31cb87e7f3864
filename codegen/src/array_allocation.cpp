// Allocation of the core library's backing array, _List (DartArray: header, type arguments,
// length, elements): `_List(n)`, filled with null, and `_List._filled(n, fill)`, the array of
// List.filled (docs/benchmarks.md, "Fresh lists").
//
// `_List._filled` writes each element once. A small array comes from the inline bump path, whose
// memory is already zero, and a loop stores `fill` into it with no barrier: nothing can collect
// between the allocation and the stores, so the array is young. A large one (over the inline
// bound, DARTRT_LARGE_OBJECT_THRESHOLD) is allocated and filled by the runtime in one call
// (dartrt_array_new_filled), which asks the heap for memory it does not zero first: before this,
// List.filled zeroed a large array, then filled it in a second runtime call.
#include <llvm/IR/Constants.h>
#include <llvm/IR/MDBuilder.h>

#include "dartrt/abi.h"
#include "intrinsics.h"

namespace dartc::codegen {

using namespace kernel;

namespace {

// Elements of an array whose size is within the inline bump path's bound.
constexpr uint64_t kInlineFillLength = (DARTRT_LARGE_OBJECT_THRESHOLD - sizeof(DartArray)) / 8;

struct ArraySize {
  llvm::Value* size;
  llvm::Value* header;
};

// Checks the length (lengths up to kInlineLength cannot overflow the size; others are checked
// out of line: a negative one is an ArgumentError, one the heap can never hold an
// OutOfMemoryError, docs/runtime-errors.md) and computes the size and header.
ArraySize checkedArraySize(FunctionLowering& f, llvm::Value* n, uint32_t cid, SourceLoc loc) {
  Module& m = f.module();
  auto& B = f.builder();
  constexpr uint64_t kInlineLength = uint64_t{1} << 24;
  llvm::BasicBlock* check = f.newBlock("alloc.check");
  llvm::BasicBlock* negative = f.newBlock("alloc.negative");
  llvm::BasicBlock* large = f.newBlock("alloc.large");
  llvm::BasicBlock* tooLarge = f.newBlock("alloc.too_large");
  llvm::BasicBlock* ok = f.newBlock("alloc.ok");
  B.CreateCondBr(B.CreateICmpUGT(n, llvm::ConstantInt::get(m.i64, kInlineLength)), check, ok,
                 llvm::MDBuilder(m.llvm).createBranchWeights(1, 1000));
  B.SetInsertPoint(check);
  B.CreateCondBr(B.CreateICmpSLT(n, llvm::ConstantInt::get(m.i64, 0)), negative, large);
  B.SetInsertPoint(negative);
  f.callThrowHelper(m.facts.implicit().throwArgumentError, {{n, Rep::Int}}, loc);
  B.SetInsertPoint(large);
  llvm::FunctionType* fitsType = llvm::FunctionType::get(m.i1, {m.i64, m.i64}, false);
  llvm::Value* fits = B.CreateCall(m.rt.get("dartrt_allocation_fits", fitsType), {n, llvm::ConstantInt::get(m.i64, 8)});
  B.CreateCondBr(fits, ok, tooLarge);
  B.SetInsertPoint(tooLarge);
  f.callThrowHelper(m.facts.implicit().throwOutOfMemory, {}, loc);
  B.SetInsertPoint(ok);
  llvm::Value* bytes = B.CreateAdd(llvm::ConstantInt::get(m.i64, sizeof(DartArray)), B.CreateShl(n, 3));
  llvm::Value* size = B.CreateAnd(B.CreateAdd(bytes, llvm::ConstantInt::get(m.i64, 15)), llvm::ConstantInt::get(m.i64, ~uint64_t(15)));
  // Header: the cid and the size in granules (0 when too large to say, see abi.h).
  llvm::Value* granules = B.CreateLShr(size, 4);
  llvm::Value* fitsHeader = B.CreateICmpULE(granules, llvm::ConstantInt::get(m.i64, DART_HEADER_MAX_GRANULES));
  llvm::Value* sizeBits = B.CreateShl(B.CreateSelect(fitsHeader, granules, llvm::ConstantInt::get(m.i64, 0)), DART_HEADER_SIZE_SHIFT);
  return {size, B.CreateOr(sizeBits, llvm::ConstantInt::get(m.i64, cid))};
}

// A new array of `size` bytes from the inline path (or dartrt_allocate), its length and type
// arguments stored and its elements null.
llvm::Value* newArray(FunctionLowering& f, const ArraySize& s, llvm::Value* n, llvm::Value* typeArgs) {
  Module& m = f.module();
  auto& B = f.builder();
  llvm::Value* a = f.allocateDynamic(s.size, s.header);
  B.CreateStore(n, B.CreateConstInBoundsGEP1_64(m.i8, a, offsetof(DartArray, length)));
  // The factory's type arguments (<E>) are exactly the array's flattened vector.
  B.CreateStore(typeArgs, B.CreateConstInBoundsGEP1_64(m.i8, a, offsetof(DartArray, type_args)));
  return a;
}

}  // namespace

llvm::Value* Intrinsics::allocateArray(FunctionLowering& f, llvm::Value* n, uint32_t cid, SourceLoc loc) {
  return newArray(f, checkedArraySize(f, n, cid, loc), n, f.functionTypeArgs());
}

llvm::Value* Intrinsics::allocateFilledArray(FunctionLowering& f, llvm::Value* n, llvm::Value* fill, uint32_t cid,
                                             SourceLoc loc) {
  Module& m = f.module();
  auto& B = f.builder();
  ArraySize s = checkedArraySize(f, n, cid, loc);
  llvm::Value* typeArgs = f.functionTypeArgs();
  llvm::BasicBlock* small = f.newBlock("filled.small");
  llvm::BasicBlock* loop = f.newBlock("filled.loop");
  llvm::BasicBlock* large = f.newBlock("filled.large");
  llvm::BasicBlock* done = f.newBlock("filled.done");
  // n is not negative here, so the unsigned compare is the bound.
  B.CreateCondBr(B.CreateICmpULE(n, llvm::ConstantInt::get(m.i64, kInlineFillLength)), small, large,
                 llvm::MDBuilder(m.llvm).createBranchWeights(1000, 1));

  B.SetInsertPoint(small);
  llvm::Value* a = newArray(f, s, n, typeArgs);
  llvm::Value* elements = B.CreateConstInBoundsGEP1_64(m.i8, a, sizeof(DartArray));
  llvm::BasicBlock* smallEnd = B.GetInsertBlock();
  B.CreateCondBr(B.CreateICmpEQ(n, llvm::ConstantInt::get(m.i64, 0)), done, loop);
  // No write barrier: the array is young (no call and no allocation since it was made).
  B.SetInsertPoint(loop);
  llvm::PHINode* i = B.CreatePHI(m.i64, 2, "fill.i");
  i->addIncoming(llvm::ConstantInt::get(m.i64, 0), smallEnd);
  m.tagArrayElement(B.CreateStore(fill, B.CreateInBoundsGEP(m.ptr, elements, i)));
  llvm::Value* next = B.CreateAdd(i, llvm::ConstantInt::get(m.i64, 1), "fill.next", /*HasNUW=*/true, /*HasNSW=*/true);
  i->addIncoming(next, loop);
  B.CreateCondBr(B.CreateICmpEQ(next, n), done, loop);

  B.SetInsertPoint(large);
  llvm::FunctionType* filledType = llvm::FunctionType::get(m.ptr, {m.i64, m.i64, m.i64, m.ptr, m.ptr}, false);
  llvm::Value* big = f.call(m.rt.get("dartrt_array_new_filled", filledType), {s.size, s.header, n, typeArgs, fill});
  // The runtime has stored the length already; storing it again (the same value, into a young
  // array: no barrier) shows it to LLVM, which forwards it to the loads of `length` and
  // `_length` that follow. With a constant length, a loop bounded by it needs no bounds check
  // (sieve: `List.filled(5000, true)`, then `flags[k - 1]` for k <= 5000).
  m.tagOrdinary(B.CreateStore(n, B.CreateConstInBoundsGEP1_64(m.i8, big, offsetof(DartArray, length))));
  llvm::BasicBlock* largeEnd = B.GetInsertBlock();
  B.CreateBr(done);

  B.SetInsertPoint(done);
  llvm::PHINode* result = B.CreatePHI(m.ptr, 3, "filled");
  result->addIncoming(a, smallEnd);
  result->addIncoming(a, loop);
  result->addIncoming(big, largeEnd);
  return result;
}

}  // namespace dartc::codegen
