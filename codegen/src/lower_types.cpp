// Reified types inside a function body: where type arguments come from (the instance's
// flattened vector for class parameters, the hidden parameter or the member's context for
// function parameters), building runtime types and vectors, type tests and covariant checks.
#include <algorithm>

#include <llvm/IR/Constants.h>
#include <llvm/IR/MDBuilder.h>

#include "dartrt/abi.h"
#include "function_lowering.h"

namespace dartc::codegen {

using namespace kernel;

namespace {

const Member* memberOf(const PendingFunction& p) { return p.member ? p.member : p.lazyField; }

}  // namespace

Module::TypeParamMode FunctionLowering::typeMode() const {
  const Member* m = memberOf(pending_);
  if (m && m->memberKind == MemberKind::Procedure && static_cast<const Procedure*>(m)->isFactory()) {
    return Module::TypeParamMode::Factory;
  }
  return Module::TypeParamMode::Flattened;
}

llvm::Value* FunctionLowering::instantiatorTypeArgs() {
  const Member* m = memberOf(pending_);
  const Class* cls = m ? m->enclosingClass : nullptr;
  bool instance = m && cls && (m->isInstanceMember() || m->memberKind == MemberKind::Constructor);
  const dispatch::ClassLayout* cl = cls ? m_.layout.classLayout(cls) : nullptr;
  if (!instance || !cl || cl->typeArgsOffset < 0) return llvm::ConstantPointerNull::get(m_.ptr);
  llvm::Value* self = toValueWord(thisValue());
  return loadTypeArgsSlot(self, cl->typeArgsOffset, "inst.targs");
}

// Type arguments and runtime types are read with the `ordinary` alias class: no array element
// store can change them (docs/codegen-aliasing.md), so a loop of list stores keeps the list's
// type argument and its covariant check's loads out of the loop.
llvm::Value* FunctionLowering::loadTypeArgsSlot(llvm::Value* object, int offset, const char* name) {
  llvm::LoadInst* load = b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, object, offset), name);
  m_.tagOrdinary(load);
  return load;
}

llvm::Value* FunctionLowering::loadTypeField(llvm::Type* type, llvm::Value* base, uint64_t offset) {
  llvm::LoadInst* load = b_.CreateLoad(type, b_.CreateConstInBoundsGEP1_64(m_.i8, base, offset));
  m_.tagOrdinary(load);
  return load;
}

llvm::Value* FunctionLowering::functionTypeArgs() {
  if (typeArgs_) return typeArgs_;
  if (pending_.isClosure && plan_) return enclosingTypeArgs(pending_.function);
  return llvm::ConstantPointerNull::get(m_.ptr);
}

llvm::Value* FunctionLowering::enclosingTypeArgs(const FunctionNode* fn) {
  // The vector of the nearest generic function around `fn` holds every type argument `fn`
  // sees: it is kept in that function's context (the member's outermost one for the member).
  for (const FunctionNode* g = fn ? fn->parent : nullptr; g; g = g->parent) {
    if (g->typeParams.empty()) continue;
    int scope = -1;
    if (g->parent) {
      auto found = plan_->localTypeArgsScope.find(g);
      scope = found == plan_->localTypeArgsScope.end() ? -1 : found->second;
    } else {
      scope = plan_->typeArgsScope;
    }
    if (scope < 0) break;
    const ContextPlan::Scope& s = plan_->scopes[scope];
    llvm::Value* ctx = contextFor(scope);
    return b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, ctx, contextSlotOffset(ContextPlan::slotIndexOfTypeArgs(s))),
                         "fn.targs");
  }
  return llvm::ConstantPointerNull::get(m_.ptr);
}

