// The frame of a lowered function: parameters and locals, heap contexts for captured variables,
// conversions between representations, object allocation, class ids, calls that may unwind.
#include <llvm/IR/Constants.h>
#include <llvm/IR/Intrinsics.h>
#include <llvm/IR/MDBuilder.h>

#include "closure_fields.h"
#include "dartrt/abi.h"
#include "function_lowering.h"
#include "intrinsics.h"

namespace dartc::codegen {

using namespace kernel;

FunctionLowering::FunctionLowering(Module& m, const PendingFunction& pending)
    : m_(m), pending_(pending), fn_(pending.llvmFunction), b_(m.llvm), allocaBuilder_(m.llvm) {}

llvm::BasicBlock* FunctionLowering::newBlock(const char* name) { return llvm::BasicBlock::Create(m_.llvm, name, fn_); }

FunctionLowering::PositionScope::PositionScope(FunctionLowering& f, SourceLoc loc) : f_(f), saved_(f.b_.getCurrentDebugLocation()) {
  if (llvm::DebugLoc at = f.m_.positions.at(f.fn_, loc)) f.b_.SetCurrentDebugLocation(at);
}

FunctionLowering::PositionScope::~PositionScope() { f_.b_.SetCurrentDebugLocation(saved_); }

void FunctionLowering::startDeadBlock() {
  llvm::BasicBlock* dead = newBlock("dead");
  b_.SetInsertPoint(dead);
}

void FunctionLowering::unreachableEnd() {
  // A trap, not just `unreachable`: should the analysis ever be wrong, the program stops
  // instead of running into whatever code follows.
  b_.CreateCall(llvm::Intrinsic::getDeclaration(&m_.module, llvm::Intrinsic::trap));
  b_.CreateUnreachable();
}

void FunctionLowering::emitTrap() {
  unreachableEnd();
  startDeadBlock();
}

TypedValue FunctionLowering::undefOf(Rep rep) {
  if (rep == Rep::Void) return {nullptr, Rep::Void};
  return {llvm::UndefValue::get(m_.typeOf(rep)), rep};
}

TypedValue FunctionLowering::placeholderOf(Rep rep) {
  if (rep == Rep::Void) return {nullptr, Rep::Void};
  if (rep == Rep::Value) return {llvm::ConstantPointerNull::get(m_.ptr), Rep::Value};
  return {llvm::Constant::getNullValue(m_.typeOf(rep)), rep};
}

// --- Entry -----------------------------------------------------------------------------------------------

void FunctionLowering::startFunction() {
  // Stack slots go in an entry block of their own, ahead of the body, so they are allocated
  // once and mem2reg can promote them.
  llvm::BasicBlock* entry = newBlock("entry");
  llvm::BasicBlock* body = newBlock("body");
  llvm::BranchInst* toBody = llvm::BranchInst::Create(body, entry);
  allocaBuilder_.SetInsertPoint(toBody);
  b_.SetInsertPoint(body);
}

void FunctionLowering::lower() {
  startFunction();
  // Functions with a Dart name are the stack traces' frames: they get source positions, from
  // their declaration's on (so the stack check reports the function's own position).
  if (m_.dartNames.count(fn_)) {
    SourceLoc declared = pending_.lazyField ? pending_.lazyField->loc
                         : pending_.isClosure && pending_.function ? pending_.function->loc
                                                                   : pending_.member->loc;
    m_.positions.beginFunction(fn_, declared);
    b_.SetCurrentDebugLocation(m_.positions.at(fn_, declared));
  }
  // A function the analysis proved is never called, still referenced (a table entry, a tear-off
  // never called, a helper's caller that never runs): a trap instead of its body.
  bool mayRun = pending_.lazyField ? true
                : pending_.isClosure ? m_.facts.mayRun(pending_.function)
                                     : m_.facts.mayRun(pending_.member);
  if (!mayRun) {
    unreachableEnd();
    return;
  }
  if (needsStackCheck()) emitStackCheck();
  if (pending_.lazyField) {
    plan_ = m_.contextPlan(pending_.lazyField);
    if (pending_.lazyField->isStatic || !pending_.lazyField->enclosingClass) lowerLazyInitializer();
    else lowerLateFieldInitializer(pending_.lazyField);
    return;
  }
  const Member* member = pending_.member;
  plan_ = m_.contextPlan(member);
  sig_ = pending_.isClosure ? m_.signatureOf(pending_.function) : m_.signatureOf(member);
  if (pending_.function && pending_.function->asyncFuture) beginCoroutine();
  prologue();
  if (forwardsToUncheckedEntry()) return;
  if (!pending_.isClosure && member->memberKind == MemberKind::Procedure && static_cast<const Procedure*>(member)->isExternal) {
    lowerExternal(static_cast<const Procedure*>(member));
    return;
  }
  if (!pending_.isClosure && member->memberKind == MemberKind::Constructor) {
    lowerConstructorBody(static_cast<const Constructor*>(member));
  } else if (pending_.function && pending_.function->body) {
    lower(pending_.function->body);
  }
  // Falling off the end returns null (or nothing). With an unboxed result (a non-nullable int,
  // double or bool) the end is unreachable: a body that might complete normally is a compile-time
  // error. The block is kept (it may be the dead block after a `return`), but never unboxes null.
  if (!b_.GetInsertBlock()->getTerminator() && isCoroutine()) {
    runFinalizersDownTo(0);
    if (!b_.GetInsertBlock()->getTerminator()) finishCoroutine();
  }
  if (isCoroutine()) emitCoroutineReturn();
  if (!b_.GetInsertBlock()->getTerminator()) {
    runFinalizersDownTo(0);
    if (sig_.result == Rep::Void) b_.CreateRetVoid();
    else if (sig_.result == Rep::Value) returnValue({llvm::ConstantPointerNull::get(m_.ptr), Rep::Value});
    else unreachableEnd();
  }
  exitScope(pending_.function);
}

void FunctionLowering::prologue() {
  auto arg = fn_->arg_begin();
  llvm::Value* dynamicallyCalled = nullptr;  // i1, generic closures only
  const FunctionNode* fnode = pending_.function;
  if (sig_.receiver != Rep::Void) {
    this_ = {&*arg++, sig_.receiver};
    this_.value->setName("this");
  }
  if (sig_.hasContext) {
    incomingContext_ = &*arg++;
    incomingContext_->setName("context");
    auto found = plan_->closureScope.find(fnode);
    incomingScope_ = found == plan_->closureScope.end() ? -1 : found->second;
  }
  if (sig_.hasTypeArgs) {
    llvm::Value* given = &*arg++;
    given->setName("type_args");
    // A generic local function or function literal receives its own type arguments; the
    // vector its body uses starts with those of the functions around it.
    typeArgs_ = given;
    if (pending_.isClosure) {
      // From a dynamic entry the pointer's low bit is set: check the arguments (below).
      llvm::Value* bits = b_.CreatePtrToInt(given, m_.i64);
      dynamicallyCalled = b_.CreateTrunc(bits, llvm::Type::getInt1Ty(m_.llvm), "checked");
      llvm::Value* own = b_.CreateIntToPtr(b_.CreateAnd(bits, llvm::ConstantInt::get(m_.i64, ~uint64_t{1})), m_.ptr);
      typeArgs_ = localFunctionTypeArgs(fnode, own);
    }
  }
  std::vector<const Variable*> params(fnode->positional.begin(), fnode->positional.end());
  params.insert(params.end(), fnode->named.begin(), fnode->named.end());
  // The function scope's context first (parameters may be captured), then the parameters.
  enterScope(fnode);
  for (size_t i = 0; i < params.size(); ++i) {
    llvm::Value* a = &*arg++;
    a->setName(std::string(params[i]->name));
    Rep rep = sig_.params[i];
    TypedValue value{a, rep};
    // A covariant int, double or bool parameter arrives as a value word (module.cpp, paramRep):
    // check it before it is unboxed into its variable.
    if (rep == Rep::Value && m_.repOf(params[i]->type) != Rep::Value && !pending_.isClosure && !pending_.skipCovariantChecks) {
      checkParameterType(a, params[i]->type, params[i]->name, params[i]->loc);
    }
    // Optional parameters of table and closure entries arrive as the "missing" sentinel when
    // not passed; direct calls always pass them (defaults filled in by the caller).
    declareVariable(params[i], value);
  }
  if (!pending_.skipCovariantChecks) checkCovariantParameters(fnode);
  if (dynamicallyCalled) {
    // A generic closure called dynamically: its dynamic entry checked the parameters whose types
    // are closed; those that mention type parameters are checked now that they are known.
    llvm::BasicBlock* check = newBlock("dyn.params.check");
    llvm::BasicBlock* done = newBlock("dyn.params.done");
    b_.CreateCondBr(dynamicallyCalled, check, done, llvm::MDBuilder(m_.llvm).createBranchWeights(1, 1000));
    b_.SetInsertPoint(check);
    for (const Variable* p : params) {
      if (!Module::isClosedType(p->type) && !p->type->isTop()) {
        checkParameterType(toValueWord(readVariable(p)), p->type, p->name, p->loc);
      }
    }
    b_.CreateBr(done);
    b_.SetInsertPoint(done);
  }
}

void FunctionLowering::returnValue(TypedValue v) {
  if (sig_.result == Rep::Void) {
    b_.CreateRetVoid();
    return;
  }
  b_.CreateRet(convert(v, sig_.result).value);
}

// --- Variables and contexts ---------------------------------------------------------------------------

VariableHome& FunctionLowering::home(const Variable* v) {
  auto it = homes_.find(v);
  if (it != homes_.end()) return it->second;
  VariableHome h;
  auto slot = plan_->slotOf.find(v);
  if (slot != plan_->slotOf.end()) {
    h.contextScope = slot->second.first;
    h.contextIndex = slot->second.second;
    h.rep = Rep::Value;
  } else {
    h.rep = m_.variableRep(v);
    // A late local holds a sentinel until it is set: it needs a value word.
    if (h.rep == Rep::Void || v->isLate) h.rep = Rep::Value;
    h.slot = allocaBuilder_.CreateAlloca(m_.typeOf(h.rep), nullptr, std::string(v->name));
  }
  return homes_[v] = h;
}

void FunctionLowering::declareVariable(const Variable* v, TypedValue initial) {
  VariableHome& h = home(v);
  // Without an initializer a nullable variable starts as null; a non-nullable one is definitely
  // assigned before any read (Dart's flow analysis), so its start value is never seen.
  if (!h.slot && isDoubleCell(v)) {
    declareDoubleCell(v, initial);
    return;
  }
  if (!initial.value) initial = placeholderOf(h.rep);
  writeVariable(v, initial);
  // A final int local initialized from a word (`final tmp = list[i]`): its reads, all after this
  // single assignment, have that word too.
  if (v->isFinal && v->initializer && h.slot && h.rep == Rep::Int && initial.rep == Rep::Int) {
    if (auto it = wordOfInt_.find(initial.value); it != wordOfInt_.end()) wordOfFinalLocal_[v] = it->second;
  }
}

llvm::Value* FunctionLowering::contextFor(int scope) {
  auto own = contextSlots_.find(scope);
  if (own != contextSlots_.end()) return b_.CreateLoad(m_.ptr, own->second, "ctx");
  // A scope of an enclosing function: walk up from the incoming context.
  llvm::Value* ctx = incomingContext_;
  if (!ctx || incomingScope_ < 0) {
    m_.error("internal: a captured variable is not reachable from this function");
    return llvm::ConstantPointerNull::get(m_.ptr);
  }
  int hops = plan_->scopes[incomingScope_].depth - plan_->scopes[scope].depth;
  for (int i = 0; i < hops; ++i) {
    llvm::LoadInst* parent = b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, ctx, offsetof(DartArray, type_args)), "parent");
    m_.tagOrdinary(parent);
    ctx = parent;
  }
  return ctx;
}


