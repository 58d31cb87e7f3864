#include "intrinsics.h"

#include <llvm/IR/Constants.h>
#include <llvm/IR/Intrinsics.h>
#include <llvm/IR/MDBuilder.h>
#include <llvm/TargetParser/Triple.h>

#include "dartrt/abi.h"
#include "length_ranges.h"
#include "resume_calling_convention.h"

namespace dartc::codegen {

using namespace kernel;

namespace {

bool isCoreClass(const Class* c) { return c && c->library && c->library->isCore; }

}  // namespace

// --- int and double arithmetic ------------------------------------------------------------------------------

TypedValue Intrinsics::intBinary(FunctionLowering& f, std::string_view op, llvm::Value* a, llvm::Value* b, SourceLoc loc) {
  auto& B = f.builder();
  Module& m = f.module();
  llvm::Type* i64 = m.i64;
  auto c = [&](int64_t v) { return llvm::ConstantInt::get(i64, v); };
  if (op == "+") return {B.CreateAdd(a, b), Rep::Int};
  if (op == "-") return {B.CreateSub(a, b), Rep::Int};
  if (op == "*") return {B.CreateMul(a, b), Rep::Int};
  if (op == "&") return {B.CreateAnd(a, b), Rep::Int};
  if (op == "|") return {B.CreateOr(a, b), Rep::Int};
  if (op == "^") return {B.CreateXor(a, b), Rep::Int};
  if (op == "<") return {B.CreateICmpSLT(a, b), Rep::Bool};
  if (op == ">") return {B.CreateICmpSGT(a, b), Rep::Bool};
  if (op == "<=") return {B.CreateICmpSLE(a, b), Rep::Bool};
  if (op == ">=") return {B.CreateICmpSGE(a, b), Rep::Bool};
  if (op == "==") return {B.CreateICmpEQ(a, b), Rep::Bool};
  if (op == "/") return {B.CreateFDiv(B.CreateSIToFP(a, m.f64), B.CreateSIToFP(b, m.f64)), Rep::Double};
  if (op == "~/" || op == "%" || op == "remainder") {
    // Division by zero throws; INT64_MIN ~/ -1 wraps (as on the Dart VM) instead of trapping.
    llvm::BasicBlock* zero = f.newBlock("div.zero");
    llvm::BasicBlock* ok = f.newBlock("div.ok");
    B.CreateCondBr(B.CreateICmpEQ(b, c(0)), zero, ok, llvm::MDBuilder(m.llvm).createBranchWeights(1, 1000));
    B.SetInsertPoint(zero);
    f.callThrowHelper(m.facts.implicit().throwIntegerDivisionByZero, {}, loc);
    B.SetInsertPoint(ok);
    // x86-64 divides in 32 bits when both operands are in [0, 2^32) (LLVM's BypassSlowDivision
    // adds that test in CodeGenPrepare). For a remainder the test is made here, so that the
    // fix-up of -1 below is on the 64-bit path only: there both operands are non-negative and b
    // is not 0, so the unsigned 32-bit remainder is the remainder, and also Dart's `%`.
    // (prime_sieve's `candidate % prime`: three instructions less a filter and a candidate.) Not
    // for a constant divisor, which LLVM turns into a multiplication (`x % 3` in the closures
    // benchmark's `where` paid the extra test: +2.4 % instructions).
    llvm::BasicBlock* narrow = nullptr;
    llvm::Value* narrowR = nullptr;
    if (op != "~/" && !llvm::isa<llvm::Constant>(b) &&
        llvm::Triple(m.module.getTargetTriple()).getArch() == llvm::Triple::x86_64) {
      narrow = f.newBlock("rem.narrow");
      llvm::BasicBlock* wide = f.newBlock("rem.wide");
      llvm::Value* small = B.CreateICmpEQ(B.CreateLShr(B.CreateOr(a, b), c(32)), c(0));
      B.CreateCondBr(small, narrow, wide);
      B.SetInsertPoint(narrow);
      narrowR = B.CreateZExt(B.CreateURem(B.CreateTrunc(a, m.i32), B.CreateTrunc(b, m.i32)), i64);
      B.SetInsertPoint(wide);
    }
    llvm::Value* minusOne = B.CreateICmpEQ(b, c(-1));
    llvm::Value* safeB = B.CreateSelect(minusOne, c(1), b);
    if (op == "~/") {
      llvm::Value* q = B.CreateSDiv(a, safeB);
      return {B.CreateSelect(minusOne, B.CreateSub(c(0), a), q), Rep::Int};
    }
    // With b == -1 the divisor is 1, whose remainder is already 0: no second test of b.
    llvm::Value* r = B.CreateSRem(a, safeB);
    if (narrow) {
      llvm::BasicBlock* wideEnd = B.GetInsertBlock();
      llvm::BasicBlock* joined = f.newBlock("rem.done");
      B.CreateBr(joined);
      B.SetInsertPoint(narrow);
      B.CreateBr(joined);
      B.SetInsertPoint(joined);
      llvm::PHINode* phi = B.CreatePHI(i64, 2);
      phi->addIncoming(narrowR, narrow);
      phi->addIncoming(r, wideEnd);
      r = phi;
    }
    if (op == "remainder") return {r, Rep::Int};
    // Dart's % is never negative: add |b| to a negative remainder.
    llvm::Value* absB = B.CreateSelect(B.CreateICmpSLT(b, c(0)), B.CreateSub(c(0), b), b);
    llvm::Value* modulo = B.CreateSelect(B.CreateICmpSLT(r, c(0)), B.CreateAdd(r, absB), r);
    if (llvm::isa<llvm::SelectInst>(modulo)) f.moduloRemainders_[modulo] = r;
    return {modulo, Rep::Int};
  }
  if (op == "<<" || op == ">>" || op == ">>>") {
    // Counts of 64 or more shift everything out; negative counts are an error in Dart.
    llvm::BasicBlock* negative = f.newBlock("shift.negative");
    llvm::BasicBlock* ok = f.newBlock("shift.ok");
    B.CreateCondBr(B.CreateICmpSLT(b, c(0)), negative, ok, llvm::MDBuilder(m.llvm).createBranchWeights(1, 1000));
    B.SetInsertPoint(negative);
    f.callThrowHelper(m.facts.implicit().throwArgumentError, {{b, Rep::Int}}, loc);
    B.SetInsertPoint(ok);
    llvm::Value* big = B.CreateICmpUGE(b, c(64));
    llvm::Value* count = B.CreateSelect(big, c(63), b);
    if (op == "<<") return {B.CreateSelect(big, c(0), B.CreateShl(a, count)), Rep::Int};
    if (op == ">>") return {B.CreateAShr(a, count), Rep::Int};
    return {B.CreateSelect(big, c(0), B.CreateLShr(a, count)), Rep::Int};
  }
  return {nullptr, Rep::Void};
}

TypedValue Intrinsics::doubleBinary(FunctionLowering& f, std::string_view op, llvm::Value* a, llvm::Value* b, SourceLoc loc) {
  auto& B = f.builder();
  Module& m = f.module();
  if (op == "+") return {B.CreateFAdd(a, b), Rep::Double};
  if (op == "-") return {B.CreateFSub(a, b), Rep::Double};
  if (op == "*") return {B.CreateFMul(a, b), Rep::Double};
  if (op == "/") return {B.CreateFDiv(a, b), Rep::Double};
  if (op == "<") return {B.CreateFCmpOLT(a, b), Rep::Bool};
  if (op == ">") return {B.CreateFCmpOGT(a, b), Rep::Bool};
  if (op == "<=") return {B.CreateFCmpOLE(a, b), Rep::Bool};
  if (op == ">=") return {B.CreateFCmpOGE(a, b), Rep::Bool};
  if (op == "==") return {B.CreateFCmpOEQ(a, b), Rep::Bool};
  if (op == "%" || op == "remainder") {
    llvm::Value* r = B.CreateFRem(a, b);
    if (op == "remainder") return {r, Rep::Double};
    // Dart's % on doubles (the VM's DartModulo): a negative remainder gets |b| added, and a zero
    // one is +0.0 (fmod(-4.0, 2.0) is -0.0).
    llvm::Value* zero = llvm::ConstantFP::get(m.f64, 0.0);
    llvm::Value* absB = B.CreateUnaryIntrinsic(llvm::Intrinsic::fabs, b);
    llvm::Value* neg = B.CreateFCmpOLT(r, zero);
    llvm::Value* positive = B.CreateSelect(neg, B.CreateFAdd(r, absB), r);
    return {B.CreateSelect(B.CreateFCmpOEQ(r, zero), zero, positive), Rep::Double};
  }
  if (op == "~/") {
    llvm::Value* q = B.CreateUnaryIntrinsic(llvm::Intrinsic::trunc, B.CreateFDiv(a, b));
    llvm::Value* finite = B.CreateFCmpOLT(B.CreateUnaryIntrinsic(llvm::Intrinsic::fabs, q),
                                          llvm::ConstantFP::getInfinity(m.f64));
    llvm::BasicBlock* bad = f.newBlock("trunc.bad");
    llvm::BasicBlock* ok = f.newBlock("trunc.ok");
    B.CreateCondBr(finite, ok, bad, llvm::MDBuilder(m.llvm).createBranchWeights(1000, 1));
    B.SetInsertPoint(bad);
    // The VM computes (a / b).truncate(): a non-finite quotient is toInt's UnsupportedError.
    f.callThrowHelper(m.facts.implicit().throwNonFiniteToInt, {}, loc);
    B.SetInsertPoint(ok);
    llvm::Value* i = B.CreateIntrinsic(llvm::Intrinsic::fptosi_sat, {m.i64, m.f64}, {q});
    return {i, Rep::Int};
  }
  return {nullptr, Rep::Void};
}

// --- Primitive operations at call sites ----------------------------------------------------------------------

std::optional<TypedValue> Intrinsics::tryPrimitive(FunctionLowering& f, const InstanceInvocation* e) {
  const Procedure* target = e->interfaceTarget;
  if (!target || !isCoreClass(target->enclosingClass)) return std::nullopt;
  Module& m = f.module();
  const CoreTypes& core = m.core();
  const Class* owner = target->enclosingClass;
  if (owner != core.numClass && owner != core.intClass && owner != core.doubleClass && owner != core.boolClass) {
    return std::nullopt;
  }
  Rep recvRep = m.repOf(e->receiver->type);
  if (recvRep != Rep::Int && recvRep != Rep::Double && recvRep != Rep::Bool) return std::nullopt;
  std::string_view op = e->name;
  auto& B = f.builder();
  if (e->arguments->positional.empty()) {
    if (op == "unary-") {
      TypedValue a = f.convert(f.lower(e->receiver), recvRep);
      if (a.rep == Rep::Int) return TypedValue{B.CreateSub(llvm::ConstantInt::get(m.i64, 0), a.value), Rep::Int};
      if (a.rep == Rep::Double) return TypedValue{B.CreateFNeg(a.value), Rep::Double};
    }
    if (op == "~" && recvRep == Rep::Int) {
      TypedValue a = f.convert(f.lower(e->receiver), Rep::Int);
      return TypedValue{B.CreateNot(a.value), Rep::Int};
    }
    return std::nullopt;
  }
  if (e->arguments->positional.size() != 1 || !e->arguments->named.empty()) return std::nullopt;
  const Expression* argExpr = e->arguments->positional[0];
  Rep argRep = m.repOf(argExpr->type);
  if (recvRep == Rep::Bool) {
    if (argRep != Rep::Bool || (op != "&" && op != "|" && op != "^")) return std::nullopt;
    TypedValue a = f.convert(f.lower(e->receiver), Rep::Bool);
    TypedValue b = f.convert(f.lower(argExpr), Rep::Bool);
    if (op == "&") return TypedValue{B.CreateAnd(a.value, b.value), Rep::Bool};
    if (op == "|") return TypedValue{B.CreateOr(a.value, b.value), Rep::Bool};
    return TypedValue{B.CreateXor(a.value, b.value), Rep::Bool};
  }
  if (argRep != Rep::Int && argRep != Rep::Double) return std::nullopt;
  static const char* known[] = {"+", "-", "*", "/", "~/", "%", "<", ">", "<=", ">=", "&", "|", "^", "<<", ">>", ">>>", "remainder"};
  bool isKnown = false;
  for (const char* k : known) isKnown |= op == k;
  if (!isKnown) return std::nullopt;
  // Each operand in the representation of its static type: a call of a generic function may
  // return an int as a value word, and unboxing that word as a double would read garbage.
  TypedValue a = f.convert(f.lower(e->receiver), recvRep);
  TypedValue b = f.convert(f.lower(argExpr), argRep);
  if (a.rep == Rep::Int && b.rep == Rep::Int) {
    TypedValue r = intBinary(f, op, a.value, b.value, e->loc);
    if (r.value) return r;
    return std::nullopt;
  }
  TypedValue r = doubleBinary(f, op, f.convert(a, Rep::Double).value, f.convert(b, Rep::Double).value, e->loc);
  if (r.value) return r;
  m.error("internal: operator '" + std::string(op) + "' on operands of a primitive type has no inline form");
  return f.convert({llvm::ConstantPointerNull::get(m.ptr), Rep::Value}, m.repOf(e->type));
}

// --- External bodies -----------------------------------------------------------------------------------------

namespace {

// Helpers for value-word (num) operands: is it an int (Smi or boxed), and its value as double.
struct NumOps {
  FunctionLowering& f;
  Module& m;
  llvm::IRBuilder<>& B;

