// Expressions other than calls: literals, variables, statics, conditionals, string interpolation,
// type tests and casts, null checks, throw, let and block expressions, list literals, closures.
#include <llvm/IR/Constants.h>
#include <llvm/IR/MDBuilder.h>

#include "dartrt/abi.h"
#include "function_lowering.h"
#include "sound_casts.h"

namespace dartc::codegen {

using namespace kernel;

TypedValue FunctionLowering::lower(const Expression* e) {
  if (b_.GetInsertBlock()->getTerminator()) startDeadBlock();
  PositionScope position(*this, e->loc);
  switch (e->kind) {
    case ExprKind::IntLiteral:
      return {llvm::ConstantInt::get(m_.i64, static_cast<const IntLiteral*>(e)->value), Rep::Int};
    case ExprKind::DoubleLiteral:
      return {llvm::ConstantFP::get(m_.f64, static_cast<const DoubleLiteral*>(e)->value), Rep::Double};
    case ExprKind::BoolLiteral:
      return {llvm::ConstantInt::get(m_.i1, static_cast<const BoolLiteral*>(e)->value), Rep::Bool};
    case ExprKind::NullLiteral: return {llvm::ConstantPointerNull::get(m_.ptr), Rep::Value};
    case ExprKind::StringLiteral: return {m_.stringLiteral(static_cast<const StringLiteral*>(e)->value), Rep::Value};
    case ExprKind::ConstantExpr: {
      Rep rep = m_.repOf(e->type);
      if (rep == Rep::Void) rep = Rep::Value;
      return {m_.constantAs(static_cast<const ConstantExpr*>(e)->constant, rep), rep};
    }
    case ExprKind::This: return thisValue();
    case ExprKind::VariableGet: {
      auto* g = static_cast<const VariableGet*>(e);
      TypedValue v = readVariable(g->variable);
      Rep want = m_.repOf(e->type);
      // A slot unboxed by type-flow analysis stays unboxed: its users convert what they need.
      if (want == Rep::Void || (want == Rep::Value && v.rep != Rep::Value)) return v;
      return convert(v, want);
    }
    case ExprKind::VariableSet: {
      auto* s = static_cast<const VariableSet*>(e);
      if (std::optional<TypedValue> fields = tryRecordLocalSet(s)) return *fields;
      TypedValue v = lower(s->value);
      writeVariable(s->variable, v);
      return v;
    }
    case ExprKind::StaticGet: return lowerStaticGet(static_cast<const StaticGet*>(e));
    case ExprKind::StaticSet: return lowerStaticSet(static_cast<const StaticSet*>(e));
    case ExprKind::StaticTearOff: return {m_.staticTearOff(static_cast<const StaticTearOff*>(e)->target), Rep::Value};
    case ExprKind::StaticInvocation: return lowerStaticInvocation(static_cast<const StaticInvocation*>(e));
    case ExprKind::ConstructorInvocation: return lowerConstructorInvocation(static_cast<const ConstructorInvocation*>(e));
    case ExprKind::InstanceGet: return lowerInstanceGet(static_cast<const InstanceGet*>(e));
    case ExprKind::InstanceSet: return lowerInstanceSet(static_cast<const InstanceSet*>(e));
    case ExprKind::InstanceInvocation: return lowerInstanceInvocation(static_cast<const InstanceInvocation*>(e));
    case ExprKind::InstanceTearOff: return lowerInstanceTearOff(static_cast<const InstanceTearOff*>(e));
    case ExprKind::Instantiation: return lowerInstantiation(static_cast<const Instantiation*>(e));
    case ExprKind::SuperGet: return lowerSuperGet(static_cast<const SuperGet*>(e));
    case ExprKind::SuperSet: return lowerSuperSet(static_cast<const SuperSet*>(e));
    case ExprKind::SuperInvocation: return lowerSuperInvocation(static_cast<const SuperInvocation*>(e));
    case ExprKind::DynamicGet: return lowerDynamicGet(static_cast<const DynamicGet*>(e));
    case ExprKind::DynamicSet: return lowerDynamicSet(static_cast<const DynamicSet*>(e));
    case ExprKind::DynamicInvocation: return lowerDynamicInvocation(static_cast<const DynamicInvocation*>(e));
    case ExprKind::FunctionInvocation: return lowerFunctionInvocation(static_cast<const FunctionInvocation*>(e));
    case ExprKind::LocalFunctionInvocation:
      return lowerLocalFunctionInvocation(static_cast<const LocalFunctionInvocation*>(e));
    case ExprKind::FunctionExpression: return lowerFunctionExpression(static_cast<const FunctionExpression*>(e));
    case ExprKind::EqualsCall: return lowerEqualsCall(static_cast<const EqualsCall*>(e));
    case ExprKind::EqualsNull: return lowerEqualsNull(static_cast<const EqualsNull*>(e));
    case ExprKind::Not: return {b_.CreateNot(lowerCondition(static_cast<const Not*>(e)->operand)), Rep::Bool};
    case ExprKind::Logical: return lowerLogical(static_cast<const Logical*>(e));
    case ExprKind::Conditional: return lowerConditional(static_cast<const Conditional*>(e));
    case ExprKind::StringConcat: return lowerStringConcat(static_cast<const StringConcat*>(e));
    case ExprKind::Is: return lowerIs(static_cast<const IsExpr*>(e));
    case ExprKind::As: return lowerAs(static_cast<const AsExpr*>(e));
    case ExprKind::NullCheck: return lowerNullCheck(static_cast<const NullCheck*>(e));
    case ExprKind::Throw: return lowerThrow(static_cast<const Throw*>(e));
    case ExprKind::Rethrow: {
      auto* r = static_cast<const Rethrow*>(e);
      call(m_.rt.rethrowException(), {toValueWord(readVariable(r->exception)), toValueWord(readVariable(r->stackTrace))});
      b_.CreateUnreachable();
      startDeadBlock();
      return undefOf(Rep::Value);
    }
    case ExprKind::Let: {
      auto* l = static_cast<const Let*>(e);
      declareLocal(l->variable);
      return lower(l->body);
    }
    case ExprKind::BlockExpr: {
      auto* be = static_cast<const BlockExpr*>(e);
      lower(be->body);
      return lower(be->value);
    }
    case ExprKind::ListLiteral: return lowerListLiteral(static_cast<const ListLiteral*>(e));
    case ExprKind::MapLiteral: return lowerMapLiteral(static_cast<const MapLiteral*>(e));
    case ExprKind::SetLiteral: return lowerSetLiteral(static_cast<const SetLiteral*>(e));
    case ExprKind::TypeLiteral: return {typeValue(static_cast<const TypeLiteral*>(e)->literalType, e->loc), Rep::Value};
    case ExprKind::Await: return lowerSuspend(static_cast<const AwaitExpr*>(e));
    case ExprKind::Invalid:
      m_.error("internal: invalid expression reached codegen");
      return undefOf(Rep::Value);
    default:
      m_.unsupported(e->loc, "This kind of expression");
      return undefOf(m_.repOf(e->type) == Rep::Void ? Rep::Value : m_.repOf(e->type));
  }
}

llvm::Value* FunctionLowering::lowerCondition(const Expression* e) { return convert(lower(e), Rep::Bool).value; }

// --- Statics ------------------------------------------------------------------------------------------------

TypedValue FunctionLowering::lowerStaticGet(const StaticGet* e) {
  const Member* target = e->target;
  if (target->memberKind == MemberKind::Procedure &&
      static_cast<const Procedure*>(target)->nativeName == "dartrt_current_stack_trace") {
    // StackTrace.current, captured here: the trace starts with this function, as the VM's does.
    return {call(m_.rt.get("dartrt_current_stack_trace", llvm::FunctionType::get(m_.ptr, {}, false)), {}), Rep::Value};
  }
  if (target->memberKind != MemberKind::Field) return callDirect(target, nullptr, nullptr, e->loc);
  auto* field = static_cast<const Field*>(target);
  if (field->isConst && field->initializer && field->initializer->kind == ExprKind::ConstantExpr) {
    return lower(field->initializer);
  }
  const Module::StaticSlot& slot = m_.staticSlot(field);
  auto statics = [&]() {
    llvm::Value* iso = b_.CreateLoad(m_.ptr, m_.rt.currentIsolate());
    return b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, iso, DARTRT_ISOLATE_STATICS_OFFSET), "statics");
  };
  if (slot.initializer) {
    // First access runs the initializer (Dart's lazy static initialization, per isolate).
    llvm::Value* state = b_.CreateLoad(m_.i8, b_.CreateConstInBoundsGEP1_64(m_.i8, statics(), slot.stateOffset));
    llvm::BasicBlock* init = newBlock("static.init");
    llvm::BasicBlock* ready = newBlock("static.ready");
    b_.CreateCondBr(b_.CreateICmpEQ(state, llvm::ConstantInt::get(m_.i8, 2)), ready, init,
                    llvm::MDBuilder(m_.llvm).createBranchWeights(1000, 1));
    b_.SetInsertPoint(init);
    call(slot.initializer, {});
    b_.CreateBr(ready);
    b_.SetInsertPoint(ready);
  } else if (field->isLate && slot.stateOffset >= 0) {
    llvm::Value* state = b_.CreateLoad(m_.i8, b_.CreateConstInBoundsGEP1_64(m_.i8, statics(), slot.stateOffset));
    llvm::BasicBlock* unset = newBlock("late.unset");
    llvm::BasicBlock* ready = newBlock("late.ready");
    b_.CreateCondBr(b_.CreateICmpEQ(state, llvm::ConstantInt::get(m_.i8, 0)), unset, ready);
    b_.SetInsertPoint(unset);
    throwLateError("Field '" + std::string(field->name) + "' has not been initialized.", e->loc);
    b_.SetInsertPoint(ready);
  }
  return {loadField(statics(), slot.offset, slot.rep), slot.rep};
}