TypedValue FunctionLowering::readVariable(const Variable* v) {
  if (v->isLate) return readLateVariable(v);
  if (auto it = recordLocals_.find(v); it != recordLocals_.end()) {
    // A record local read other than field by field (record_returns.cpp allows none): its object.
    auto* type = static_cast<const RecordType*>(v->type);
    return boxRecord({b_.CreateLoad(m_.recordFieldsType(type), it->second), Rep::Record, type});
  }
  VariableHome& h = home(v);
  if (h.slot) {
    llvm::Value* value = b_.CreateLoad(m_.typeOf(h.rep), h.slot, std::string(v->name));
    if (auto it = wordOfFinalLocal_.find(v); it != wordOfFinalLocal_.end()) wordOfInt_[value] = it->second;
    return {value, h.rep};
  }
  llvm::Value* ctx = contextFor(h.contextScope);
  llvm::LoadInst* word = b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, ctx, contextSlotOffset(h.contextIndex)));
  m_.tagOrdinary(word);
  // A parameter never assigned: its slot is written once per call, into the context the
  // function makes on entry, before any read, and the collector does not move objects. Read
  // invariantly, the closures a composing closure finds in its context (`(x) => f(g(x))`) stay
  // known to LLVM across the calls between the creation and the read, as final closure fields
  // do (closure_fields.cpp). A context that NonEscapingAllocationElimination turns into a reused
  // stack slot loses the mark.
  if (plan_->isInvariantCapture(v)) markInvariantClosureField(word);
  if (isDoubleCell(v)) {
    // A double cell reads as its value, never as the word itself.
    llvm::LoadInst* value = b_.CreateLoad(m_.f64, b_.CreateConstInBoundsGEP1_64(m_.i8, word, offsetof(DartBoxedDouble, value)));
    m_.tagDoubleCell(value);
    return {value, Rep::Double};
  }
  return convert({word, Rep::Value}, m_.repOf(v->type) == Rep::Void ? Rep::Value : m_.repOf(v->type));
}