llvm::Value* FunctionLowering::localFunctionTypeArgs(const FunctionNode* fn, llvm::Value* own) {
  llvm::Value* outer = enclosingTypeArgs(fn);
  auto base = plan_->functionBase.find(fn);
  size_t outerCount = base == plan_->functionBase.end() ? 0 : base->second;
  // No type arguments passed (a dynamic call, or a call through a closure that named none):
  // instantiate to bounds, as Dart does. A bound may mention the outer functions' parameters;
  // one that mentions the function's own falls back to dynamic, as for top-level functions.
  std::vector<const DartType*> bounds;
  bool closed = true;
  for (const TypeParameter* p : fn->typeParams) {
    const DartType* b = p->bound && !p->bound->isTop() ? p->bound : m_.program.types.dynamicType();
    bool mentionsOwn = false;
    std::function<void(const DartType*)> scan = [&](const DartType* t) {
      if (t->kind == TypeKind::TypeParameter) {
        for (const TypeParameter* q : fn->typeParams) mentionsOwn |= static_cast<const TypeParameterType*>(t)->param == q;
        return;
      }
      if (t->kind == TypeKind::Interface) {
        for (const DartType* a : static_cast<const InterfaceType*>(t)->args) scan(a);
      }
    };
    scan(b);
    if (mentionsOwn) b = m_.program.types.dynamicType();
    closed &= Module::isClosedType(b);
    bounds.push_back(b);
  }
  llvm::Value* defaults = nullptr;
  llvm::BasicBlock* from = b_.GetInsertBlock();
  llvm::BasicBlock* useDefaults = newBlock("targs.bounds");
  llvm::BasicBlock* done = newBlock("targs.own");
  b_.CreateCondBr(b_.CreateIsNull(own), useDefaults, done, llvm::MDBuilder(m_.llvm).createBranchWeights(1, 1000));
  b_.SetInsertPoint(useDefaults);
  if (closed) {
    defaults = m_.rtTypeArgs(bounds, Module::TypeParamMode::Own);
  } else {
    defaults = b_.CreateCall(m_.rt.instantiateTypeArgs(),
                             {m_.rtTypeArgs(bounds, typeMode()), instantiatorTypeArgs(), outer});
  }
  llvm::BasicBlock* defaultsEnd = b_.GetInsertBlock();
  b_.CreateBr(done);
  b_.SetInsertPoint(done);
  llvm::PHINode* given = b_.CreatePHI(m_.ptr, 2, "targs.given");
  given->addIncoming(own, from);
  given->addIncoming(defaults, defaultsEnd);
  own = given;
  if (outerCount == 0) return own;
  return b_.CreateCall(m_.rt.instantiateTypeArgs(),
                       {m_.concatTypeArgsTemplate(outerCount, fn->typeParams.size()), own, outer}, "fn.targs");
}

bool FunctionLowering::seesTypeParameter(const TypeParameter* p) const {
  for (const FunctionNode* f = pending_.function; f; f = f->parent) {
    for (const TypeParameter* q : f->typeParams) {
      if (q == p) return true;
    }
  }
  return false;
}

// Whether every type parameter in `t` has a value here; reports the ones that do not.
bool FunctionLowering::reifiable(const DartType* t, SourceLoc loc) {
  switch (t->kind) {
    case TypeKind::Record: {
      auto* r = static_cast<const RecordType*>(t);
      for (const DartType* f : r->positional) {
        if (!reifiable(f, loc)) return false;
      }
      for (const auto& n : r->named) {
        if (!reifiable(n.type, loc)) return false;
      }
      return true;
    }
    case TypeKind::Interface:
      for (const DartType* a : static_cast<const InterfaceType*>(t)->args) {
        if (!reifiable(a, loc)) return false;
      }
      return true;
    case TypeKind::FutureOr: return reifiable(static_cast<const FutureOrType*>(t)->arg, loc);
    case TypeKind::Function: {
      // Its own type parameters are part of the type; the others need values here.
      auto* f = static_cast<const FunctionType*>(t);
      size_t base = reifyBound_.size();
      reifyBound_.insert(reifyBound_.end(), f->typeParams.begin(), f->typeParams.end());
      bool ok = true;
      Module::forEachFunctionTypePart(f, [&](const DartType* part) { ok = ok && reifiable(part, loc); });
      reifyBound_.resize(base);
      return ok;
    }
    case TypeKind::TypeParameter: {
      const TypeParameter* p = static_cast<const TypeParameterType*>(t)->param;
      if (std::find(reifyBound_.begin(), reifyBound_.end(), p) != reifyBound_.end()) return true;
      const Member* m = memberOf(pending_);
      if (p->isFunctionTypeParam) {
        // The member's own, or those of the local functions this one is nested in.
        bool seen = seesTypeParameter(p);
        if (!seen && !quietReify_) m_.unsupported(loc, "The type parameter '" + t->toString() + "' used at run time here");
        return seen;
      }
      if (!p->declaringClass) return true;  // nothing binds it: dynamic
      bool ok = m && m->enclosingClass && m->enclosingClass->isSubclassOf(p->declaringClass);
      if (!ok && !quietReify_) m_.unsupported(loc, "The type parameter '" + t->toString() + "' used at run time here");
      return ok;
    }
    default: return true;
  }
}