TypedValue FunctionLowering::lowerStaticSet(const StaticSet* e) {
  TypedValue value = lower(e->value);
  const Member* target = e->target;
  if (target->memberKind == MemberKind::Procedure) {
    llvm::Function* f = m_.directFunction(target);
    Signature sig = m_.signatureOf(target);
    call(f, {convert(value, sig.params[0]).value});
    return value;
  }
  auto* field = static_cast<const Field*>(target);
  if (!m_.facts.isFieldStored(field)) return value;  // never read: no storage, the store is dropped
  const Module::StaticSlot& slot = m_.staticSlot(field);
  llvm::Value* iso = b_.CreateLoad(m_.ptr, m_.rt.currentIsolate());
  llvm::Value* statics = b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, iso, DARTRT_ISOLATE_STATICS_OFFSET));
  if (field->isLate && field->isFinal && !slot.initializer && slot.stateOffset >= 0) {
    // A `late final` variable without an initializer may be assigned once (as an instance field).
    llvm::Value* state = b_.CreateLoad(m_.i8, b_.CreateConstInBoundsGEP1_64(m_.i8, statics, slot.stateOffset));
    llvm::BasicBlock* twice = newBlock("late.twice");
    llvm::BasicBlock* first = newBlock("late.first");
    b_.CreateCondBr(b_.CreateICmpEQ(state, llvm::ConstantInt::get(m_.i8, 0)), first, twice,
                    llvm::MDBuilder(m_.llvm).createBranchWeights(1000, 1));
    b_.SetInsertPoint(twice);
    throwLateError("Field '" + std::string(field->name) + "' has already been initialized.", e->loc);
    b_.SetInsertPoint(first);
  }
  storeField(statics, slot.offset, convert(value, slot.rep), /*barrier=*/false);
  // Writing a lazily initialized field initializes it.
  if (slot.stateOffset >= 0) b_.CreateStore(llvm::ConstantInt::get(m_.i8, 2), b_.CreateConstInBoundsGEP1_64(m_.i8, statics, slot.stateOffset));
  return value;
}

