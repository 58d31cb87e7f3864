// The inline part of a type test against a runtime type known only at run time (a type
// parameter's value, a list's element type): most such tests pass for a reason the generated
// code can see without calling `dartrt_is_instance` (docs/generics.md, "Type tests").
#include <cstddef>

#include <llvm/IR/Constants.h>
#include <llvm/IR/MDBuilder.h>

#include "dartrt/abi.h"
#include "function_lowering.h"

namespace dartc::codegen {

void FunctionLowering::testTypeInline(llvm::Value* value, llvm::Value* typeWord, llvm::BasicBlock* passes,
                                      llvm::BasicBlock* unknown, bool subtypeRun) {
  // The type's kind, nullability, argument count and class id are one little-endian word (both
  // targets): one load, which every path makes, so that in a loop of list stores LLVM hoists
  // the first stage whole (the type never changes).
  static_assert(offsetof(DartRtType, kind) == 8 && offsetof(DartRtType, nullable) == 9 &&
                    offsetof(DartRtType, num_args) == 10 && offsetof(DartRtType, id) == 12,
                "the inline type test reads kind, nullable, num_args and id as one word");
  llvm::Value* fields = loadTypeField(m_.i64, typeWord, offsetof(DartRtType, kind));
  llvm::Value* cid = cidOf(value);
  // Stage 1, the commonest answers, two compares: dynamic, or exactly the value's class without
  // type arguments (a List<int> receiving an int), nullable or not.
  llvm::Value* dynamic = b_.CreateICmpEQ(b_.CreateAnd(fields, 0xFF), llvm::ConstantInt::get(m_.i64, DART_TYPE_DYNAMIC));
  llvm::Value* expected = b_.CreateOr(b_.CreateShl(b_.CreateZExt(cid, m_.i64), 32), llvm::ConstantInt::get(m_.i64, DART_TYPE_INTERFACE));
  llvm::Value* exact = b_.CreateICmpEQ(b_.CreateAnd(fields, ~uint64_t{0xFF00}), expected);
  if (!subtypeRun) {
    b_.CreateCondBr(b_.CreateOr(dynamic, exact), passes, unknown);
    return;
  }
  llvm::BasicBlock* run = newBlock("type.test.run");
  b_.CreateCondBr(b_.CreateOr(dynamic, exact), passes, run);
  // Stage 2: a class type without type arguments holds every non-null instance of a class that
  // has it among its supertypes. DartClassTypes gives, per class, the run of class ids of such
  // classes around its own (its subclasses at least; never Null's): one unsigned compare.
  b_.SetInsertPoint(run);
  llvm::BasicBlock* plain = newBlock("type.test.class");
  llvm::Value* isPlainClass = b_.CreateICmpEQ(b_.CreateAnd(fields, 0xFFFF00FF), llvm::ConstantInt::get(m_.i64, DART_TYPE_INTERFACE));
  b_.CreateCondBr(isPlainClass, plain, unknown);
  b_.SetInsertPoint(plain);
  static_assert(offsetof(DartClassTypes, subtype_count) == offsetof(DartClassTypes, subtype_first) + 4,
                "the inline type test reads a class's subtype run as one word");
  llvm::Value* classId = b_.CreateLShr(fields, 32);
  llvm::Value* offset = b_.CreateAdd(b_.CreateMul(classId, llvm::ConstantInt::get(m_.i64, sizeof(DartClassTypes))),
                                     llvm::ConstantInt::get(m_.i64, offsetof(DartClassTypes, subtype_first)));
  llvm::LoadInst* subtypes = b_.CreateLoad(m_.i64, b_.CreateGEP(m_.i8, m_.classTypesTable(), offset), "subtype.run");
  m_.tagOrdinary(subtypes);
  subtypes->setMetadata(llvm::LLVMContext::MD_invariant_load, llvm::MDNode::get(m_.llvm, {}));
  llvm::Value* first = b_.CreateTrunc(subtypes, m_.i32);
  llvm::Value* count = b_.CreateTrunc(b_.CreateLShr(subtypes, 32), m_.i32);
  b_.CreateCondBr(b_.CreateICmpULT(b_.CreateSub(cid, first), count), passes, unknown);
}

llvm::Value* FunctionLowering::isInstanceOfRuntimeType(llvm::Value* value, llvm::Value* typeWord) {
  llvm::BasicBlock* slow = newBlock("type.test.runtime");
  llvm::BasicBlock* passes = newBlock("type.test.passes");
  llvm::BasicBlock* done = newBlock("type.test.done");
  testTypeInline(value, typeWord, passes, slow, true);
  b_.SetInsertPoint(passes);
  b_.CreateBr(done);
  b_.SetInsertPoint(slow);
  llvm::Value* result = b_.CreateCall(m_.rt.isInstance(), {value, typeWord});
  b_.CreateBr(done);
  b_.SetInsertPoint(done);
  llvm::PHINode* phi = b_.CreatePHI(m_.i1, 2, "is");
  phi->addIncoming(llvm::ConstantInt::getTrue(m_.llvm), passes);
  phi->addIncoming(result, slow);
  return phi;
}

}  // namespace dartc::codegen
