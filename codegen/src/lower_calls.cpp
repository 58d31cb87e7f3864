// Calls: static and super calls, constructor invocations, instance member access (devirtualized
// by TFA, or through the global dispatch table), and the arguments of each.
#include <llvm/IR/Constants.h>
#include <llvm/IR/MDBuilder.h>

#include "dartrt/abi.h"
#include "function_lowering.h"
#include "intrinsics.h"
#include "tables.h"

namespace dartc::codegen {

using namespace kernel;

std::vector<llvm::Value*> FunctionLowering::lowerArguments(const FunctionNode* callee, const Arguments* args,
                                                           const std::vector<Rep>& paramReps) {
  // Evaluate in the kernel's (source) order, then place each value in its parameter's slot.
  std::vector<TypedValue> positional;
  std::vector<std::pair<std::string_view, TypedValue>> named;
  if (args) {
    for (const Expression* a : args->positional) positional.push_back(lower(a));
    for (const NamedArgument& n : args->named) named.push_back({n.name, lower(n.value)});
  }
  std::vector<llvm::Value*> out;
  size_t index = 0;
  for (const Variable* p : callee->positional) {
    Rep rep = index < paramReps.size() ? paramReps[index] : Rep::Value;
    TypedValue v;
    if (index < positional.size()) v = positional[index];
    else if (p->initializer) v = lower(p->initializer);
    else v = {llvm::ConstantPointerNull::get(m_.ptr), Rep::Value};
    out.push_back(convert(v, rep).value);
    ++index;
  }
  for (const Variable* p : callee->named) {
    Rep rep = index < paramReps.size() ? paramReps[index] : Rep::Value;
    TypedValue v{llvm::ConstantPointerNull::get(m_.ptr), Rep::Value};
    bool found = false;
    for (auto& [name, value] : named) {
      if (name == p->name) {
        v = value;
        found = true;
      }
    }
    if (!found && p->initializer) v = lower(p->initializer);
    out.push_back(convert(v, rep).value);
    ++index;
  }
  return out;
}

TypedValue FunctionLowering::callDirect(const Member* target, const TypedValue* receiver, const Arguments* args, SourceLoc loc,
                                        bool unchecked) {
  llvm::Function* f = unchecked ? m_.uncheckedFunction(target) : m_.directFunction(target);
  Signature sig = m_.signatureOf(target);
  std::vector<llvm::Value*> values;
  if (sig.receiver != Rep::Void) {
    if (!receiver) {
      m_.error("internal: instance member called without a receiver");
      return undefOf(sig.result == Rep::Void ? Rep::Value : sig.result);
    }
    values.push_back(convert(*receiver, sig.receiver).value);
  }
  const FunctionNode* fn = target->memberKind == MemberKind::Procedure ? static_cast<const Procedure*>(target)->function
                                                                       : static_cast<const Constructor*>(target)->function;
  if (sig.hasTypeArgs) values.push_back(calleeTypeArgs(fn, args, loc));
  std::vector<llvm::Value*> rest = lowerArguments(fn, args, sig.params);
  values.insert(values.end(), rest.begin(), rest.end());
  llvm::Value* r = call(f, values);
  if (sig.result == Rep::Void) return {nullptr, Rep::Void};
  return {r, sig.result, sig.record};
}

TypedValue FunctionLowering::lowerStaticInvocation(const StaticInvocation* e) {
  if (e->target == m_.facts.implicit().coroutineFrame && isCoroutine()) return {coroFrame_, Rep::Value};
  if (std::optional<TypedValue> field = tryRecordFieldRead(e)) return *field;
  if (std::optional<TypedValue> simd = Intrinsics::trySimdFactory(*this, e)) return *simd;
  if (std::optional<TypedValue> same = trySimdIdentical(e)) return *same;
  if (std::optional<TypedValue> same = tryPointerIdentical(e)) return *same;
  TypedValue r = callDirect(e->target, nullptr, e->arguments, e->loc);
  if (e->type->kind == TypeKind::Never) {
    b_.CreateUnreachable();
    startDeadBlock();
    return r;
  }
  // A generic callee returns `T` as a value word; the call's static type (`int` for
  // `first<int>(xs)`) may want it unboxed, as users of the value assume.
  Rep want = m_.repOf(e->type);
  return want == Rep::Void || r.rep == Rep::Void ? r : convert(r, want);
}

TypedValue FunctionLowering::lowerConstructorInvocation(const ConstructorInvocation* e) {
  const Class* cls = e->target->enclosingClass;
  const dispatch::ClassLayout* cl = m_.layout.classLayout(cls);
  if (!cl) {
    m_.error("internal: allocation of a class without layout: " + std::string(cls->name));
    return undefOf(Rep::Value);
  }
  // Arguments are evaluated before the object exists (they may throw or allocate).
  llvm::Function* f = m_.directFunction(e->target);
  Signature sig = m_.signatureOf(e->target);
  std::vector<llvm::Value*> rest = lowerArguments(e->target->function, e->arguments, sig.params);
  llvm::Value* obj = allocateObject(cl->instanceSize, m_.headerOf(cls));
  storeInstanceTypeArgs(obj, cls, e->arguments->types, e->loc);
  std::vector<llvm::Value*> values{obj};
  values.insert(values.end(), rest.begin(), rest.end());
  call(f, values);
  return {obj, Rep::Value};
}

// --- Instance members -----------------------------------------------------------------------------------------

TypedValue FunctionLowering::callResolved(const Member* target, tfa::SelectorKind kind, TypedValue receiver,
                                          const Arguments* args, const TypedValue* setValue, SourceLoc loc) {
  if (target->memberKind == MemberKind::Field) {
    auto* field = static_cast<const Field*>(target);
    llvm::Value* object = toValueWord(receiver);
    if (kind == tfa::SelectorKind::Setter) {
      writeInstanceField(object, field, *setValue, loc);
      return *setValue;
    }
    TypedValue value = readInstanceField(object, field, loc);
    if (kind == tfa::SelectorKind::Getter) return value;
    return callValueWithArguments(toValueWord(value), args, loc);
  }
  auto* proc = static_cast<const Procedure*>(target);
  bool isMethod = proc->kind == ProcedureKind::Method || proc->kind == ProcedureKind::Operator;
  if (kind == tfa::SelectorKind::Getter && isMethod) {
    const Module::ClosureEntries& entries = m_.closureEntries(proc->function, proc, Module::ClosureKind::InstanceTearOff);
    return {makeClosure(entries, toValueWord(receiver)), Rep::Value};
  }
  if (kind == tfa::SelectorKind::Method && proc->kind == ProcedureKind::Getter) {
    TypedValue value = callDirect(proc, &receiver, nullptr, loc);
    return callValueWithArguments(toValueWord(value), args, loc);
  }
  if (kind == tfa::SelectorKind::Setter) {
    llvm::Function* f = m_.directFunction(proc);
    Signature sig = m_.signatureOf(proc);
    call(f, {convert(receiver, sig.receiver).value, convert(*setValue, sig.params[0]).value});
    return *setValue;
  }
  return callDirect(proc, &receiver, args, loc);
}

TypedValue FunctionLowering::callValueWithArguments(llvm::Value* closure, const Arguments* args, SourceLoc loc) {
  std::vector<TypedValue> positional;
  std::vector<std::pair<std::string_view, TypedValue>> named;
  if (args) {
    for (const Expression* a : args->positional) positional.push_back(lower(a));
    for (const NamedArgument& n : args->named) named.push_back({n.name, lower(n.value)});
  }
  // A generic function held by a field or returned by a getter gets the call's type arguments.
  llvm::Value* typeArgs = args && !args->types.empty() ? typeArgsValue(args->types, args->types.size(), loc) : nullptr;
  return callClosure(closure, nullptr, positional, named, loc, typeArgs);
}

llvm::Function* FunctionLowering::growableListEntry(const DartType* receiverType, int64_t offset) {
  // Lists in a program are growable lists (literals, List.filled, ...) or constant lists; a List
  // call that type-flow analysis could not devirtualize (a field initialized with `const []` and
  // assigned a List.filled later, as the Are We Fast Yet programs do) nearly always meets the
  // growable one. Its slot in the dispatch table holds the stub the table would call.
  if (!receiverType || receiverType->kind != TypeKind::Interface) return nullptr;
  if (static_cast<const InterfaceType*>(receiverType)->cls != m_.core().listClass) return nullptr;
  const Class* growable = m_.facts.implicit().growableListClass;
  if (!growable || !m_.facts.isAllocated(growable)) return nullptr;
  const std::vector<const dispatch::TableEntry*>& slots = tableSlots(m_);
  size_t index = static_cast<size_t>(m_.cidOf(growable) + offset);
  if (index >= slots.size() || !slots[index]) return nullptr;
  return tableStub(m_, *slots[index]);
}

llvm::Function* FunctionLowering::otherListEntry(const DartType* receiverType, int64_t offset) {
  // A non-nullable List receiver is an instance of a class that implements List, and the table
  // has entries only for classes with instances (allocated or constant). When one such class is
  // left besides the growable list, the call needs no table: the other branch of the class test
  // calls that class's entry, which LLVM sees (and inlines, for the constant list's intrinsic
  // `[]`), so memory it cannot touch stays known after the call. Classes used only in type tests
  // count too when the table has something in their slot, so the set errs on the larger side.
  if (receiverType->isNullable()) return nullptr;
  const Class* list = static_cast<const InterfaceType*>(receiverType)->cls;
  const Class* growable = m_.facts.implicit().growableListClass;
  const std::vector<const dispatch::TableEntry*>& slots = tableSlots(m_);
  const dispatch::TableEntry* other = nullptr;
  for (const Class* c : m_.layout.classesByCid()) {
    // (No object has an abstract class's cid; the table fills their slots with other entries.)
    if (!c || c == growable || c->isAbstract || !Module::isSubclassOrImplements(c, list)) continue;
    size_t index = static_cast<size_t>(m_.cidOf(c) + offset);
    const dispatch::TableEntry* e = index < slots.size() ? slots[index] : nullptr;
    if (!e && !m_.facts.isAllocated(c)) continue;  // no instances: never the receiver
    if (!e || other) return nullptr;                // a class without an entry, or a second class
    other = e;
  }
  return other ? tableStub(m_, *other) : nullptr;
}

TypedValue FunctionLowering::callThroughTable(const tfa::Selector& s, TypedValue receiver, const Arguments* args,
                                              const std::vector<TypedValue>* preLowered, SourceLoc loc,
                                              const DartType* receiverType, bool uncheckedListStore,
                                              bool growableOrEmpty) {
  auto offset = m_.layout.selectorOffset(s);
  const Module::TableShape& shape = m_.tableShape(s);
  // Arguments first (in order), then the dispatch on the receiver's class.
  std::vector<TypedValue> positional;
  std::vector<std::pair<std::string_view, TypedValue>> named;
  if (preLowered) positional = *preLowered;
  if (args) {
    for (const Expression* a : args->positional) positional.push_back(lower(a));
    for (const NamedArgument& n : args->named) named.push_back({n.name, lower(n.value)});
  }
  if (!offset) {
    // No allocated class answers the selector: the call can only fail.
    int kind = s.kind == tfa::SelectorKind::Method ? 0 : s.kind == tfa::SelectorKind::Getter ? 1 : 2;
    throwNoSuchMethod(toValueWord(receiver), s.name, kind, nullptr, nullptr, loc);
    startDeadBlock();
    return undefOf(shape.result == Rep::Void ? Rep::Value : shape.result);
  }
  llvm::Value* recv = toValueWord(receiver);
  Signature sig = m_.tableSignature(s);
  llvm::Function* hot = growableListEntry(receiverType, *offset);
  if (hot && hot->getFunctionType() != sig.type) hot = nullptr;
  llvm::Function* other = hot ? otherListEntry(receiverType, *offset) : nullptr;
  if (other && other->getFunctionType() != sig.type) other = nullptr;
  // A receiver of a non-nullable class type that int does not implement (a List, a user class;
  // not Object, num or Comparable) is an object with a header, never null (sound null safety),
  // never a Smi: its class id is one load, without cidOf's tests for null and Smis.
  bool hasHeader = receiverType && receiverType->kind == TypeKind::Interface && !receiverType->isNullable() &&
                   !Module::isSubclassOrImplements(m_.core().intClass, static_cast<const InterfaceType*>(receiverType)->cls);
  std::vector<llvm::Value*> values{recv};
  if (sig.hasTypeArgs) {
    static const std::vector<const DartType*> none;
    values.push_back(typeArgsValue(args ? args->types : none, shape.typeArgCount, loc));
  }
  for (size_t i = 0; i < shape.positional; ++i) {
    if (i < positional.size()) values.push_back(convert(positional[i], shape.params[i]).value);
    else values.push_back(m_.missingArgument());
  }
  for (size_t k = 0; k < shape.named.size(); ++k) {
    llvm::Value* v = m_.missingArgument();
    for (auto& [name, value] : named) {
      if (name == shape.named[k]) v = toValueWord(value);
    }
    values.push_back(v);
  }
  // The growable list's entry called directly: the unchecked `[]=` for a proven store.
  auto callHot = [&]() -> llvm::Value* {
    auto member = m_.functionMembers.find(hot);
    if (uncheckedListStore && shape.result == Rep::Void && member != m_.functionMembers.end() &&
        callUncheckedListStore(member->second, recv, positional)) {
      return nullptr;
    }
    return call(llvm::FunctionCallee(sig.type, hot), values);
  };
  // A field of growable and empty constant lists: a growable list with the index in range needs
  // no class test (empty_constant_lists.cpp); everything else takes the guarded call below.
  llvm::BasicBlock* inBoundsEnd = nullptr;
  llvm::Value* inBoundsResult = nullptr;
  if (hot && growableOrEmpty && !sig.hasTypeArgs && values.size() >= 2) {
    if (llvm::Value* inBounds = growableIndexInBounds(recv, values[1], loc)) {
      llvm::BasicBlock* fast = newBlock("list.inbounds");
      llvm::BasicBlock* guarded = newBlock("list.guarded");
      b_.CreateCondBr(inBounds, fast, guarded, llvm::MDBuilder(m_.llvm).createBranchWeights(100, 1));
      b_.SetInsertPoint(fast);
      inBoundsResult = callHot();
      inBoundsEnd = b_.GetInsertBlock();
      b_.SetInsertPoint(guarded);
    }
  }
  llvm::Value* cid;
  if (hasHeader) {
    llvm::LoadInst* header = b_.CreateLoad(m_.i32, recv, "cid");
    m_.tagClassId(header);  // as in cidOf
    cid = b_.CreateZExt(header, m_.i64);
  } else {
    cid = b_.CreateZExt(cidOf(recv), m_.i64);
  }
  llvm::BasicBlock* hotBlock = nullptr;
  if (hot) {
    hotBlock = newBlock("list.growable");
    llvm::BasicBlock* tableBlock = newBlock("list.table");
    llvm::Value* isHot = b_.CreateICmpEQ(cid, llvm::ConstantInt::get(m_.i64, m_.cidOf(m_.facts.implicit().growableListClass)));
    b_.CreateCondBr(isHot, hotBlock, tableBlock, llvm::MDBuilder(m_.llvm).createBranchWeights(100, 1));
    b_.SetInsertPoint(tableBlock);
  }
  llvm::Value* r;
  std::optional<llvm::Value*> switched;
  if (other) {
    r = call(llvm::FunctionCallee(sig.type, other), values);
  } else if (!hot && hasHeader && (switched = callByClassIdSwitch(s, receiverType, *offset, cid, values, sig.type))) {
    r = *switched;
  } else {
    llvm::Value* index = b_.CreateAdd(cid, llvm::ConstantInt::get(m_.i64, *offset));
    llvm::Value* slot = b_.CreateInBoundsGEP(m_.ptr, m_.dispatchTable(), index);
    llvm::Value* target = b_.CreateLoad(m_.ptr, slot, "target");
    r = call(llvm::FunctionCallee(sig.type, target), values);
  }
  if (hot) {
    // The same arguments to the growable list's entry, called directly (and inlined).
    llvm::BasicBlock* tableEnd = b_.GetInsertBlock();
    llvm::BasicBlock* done = newBlock("list.done");
    b_.CreateBr(done);
    b_.SetInsertPoint(hotBlock);
    llvm::Value* hr = callHot();
    llvm::BasicBlock* hotEnd = b_.GetInsertBlock();
    b_.CreateBr(done);
    b_.SetInsertPoint(done);
    if (shape.result != Rep::Void) {
      llvm::PHINode* phi = b_.CreatePHI(r->getType(), 2);
      phi->addIncoming(r, tableEnd);
      phi->addIncoming(hr, hotEnd);
      r = phi;
    }
  }
  if (inBoundsEnd) {
    // The guarded call throws: a growable list's index is out of range there, and an empty
    // constant list's `[]` and `[]=` always throw. Code after the access sees a growable list.
    b_.CreateUnreachable();
    b_.SetInsertPoint(inBoundsEnd);
    r = inBoundsResult;
  }
  if (shape.result == Rep::Void) return {nullptr, Rep::Void};
  return {r, shape.result};
}

TypedValue FunctionLowering::lowerInstanceCall(uint32_t siteId, const tfa::Selector& s, const Expression* receiverExpr,
                                               const Arguments* args, const Expression* setValue, SourceLoc loc) {
  TypedValue receiver = lower(receiverExpr);
  tfa::SiteTarget site = m_.facts.siteTarget(siteId);
  if (site.kind == tfa::SiteKind::Unreachable) {
    emitTrap();
    return undefOf(Rep::Value);
  }
  const Member* target = site.kind == tfa::SiteKind::Direct ? site.target : nullptr;
  bool unchecked = isUncheckedListStore(s, receiverExpr, args);
  if (target && unchecked && target->name == "[]=" && target->enclosingClass == m_.facts.implicit().growableListClass) {
    std::vector<TypedValue> positional;
    for (const Expression* a : args->positional) positional.push_back(lower(a));
    if (callUncheckedListStore(target, toValueWord(receiver), positional)) return {nullptr, Rep::Void};
    // (A signature the unchecked entry does not take: the checked call.)
    Signature sig = m_.signatureOf(target);
    std::vector<llvm::Value*> values{convert(receiver, sig.receiver).value};
    for (size_t i = 0; i < positional.size() && i < sig.params.size(); ++i) values.push_back(convert(positional[i], sig.params[i]).value);
    call(m_.directFunction(target), values);
    return {nullptr, Rep::Void};
  }
  if (target) {
    // A call whose arguments are proven to pass the callee's covariant checks skips them.
    if (s.kind == tfa::SelectorKind::Method && isUncheckedCall(target, receiverExpr, args)) {
      return callDirect(target, &receiver, args, loc, /*unchecked=*/true);
    }
    if (s.kind == tfa::SelectorKind::Setter) {
      TypedValue v = lower(setValue);
      return callResolved(target, s.kind, receiver, args, &v, loc);
    }
    return callResolved(target, s.kind, receiver, args, nullptr, loc);
  }
  if (s.kind == tfa::SelectorKind::Setter) {
    std::vector<TypedValue> pre{lower(setValue)};
    callThroughTable(s, receiver, nullptr, &pre, loc, receiverExpr->type);
    return pre[0];
  }
  return callThroughTable(s, receiver, args, nullptr, loc, receiverExpr->type, unchecked,
                          isGrowableOrEmptyListAccess(s, receiverExpr, args));
}

static tfa::Selector selectorFor(tfa::SelectorKind kind, std::string_view name, const Member* interfaceTarget) {
  return tfa::selectorOf(kind, interfaceTarget ? interfaceTarget->name : name, interfaceTarget ? interfaceTarget->library : nullptr);
}

TypedValue FunctionLowering::lowerInstanceGet(const InstanceGet* e) {
  if (std::optional<TypedValue> simd = Intrinsics::trySimdGet(*this, e)) return *simd;
  TypedValue r = lowerInstanceCall(e->siteId, selectorFor(tfa::SelectorKind::Getter, e->name, e->interfaceTarget), e->receiver,
                                   nullptr, nullptr, e->loc);
  Rep want = m_.repOf(e->type);
  // Unboxed fields and results (type-flow analysis) stay unboxed until something needs a word.
  if (want == Rep::Void || (want == Rep::Value && r.rep != Rep::Value)) return r;
  return convert(r, want);
}

TypedValue FunctionLowering::lowerInstanceSet(const InstanceSet* e) {
  return lowerInstanceCall(e->siteId, selectorFor(tfa::SelectorKind::Setter, e->name, e->interfaceTarget), e->receiver,
                           nullptr, e->value, e->loc);
}

TypedValue FunctionLowering::lowerInstanceInvocation(const InstanceInvocation* e) {
  if (std::optional<TypedValue> primitive = Intrinsics::tryPrimitive(*this, e)) return *primitive;
  if (std::optional<TypedValue> simd = Intrinsics::trySimdCall(*this, e)) return *simd;
  if (std::optional<TypedValue> element = Intrinsics::trySimdListAccess(*this, e)) return *element;
  TypedValue r = lowerInstanceCall(e->siteId, selectorFor(tfa::SelectorKind::Method, e->name, e->interfaceTarget),
                                   e->receiver, e->arguments, nullptr, e->loc);
  Rep want = m_.repOf(e->type);
  if (e->type->kind == TypeKind::Never) {
    b_.CreateUnreachable();
    startDeadBlock();
    return undefOf(Rep::Value);
  }
  if (r.rep == Rep::Record) return boxRecord(r);  // the caller needs the record as an object
  if (want == Rep::Value && r.rep != Rep::Value) return r;  // an unboxed result stays unboxed
  return want == Rep::Void || r.rep == Rep::Void ? r : convert(r, want);
}


TypedValue FunctionLowering::lowerCallKeepingFields(const Expression* e) {
  switch (e->kind) {
    case ExprKind::StaticInvocation: {
      auto* s = static_cast<const StaticInvocation*>(e);
      return callDirect(s->target, nullptr, s->arguments, s->loc);
    }
    case ExprKind::SuperInvocation: {
      auto* s = static_cast<const SuperInvocation*>(e);
      TypedValue self = thisValue();
      return callDirect(s->target, &self, s->arguments, s->loc);
    }
    case ExprKind::InstanceInvocation: {
      auto* i = static_cast<const InstanceInvocation*>(e);
      return lowerInstanceCall(i->siteId, selectorFor(tfa::SelectorKind::Method, i->name, i->interfaceTarget), i->receiver,
                               i->arguments, nullptr, i->loc);
    }
    default: return lower(e);
  }
}

TypedValue FunctionLowering::lowerSuperGet(const SuperGet* e) {
  TypedValue self = thisValue();
  return callResolved(e->target, tfa::SelectorKind::Getter, self, nullptr, nullptr, e->loc);
}

TypedValue FunctionLowering::lowerSuperSet(const SuperSet* e) {
  TypedValue self = thisValue();
  TypedValue v = lower(e->value);
  return callResolved(e->target, tfa::SelectorKind::Setter, self, nullptr, &v, e->loc);
}

TypedValue FunctionLowering::lowerSuperInvocation(const SuperInvocation* e) {
  TypedValue self = thisValue();
  TypedValue r = callDirect(e->target, &self, e->arguments, e->loc);
  Rep want = m_.repOf(e->type);
  return want == Rep::Void || r.rep == Rep::Void ? r : convert(r, want);
}



}  // namespace dartc::codegen