// --- Control flow in expressions ------------------------------------------------------------------------------

TypedValue FunctionLowering::lowerConditional(const Conditional* e) {
  Rep rep = m_.repOf(e->type);
  if (rep == Rep::Void) rep = Rep::Value;
  llvm::Value* cond = lowerCondition(e->condition);
  llvm::BasicBlock* thenBB = newBlock("cond.then");
  llvm::BasicBlock* elseBB = newBlock("cond.else");
  llvm::BasicBlock* done = newBlock("cond.done");
  b_.CreateCondBr(cond, thenBB, elseBB);
  b_.SetInsertPoint(thenBB);
  TypedValue t = convert(lower(e->thenExpr), rep);
  llvm::BasicBlock* thenEnd = b_.GetInsertBlock();
  bool thenLive = !thenEnd->getTerminator();
  if (thenLive) b_.CreateBr(done);
  b_.SetInsertPoint(elseBB);
  TypedValue f = convert(lower(e->elseExpr), rep);
  llvm::BasicBlock* elseEnd = b_.GetInsertBlock();
  bool elseLive = !elseEnd->getTerminator();
  if (elseLive) b_.CreateBr(done);
  b_.SetInsertPoint(done);
  if (!thenLive && !elseLive) {
    b_.CreateUnreachable();
    startDeadBlock();
    return undefOf(rep);
  }
  llvm::PHINode* phi = b_.CreatePHI(m_.typeOf(rep), 2);
  if (thenLive) phi->addIncoming(t.value, thenEnd);
  if (elseLive) phi->addIncoming(f.value, elseEnd);
  return {phi, rep};
}