// Copies of a generic mixin's members speak of the mixin's parameters: renames them to the
// application class's arguments for the mixin.
const DartType* FunctionLowering::fromMixinParameters(const DartType* t) {
  const Member* m = memberOf(pending_);
  const Class* app = m ? m->enclosingClass : nullptr;
  if (!app || !app->isMixinApplication || !app->mixin) return t;
  for (const InterfaceType* i : app->interfaces) {
    if (i->cls == app->mixin) return m_.substitute(t, app->mixin->typeParams, i->args);
  }
  return t;
}

llvm::Value* FunctionLowering::typeValue(const DartType* t, SourceLoc loc) {
  if (Module::isClosedType(t)) return m_.rtType(t, Module::TypeParamMode::Own);
  t = fromMixinParameters(t);
  if (!reifiable(t, loc)) return m_.rtType(m_.program.types.dynamicType(), Module::TypeParamMode::Own);
  Module::TypeParamMode mode = typeMode();
  if (t->kind == TypeKind::TypeParameter && !t->isNullable()) {
    // A bare parameter: one load from its vector (a missing vector means dynamic).
    const TypeParameter* p = static_cast<const TypeParameterType*>(t)->param;
    bool fromFunction = p->isFunctionTypeParam || mode == Module::TypeParamMode::Factory;
    llvm::Value* vec = fromFunction ? functionTypeArgs() : instantiatorTypeArgs();
    uint32_t index = fromFunction ? m_.functionTypeParamIndex(p) : m_.flatOffset(p->declaringClass) + p->index;
    return typeArgOf(vec, index);
  }
  return b_.CreateCall(m_.rt.instantiateType(),
                       {m_.rtType(t, mode), instantiatorTypeArgs(), functionTypeArgs()});
}

llvm::Value* FunctionLowering::typeArgOf(llvm::Value* vec, uint32_t index) {
  llvm::Constant* dyn = m_.rtType(m_.program.types.dynamicType(), Module::TypeParamMode::Own);
  if (llvm::isa<llvm::ConstantPointerNull>(vec)) return dyn;
  // One load from either the vector's entry or a constant slot holding `dynamic`, without a
  // branch: a load every path executes, LLVM may hoist out of a loop (the covariant check of
  // a list store in a loop; the vector and its types never change, see loadTypeField).
  const char* slotName = "dartc.dynamic_type_slot";
  llvm::GlobalVariable* dynSlot = m_.module.getNamedGlobal(slotName);
  if (!dynSlot) {
    dynSlot = new llvm::GlobalVariable(m_.module, m_.ptr, true, llvm::GlobalValue::PrivateLinkage, dyn, slotName);
  }
  llvm::Value* entry = b_.CreateConstInBoundsGEP1_64(m_.i8, vec, sizeof(DartRtTypeArgs) + 8 * index);
  llvm::LoadInst* loaded = b_.CreateLoad(m_.ptr, b_.CreateSelect(b_.CreateIsNull(vec), dynSlot, entry), "targ");
  m_.tagOrdinary(loaded);
  return loaded;
}