TypedValue FunctionLowering::readLateVariable(const Variable* v) {
  // Unset (the sentinel) until assigned; with an initializer, the first read runs it.
  VariableHome& h = home(v);
  llvm::Value* word = h.slot ? b_.CreateLoad(m_.ptr, h.slot) : nullptr;
  if (!word) {
    llvm::Value* ctx = contextFor(h.contextScope);
    word = b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, ctx, contextSlotOffset(h.contextIndex)));
  }
  llvm::BasicBlock* start = b_.GetInsertBlock();
  llvm::BasicBlock* unset = newBlock("late.unset");
  llvm::BasicBlock* done = newBlock("late.done");
  b_.CreateCondBr(b_.CreateICmpEQ(word, m_.lateSentinel()), unset, done);
  b_.SetInsertPoint(unset);
  Rep want = m_.repOf(v->type) == Rep::Void ? Rep::Value : m_.repOf(v->type);
  if (!v->initializer) {
    throwLateError("Local '" + std::string(v->name) + "' has not been initialized.", v->loc);
    b_.SetInsertPoint(done);
    return convert({word, Rep::Value}, want);
  }
  llvm::Value* value = toValueWord(lower(v->initializer));
  storeLateWord(v, value);
  return convert({mergeInto(done, value, word, start), Rep::Value}, want);
}

void FunctionLowering::storeLateWord(const Variable* v, llvm::Value* word) {
  VariableHome& h = home(v);
  if (h.slot) {
    b_.CreateStore(word, h.slot);
    return;
  }
  llvm::Value* ctx = contextFor(h.contextScope);
  writeBarrier(ctx, word);
  b_.CreateStore(word, b_.CreateConstInBoundsGEP1_64(m_.i8, ctx, contextSlotOffset(h.contextIndex)));
}

void FunctionLowering::writeVariable(const Variable* v, TypedValue value) {
  if (v->isLate) {
    llvm::Value* word = toValueWord(value);
    if (v->isFinal) {
      TypedValue current = {home(v).slot ? static_cast<llvm::Value*>(b_.CreateLoad(m_.ptr, home(v).slot)) : nullptr, Rep::Value};
      if (!current.value) {
        llvm::Value* ctx = contextFor(home(v).contextScope);
        current.value = b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, ctx, contextSlotOffset(home(v).contextIndex)));
      }
      llvm::BasicBlock* twice = newBlock("late.twice");
      llvm::BasicBlock* ok = newBlock("late.first");
      b_.CreateCondBr(b_.CreateICmpEQ(current.value, m_.lateSentinel()), ok, twice);
      b_.SetInsertPoint(twice);
      throwLateError("Local '" + std::string(v->name) + "' has already been initialized.", v->loc);
      b_.SetInsertPoint(ok);
    }
    storeLateWord(v, word);
    return;
  }
  VariableHome& h = home(v);
  if (h.slot) {
    b_.CreateStore(convert(value, h.rep).value, h.slot);
    return;
  }
  llvm::Value* ctx = contextFor(h.contextScope);
  llvm::Value* slot = b_.CreateConstInBoundsGEP1_64(m_.i8, ctx, contextSlotOffset(h.contextIndex));
  if (isDoubleCell(v)) {
    llvm::LoadInst* cell = b_.CreateLoad(m_.ptr, slot, "cell");
    m_.tagOrdinary(cell);
    m_.tagDoubleCell(b_.CreateStore(convert(value, Rep::Double).value, b_.CreateConstInBoundsGEP1_64(m_.i8, cell, offsetof(DartBoxedDouble, value))));
    return;
  }
  // Boxing may allocate, so the barrier's test comes after it.
  llvm::Value* word = toValueWord(value);
  writeBarrier(ctx, word);
  m_.tagOrdinary(b_.CreateStore(word, slot));
}