TypedValue FunctionLowering::lowerLogical(const Logical* e) {
  llvm::Value* left = lowerCondition(e->left);
  llvm::BasicBlock* leftEnd = b_.GetInsertBlock();
  llvm::BasicBlock* rightBB = newBlock("logic.rhs");
  llvm::BasicBlock* done = newBlock("logic.done");
  bool isAnd = e->op == LogicalOp::And;
  if (isAnd) b_.CreateCondBr(left, rightBB, done);
  else b_.CreateCondBr(left, done, rightBB);
  b_.SetInsertPoint(rightBB);
  llvm::Value* right = lowerCondition(e->right);
  llvm::BasicBlock* rightEnd = b_.GetInsertBlock();
  bool rightLive = !rightEnd->getTerminator();
  if (rightLive) b_.CreateBr(done);
  b_.SetInsertPoint(done);
  llvm::PHINode* phi = b_.CreatePHI(m_.i1, 2);
  phi->addIncoming(llvm::ConstantInt::get(m_.i1, !isAnd), leftEnd);
  if (rightLive) phi->addIncoming(right, rightEnd);
  return {phi, Rep::Bool};
}

// --- Strings ------------------------------------------------------------------------------------------------------

TypedValue FunctionLowering::toStringOf(TypedValue v, const DartType* type, const Expression* part) {
  switch (v.rep) {
    case Rep::Int: return {b_.CreateCall(m_.rt.intToString(), {v.value}), Rep::Value};
    case Rep::Double: return {b_.CreateCall(m_.rt.doubleToString(), {v.value}), Rep::Value};
    case Rep::Bool: return {b_.CreateSelect(v.value, m_.stringLiteral("true"), m_.stringLiteral("false")), Rep::Value};
    default: break;
  }
  if (type == m_.core().stringType) return v;
  // Any other value: its toString(), devirtualized by the analysis or dispatched on its class.
  tfa::Selector s = tfa::selectorOf(tfa::SelectorKind::Method, "toString", nullptr);
  if (part && m_.facts.isTypeFlow()) {
    tfa::SiteTarget site = m_.facts.toStringTarget(part);
    if (site.kind == tfa::SiteKind::Unreachable) {
      emitTrap();
      return undefOf(Rep::Value);
    }
    if (site.kind == tfa::SiteKind::Direct) {
      return convert(callResolved(site.target, tfa::SelectorKind::Method, convert(v, Rep::Value), nullptr, nullptr, {}), Rep::Value);
    }
  }
  if (m_.layout.selectorOffset(s)) {
    TypedValue r = callThroughTable(s, convert(v, Rep::Value), nullptr, nullptr, {});
    return convert(r, Rep::Value);
  }
  // Only one class answers toString at all: call it directly.
  const Class* cls = type && type->kind == TypeKind::Interface ? static_cast<const InterfaceType*>(type)->cls : m_.core().objectClass;
  const Member* impl = tfa::lookupImplementation(cls, s);
  if (!impl) impl = tfa::lookupImplementation(m_.core().objectClass, s);
  TypedValue recv = convert(v, Rep::Value);
  return convert(callResolved(impl, tfa::SelectorKind::Method, recv, nullptr, nullptr, {}), Rep::Value);
}

TypedValue FunctionLowering::lowerStringConcat(const StringConcat* e) {
  std::vector<llvm::Value*> parts;
  for (const Expression* p : e->parts) parts.push_back(toStringOf(lower(p), p->type, p).value);
  if (parts.size() == 1) return {parts[0], Rep::Value};
  if (parts.size() == 2) return {concatOrThrow(b_.CreateCall(m_.rt.stringConcat(), {parts[0], parts[1]}), e->loc), Rep::Value};
  // The parts stay in a stack array, where the conservative stack scan sees them.
  auto* arrTy = llvm::ArrayType::get(m_.ptr, parts.size());
  llvm::AllocaInst* arr = allocaBuilder_.CreateAlloca(arrTy, nullptr, "parts");
  for (size_t i = 0; i < parts.size(); ++i) b_.CreateStore(parts[i], b_.CreateConstInBoundsGEP2_64(arrTy, arr, 0, i));
  llvm::Value* r = b_.CreateCall(m_.rt.stringConcatN(), {arr, llvm::ConstantInt::get(m_.i64, parts.size())});
  return {concatOrThrow(r, e->loc), Rep::Value};
}

// --- Equality ---------------------------------------------------------------------------------------------------------

TypedValue FunctionLowering::lowerEqualsNull(const EqualsNull* e) {
  TypedValue v = lower(e->operand);
  if (v.rep != Rep::Value) return {llvm::ConstantInt::getFalse(m_.llvm), Rep::Bool};
  return {b_.CreateICmpEQ(v.value, llvm::ConstantPointerNull::get(m_.ptr)), Rep::Bool};
}