llvm::Value* FunctionLowering::typeArgsValue(const std::vector<const DartType*>& types, size_t count, SourceLoc loc) {
  if (types.size() != count) return m_.dynamicTypeArgs(count);
  bool closed = true;
  for (const DartType* t : types) closed &= Module::isClosedType(t);
  if (closed) return m_.rtTypeArgs(types, Module::TypeParamMode::Own);
  std::vector<const DartType*> resolved = types;
  for (const DartType*& t : resolved) {
    t = fromMixinParameters(t);
    if (!reifiable(t, loc)) t = m_.program.types.dynamicType();
  }
  return b_.CreateCall(m_.rt.instantiateTypeArgs(),
                       {m_.rtTypeArgs(resolved, typeMode()), instantiatorTypeArgs(), functionTypeArgs()});
}

llvm::Value* FunctionLowering::calleeTypeArgs(const FunctionNode* callee, const Arguments* args, SourceLoc loc) {
  static const std::vector<const DartType*> none;
  const std::vector<const DartType*>& types = args ? args->types : none;
  if (types.size() == callee->typeParams.size()) {
    if (llvm::Value* shared = sharedTypeArgs(resolvedTypeArgs(types))) return shared;
  }
  return typeArgsValue(types, callee->typeParams.size(), loc);
}

void FunctionLowering::storeInstanceTypeArgs(llvm::Value* object, const Class* cls, const std::vector<const DartType*>& own,
                                             SourceLoc loc) {
  const dispatch::ClassLayout* cl = m_.layout.classLayout(cls);
  if (!cl || cl->typeArgsOffset < 0) return;
  std::vector<const DartType*> given = own;
  if (given.size() != cls->typeParams.size()) given.assign(cls->typeParams.size(), m_.program.types.dynamicType());
  std::vector<const DartType*> flat = m_.flatTypeArgs(cls, given);
  llvm::Value* vec = sharedTypeArgs(resolvedTypeArgs(flat));
  if (!vec) vec = typeArgsValue(flat, flat.size(), loc);
  b_.CreateStore(vec, b_.CreateConstInBoundsGEP1_64(m_.i8, object, cl->typeArgsOffset));
}

llvm::Value* FunctionLowering::isInstanceOfType(llvm::Value* word, const DartType* t, SourceLoc loc) {
  // `v is FutureOr<T>` is `v is T || v is Future<T>`, and `FutureOr<T>?` also accepts null, so
  // T is tested nullable: T's test may be inline, where the runtime's FutureOr type (which
  // nested ones and type parameters' values use, docs/generics.md) would always call.
  if (t->kind == TypeKind::FutureOr) {
    auto& store = const_cast<TypeStore&>(m_.program.types);
    const DartType* arg = static_cast<const FutureOrType*>(t)->arg;
    if (t->isNullable()) arg = store.nullable(arg);
    llvm::Value* isArg = isInstanceOfType(word, arg, loc);
    const Class* future = m_.facts.implicit().futureClass;
    if (!future || !m_.layout.classLayout(future)) return isArg;
    llvm::Value* isFuture = isInstanceOfType(word, store.interface(const_cast<Class*>(future), {static_cast<const FutureOrType*>(t)->arg}), loc);
    return b_.CreateOr(isArg, isFuture);
  }
  // (A function type's test compares the closure's signature: the runtime's.)
  bool classOnly = t->kind != TypeKind::TypeParameter && t->kind != TypeKind::FutureOr && t->kind != TypeKind::Record &&
                   t->kind != TypeKind::Function;
  if (classOnly && t->kind == TypeKind::Interface) {
    for (const DartType* a : static_cast<const InterfaceType*>(t)->args) classOnly &= a->isTop();
  }
  if (classOnly) return isInstanceOf(word, t);
  // A type known only at run time (`x as E`): inline tests first.
  if (!Module::isClosedType(t)) return isInstanceOfRuntimeType(word, typeValue(t, loc));
  return b_.CreateCall(m_.rt.isInstance(), {word, typeValue(t, loc)});
}

