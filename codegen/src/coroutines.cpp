// Resumable functions as LLVM coroutines (switch lowering) whose frame is a heap object
// (docs/async.md). The frontend has lowered an `async` body so that it only needs three things
// from codegen: a frame (beginCoroutine, read by `_coroutineFrame()`), suspension points
// (lowered `await`s: AwaitExpr) and the end of the body (a `return`: finishCoroutine). The call
// itself returns the function's future (FunctionNode::asyncFuture) at the first suspension or at
// the end, whichever comes first. CoroSplit (emit_object.cpp runs it at -O0 too) turns the
// function into the ramp (this function) and a resume function reached through the handle.
#include <llvm/IR/Intrinsics.h>

#include "function_lowering.h"
#include "resume_calling_convention.h"

namespace dartc::codegen {

using namespace kernel;

void FunctionLowering::beginCoroutine() {
  fn_->addFnAttr(llvm::Attribute::PresplitCoroutine);
  fn_->addFnAttr(kCoroutineAttribute);  // CoroSplit copies it to the resume function
  auto intrinsic = [&](llvm::Intrinsic::ID id, llvm::ArrayRef<llvm::Type*> types = {}) {
    return llvm::Intrinsic::getDeclaration(&m_.module, id, types);
  };
  llvm::Value* null = llvm::ConstantPointerNull::get(m_.ptr);
  llvm::Value* id = b_.CreateCall(intrinsic(llvm::Intrinsic::coro_id),
                                  {llvm::ConstantInt::get(m_.i32, 16), null, null, null}, "coro.id");
  llvm::Value* size = b_.CreateCall(intrinsic(llvm::Intrinsic::coro_size, {m_.i64}), {}, "coro.size");
  // The frame is a heap object the collector scans while the coroutine has not finished, so no
  // pointer hides in memory it cannot see (DESIGN.md §4).
  llvm::FunctionType* allocTy = llvm::FunctionType::get(m_.ptr, {m_.i64}, false);
  llvm::Value* object = b_.CreateCall(m_.rt.get("dartrt_coroutine_frame_allocate", allocTy), {size}, "coro.frame");
  llvm::Value* memory = b_.CreateConstInBoundsGEP1_64(m_.i8, object, DART_COROUTINE_HANDLE_OFFSET);
  coroHandle_ = b_.CreateCall(intrinsic(llvm::Intrinsic::coro_begin), {id, memory}, "coro.handle");
  // The frame object that Dart code holds (`_coroutineFrame()`) is derived from the handle, not
  // from the allocation: llvm.coro.begin's result is `noalias` until CoroCleanup, so a frame
  // that escaped only through the allocation looked unescaped to DSE, which deleted the ramp's
  // stores into it (resume function, spills) when the ramp's calls were not inlined.
  coroFrame_ = b_.CreateGEP(m_.i8, coroHandle_,
                            llvm::ConstantInt::get(m_.i64, -static_cast<int64_t>(DART_COROUTINE_HANDLE_OFFSET)),
                            "coro.object");
  coroReturn_ = newBlock("coro.return");
}

TypedValue FunctionLowering::lowerSuspend(const AwaitExpr* e) {
  if (e->operand) lower(e->operand);
  if (!isCoroutine()) {
    m_.error("internal: a suspension point outside a lowered async function");
    return {llvm::ConstantPointerNull::get(m_.ptr), Rep::Value};
  }
  llvm::Value* none = llvm::ConstantTokenNone::get(m_.llvm);
  llvm::Value* state = b_.CreateCall(llvm::Intrinsic::getDeclaration(&m_.module, llvm::Intrinsic::coro_suspend),
                                     {none, llvm::ConstantInt::getFalse(m_.llvm)}, "coro.suspend");
  llvm::BasicBlock* resume = newBlock("coro.resume");
  llvm::BasicBlock* destroy = newBlock("coro.destroy");
  // -1: suspended, return to the caller (or resumer); 0: resumed; 1: destroyed (never: a frame
  // is freed by the collector, not by llvm.coro.destroy, which is never emitted: a sync* run
  // keeps its hand-over word in the destroy slot, DART_COROUTINE_VALUE_OFFSET).
  llvm::SwitchInst* sw = b_.CreateSwitch(state, coroReturn_, 2);
  sw->addCase(llvm::ConstantInt::get(llvm::Type::getInt8Ty(m_.llvm), 0), resume);
  sw->addCase(llvm::ConstantInt::get(llvm::Type::getInt8Ty(m_.llvm), 1), destroy);
  b_.SetInsertPoint(destroy);
  b_.CreateBr(coroReturn_);
  b_.SetInsertPoint(resume);
  return {llvm::ConstantPointerNull::get(m_.ptr), Rep::Value};
}

void FunctionLowering::finishCoroutine() {
  llvm::FunctionType* releaseTy = llvm::FunctionType::get(m_.voidTy, {m_.ptr}, false);
  b_.CreateCall(m_.rt.get("dartrt_coroutine_frame_release", releaseTy), {coroFrame_});
  b_.CreateBr(coroReturn_);
}

void FunctionLowering::emitCoroutineReturn() {
  b_.SetInsertPoint(coroReturn_);
  b_.CreateCall(llvm::Intrinsic::getDeclaration(&m_.module, llvm::Intrinsic::coro_end),
                {coroHandle_, llvm::ConstantInt::getFalse(m_.llvm), llvm::ConstantTokenNone::get(m_.llvm)});
  // Only the ramp returns a value (resume functions return void): the function's future.
  returnValue(readVariable(pending_.function->asyncFuture));
}

}  // namespace dartc::codegen