TypedValue FunctionLowering::lowerEqualsCall(const EqualsCall* e) {
  TypedValue left = lower(e->left);
  TypedValue right = lower(e->right);
  // Both unboxed: compare directly (ints compare with doubles numerically, as Dart does).
  if (left.rep == Rep::Int && right.rep == Rep::Int) {
    // `a % b == 0` is `a.remainder(b) == 0` (moduloRemainders_).
    auto isZero = [](llvm::Value* v) {
      auto* k = llvm::dyn_cast<llvm::ConstantInt>(v);
      return k && k->isZero();
    };
    auto remainderOf = [&](llvm::Value* v) -> llvm::Value* {
      auto it = moduloRemainders_.find(v);
      if (it == moduloRemainders_.end()) return nullptr;
      // (Still the select it was made for: the remainder is its value when not negative.)
      auto* select = llvm::dyn_cast<llvm::SelectInst>(v);
      return select && select->getFalseValue() == it->second ? it->second : nullptr;
    };
    if (isZero(right.value)) {
      if (llvm::Value* r = remainderOf(left.value)) left.value = r;
    } else if (isZero(left.value)) {
      if (llvm::Value* r = remainderOf(right.value)) right.value = r;
    }
    return {b_.CreateICmpEQ(left.value, right.value), Rep::Bool};
  }
  if ((left.rep == Rep::Double || left.rep == Rep::Int) && (right.rep == Rep::Double || right.rep == Rep::Int)) {
    return {b_.CreateFCmpOEQ(convert(left, Rep::Double).value, convert(right, Rep::Double).value), Rep::Bool};
  }
  if (left.rep == Rep::Bool && right.rep == Rep::Bool) return {b_.CreateICmpEQ(left.value, right.value), Rep::Bool};
  // Two SIMD values: `==` is identity, the identity of their bits (simd_values.cpp).
  if (isSimdRep(left.rep) && right.rep == left.rep) return {simdIdentical(left.value, right.value), Rep::Bool};
  // Dart's `==`: identical values are equal (except NaN, handled by double's ==); null equals
  // only null; otherwise the left operand's `==` decides.
  llvm::Value* l = toValueWord(left);
  llvm::Value* r = toValueWord(right);
  llvm::BasicBlock* start = b_.GetInsertBlock();
  llvm::BasicBlock* done = newBlock("eq.done");
  llvm::BasicBlock* callBB = newBlock("eq.call");
  llvm::PHINode* phi = nullptr;
  bool leftNullable = e->left->type->admitsNull() || e->left->type->kind == TypeKind::TypeParameter;
  bool rightNullable = e->right->type->admitsNull() || e->right->type->kind == TypeKind::TypeParameter;
  std::vector<std::pair<llvm::Value*, llvm::BasicBlock*>> incoming;
  if (leftNullable || rightNullable) {
    llvm::BasicBlock* notNull = newBlock("eq.nonnull");
    llvm::Value* lNull = b_.CreateICmpEQ(l, llvm::ConstantPointerNull::get(m_.ptr));
    llvm::Value* rNull = b_.CreateICmpEQ(r, llvm::ConstantPointerNull::get(m_.ptr));
    llvm::Value* anyNull = b_.CreateOr(lNull, rNull);
    incoming.push_back({b_.CreateAnd(lNull, rNull), start});
    b_.CreateCondBr(anyNull, done, notNull);
    b_.SetInsertPoint(notNull);
  }
  b_.CreateBr(callBB);
  b_.SetInsertPoint(callBB);
  TypedValue leftWord{l, Rep::Value};
  TypedValue rightWord{r, Rep::Value};
  tfa::Selector s = tfa::selectorOf(tfa::SelectorKind::Method, "==", nullptr);
  TypedValue result;
  if (m_.facts.siteTarget(e->siteId).kind == tfa::SiteKind::Unreachable) {
    emitTrap();
    result = {llvm::ConstantInt::getFalse(m_.llvm), Rep::Bool};
  } else if (const Member* target = m_.facts.singleTarget(e->siteId)) {
    Signature sig = m_.signatureOf(target);
    std::vector<llvm::Value*> args{convert(leftWord, sig.receiver).value, convert(rightWord, sig.params[0]).value};
    result = {call(m_.directFunction(target), args), sig.result};
  } else if (m_.layout.selectorOffset(s)) {
    std::vector<TypedValue> pre{rightWord};
    result = callThroughTable(s, leftWord, nullptr, &pre, e->loc);
  } else {
    result = {b_.CreateICmpEQ(l, r), Rep::Bool};
  }
  llvm::Value* eq = convert(result, Rep::Bool).value;
  incoming.push_back({eq, b_.GetInsertBlock()});
  b_.CreateBr(done);
  b_.SetInsertPoint(done);
  phi = b_.CreatePHI(m_.i1, incoming.size());
  for (auto& [v, bb] : incoming) phi->addIncoming(v, bb);
  return {phi, Rep::Bool};
}