// Whether a value stored into `type` needs a check at run time: a type parameter of the class
// outside a function type (a List<num> may be a List<int> underneath).
static bool mentionsClassTypeParameter(const DartType* t) {
  if (t->kind == TypeKind::TypeParameter) {
    const TypeParameter* p = static_cast<const TypeParameterType*>(t)->param;
    return !p->isFunctionTypeParam && p->declaringClass;
  }
  if (t->kind == TypeKind::Interface) {
    for (const DartType* a : static_cast<const InterfaceType*>(t)->args) {
      if (mentionsClassTypeParameter(a)) return true;
    }
  }
  if (t->kind == TypeKind::FutureOr) return mentionsClassTypeParameter(static_cast<const FutureOrType*>(t)->arg);
  if (t->kind == TypeKind::Record) {
    auto* r = static_cast<const RecordType*>(t);
    for (const DartType* f : r->positional) {
      if (mentionsClassTypeParameter(f)) return true;
    }
    for (const auto& n : r->named) {
      if (mentionsClassTypeParameter(n.type)) return true;
    }
  }
  return false;
}

void FunctionLowering::checkValueType(llvm::Value* value, llvm::Value* typeWord, std::string_view name, SourceLoc loc) {
  llvm::BasicBlock* test = newBlock("covariant.test");
  llvm::BasicBlock* fail = newBlock("covariant.fail");
  llvm::BasicBlock* ok = newBlock("covariant.ok");
  // Most type arguments in practice are dynamic or exactly the value's class (List<int>
  // holding ints): they pass without calling the runtime. In the core library the subtype run
  // (a superclass of the value's class) is left to the runtime's first test: inline, its
  // registers cost list stores of the exact class 1-2 % in instructions (queens, towers,
  // permute). The program's own generic classes test it inline: som's `Vector<E>.append(E)`
  // receives subclasses of E (deltablue: a runtime call per append).
  const Member* member = memberOf(pending_);
  bool inCore = member && member->library && member->library->isCore;
  testTypeInline(value, typeWord, ok, test, !inCore);
  b_.SetInsertPoint(test);
  llvm::Value* passes = b_.CreateCall(m_.rt.isInstance(), {value, typeWord});
  b_.CreateCondBr(passes, ok, fail, llvm::MDBuilder(m_.llvm).createBranchWeights(1000, 1));
  b_.SetInsertPoint(fail);
  auto* toString = llvm::FunctionType::get(m_.ptr, {m_.ptr}, false);
  llvm::Value* typeName = b_.CreateCall(m_.rt.get("dartrt_type_to_string", toString), {typeWord});
  callThrowHelper(m_.facts.implicit().throwParameterTypeError,
                  {{value, Rep::Value}, {typeName, Rep::Value}, {m_.stringLiteral(std::string(name)), Rep::Value}}, loc);
  b_.SetInsertPoint(ok);
}

void FunctionLowering::checkParameterType(llvm::Value* word, const DartType* type, std::string_view name, SourceLoc loc) {
  if (type->isTop()) return;
  if (!Module::isClosedType(type)) {
    const DartType* resolved = fromMixinParameters(type);
    quietReify_ = true;
    bool reified = reifiable(resolved, loc);
    quietReify_ = false;
    if (!reified) resolved = m_.program.types.dynamicType();  // (typeValue reports it)
    checkAgainstTemplate(word, resolved, typeMode(), instantiatorTypeArgs(), functionTypeArgs(),
                         [&] { return typeValue(type, loc); }, name, loc);
    return;
  }
  // (A function type compares the closure's signature: the runtime's test.)
  bool classOnly = type->kind == TypeKind::Interface;
  if (type->kind == TypeKind::Interface) {
    for (const DartType* a : static_cast<const InterfaceType*>(type)->args) classOnly &= a->isTop();
  }
  if (!classOnly) {
    // Type arguments matter (a C<bool> is no C<int>): the runtime's subtype test.
    checkValueType(word, m_.rtType(type, Module::TypeParamMode::Own), name, loc);
    return;
  }
  // A class test inline (a class-id range), without calling the runtime.
  llvm::BasicBlock* ok = newBlock("param.type.ok");
  llvm::BasicBlock* bad = newBlock("param.type.bad");
  b_.CreateCondBr(isInstanceOf(word, type), ok, bad, llvm::MDBuilder(m_.llvm).createBranchWeights(1000, 1));
  b_.SetInsertPoint(bad);
  callThrowHelper(m_.facts.implicit().throwParameterTypeError,
                  {{word, Rep::Value}, {m_.stringLiteral(type->toString()), Rep::Value},
                   {m_.stringLiteral(std::string(name)), Rep::Value}},
                  loc);
  b_.SetInsertPoint(ok);
}

