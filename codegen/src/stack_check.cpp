// The stack overflow check in a function's entry (docs/stack-overflow.md): compare the stack
// pointer with the isolate's stack_limit and throw Dart's StackOverflowError below it. TFA decides
// which functions need it (those that may be part of a recursion); the rest pay nothing.
#include <llvm/IR/Intrinsics.h>
#include <llvm/IR/MDBuilder.h>

#include "dartrt/abi.h"
#include "function_lowering.h"
#include "stack_check_elimination.h"

namespace dartc::codegen {

using namespace kernel;

bool FunctionLowering::needsStackCheck() const {
  if (!m_.options.stackChecks) return false;
  // Lazy initializers run once per field (or object), so a check costs next to nothing there and
  // saves TFA from modelling the implicit calls that reach them.
  if (pending_.lazyField) return true;
  const FunctionNode* fn = pending_.function;
  if (!fn && pending_.member) {
    if (pending_.member->memberKind == MemberKind::Procedure) fn = static_cast<const Procedure*>(pending_.member)->function;
    else if (pending_.member->memberKind == MemberKind::Constructor) fn = static_cast<const Constructor*>(pending_.member)->function;
  }
  return fn && m_.facts.needsStackCheck(fn);
}

void FunctionLowering::emitStackCheck() {
  const tfa::ImplicitMembers& im = m_.facts.implicit();
  if (!im.throwStackOverflow) return;  // a core library without the helper: no checks
  // The stack pointer itself, read as a register: cheaper than llvm.frameaddress, which would
  // force a frame pointer in every checked function. It is read after the function's own frame
  // is allocated, so a frame larger than the runtime's reserve is still caught.
  const char* spName = m_.options.arch == TargetArch::Arm64 ? "sp" : "rsp";
  llvm::Metadata* reg = llvm::MDString::get(m_.llvm, spName);
  llvm::Function* readRegister = llvm::Intrinsic::getDeclaration(&m_.module, llvm::Intrinsic::read_register, {m_.i64});
  llvm::Value* sp = b_.CreateCall(readRegister, {llvm::MetadataAsValue::get(m_.llvm, llvm::MDNode::get(m_.llvm, {reg}))}, "sp");
  llvm::LoadInst* iso = b_.CreateLoad(m_.ptr, m_.rt.currentIsolate(), "isolate");
  llvm::LoadInst* limit = b_.CreateLoad(m_.i64, b_.CreateConstInBoundsGEP1_64(m_.i8, iso, DARTRT_ISOLATE_STACK_LIMIT_OFFSET), "stack_limit");
  // (The isolate is runtime memory, never a double cell.)
  m_.tagOrdinary(iso);
  m_.tagOrdinary(limit);
  llvm::BasicBlock* overflow = newBlock("stack.overflow");
  llvm::BasicBlock* ok = newBlock("stack.ok");
  llvm::BranchInst* check = b_.CreateCondBr(b_.CreateICmpULT(sp, limit), overflow, ok, llvm::MDBuilder(m_.llvm).createUnlikelyBranchWeights());
  // Marked for RedundantStackCheckElimination, which drops the copies inlining makes.
  check->setMetadata(kStackCheckMetadata, llvm::MDNode::get(m_.llvm, {}));
  b_.SetInsertPoint(overflow);
  // No handler of this function is active yet, so the helper is called, not invoked: the error
  // belongs to the caller's frame, as in the Dart VM.
  callThrowHelper(im.throwStackOverflow, {}, {});
  b_.SetInsertPoint(ok);
}

}  // namespace dartc::codegen