// --- Type tests ---------------------------------------------------------------------------------------------------

llvm::Value* FunctionLowering::isClassInstance(llvm::Value* cid, const Class* cls) {
  // The cids of classes present at run time that are subtypes of cls: a range when the class
  // has no implementers outside its subtree (the common case), else a list.
  std::vector<uint32_t> cids;
  for (const Class* c : m_.layout.classesByCid()) {
    if (c && Module::isSubclassOrImplements(c, cls)) cids.push_back(m_.cidOf(c));
  }
  if (cids.empty()) return llvm::ConstantInt::getFalse(m_.llvm);
  std::sort(cids.begin(), cids.end());
  llvm::Value* result = llvm::ConstantInt::getFalse(m_.llvm);
  size_t i = 0;
  while (i < cids.size()) {
    size_t j = i;
    while (j + 1 < cids.size() && cids[j + 1] == cids[j] + 1) ++j;
    llvm::Value* in;
    if (i == j) {
      in = b_.CreateICmpEQ(cid, llvm::ConstantInt::get(m_.i32, cids[i]));
    } else {
      llvm::Value* off = b_.CreateSub(cid, llvm::ConstantInt::get(m_.i32, cids[i]));
      in = b_.CreateICmpULE(off, llvm::ConstantInt::get(m_.i32, cids[j] - cids[i]));
    }
    result = b_.CreateOr(result, in);
    i = j + 1;
  }
  return result;
}

llvm::Value* FunctionLowering::isInstanceOf(llvm::Value* word, const DartType* type) {
  llvm::Value* isNull = b_.CreateICmpEQ(word, llvm::ConstantPointerNull::get(m_.ptr));
  if (type->isTop()) return llvm::ConstantInt::getTrue(m_.llvm);
  if (type->kind == TypeKind::Null || (type->kind == TypeKind::Never && type->isNullable())) return isNull;
  if (type->kind == TypeKind::Never) return llvm::ConstantInt::getFalse(m_.llvm);
  if (type == m_.core().objectType) return b_.CreateNot(isNull);
  llvm::Value* nonNullTest = nullptr;
  const DartType* base = type;
  if (base->kind == TypeKind::Interface) {
    auto* it = static_cast<const InterfaceType*>(base);
    for (const DartType* a : it->args) {
      if (!a->isTop()) m_.unsupported({}, "A type test with type arguments ('" + type->toString() + "')");
    }
    nonNullTest = isClassInstance(cidOf(word), it->cls);
  } else if (base->kind == TypeKind::Function) {
    nonNullTest = b_.CreateICmpEQ(cidOf(word), llvm::ConstantInt::get(m_.i32, m_.closureCid()));
  } else {
    m_.unsupported({}, "A type test against '" + type->toString() + "'");
    return llvm::ConstantInt::getFalse(m_.llvm);
  }
  if (type->isNullable()) return b_.CreateOr(isNull, nonNullTest);
  return nonNullTest;
}

// Whether `t` spells a function type or a FutureOr somewhere: the VM prints those its own way
// ("(int) => String", not "String Function(int)"; FutureOr normalized, `FutureOr<Never>` as
// `Future<Never>`), which the runtime's printing does.
static bool printedByRuntime(const DartType* t) {
  switch (t->kind) {
    case TypeKind::Function: return true;
    case TypeKind::Interface:
      for (const DartType* a : static_cast<const InterfaceType*>(t)->args) {
        if (printedByRuntime(a)) return true;
      }
      return false;
    case TypeKind::Record: {
      auto* r = static_cast<const RecordType*>(t);
      for (const DartType* f : r->positional) {
        if (printedByRuntime(f)) return true;
      }
      for (const auto& n : r->named) {
        if (printedByRuntime(n.type)) return true;
      }
      return false;
    }
    case TypeKind::FutureOr: return true;
    default: return false;
  }
}

TypedValue FunctionLowering::lowerIs(const IsExpr* e) {
  TypedValue v = lower(e->operand);
  return {isInstanceOfType(toValueWord(v), e->testedType, e->loc), Rep::Bool};
}