// A captured double variable: its context slot holds a box of the binding's own (a "cell"),
// made when the variable is declared (a new binding per loop iteration gets a new one) and updated
// in place by assignments, so that `total += x` in a loop does not allocate a box per iteration.
// The cell never leaves the slot: reads give its value, and a word made from that value is a new
// box. Assignments always follow the declaration (Dart has no use before declaration).
bool FunctionLowering::isDoubleCell(const Variable* v) const { return !v->isLate && m_.repOf(v->type) == Rep::Double; }

void FunctionLowering::declareDoubleCell(const Variable* v, TypedValue initial) {
  VariableHome& h = home(v);
  llvm::Value* ctx = contextFor(h.contextScope);
  // Allocated here, never a shared or constant box: it is written in place. Without an
  // initializer the variable is assigned before any read; it starts as 0.0.
  llvm::Value* value = !initial.value || llvm::isa<llvm::ConstantPointerNull>(initial.value) ? llvm::ConstantFP::get(m_.f64, 0.0)
                                                                                            : convert(initial, Rep::Double).value;
  llvm::Value* cell = allocateObject(sizeof(DartBoxedDouble), dart_make_header(m_.doubleCid(), sizeof(DartBoxedDouble)));
  m_.tagDoubleCell(b_.CreateStore(value, b_.CreateConstInBoundsGEP1_64(m_.i8, cell, offsetof(DartBoxedDouble, value))));
  // (The context may be older than the new cell; storing the double into the cell needs none.)
  writeBarrier(ctx, cell);
  m_.tagOrdinary(b_.CreateStore(cell, b_.CreateConstInBoundsGEP1_64(m_.i8, ctx, contextSlotOffset(h.contextIndex))));
}

void FunctionLowering::enterScope(const void* node) {
  auto it = plan_->scopeOfNode.find(node);
  if (it == plan_->scopeOfNode.end()) return;
  int scope = it->second;
  const ContextPlan::Scope& s = plan_->scopes[scope];
  // A context: a DartArray-shaped object whose type-arguments word holds the parent context.
  size_t slots = ContextPlan::slotBase(s) + s.variables.size();
  uint64_t size = dart_align_size(sizeof(DartArray) + 8 * slots);
  llvm::Value* parent = s.parent >= 0 ? contextFor(s.parent) : llvm::ConstantPointerNull::get(m_.ptr);
  // Everything stored into the new context is computed first: with no allocation between it and
  // the stores, the context is young and the stores need no write barrier.
  llvm::Value* thisWord = s.holdsThis ? toValueWord(this_) : nullptr;
  llvm::Value* ctx = allocateObject(size, dart_make_header(m_.contextCid(), size));
  b_.CreateStore(parent, b_.CreateConstInBoundsGEP1_64(m_.i8, ctx, offsetof(DartArray, type_args)));
  b_.CreateStore(llvm::ConstantInt::get(m_.i64, slots), b_.CreateConstInBoundsGEP1_64(m_.i8, ctx, offsetof(DartArray, length)));
  if (thisWord) b_.CreateStore(thisWord, b_.CreateConstInBoundsGEP1_64(m_.i8, ctx, contextSlotOffset(0)));
  if (s.holdsTypeArgs) {
    llvm::Value* vec = typeArgs_ ? typeArgs_ : static_cast<llvm::Value*>(llvm::ConstantPointerNull::get(m_.ptr));
    b_.CreateStore(vec, b_.CreateConstInBoundsGEP1_64(m_.i8, ctx, contextSlotOffset(ContextPlan::slotIndexOfTypeArgs(s))));
  }
  llvm::AllocaInst*& slot = contextSlots_[scope];
  if (!slot) slot = allocaBuilder_.CreateAlloca(m_.ptr, nullptr, "ctx.slot");
  b_.CreateStore(ctx, slot);
}

void FunctionLowering::exitScope(const void* node) { (void)node; }

TypedValue FunctionLowering::thisValue() {
  if (this_.value) return this_;
  // Inside a closure of an instance member: `this` is kept in the member's outermost context.
  if (plan_->thisScope >= 0) {
    llvm::Value* ctx = contextFor(plan_->thisScope);
    llvm::Value* word = b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, ctx, contextSlotOffset(0)));
    Rep rep = pending_.member->enclosingClass ? m_.receiverRep(pending_.member->enclosingClass) : Rep::Value;
    return convert({word, Rep::Value}, rep);
  }
  m_.error("internal: 'this' is not available here");
  return undefOf(Rep::Value);
}

// --- Representations ------------------------------------------------------------------------------------

llvm::Value* FunctionLowering::smiOrBoxedToInt(llvm::Value* word) {
  if (auto it = intOfWord_.find(word); it != intOfWord_.end()) return it->second;
  llvm::Value* bits = b_.CreatePtrToInt(word, m_.i64);
  llvm::Value* isSmi = b_.CreateTrunc(bits, m_.i1);
  llvm::BasicBlock* from = b_.GetInsertBlock();
  llvm::BasicBlock* boxed = newBlock("unbox.mint");
  llvm::BasicBlock* done = newBlock("unbox.done");
  llvm::Value* smi = b_.CreateAShr(bits, 1);
  b_.CreateCondBr(isSmi, done, boxed, llvm::MDBuilder(m_.llvm).createBranchWeights(100, 1));
  b_.SetInsertPoint(boxed);
  llvm::Value* big = b_.CreateLoad(m_.i64, b_.CreateConstInBoundsGEP1_64(m_.i8, word, offsetof(DartBoxedInt, value)));
  b_.CreateBr(done);
  b_.SetInsertPoint(done);
  llvm::PHINode* phi = b_.CreatePHI(m_.i64, 2);
  phi->addIncoming(smi, from);
  phi->addIncoming(big, boxed);
  wordOfInt_[phi] = word;
  return phi;
}