  llvm::Value* isInt(llvm::Value* word) { return B.CreateICmpEQ(f.cidOf(word), llvm::ConstantInt::get(m.i32, m.intCid())); }
  llvm::Value* asDouble(llvm::Value* word) {
    llvm::BasicBlock* intBB = f.newBlock("num.int");
    llvm::BasicBlock* dblBB = f.newBlock("num.double");
    llvm::BasicBlock* done = f.newBlock("num.asdouble");
    B.CreateCondBr(isInt(word), intBB, dblBB);
    B.SetInsertPoint(intBB);
    llvm::Value* fromInt = B.CreateSIToFP(f.smiOrBoxedToInt(word), m.f64);
    llvm::BasicBlock* intEnd = B.GetInsertBlock();
    B.CreateBr(done);
    B.SetInsertPoint(dblBB);
    llvm::Value* d = f.convert({word, Rep::Value}, Rep::Double).value;
    llvm::BasicBlock* dblEnd = B.GetInsertBlock();
    B.CreateBr(done);
    B.SetInsertPoint(done);
    llvm::PHINode* phi = B.CreatePHI(m.f64, 2);
    phi->addIncoming(fromInt, intEnd);
    phi->addIncoming(d, dblEnd);
    return phi;
  }
  // `a op b` on two nums: int arithmetic when both are ints, else double arithmetic.
  TypedValue binary(std::string_view op, llvm::Value* a, llvm::Value* b, SourceLoc loc) {
    llvm::BasicBlock* ints = f.newBlock("num.ints");
    llvm::BasicBlock* doubles = f.newBlock("num.doubles");
    llvm::BasicBlock* done = f.newBlock("num.done");
    B.CreateCondBr(B.CreateAnd(isInt(a), isInt(b)), ints, doubles);
    B.SetInsertPoint(ints);
    TypedValue ri = Intrinsics::intBinary(f, op, f.smiOrBoxedToInt(a), f.smiOrBoxedToInt(b), loc);
    llvm::Value* wi = ri.rep == Rep::Bool ? ri.value : f.toValueWord(ri);
    llvm::BasicBlock* intsEnd = B.GetInsertBlock();
    B.CreateBr(done);
    B.SetInsertPoint(doubles);
    TypedValue rd = Intrinsics::doubleBinary(f, op, asDouble(a), asDouble(b), loc);
    llvm::Value* wd = rd.rep == Rep::Bool ? rd.value : f.toValueWord(rd);
    llvm::BasicBlock* doublesEnd = B.GetInsertBlock();
    B.CreateBr(done);
    B.SetInsertPoint(done);
    llvm::PHINode* phi = B.CreatePHI(wi->getType(), 2);
    phi->addIncoming(wi, intsEnd);
    phi->addIncoming(wd, doublesEnd);
    return {phi, ri.rep == Rep::Bool ? Rep::Bool : Rep::Value};
  }
};

}  // namespace

bool Intrinsics::emitExternalBody(FunctionLowering& f, const Procedure* p, TypedValue self, const std::vector<TypedValue>& params) {
  Module& m = f.module();
  auto& B = f.builder();
  const Class* owner = p->enclosingClass;
  std::string key = owner ? std::string(owner->name) + "." + std::string(p->name) : std::string(p->name);
  if (!p->library->isCore) return false;
  auto ret = [&](TypedValue v) { f.convert(v, m.signatureOf(p).result); return v; };
  (void)ret;
  NumOps num{f, m, B};
  TypedValue result{nullptr, Rep::Void};
  auto arg = [&](size_t i) { return params[i]; };
  auto word = [&](TypedValue v) { return f.toValueWord(v); };

  if (key == "identical") {
    llvm::Value* a = word(arg(0));
    llvm::Value* b = word(arg(1));
    // Equal words are identical; boxed ints and doubles with the same bits are too.
    llvm::Value* same = B.CreateICmpEQ(a, b);
    llvm::BasicBlock* start = B.GetInsertBlock();
    llvm::BasicBlock* boxed = f.newBlock("identical.boxed");
    llvm::BasicBlock* done = f.newBlock("identical.done");
    llvm::Value* bothObjects = B.CreateAnd(B.CreateICmpEQ(B.CreateAnd(B.CreatePtrToInt(a, m.i64), 15), llvm::ConstantInt::get(m.i64, 0)),
                                           B.CreateICmpEQ(B.CreateAnd(B.CreatePtrToInt(b, m.i64), 15), llvm::ConstantInt::get(m.i64, 0)));
    llvm::Value* nonNull = B.CreateAnd(B.CreateIsNotNull(a), B.CreateIsNotNull(b));
    B.CreateCondBr(B.CreateAnd(B.CreateNot(same), B.CreateAnd(bothObjects, nonNull)), boxed, done);
    B.SetInsertPoint(boxed);
    llvm::Value* ha = B.CreateLoad(m.i64, a);
    llvm::Value* hb = B.CreateLoad(m.i64, b);
    llvm::Value* cidA = B.CreateTrunc(ha, m.i32);
    llvm::Value* sameCid = B.CreateICmpEQ(cidA, B.CreateTrunc(hb, m.i32));
    llvm::Value* numeric = B.CreateOr(B.CreateICmpEQ(cidA, llvm::ConstantInt::get(m.i32, m.intCid())),
                                      B.CreateICmpEQ(cidA, llvm::ConstantInt::get(m.i32, m.doubleCid())));
    llvm::Value* va = B.CreateLoad(m.i64, B.CreateConstInBoundsGEP1_64(m.i8, a, 8));
    llvm::Value* vb = B.CreateLoad(m.i64, B.CreateConstInBoundsGEP1_64(m.i8, b, 8));
    llvm::Value* sameBits = B.CreateAnd(B.CreateAnd(sameCid, numeric), B.CreateICmpEQ(va, vb));
    // Boxed SIMD values are identical when their bits are (simd_values.cpp).
    sameBits = f.simdBoxesIdentical(a, b, B.CreateAnd(sameCid, f.isSimdCid(cidA)), sameBits);
    llvm::BasicBlock* boxedEnd = B.GetInsertBlock();
    B.CreateBr(done);
    B.SetInsertPoint(done);
    llvm::PHINode* phi = B.CreatePHI(m.i1, 2);
    phi->addIncoming(same, start);
    phi->addIncoming(sameBits, boxedEnd);
    result = {phi, Rep::Bool};
  } else if (key == "unsafeCast") {
    // dart:_internal's unchecked cast: the core library uses it where it knows better than the
    // static types (arrays with null slots it never reads).
    result = {word(arg(0)), Rep::Value};
  } else if (key == "_printString") {
    B.CreateCall(m.rt.printString(), {word(arg(0))});
  } else if (key == "Object.==") {
    result = {B.CreateICmpEQ(word(self), word(arg(0))), Rep::Bool};
  } else if (key == "Object.hashCode") {
    result = {B.CreateCall(m.rt.identityHash(), {word(self)}), Rep::Int};
  } else if (key == "_className") {
    // The class-name table holds a Dart string per class id.
    llvm::Value* cid = B.CreateZExt(f.cidOf(word(arg(0))), m.i64);
    result = {B.CreateLoad(m.ptr, B.CreateInBoundsGEP(m.ptr, m.classNames(), cid)), Rep::Value};
  } else if (key == "_exit") {
    llvm::FunctionType* t = llvm::FunctionType::get(m.voidTy, {m.i64}, false);
    B.CreateCall(m.rt.get("dartrt_exit", t, true), {f.convert(arg(0), Rep::Int).value});
    B.CreateUnreachable();
    return true;
  } else if (key == "_writeStdout" || key == "_writeStderr") {
    llvm::FunctionType* t = llvm::FunctionType::get(m.voidTy, {m.ptr}, false);
    B.CreateCall(m.rt.get(key == "_writeStdout" ? "dartrt_stdout_write" : "dartrt_stderr_write", t), {word(arg(0))});
  } else if (key == "_numberOfProcessors") {
    llvm::FunctionType* t = llvm::FunctionType::get(m.i64, {}, false);
    result = {B.CreateCall(m.rt.get("dartrt_number_of_processors", t), {}), Rep::Int};
  } else if (key == "_unhandledException") {
    llvm::FunctionType* t = llvm::FunctionType::get(m.voidTy, {m.ptr, m.ptr}, false);
    B.CreateCall(m.rt.get("dartrt_unhandled_exception", t, true), {word(arg(0)), word(arg(1))});
  } else if (key == "_takesTwoArguments") {
    // dart:async's error handlers: a closure whose shape is exactly two positional parameters.
    llvm::Value* info = B.CreateLoad(m.ptr, B.CreateConstInBoundsGEP1_64(m.i8, word(arg(0)), offsetof(DartClosure, function)));
    llvm::Value* shape = B.CreateLoad(m.i64, info);
    result = {B.CreateICmpEQ(shape, llvm::ConstantInt::get(m.i64, m.shapeId(2, {}))), Rep::Bool};
  } else if (key == "_resumeCoroutine") {
    // The coroutine handle is at a fixed offset in the frame object (coroutine_frames.cpp). What
    // llvm.coro.resume would be (a call of the function in the handle's resume slot), with the
    // slot read through a marker so that the resume calling convention can change later
    // (resume_calling_convention.cpp).
    llvm::Value* handle = B.CreateConstInBoundsGEP1_64(m.i8, word(arg(0)), DART_COROUTINE_HANDLE_OFFSET);
    llvm::FunctionType* resumeTy = llvm::FunctionType::get(m.voidTy, {m.ptr}, false);
    llvm::FunctionCallee marker =
        m.module.getOrInsertFunction(kResumeFunctionMarker, llvm::FunctionType::get(m.ptr, {m.ptr}, false));
    if (auto* decl = llvm::dyn_cast<llvm::Function>(marker.getCallee())) {
      decl->setDoesNotThrow();
      decl->setWillReturn();
      decl->setMemoryEffects(llvm::MemoryEffects::argMemOnly(llvm::ModRefInfo::Ref));
    }
    llvm::Value* resume = B.CreateCall(marker, {handle}, "resume.fn");
    B.CreateCall(resumeTy, resume, {handle})->setCallingConv(llvm::CallingConv::Fast);
  } else if (key == "_detachCoroutineFrame" || key == "_attachCoroutineFrame") {
    // A suspended sync* run's frame has length 1: no root, traced when reached
    // (coroutine_frames.cpp). Suspending remembers an old frame, whose stores had no barrier.
    bool detach = key == "_detachCoroutineFrame";
    llvm::Value* frame = word(arg(0));
    B.CreateStore(llvm::ConstantInt::get(m.i64, detach ? 1 : 0), B.CreateConstInBoundsGEP1_64(m.i8, frame, 8));
    if (detach) f.writeBarrier(frame);
  } else if (key == "_coroutineFrameRunning") {
    // A sync* run's frame is attached (length 0) while its body runs and detached (length 1)
    // while it is suspended: resuming an attached frame would re-enter a running coroutine.
    llvm::Value* length = B.CreateLoad(m.i64, B.CreateConstInBoundsGEP1_64(m.i8, word(arg(0)), 8));
    result = {B.CreateICmpEQ(length, llvm::ConstantInt::get(m.i64, 0)), Rep::Bool};
  } else if (key == "_coroutineFrameValue") {
    // The hand-over word of a frame (coroutine_frames.cpp): the value a sync* body yielded, or
    // the marker of what else it handed over. It shares the first cache line with the length
    // word and the resume pointer, which a hop touches anyway (docs/generators.md, "The
    // hand-over in the frame").
    result = {B.CreateLoad(m.ptr, B.CreateConstInBoundsGEP1_64(m.i8, word(arg(0)), DART_COROUTINE_VALUE_OFFSET)), Rep::Value};
  } else if (key == "_setCoroutineFrameValue" || key == "_setRunningCoroutineFrameValue") {
    // A running frame is a root and is remembered when it is suspended (above), so the body's
    // own store needs no barrier; the driver stores into a suspended frame, which may be old.
    llvm::Value* frame = word(arg(0));
    llvm::Value* value = word(arg(1));
    B.CreateStore(value, B.CreateConstInBoundsGEP1_64(m.i8, frame, DART_COROUTINE_VALUE_OFFSET));
    if (key == "_setCoroutineFrameValue") f.writeBarrier(frame, value);
  } else if (key == "_coroutineFrameHandedOver") {
    // Whether the value word holds the frame itself, the marker of a `yield*` or of the end: one
    // compare of words (identical() of two Objects would compare boxed numbers by value).
    llvm::Value* frame = word(arg(0));
    llvm::Value* value = B.CreateLoad(m.ptr, B.CreateConstInBoundsGEP1_64(m.i8, frame, DART_COROUTINE_VALUE_OFFSET));
    result = {B.CreateICmpEQ(value, frame), Rep::Bool};
  } else if (key == "_throwWithTrace") {
    f.call(m.rt.rethrowException(), {word(arg(0)), word(arg(1))});
    B.CreateUnreachable();
    return true;
  } else if (key == "_coroutineFrame") {
    // Lowered at its call sites (FunctionLowering::lowerStaticInvocation); never called.
    B.CreateCall(llvm::Intrinsic::getDeclaration(&m.module, llvm::Intrinsic::trap));
    B.CreateUnreachable();
    return true;
  } else if (key == "_Closure.==" || key == "_Closure.hashCode") {
    // Tear-offs of the same function from the same receiver are equal; other closures only to
    // themselves.
    llvm::Value* a = word(self);
    auto field = [&](llvm::Value* c, size_t off) { return B.CreateLoad(m.ptr, B.CreateConstInBoundsGEP1_64(m.i8, c, off)); };
    llvm::Value* info = field(a, offsetof(DartClosure, function));
    llvm::Value* isTearOff = B.CreateICmpNE(B.CreateLoad(m.i64, B.CreateConstInBoundsGEP1_64(m.i8, info, 16)),
                                            llvm::ConstantInt::get(m.i64, 0));
    if (key == "_Closure.hashCode") {
      llvm::Value* ctxHash = B.CreateCall(m.rt.identityHash(), {field(a, offsetof(DartClosure, context))});
      llvm::Value* codeBits = B.CreatePtrToInt(field(a, offsetof(DartClosure, code)), m.i64);
      llvm::Value* tearOffHash = B.CreateAnd(B.CreateXor(ctxHash, B.CreateLShr(codeBits, 4)), llvm::ConstantInt::get(m.i64, 0x3FFFFFFF));
      llvm::Value* own = B.CreateCall(m.rt.identityHash(), {a});
      result = {B.CreateSelect(isTearOff, tearOffHash, own), Rep::Int};
    } else {
      llvm::Value* b = word(arg(0));
      llvm::Value* same = B.CreateICmpEQ(a, b);
      llvm::Value* bIsClosure = B.CreateICmpEQ(f.cidOf(b), llvm::ConstantInt::get(m.i32, m.closureCid()));
      llvm::BasicBlock* start = B.GetInsertBlock();  // after cidOf's blocks
      llvm::BasicBlock* compare = f.newBlock("closure.eq");
      llvm::BasicBlock* done = f.newBlock("closure.eq.done");
      B.CreateCondBr(B.CreateAnd(B.CreateAnd(B.CreateNot(same), isTearOff), bIsClosure), compare, done);
      B.SetInsertPoint(compare);
      llvm::Value* eq = B.CreateAnd(B.CreateICmpEQ(field(a, offsetof(DartClosure, code)), field(b, offsetof(DartClosure, code))),
                                    B.CreateICmpEQ(field(a, offsetof(DartClosure, context)), field(b, offsetof(DartClosure, context))));
      B.CreateBr(done);
      B.SetInsertPoint(done);
      llvm::PHINode* phi = B.CreatePHI(m.i1, 2);
      phi->addIncoming(same, start);
      phi->addIncoming(eq, compare);
      result = {phi, Rep::Bool};
    }
  } else if (key == "Function._applyFunction") {
    // Function.apply: the function takes the argument arrays like a dynamic call.
    result = {f.callValueDynamically(word(arg(0)), word(arg(1)), word(arg(2)), p->loc), Rep::Value};
  } else if (key == "_StackTrace.toString") {
    llvm::FunctionType* t = llvm::FunctionType::get(m.ptr, {m.ptr}, false);
    result = {B.CreateCall(m.rt.get("dartrt_stack_trace_to_string", t), {word(self)}), Rep::Value};
  } else if (key == "String._substring") {
    llvm::FunctionType* t = llvm::FunctionType::get(m.ptr, {m.ptr, m.i64, m.i64}, false);
    result = {B.CreateCall(m.rt.get("dartrt_string_substring", t),
                           {word(self), f.convert(arg(0), Rep::Int).value, f.convert(arg(1), Rep::Int).value}),
              Rep::Value};
  } else if (key == "String.fromCharCode") {
    llvm::Value* code = f.convert(arg(0), Rep::Int).value;
    llvm::BasicBlock* bad = f.newBlock("charcode.bad");
    llvm::BasicBlock* ok = f.newBlock("charcode.ok");
    B.CreateCondBr(B.CreateICmpULE(code, llvm::ConstantInt::get(m.i64, 0x10FFFF)), ok, bad);
    B.SetInsertPoint(bad);
    f.callThrowHelper(m.facts.implicit().throwArgumentError, {{code, Rep::Int}}, p->loc);
    B.SetInsertPoint(ok);
    llvm::FunctionType* t = llvm::FunctionType::get(m.ptr, {m.i64}, false);
    result = {B.CreateCall(m.rt.get("dartrt_string_from_char_code", t), {code}), Rep::Value};
  } else if (key == "int._toRadixString") {
    llvm::FunctionType* t = llvm::FunctionType::get(m.ptr, {m.i64, m.i64}, false);
    result = {B.CreateCall(m.rt.get("dartrt_int_to_radix_string", t), {f.convert(self, Rep::Int).value, f.convert(arg(0), Rep::Int).value}),
              Rep::Value};
  } else if (owner == m.core().boolClass && (key == "bool.&" || key == "bool.|" || key == "bool.^")) {
    llvm::Value* a = f.convert(self, Rep::Bool).value;
    llvm::Value* b = f.convert(arg(0), Rep::Bool).value;
    llvm::Value* r = key == "bool.&" ? B.CreateAnd(a, b) : key == "bool.|" ? B.CreateOr(a, b) : B.CreateXor(a, b);
    result = {r, Rep::Bool};
  } else if (owner == m.core().numClass) {
    std::string_view op = p->name;
    if (op == "unary-") {
      llvm::Value* w = word(self);
      llvm::BasicBlock* ints = f.newBlock("neg.int");
      llvm::BasicBlock* dbl = f.newBlock("neg.double");
      llvm::BasicBlock* done = f.newBlock("neg.done");
      B.CreateCondBr(num.isInt(w), ints, dbl);
      B.SetInsertPoint(ints);
      llvm::Value* ni = f.toValueWord({B.CreateSub(llvm::ConstantInt::get(m.i64, 0), f.smiOrBoxedToInt(w)), Rep::Int});
      llvm::BasicBlock* intsEnd = B.GetInsertBlock();
      B.CreateBr(done);
      B.SetInsertPoint(dbl);
      llvm::Value* nd = f.toValueWord({B.CreateFNeg(f.convert({w, Rep::Value}, Rep::Double).value), Rep::Double});
      llvm::BasicBlock* dblEnd = B.GetInsertBlock();
      B.CreateBr(done);
      B.SetInsertPoint(done);
      llvm::PHINode* phi = B.CreatePHI(m.ptr, 2);
      phi->addIncoming(ni, intsEnd);
      phi->addIncoming(nd, dblEnd);
      result = {phi, Rep::Value};
    } else if (op == "==") {
      // Numbers equal by value (1 == 1.0); anything that is not a number is not equal.
      llvm::Value* a = word(self);
      llvm::Value* b = word(arg(0));
      llvm::Value* bCid = f.cidOf(b);
      llvm::Value* bIsNum = B.CreateOr(B.CreateICmpEQ(bCid, llvm::ConstantInt::get(m.i32, m.intCid())),
                                       B.CreateICmpEQ(bCid, llvm::ConstantInt::get(m.i32, m.doubleCid())));
      llvm::BasicBlock* start = B.GetInsertBlock();
      llvm::BasicBlock* cmp = f.newBlock("numeq.cmp");
      llvm::BasicBlock* done = f.newBlock("numeq.done");
      B.CreateCondBr(bIsNum, cmp, done);
      B.SetInsertPoint(cmp);
      TypedValue r = num.binary("==", a, b, p->loc);
      llvm::BasicBlock* cmpEnd = B.GetInsertBlock();
      B.CreateBr(done);
      B.SetInsertPoint(done);
      llvm::PHINode* phi = B.CreatePHI(m.i1, 2);
      phi->addIncoming(llvm::ConstantInt::getFalse(m.llvm), start);
      phi->addIncoming(r.value, cmpEnd);
      result = {phi, Rep::Bool};
    } else if (op == "hashCode") {
      // An int's hash is its value; a double with an integral value hashes like that int.
      llvm::Value* w = word(self);
      llvm::BasicBlock* ints = f.newBlock("hash.int");
      llvm::BasicBlock* dbl = f.newBlock("hash.double");
      llvm::BasicBlock* done = f.newBlock("hash.done");
      B.CreateCondBr(num.isInt(w), ints, dbl);
      B.SetInsertPoint(ints);
      llvm::Value* hi = f.smiOrBoxedToInt(w);
      llvm::BasicBlock* intsEnd = B.GetInsertBlock();
      B.CreateBr(done);
      B.SetInsertPoint(dbl);
      llvm::Value* d = f.convert({w, Rep::Value}, Rep::Double).value;
      llvm::Value* asInt = B.CreateIntrinsic(llvm::Intrinsic::fptosi_sat, {m.i64, m.f64}, {d});
      llvm::Value* integral = B.CreateFCmpOEQ(B.CreateSIToFP(asInt, m.f64), d);
      llvm::Value* bits = B.CreateBitCast(d, m.i64);
      llvm::Value* mixed = B.CreateAnd(B.CreateXor(bits, B.CreateLShr(bits, 32)), llvm::ConstantInt::get(m.i64, 0x3FFFFFFF));
      llvm::Value* hd = B.CreateSelect(integral, asInt, mixed);
      llvm::BasicBlock* dblEnd = B.GetInsertBlock();
      B.CreateBr(done);
      B.SetInsertPoint(done);
      llvm::PHINode* phi = B.CreatePHI(m.i64, 2);
      phi->addIncoming(hi, intsEnd);
      phi->addIncoming(hd, dblEnd);
      result = {phi, Rep::Int};
    } else if (op == "toString") {
      llvm::Value* w = word(self);
      llvm::BasicBlock* ints = f.newBlock("tostr.int");
      llvm::BasicBlock* dbl = f.newBlock("tostr.double");
      llvm::BasicBlock* done = f.newBlock("tostr.done");
      B.CreateCondBr(num.isInt(w), ints, dbl);
      B.SetInsertPoint(ints);
      llvm::Value* si = B.CreateCall(m.rt.intToString(), {f.smiOrBoxedToInt(w)});
      llvm::BasicBlock* intsEnd = B.GetInsertBlock();
      B.CreateBr(done);
      B.SetInsertPoint(dbl);
      llvm::Value* sd = B.CreateCall(m.rt.doubleToString(), {f.convert({w, Rep::Value}, Rep::Double).value});
      llvm::BasicBlock* dblEnd = B.GetInsertBlock();
      B.CreateBr(done);
      B.SetInsertPoint(done);
      llvm::PHINode* phi = B.CreatePHI(m.ptr, 2);
      phi->addIncoming(si, intsEnd);
      phi->addIncoming(sd, dblEnd);
      result = {phi, Rep::Value};
    } else {
      result = num.binary(op, word(self), word(arg(0)), p->loc);
      if (!result.value) return false;
      if (op == "/") result = {result.value, Rep::Value};
    }
  } else if (key == "int.toString") {
    result = {B.CreateCall(m.rt.intToString(), {f.convert(self, Rep::Int).value}), Rep::Value};
  } else if (key == "int._toDouble") {
    result = {B.CreateSIToFP(f.convert(arg(0), Rep::Int).value, m.f64), Rep::Double};
  } else if (owner == m.core().intClass && (p->name == "&" || p->name == "|" || p->name == "^" || p->name == "<<" ||
                                            p->name == ">>" || p->name == ">>>")) {
    result = intBinary(f, p->name, f.convert(self, Rep::Int).value, f.convert(arg(0), Rep::Int).value, p->loc);
  } else if (key == "int.~") {
    result = {B.CreateNot(f.convert(self, Rep::Int).value), Rep::Int};
  } else if (key == "double.toString") {
    result = {B.CreateCall(m.rt.doubleToString(), {f.convert(self, Rep::Double).value}), Rep::Value};
  } else if (key == "double.toInt") {
    llvm::Value* d = f.convert(self, Rep::Double).value;
    llvm::Value* finite = B.CreateFCmpOLT(B.CreateUnaryIntrinsic(llvm::Intrinsic::fabs, d), llvm::ConstantFP::getInfinity(m.f64));
    llvm::BasicBlock* bad = f.newBlock("toint.bad");
    llvm::BasicBlock* ok = f.newBlock("toint.ok");
    B.CreateCondBr(finite, ok, bad);
    B.SetInsertPoint(bad);
    f.callThrowHelper(m.facts.implicit().throwNonFiniteToInt, {}, p->loc);
    B.SetInsertPoint(ok);
    result = {B.CreateIntrinsic(llvm::Intrinsic::fptosi_sat, {m.i64, m.f64}, {d}), Rep::Int};
  } else if (owner && (owner->name == "_List" || owner->name == "_ImmutableList") && p->library->uri == "dart:core") {
    // Fixed-length arrays (DartArray): allocation, bounds-checked element access, block copy.
    auto lengthOf = [&](llvm::Value* a) {
      llvm::LoadInst* length = B.CreateLoad(m.i64, B.CreateConstInBoundsGEP1_64(m.i8, a, offsetof(DartArray, length)));
      m.tagOrdinary(length);
      markBoundedLength(m.llvm, length);
      return length;
    };
    auto slot = [&](llvm::Value* a, llvm::Value* i) {
      return B.CreateInBoundsGEP(m.ptr, B.CreateConstInBoundsGEP1_64(m.i8, a, sizeof(DartArray)), i);
    };
    auto checkIndex = [&](llvm::Value* a, llvm::Value* index) {
      llvm::Value* length = lengthOf(a);
      llvm::BasicBlock* bad = f.newBlock("index.bad");
      llvm::BasicBlock* ok = f.newBlock("index.ok");
      B.CreateCondBr(B.CreateICmpULT(index, length), ok, bad, llvm::MDBuilder(m.llvm).createBranchWeights(1000, 1));
      B.SetInsertPoint(bad);
      f.callThrowHelper(m.facts.implicit().throwRangeError,
                        {{index, Rep::Int}, {length, Rep::Int}, {m.stringLiteral("length"), Rep::Value}}, p->loc);
      B.SetInsertPoint(ok);
    };
    if (p->kind == ProcedureKind::Factory && p->name.empty()) {
      result = {allocateArray(f, f.convert(arg(0), Rep::Int).value, m.cidOf(owner), p->loc), Rep::Value};
    } else if (p->kind == ProcedureKind::Factory && p->name == "_filled") {
      result = {allocateFilledArray(f, f.convert(arg(0), Rep::Int).value, word(arg(1)), m.cidOf(owner), p->loc), Rep::Value};
    } else if (p->name == "length") {
      result = {lengthOf(word(self)), Rep::Int};
    } else if (p->name == "[]") {
      llvm::Value* a = word(self);
      llvm::Value* index = f.convert(arg(0), Rep::Int).value;
      checkIndex(a, index);
      llvm::LoadInst* element = B.CreateLoad(m.ptr, slot(a, index));
      m.tagArrayElement(element);
      result = {element, Rep::Value};
    } else if (p->name == "[]=") {
      llvm::Value* a = word(self);
      llvm::Value* index = f.convert(arg(0), Rep::Int).value;
      checkIndex(a, index);
      llvm::Value* value = word(arg(1));
      f.writeBarrier(a, value);
      m.tagArrayElement(B.CreateStore(value, slot(a, index)));
    } else if (p->name == "_getUnchecked") {
      // The caller has checked the index against a length within the array's (list.dart).
      llvm::LoadInst* element = B.CreateLoad(m.ptr, slot(word(self), f.convert(arg(0), Rep::Int).value));
      m.tagArrayElement(element);
      result = {element, Rep::Value};
    } else if (p->name == "_setUnchecked") {
      llvm::Value* a = word(self);
      llvm::Value* value = word(arg(1));
      f.writeBarrier(a, value);
      m.tagArrayElement(B.CreateStore(value, slot(a, f.convert(arg(0), Rep::Int).value)));
    } else if (p->name == "_copy") {
      // _copy(src, srcStart, dst, dstStart, count): the caller has checked the ranges.
      llvm::Value* src = slot(word(arg(0)), f.convert(arg(1), Rep::Int).value);
      f.writeBarrier(word(arg(2)));
      llvm::Value* dst = slot(word(arg(2)), f.convert(arg(3), Rep::Int).value);
      llvm::Value* bytes = B.CreateShl(f.convert(arg(4), Rep::Int).value, 3);
      B.CreateMemMove(dst, llvm::MaybeAlign(8), src, llvm::MaybeAlign(8), bytes);
    } else {
      return false;
    }
  } else if (owner && owner->name == "_ByteStore" && p->library->uri == "dart:typed_data") {
    std::optional<TypedValue> bytes = byteStoreBody(f, p, self, params);
    if (!bytes) return false;
    result = *bytes;
  } else if (owner == m.core().stringClass) {
    llvm::Value* s = word(self);
    if (p->name == "length") {
      result = {B.CreateZExt(B.CreateLoad(m.i32, B.CreateConstInBoundsGEP1_64(m.i8, s, offsetof(DartString, length))), m.i64),
                Rep::Int};
    } else if (p->name == "+") {
      result = {f.concatOrThrow(B.CreateCall(m.rt.stringConcat(), {s, word(arg(0))}), p->loc), Rep::Value};
    } else if (p->name == "==") {
      llvm::Value* o = word(arg(0));
      llvm::Value* same = B.CreateICmpEQ(s, o);
      llvm::Value* cid = f.cidOf(o);
      llvm::Value* isString = B.CreateOr(B.CreateICmpEQ(cid, llvm::ConstantInt::get(m.i32, m.oneByteStringCid())),
                                         B.CreateICmpEQ(cid, llvm::ConstantInt::get(m.i32, m.twoByteStringCid())));
      llvm::BasicBlock* start = B.GetInsertBlock();
      llvm::BasicBlock* cmp = f.newBlock("streq.cmp");
      llvm::BasicBlock* done = f.newBlock("streq.done");
      B.CreateCondBr(B.CreateAnd(B.CreateNot(same), isString), cmp, done);
      B.SetInsertPoint(cmp);
      llvm::Value* eq = B.CreateICmpNE(B.CreateCall(m.rt.stringEquals(), {s, o}), llvm::ConstantInt::get(m.i32, 0));
      B.CreateBr(done);
      B.SetInsertPoint(done);
      llvm::PHINode* phi = B.CreatePHI(m.i1, 2);
      phi->addIncoming(same, start);
      phi->addIncoming(eq, cmp);
      result = {phi, Rep::Bool};
    } else if (p->name == "hashCode") {
      result = {B.CreateZExt(B.CreateCall(m.rt.stringHash(), {s}), m.i64), Rep::Int};
    } else if (p->name == "compareTo") {
      result = {B.CreateCall(m.rt.stringCompare(), {s, word(arg(0))}), Rep::Int};
    } else if (p->name == "codeUnitAt" || p->name == "[]") {
      llvm::Value* index = f.convert(arg(0), Rep::Int).value;
      llvm::Value* length = B.CreateZExt(B.CreateLoad(m.i32, B.CreateConstInBoundsGEP1_64(m.i8, s, offsetof(DartString, length))), m.i64);
      llvm::BasicBlock* bad = f.newBlock("index.bad");
      llvm::BasicBlock* ok = f.newBlock("index.ok");
      B.CreateCondBr(B.CreateICmpULT(index, length), ok, bad, llvm::MDBuilder(m.llvm).createBranchWeights(1000, 1));
      B.SetInsertPoint(bad);
      // The VM's codeUnitAt is a bounds-checked load ("length"); its `[]` is a native that names
      // the argument "index".
      llvm::Value* name = m.stringLiteral(p->name == "codeUnitAt" ? "length" : "index");
      f.callThrowHelper(m.facts.implicit().throwRangeError, {{index, Rep::Int}, {length, Rep::Int}, {name, Rep::Value}},
                        p->loc);
      B.SetInsertPoint(ok);
      llvm::Value* isOne = B.CreateICmpEQ(B.CreateLoad(m.i32, s), llvm::ConstantInt::get(m.i32, m.oneByteStringCid()));
      llvm::Value* data = B.CreateConstInBoundsGEP1_64(m.i8, s, sizeof(DartString));
      // Each load only in its own branch: a one-byte string's bytes end at `length`, and a
      // two-byte load at 2 * index would read past a large string, up to unmapped memory.
      llvm::BasicBlock* oneBlock = f.newBlock("unit.one");
      llvm::BasicBlock* twoBlock = f.newBlock("unit.two");
      llvm::BasicBlock* join = f.newBlock("unit.join");
      B.CreateCondBr(isOne, oneBlock, twoBlock);
      B.SetInsertPoint(oneBlock);
      llvm::Value* one = B.CreateZExt(B.CreateLoad(m.i8, B.CreateInBoundsGEP(m.i8, data, index)), m.i64);
      B.CreateBr(join);
      B.SetInsertPoint(twoBlock);
      llvm::Value* two = B.CreateZExt(B.CreateLoad(llvm::Type::getInt16Ty(m.llvm), B.CreateInBoundsGEP(llvm::Type::getInt16Ty(m.llvm), data, index)), m.i64);
      B.CreateBr(join);
      B.SetInsertPoint(join);
      llvm::PHINode* unit = B.CreatePHI(m.i64, 2);
      unit->addIncoming(one, oneBlock);
      unit->addIncoming(two, twoBlock);
      if (p->name == "codeUnitAt") {
        result = {unit, Rep::Int};
      } else {
        llvm::FunctionType* t = llvm::FunctionType::get(m.ptr, {m.i64}, false);
        result = {B.CreateCall(m.rt.get("dartrt_string_from_char_code", t), {unit}), Rep::Value};
      }
    } else {
      return false;
    }
  } else {
    return false;
  }
  Signature sig = m.signatureOf(p);
  if (sig.result == Rep::Void) {
    B.CreateRetVoid();
  } else {
    B.CreateRet(f.convert(result, sig.result).value);
  }
  return true;
}

}  // namespace dartc::codegen