TypedValue FunctionLowering::lowerAs(const AsExpr* e) {
  TypedValue v = lower(e->operand);
  Rep rep = m_.repOf(e->type);
  if (rep == Rep::Void) rep = Rep::Value;
  if (v.rep != Rep::Value && !e->type->isTop()) {
    // An unboxed int, double or bool: its class is known, so the cast either always succeeds
    // or always fails (`3 as S`).
    const Class* known = v.rep == Rep::Int      ? m_.core().intClass
                         : v.rep == Rep::Double ? m_.core().doubleClass
                         : isSimdRep(v.rep)     ? m_.simdClass(v.rep)
                                                : m_.core().boolClass;
    const Class* target = e->type->kind == TypeKind::Interface ? static_cast<const InterfaceType*>(e->type)->cls : nullptr;
    bool always = target && Module::isSubclassOrImplements(known, target);
    for (const DartType* a : target ? static_cast<const InterfaceType*>(e->type)->args : std::vector<const DartType*>{}) {
      always &= a->isTop();  // Comparable<num>: the arguments need the runtime's test
    }
    if (!always) v = {toValueWord(v), Rep::Value};  // checked below like any value
  }
  if (v.rep != Rep::Value) return convert(v, rep);
  CastNeed need = e->type->isTop() ? CastNeed::None : castNeed(e, const_cast<TypeStore&>(m_.program.types));
  if (need != CastNeed::None) {
    llvm::BasicBlock* fail = newBlock("cast.fail");
    llvm::BasicBlock* cont = newBlock("cast.ok");
    if (need == CastNeed::NullOnly) {
      // The static type is the target's nullable form: a value that is not null passes.
      llvm::BasicBlock* isNull = newBlock("cast.null");
      b_.CreateCondBr(b_.CreateICmpEQ(v.value, llvm::ConstantPointerNull::get(m_.ptr)), isNull, cont,
                      llvm::MDBuilder(m_.llvm).createBranchWeights(1, 1000));
      b_.SetInsertPoint(isNull);
    }
    // (Null itself, on the cold path, is the runtime's to decide: the target may be nullable.)
    llvm::Value* ok = need == CastNeed::NullOnly
                          ? b_.CreateCall(m_.rt.isInstance(), {v.value, typeValue(e->type, e->loc)})
                          : isInstanceOfType(v.value, e->type, e->loc);
    b_.CreateCondBr(ok, cont, fail, llvm::MDBuilder(m_.llvm).createBranchWeights(1000, 1));
    b_.SetInsertPoint(fail);
    llvm::Value* typeName;
    if (Module::isClosedType(e->type) && !printedByRuntime(e->type)) {
      typeName = m_.stringLiteral(e->type->toString());
    } else {
      auto* toString = llvm::FunctionType::get(m_.ptr, {m_.ptr}, false);
      typeName = b_.CreateCall(m_.rt.get("dartrt_type_to_string", toString), {typeValue(e->type, e->loc)});
    }
    callThrowHelper(m_.facts.implicit().throwCastError,
                    {v, {typeName, Rep::Value}, {llvm::ConstantInt::get(m_.i1, e->isImplicit), Rep::Bool}}, e->loc);
    b_.SetInsertPoint(cont);
  }
  return convert(v, rep);
}

TypedValue FunctionLowering::lowerNullCheck(const NullCheck* e) {
  TypedValue v = lower(e->operand);
  Rep rep = m_.repOf(e->type);
  if (rep == Rep::Void) rep = Rep::Value;
  if (v.rep != Rep::Value) return convert(v, rep);
  llvm::BasicBlock* fail = newBlock("nullcheck.fail");
  llvm::BasicBlock* cont = newBlock("nullcheck.ok");
  b_.CreateCondBr(b_.CreateICmpEQ(v.value, llvm::ConstantPointerNull::get(m_.ptr)), fail, cont,
                  llvm::MDBuilder(m_.llvm).createBranchWeights(1, 1000));
  b_.SetInsertPoint(fail);
  callThrowHelper(m_.facts.implicit().throwNullCheck, {}, e->loc);
  b_.SetInsertPoint(cont);
  return convert(v, rep);
}

TypedValue FunctionLowering::lowerThrow(const Throw* e) {
  llvm::Value* value = toValueWord(lower(e->operand));
  call(m_.rt.throwException(), {value});
  b_.CreateUnreachable();
  startDeadBlock();
  return undefOf(Rep::Value);
}

// --- Collections and closures --------------------------------------------------------------------------------------