llvm::Value* FunctionLowering::intToValueWord(llvm::Value* i) {
  if (auto it = wordOfInt_.find(i); it != wordOfInt_.end()) return it->second;
  // Smi when the value survives a round trip through the tag shift, else a boxed int.
  llvm::Value* shifted = b_.CreateShl(i, 1);
  llvm::Value* fits = b_.CreateICmpEQ(b_.CreateAShr(shifted, 1), i);
  llvm::BasicBlock* from = b_.GetInsertBlock();
  llvm::BasicBlock* box = newBlock("box.mint");
  llvm::BasicBlock* done = newBlock("box.done");
  llvm::Value* smi = b_.CreateIntToPtr(b_.CreateOr(shifted, 1), m_.ptr);
  b_.CreateCondBr(fits, done, box, llvm::MDBuilder(m_.llvm).createBranchWeights(100, 1));
  b_.SetInsertPoint(box);
  llvm::Value* boxed = b_.CreateCall(m_.rt.boxInt(), {i});
  b_.CreateBr(done);
  b_.SetInsertPoint(done);
  llvm::PHINode* phi = b_.CreatePHI(m_.ptr, 2);
  phi->addIncoming(smi, from);
  phi->addIncoming(boxed, box);
  intOfWord_[phi] = i;
  return phi;
}

TypedValue FunctionLowering::convert(TypedValue v, Rep to) {
  // A record in registers where a value is needed: the object (record_values.cpp).
  if (v.rep == Rep::Record && to != Rep::Record && to != Rep::Void) v = boxRecord(v);
  if (v.rep == to || to == Rep::Void) return to == Rep::Void ? TypedValue{nullptr, Rep::Void} : v;
  if (!v.value || v.rep == Rep::Void) {
    if (to == Rep::Value) return {llvm::ConstantPointerNull::get(m_.ptr), Rep::Value};
    return undefOf(to);
  }
  if (llvm::isa<llvm::UndefValue>(v.value)) return undefOf(to);
  if (llvm::isa<llvm::ConstantPointerNull>(v.value) && to != Rep::Value) {
    // Null never reaches an unboxed representation on a path that runs: a failed check throws
    // before it. Unboxing the constant would emit a load from address 8 that only LLVM's
    // optimizer removes; trap instead, so a path that does run fails loudly at every -O level.
    b_.CreateCall(llvm::Intrinsic::getDeclaration(&m_.module, llvm::Intrinsic::trap));
    return placeholderOf(to);
  }
  switch (to) {
    case Rep::Value:
      switch (v.rep) {
        case Rep::Int: return {intToValueWord(v.value), Rep::Value};
        case Rep::Double: {
          llvm::Value* box = allocateObject(sizeof(DartBoxedDouble), dart_make_header(m_.doubleCid(), sizeof(DartBoxedDouble)));
          m_.tagOrdinary(b_.CreateStore(v.value, b_.CreateConstInBoundsGEP1_64(m_.i8, box, offsetof(DartBoxedDouble, value))));
          return {box, Rep::Value};
        }
        case Rep::Bool: return {b_.CreateSelect(v.value, m_.trueObject(), m_.falseObject()), Rep::Value};
        case Rep::F32x4:
        case Rep::F64x2:
        case Rep::I32x4: return boxSimd(v);
        default: break;
      }
      break;
    case Rep::Int:
      if (v.rep == Rep::Value) return {smiOrBoxedToInt(v.value), Rep::Int};
      break;
    case Rep::Double:
      if (v.rep == Rep::Value) {
        // (Never a double cell's: those are read by readVariable.)
        llvm::LoadInst* value = b_.CreateLoad(m_.f64, b_.CreateConstInBoundsGEP1_64(m_.i8, v.value, offsetof(DartBoxedDouble, value)));
        m_.tagOrdinary(value);
        return {value, Rep::Double};
      }
      if (v.rep == Rep::Int) return {b_.CreateSIToFP(v.value, m_.f64), Rep::Double};
      break;
    case Rep::Bool:
      if (v.rep == Rep::Value) return {b_.CreateICmpEQ(v.value, m_.trueObject()), Rep::Bool};
      break;
    case Rep::F32x4:
    case Rep::F64x2:
    case Rep::I32x4:
      if (v.rep == Rep::Value) return unboxSimd(v.value, to);
      break;
    default: break;
  }
  if (v.rep != Rep::Value && v.rep != Rep::Void && to != Rep::Void) {
    // An unboxed double (int, bool) where an int (...) is needed: type-flow analysis proved the
    // slot holds only doubles, so this is code a type test excludes (`if (x is int) use(x)` on a
    // flow-unboxed `Object x`). It never runs; should it, it stops.
    emitTrap();
    return undefOf(to);
  }
  m_.error("internal: unsupported representation change in " + fn_->getName().str());
  return undefOf(to);
}

// --- Objects --------------------------------------------------------------------------------------------------

llvm::Value* FunctionLowering::allocateObject(uint64_t size, uint64_t header) {
  return allocateDynamic(llvm::ConstantInt::get(m_.i64, dart_align_size(size)), llvm::ConstantInt::get(m_.i64, header));
}