void FunctionLowering::checkCovariantParameters(const FunctionNode* fn) {
  const Member* m = memberOf(pending_);
  if (pending_.isClosure || !m || !m->isInstanceMember() || m->memberKind != MemberKind::Procedure) return;
  // Natives and intrinsics (the core library's arrays) are only called with the right types.
  if (static_cast<const Procedure*>(m)->isExternal) return;
  std::vector<const Variable*> params(fn->positional.begin(), fn->positional.end());
  params.insert(params.end(), fn->named.begin(), fn->named.end());
  for (const Variable* v : params) {
    bool check = v->isCovariant || mentionsClassTypeParameter(v->type);
    if (!check || v->type->isTop()) continue;
    // Statically int, double or bool: checked in the prologue. A parameter unboxed by
    // type-flow analysis (a `T` that only ever receives ints) is still checked against `T`.
    if (m_.repOf(v->type) != Rep::Value) continue;
    TypedValue value = readVariable(v);
    checkParameterType(toValueWord(value), v->type, v->name, v->loc);
  }
}

void FunctionLowering::checkFieldStore(llvm::Value* object, const Field* field, TypedValue value, SourceLoc loc) {
  // The implicit setter of `T value;` in Box<T> checks like an explicit one would: the static
  // type at the assignment may be Box<num> for a Box<int>.
  if (!field->enclosingClass || (!field->isCovariant && !mentionsClassTypeParameter(field->type)) || field->type->isTop()) return;
  // Stores through `this` are statically safe: its type arguments are the ones in scope.
  if (this_.value && this_.rep == Rep::Value && object == this_.value) return;
  // A value already unboxed to the representation of the field's static type has its type (not
  // the slot's: type-flow analysis may unbox a `T` field that only ever holds ints).
  if (value.rep != Rep::Value && value.rep == m_.repOf(field->type)) return;
  llvm::Value* typeWord;
  if (Module::isClosedType(field->type)) {
    // `covariant int n;` (or overriding one): the type needs no type arguments.
    typeWord = m_.rtType(field->type, Module::TypeParamMode::Own);
  } else {
    const dispatch::ClassLayout* cl = m_.layout.classLayout(field->enclosingClass);
    if (!cl || cl->typeArgsOffset < 0) return;
    llvm::Value* vec = loadTypeArgsSlot(object, cl->typeArgsOffset, "obj.targs");
    llvm::Value* none = llvm::ConstantPointerNull::get(m_.ptr);
    // The field's type is instantiated only when the value's own vector does not decide.
    checkAgainstTemplate(toValueWord(value), field->type, Module::TypeParamMode::Flattened, vec, none,
                         [&]() -> llvm::Value* {
                           // `T value;`: T's value is the vector's entry, one load.
                           std::optional<ParamSlot> slot = paramSlot(field->type, Module::TypeParamMode::Flattened);
                           if (slot && !slot->fromFunction) return typeArgOf(vec, slot->index);
                           return b_.CreateCall(m_.rt.instantiateType(),
                                                {m_.rtType(field->type, Module::TypeParamMode::Flattened), vec, none});
                         },
                         "value", loc);  // the VM's implicit setter's parameter
    return;
  }
  checkValueType(toValueWord(value), typeWord, "value", loc);  // the VM's implicit setter's parameter
}

}  // namespace dartc::codegen