TypedValue FunctionLowering::lowerListLiteral(const ListLiteral* e) {
  const tfa::ImplicitMembers& im = m_.facts.implicit();
  if (!im.growableListFromArray || !im.fixedArrayClass) {
    m_.unsupported(e->loc, "List literals (the core library has no _GrowableList)");
    return undefOf(Rep::Value);
  }
  // The elements go into a fixed array (at least a little room to grow), which a growable list
  // then owns.
  size_t n = e->elements.size();
  size_t capacity = n < 4 ? 4 : n;
  uint64_t size = sizeof(DartArray) + 8 * capacity;
  std::vector<llvm::Value*> values;
  for (const Expression* x : e->elements) values.push_back(toValueWord(lower(x)));
  llvm::Value* array = allocateObject(size, dart_make_header(m_.arrayCid(), dart_align_size(size)));
  b_.CreateStore(llvm::ConstantInt::get(m_.i64, capacity), b_.CreateConstInBoundsGEP1_64(m_.i8, array, offsetof(DartArray, length)));
  // The array is the list's _List<E?> backing store (free slots hold null).
  const DartType* slotType = const_cast<TypeStore&>(m_.program.types).nullable(e->elementType);
  b_.CreateStore(typeArgsValue({slotType}, 1, e->loc), b_.CreateConstInBoundsGEP1_64(m_.i8, array, offsetof(DartArray, type_args)));
  for (size_t i = 0; i < n; ++i) {
    b_.CreateStore(values[i], b_.CreateConstInBoundsGEP1_64(m_.i8, array, sizeof(DartArray) + 8 * i));
  }
  const Class* listClass = im.growableListClass;
  const dispatch::ClassLayout* cl = m_.layout.classLayout(listClass);
  llvm::Value* list = allocateObject(cl->instanceSize, m_.headerOf(listClass));
  storeInstanceTypeArgs(list, listClass, {e->elementType}, e->loc);
  const Constructor* ctor = im.growableListFromArray;
  Signature sig = m_.signatureOf(ctor);
  std::vector<llvm::Value*> args{list, convert({array, Rep::Value}, sig.params[0]).value,
                                 convert({llvm::ConstantInt::get(m_.i64, n), Rep::Int}, sig.params[1]).value};
  call(m_.directFunction(ctor), args);
  return {list, Rep::Value};
}


// Map and set literals: a new _LinkedHashMap / _LinkedHashSet, filled in source order.
TypedValue FunctionLowering::newCollection(const Class* cls, const Constructor* ctor, const DartType* type, SourceLoc loc) {
  const dispatch::ClassLayout* cl = cls ? m_.layout.classLayout(cls) : nullptr;
  if (!cl || !ctor) {
    m_.unsupported(loc, "Map and set literals (the core library has no _LinkedHashMap/_LinkedHashSet)");
    return undefOf(Rep::Value);
  }
  llvm::Value* obj = allocateObject(cl->instanceSize, m_.headerOf(cls));
  if (type && type->kind == TypeKind::Interface) storeInstanceTypeArgs(obj, cls, static_cast<const InterfaceType*>(type)->args, loc);
  call(m_.directFunction(ctor), {obj});
  return {obj, Rep::Value};
}

namespace {

// The type arguments newCollection stores in a literal's object (its static type's), when there
// are `count` of them; else null.
const std::vector<const DartType*>* literalTypeArgs(const DartType* type, size_t count) {
  if (!type || type->kind != TypeKind::Interface) return nullptr;
  auto* t = static_cast<const InterfaceType*>(type);
  return t->args.size() == count ? &t->args : nullptr;
}

}  // namespace

TypedValue FunctionLowering::lowerMapLiteral(const MapLiteral* e) {
  const tfa::ImplicitMembers& im = m_.facts.implicit();
  TypedValue map = newCollection(im.linkedHashMapClass, im.linkedHashMapNew, e->type, e->loc);
  if (!map.value || !im.linkedHashMapPut) return map;
  Signature sig = m_.signatureOf(im.linkedHashMapPut);
  const std::vector<const DartType*>* args = literalTypeArgs(e->type, 2);
  for (const MapLiteralEntry& entry : e->entries) {
    llvm::Value* k = convert(lower(entry.key), sig.params[0]).value;
    llvm::Value* v = convert(lower(entry.value), sig.params[1]).value;
    llvm::Function* put = args ? literalInsertFunction(im.linkedHashMapPut, {{entry.key, (*args)[0]}, {entry.value, (*args)[1]}})
                               : m_.directFunction(im.linkedHashMapPut);
    call(put, {map.value, k, v});
  }
  return map;
}

TypedValue FunctionLowering::lowerSetLiteral(const SetLiteral* e) {
  const tfa::ImplicitMembers& im = m_.facts.implicit();
  TypedValue set = newCollection(im.linkedHashSetClass, im.linkedHashSetNew, e->type, e->loc);
  if (!set.value || !im.linkedHashSetAdd) return set;
  Signature sig = m_.signatureOf(im.linkedHashSetAdd);
  const std::vector<const DartType*>* args = literalTypeArgs(e->type, 1);
  for (const Expression* x : e->elements) {
    llvm::Function* add = args ? literalInsertFunction(im.linkedHashSetAdd, {{x, (*args)[0]}}) : m_.directFunction(im.linkedHashSetAdd);
    call(add, {set.value, convert(lower(x), sig.params[0]).value});
  }
  return set;
}

}  // namespace dartc::codegen