llvm::Value* FunctionLowering::allocateDynamic(llvm::Value* size, llvm::Value* header) {
  // Bump allocation inline; the runtime's slow path refills or collects.
  llvm::Value* iso = b_.CreateLoad(m_.ptr, m_.rt.currentIsolate(), "isolate");
  llvm::Value* topPtr = b_.CreateConstInBoundsGEP1_64(m_.i8, iso, DARTRT_ISOLATE_ALLOC_TOP_OFFSET);
  llvm::Value* top = b_.CreateLoad(m_.i64, topPtr, "top");
  llvm::Value* limit = b_.CreateLoad(m_.i64, b_.CreateConstInBoundsGEP1_64(m_.i8, iso, DARTRT_ISOLATE_ALLOC_LIMIT_OFFSET));
  llvm::Value* newTop = b_.CreateAdd(top, size);
  llvm::BasicBlock* from = b_.GetInsertBlock();
  llvm::BasicBlock* fast = newBlock("alloc.fast");
  llvm::BasicBlock* slow = newBlock("alloc.slow");
  llvm::BasicBlock* done = newBlock("alloc.done");
  (void)from;
  // Large objects belong to the runtime's large-object space: only small ones are bumped.
  llvm::Value* fits = b_.CreateICmpULE(newTop, limit);
  auto* constantSize = llvm::dyn_cast<llvm::ConstantInt>(size);
  if (!constantSize || constantSize->getZExtValue() > DARTRT_LARGE_OBJECT_THRESHOLD) {
    fits = b_.CreateAnd(fits, b_.CreateICmpULE(size, llvm::ConstantInt::get(m_.i64, DARTRT_LARGE_OBJECT_THRESHOLD)));
  }
  b_.CreateCondBr(fits, fast, slow, llvm::MDBuilder(m_.llvm).createBranchWeights(1000, 1));
  b_.SetInsertPoint(fast);
  // The new top is recomputed here rather than carried over from the test: a value live across
  // blocks gets a stack slot at -O0, and a stale word there equal to the new top points at the
  // *next* object allocated, which the conservative stack scan would then keep alive (with
  // everything it reaches, such as the rest of a linked queue).
  b_.CreateStore(b_.CreateAdd(top, size), topPtr);
  llvm::Value* obj = b_.CreateIntToPtr(top, m_.ptr);
  b_.CreateStore(header, obj);
  b_.CreateBr(done);
  b_.SetInsertPoint(slow);
  llvm::Value* slowObj = call(m_.rt.allocate(), {size, header});
  return mergeInto(done, slowObj, obj, fast, "obj");
}

llvm::Value* FunctionLowering::mergeInto(llvm::BasicBlock* done, llvm::Value* here, llvm::Value* other,
                                         llvm::BasicBlock* otherBlock, const char* name) {
  llvm::BasicBlock* from = b_.GetInsertBlock();
  b_.CreateBr(done);
  b_.SetInsertPoint(done);
  llvm::PHINode* phi = b_.CreatePHI(here->getType(), 2, name);
  phi->addIncoming(other, otherBlock);
  phi->addIncoming(here, from);
  return phi;
}

llvm::Value* FunctionLowering::cidOf(llvm::Value* word) {
  llvm::Value* bits = b_.CreatePtrToInt(word, m_.i64);
  llvm::BasicBlock* from = b_.GetInsertBlock();
  llvm::BasicBlock* object = newBlock("cid.object");
  llvm::BasicBlock* done = newBlock("cid.done");
  // null and Smis have no header: 0 is Null's class, a set low bit is int's.
  llvm::Value* isNull = b_.CreateICmpEQ(bits, llvm::ConstantInt::get(m_.i64, 0));
  llvm::Value* isSmi = b_.CreateTrunc(bits, m_.i1);
  llvm::Value* special = b_.CreateOr(isNull, isSmi);
  llvm::Value* specialCid = b_.CreateSelect(isNull, llvm::ConstantInt::get(m_.i32, m_.nullCid()),
                                            llvm::ConstantInt::get(m_.i32, m_.intCid()));
  b_.CreateCondBr(special, done, object);
  b_.SetInsertPoint(object);
  llvm::LoadInst* cid = b_.CreateLoad(m_.i32, word, "cid");
  m_.tagClassId(cid);  // no store of generated code changes it
  b_.CreateBr(done);
  b_.SetInsertPoint(done);
  llvm::PHINode* phi = b_.CreatePHI(m_.i32, 2, "cid");
  phi->addIncoming(specialCid, from);
  phi->addIncoming(cid, object);
  return phi;
}

llvm::Value* FunctionLowering::loadField(llvm::Value* object, uint32_t offset, Rep rep) {
  llvm::Value* addr = b_.CreateConstInBoundsGEP1_64(m_.i8, object, offset);
  llvm::LoadInst* load = b_.CreateLoad(rep == Rep::Bool ? static_cast<llvm::Type*>(m_.i64) : m_.typeOf(rep), addr);
  m_.tagField(load, offset);
  return rep == Rep::Bool ? b_.CreateTrunc(load, m_.i1) : static_cast<llvm::Value*>(load);
}

void FunctionLowering::storeField(llvm::Value* object, uint32_t offset, TypedValue value, bool barrier) {
  llvm::Value* addr = b_.CreateConstInBoundsGEP1_64(m_.i8, object, offset);
  if (value.rep == Rep::Bool) {
    m_.tagField(b_.CreateStore(b_.CreateZExt(value.value, m_.i64), addr), offset);
    return;
  }
  if (barrier && value.rep == Rep::Value) writeBarrier(object, value.value);
  m_.tagField(b_.CreateStore(value.value, addr), offset);
}

void FunctionLowering::writeBarrier(llvm::Value* object, llvm::Value* value) {
  if (value && llvm::isa<llvm::Constant>(value)) return;
  // One byte test inline; the rest is cold (the first store into an old object after a
  // collection). The bit is cleared here, not in the runtime, so that the call touches nothing
  // the program can see (RuntimeApi::rememberObject); both accesses of the GC byte have their
  // own alias class (Module::tagGcFlags). The clearing is an atomic `and` of that byte (relaxed:
  // a header is only written by its isolate's thread anyway, as heap_remember's plain store
  // assumes): it needs no value from the test's load, so the hot path stays one `testb`.
  llvm::Value* flagsAddr = b_.CreateConstInBoundsGEP1_64(m_.i8, object, DART_HEADER_BARRIER_BYTE);
  llvm::LoadInst* flags = b_.CreateLoad(m_.i8, flagsAddr, "gc.flags");
  m_.tagGcFlags(flags);  // (double cells get no barrier: they hold no pointers)
  llvm::Value* old = b_.CreateICmpNE(b_.CreateAnd(flags, DART_HEADER_BARRIER_BYTE_MASK), llvm::ConstantInt::get(m_.i8, 0));
  llvm::BasicBlock* record = newBlock("barrier.record");
  llvm::BasicBlock* done = newBlock("barrier.done");
  b_.CreateCondBr(old, record, done, llvm::MDBuilder(m_.llvm).createBranchWeights(1, 1000));
  b_.SetInsertPoint(record);
  llvm::AtomicRMWInst* cleared =
      b_.CreateAtomicRMW(llvm::AtomicRMWInst::And, flagsAddr, llvm::ConstantInt::get(m_.i8, static_cast<uint8_t>(~DART_HEADER_BARRIER_BYTE_MASK)),
                         llvm::MaybeAlign(1), llvm::AtomicOrdering::Monotonic);
  m_.tagGcFlags(cleared);
  // (The value, or the object itself when the stores are many (`_copy`): never a constant then.)
  b_.CreateCall(m_.rt.rememberObject(), {object, value ? value : object});
  b_.CreateBr(done);
  b_.SetInsertPoint(done);
}

// --- Calls that may unwind ------------------------------------------------------------------------------------

llvm::Value* FunctionLowering::call(llvm::FunctionCallee callee, llvm::ArrayRef<llvm::Value*> args) {
  auto* f = llvm::dyn_cast<llvm::Function>(callee.getCallee());
  bool mayThrow = !(f && f->doesNotThrow());
  if (handlers_.empty() || !mayThrow) return b_.CreateCall(callee, args);
  llvm::BasicBlock* next = newBlock("invoke.cont");
  llvm::Value* result = b_.CreateInvoke(callee, next, handlers_.back(), args);
  b_.SetInsertPoint(next);
  return result;
}

void FunctionLowering::callThrowHelper(const Procedure* helper, llvm::ArrayRef<TypedValue> args, SourceLoc loc) {
  if (helper && !m_.facts.mayRun(helper)) {
    // Type-flow analysis must know every implicit check that code it analyzed makes.
    m_.diags.error(loc, "internal: type-flow analysis did not expect a call of '" + helper->qualifiedName() + "' here");
    b_.CreateUnreachable();
    return;
  }
  if (!helper) {
    // The core library lacks the helper: at least stop the program.
    m_.diags.error(loc, "internal: the core library is missing a runtime error helper");
    b_.CreateUnreachable();
    return;
  }
  llvm::Function* f = m_.directFunction(helper);
  Signature sig = m_.signatureOf(helper);
  if (args.size() != sig.params.size()) {
    m_.error("internal: '" + helper->qualifiedName() + "' called with the wrong number of arguments");
    b_.CreateUnreachable();
    return;
  }
  std::vector<llvm::Value*> values;
  for (size_t i = 0; i < args.size(); ++i) values.push_back(convert(args[i], sig.params[i]).value);
  call(f, values);
  b_.CreateUnreachable();
}

llvm::Value* FunctionLowering::concatOrThrow(llvm::Value* result, SourceLoc loc) {
  llvm::BasicBlock* tooLong = newBlock("concat.too_long");
  llvm::BasicBlock* ok = newBlock("concat.ok");
  b_.CreateCondBr(b_.CreateICmpEQ(result, llvm::ConstantPointerNull::get(m_.ptr)), tooLong, ok,
                  llvm::MDBuilder(m_.llvm).createBranchWeights(1, 1000));
  b_.SetInsertPoint(tooLong);
  callThrowHelper(m_.facts.implicit().throwOutOfMemory, {}, loc);
  b_.SetInsertPoint(ok);
  return result;
}

void FunctionLowering::lowerExternal(const Procedure* p) {
  std::vector<TypedValue> params;
  for (const Variable* v : p->function->positional) params.push_back(readVariable(v));
  for (const Variable* v : p->function->named) params.push_back(readVariable(v));
  if (Intrinsics::emitExternalBody(*this, p, this_, params)) return;
  if (!p->nativeName.empty()) {
    // A runtime function: receiver and arguments in their representations, bools as bool.
    std::vector<llvm::Type*> types;
    std::vector<llvm::Value*> values;
    if (this_.value) {
      types.push_back(m_.typeOf(this_.rep));
      values.push_back(this_.value);
    }
    for (const TypedValue& v : params) {
      types.push_back(m_.typeOf(v.rep));
      values.push_back(v.value);
    }
    auto* type = llvm::FunctionType::get(m_.typeOf(sig_.result), types, false);
    llvm::FunctionCallee callee = m_.rt.get(std::string(p->nativeName), type);
    llvm::Value* r = b_.CreateCall(callee, values);
    if (sig_.result == Rep::Void) b_.CreateRetVoid();
    else b_.CreateRet(r);
    return;
  }
  m_.diags.error(p->loc, "The external member '" + p->qualifiedName() + "' has no implementation in dartc.");
  b_.CreateUnreachable();
}

// --- Static field lazy initializers and constructors -------------------------------------------------------------

void FunctionLowering::lowerLazyInitializer() {
  const Field* field = pending_.lazyField;
  const Module::StaticSlot& slot = m_.staticSlot(field);
  llvm::Value* iso = b_.CreateLoad(m_.ptr, m_.rt.currentIsolate());
  llvm::Value* statics = b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, iso, DARTRT_ISOLATE_STATICS_OFFSET));
  llvm::Value* statePtr = b_.CreateConstInBoundsGEP1_64(m_.i8, statics, slot.stateOffset);
  // State 1 while the initializer runs: reading the field then is a cyclic initialization.
  llvm::Value* state = b_.CreateLoad(m_.i8, statePtr);
  llvm::BasicBlock* cyclic = newBlock("init.cyclic");
  llvm::BasicBlock* run = newBlock("init.run");
  b_.CreateCondBr(b_.CreateICmpEQ(state, llvm::ConstantInt::get(m_.i8, 1)), cyclic, run);
  b_.SetInsertPoint(cyclic);
  TypedValue name{m_.stringLiteral(std::string(field->name)), Rep::Value};
  callThrowHelper(m_.facts.implicit().throwCyclicInitialization, {name}, field->loc);  // takes the field name
  b_.SetInsertPoint(run);
  b_.CreateStore(llvm::ConstantInt::get(m_.i8, 1), statePtr);
  enterScope(field);
  // The initializer can throw; the field then stays uninitialized (state back to 0).
  llvm::BasicBlock* failed = newBlock("init.failed");
  handlers_.push_back(failed);
  TypedValue value = lower(field->initializer);
  handlers_.pop_back();
  llvm::Value* iso2 = b_.CreateLoad(m_.ptr, m_.rt.currentIsolate());
  llvm::Value* statics2 = b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, iso2, DARTRT_ISOLATE_STATICS_OFFSET));
  storeField(statics2, slot.offset, convert(value, slot.rep), /*barrier=*/false);
  b_.CreateStore(llvm::ConstantInt::get(m_.i8, 2), b_.CreateConstInBoundsGEP1_64(m_.i8, statics2, slot.stateOffset));
  b_.CreateRetVoid();
  b_.SetInsertPoint(failed);
  auto* lpType = llvm::StructType::get(m_.llvm, {m_.ptr, m_.i32});
  llvm::LandingPadInst* lp = b_.CreateLandingPad(lpType, 1);
  lp->addClause(llvm::ConstantPointerNull::get(m_.ptr));
  fn_->setPersonalityFn(m_.rt.personality());
  llvm::Value* iso3 = b_.CreateLoad(m_.ptr, m_.rt.currentIsolate());
  llvm::Value* statics3 = b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, iso3, DARTRT_ISOLATE_STATICS_OFFSET));
  b_.CreateStore(llvm::ConstantInt::get(m_.i8, 0), b_.CreateConstInBoundsGEP1_64(m_.i8, statics3, slot.stateOffset));
  // The pad caught the exception (a catch-all clause, which _Unwind_Resume may not continue):
  // end that catch and throw the same value and trace on to the reader.
  llvm::Value* unwind = b_.CreateExtractValue(lp, 0);
  llvm::Value* exception = b_.CreateCall(m_.rt.exceptionValue(), {unwind});
  llvm::Value* trace = b_.CreateCall(m_.rt.exceptionStackTrace(), {unwind});
  b_.CreateCall(m_.rt.endCatch(), {unwind});
  call(m_.rt.rethrowException(), {exception, trace});
  b_.CreateUnreachable();
}

void FunctionLowering::lowerConstructorBody(const Constructor* k) {
  const Class* cls = k->enclosingClass;
  llvm::Value* self = this_.value;
  bool redirects = false;
  for (const Initializer* init : k->initializers) redirects |= init->kind == InitializerKind::Redirecting;
  // Field initializers written at the declaration run first (not in redirecting constructors).
  if (!redirects) {
    for (const Field* f : cls->fields) {
      if (f->isStatic) continue;
      if (!m_.layout.hasField(f)) {
        // Never read: no storage, but the initializer still runs for its effects.
        if (!f->isLate && f->initializer) lower(f->initializer);
        continue;
      }
      if (f->isLate) {
        // Unset until written or first read.
        storeField(self, m_.layout.fieldOffset(f), {m_.lateSentinel(), Rep::Value});
        continue;
      }
      if (!f->initializer) continue;
      writeInstanceField(self, f, lower(f->initializer), f->loc, true);
    }
  }
  for (const Initializer* init : k->initializers) {
    switch (init->kind) {
      case InitializerKind::Field: {
        TypedValue v = lower(init->value);
        writeInstanceField(self, init->field, v, init->loc, true);
        break;
      }
      case InitializerKind::Super:
      case InitializerKind::Redirecting: {
        llvm::Function* target = m_.directFunction(init->target);
        Signature sig = m_.signatureOf(init->target);
        std::vector<llvm::Value*> args{self};
        std::vector<llvm::Value*> rest = lowerArguments(init->target->function, init->arguments, sig.params);
        args.insert(args.end(), rest.begin(), rest.end());
        call(target, args);
        break;
      }
      case InitializerKind::Local:
        declareVariable(init->variable, lower(init->variable->initializer));
        break;
      case InitializerKind::Assert: {
        if (!m_.options.enableAsserts) break;
        llvm::Value* ok = lowerCondition(init->value);
        llvm::BasicBlock* fail = newBlock("assert.fail");
        llvm::BasicBlock* cont = newBlock("assert.ok");
        b_.CreateCondBr(ok, cont, fail);
        b_.SetInsertPoint(fail);
        TypedValue message = init->message ? convert(lower(init->message), Rep::Value)
                                           : TypedValue{llvm::ConstantPointerNull::get(m_.ptr), Rep::Value};
        callThrowHelper(m_.facts.implicit().throwAssertionError, {message}, init->loc);
        b_.SetInsertPoint(cont);
        break;
      }
    }
  }
  if (k->function->body) lower(k->function->body);
}

}  // namespace dartc::codegen
