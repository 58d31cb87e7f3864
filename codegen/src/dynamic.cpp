// Calls on `dynamic` receivers (DESIGN.md §3). For each name and kind (method, getter, setter)
// used dynamically, a lookup function maps a class id to a stub (a `switch` over the classes that
// answer the name); each call site keeps a one-entry cache of its last class and stub
// (monomorphic first, per isolate thread). Stubs take value words — method arguments in arrays —,
// check argument counts, names and types like the Dart VM, and call the member; a class without
// the member (or whose member doesn't take the arguments) gets its noSuchMethod called.
#include <llvm/IR/Constants.h>
#include <llvm/IR/MDBuilder.h>

#include "dartrt/abi.h"
#include "function_lowering.h"
#include "naming.h"

namespace dartc::codegen {

using namespace kernel;

namespace {

int kindIndex(tfa::SelectorKind k) { return k == tfa::SelectorKind::Method ? 0 : k == tfa::SelectorKind::Getter ? 1 : 2; }

}  // namespace

llvm::FunctionType* Module::dynamicStubType(tfa::SelectorKind kind) {
  switch (kind) {
    case tfa::SelectorKind::Getter: return llvm::FunctionType::get(ptr, {ptr}, false);
    case tfa::SelectorKind::Setter: return llvm::FunctionType::get(ptr, {ptr, ptr}, false);
    case tfa::SelectorKind::Method: return dynamicEntryType();
  }
  return dynamicEntryType();
}

llvm::Function* Module::dynamicStub(const Member* member, tfa::SelectorKind kind) {
  auto key = std::make_pair(member, kindIndex(kind));
  auto it = dynamicStubs_.find(key);
  if (it != dynamicStubs_.end()) return it->second;
  std::string name = symbolName(member) + ".<dynamic " + (kind == tfa::SelectorKind::Method ? "call" : kind == tfa::SelectorKind::Getter ? "get" : "set") + ">";
  auto* fn = llvm::Function::Create(dynamicStubType(kind), llvm::GlobalValue::InternalLinkage, name, module);
  dynamicStubs_[key] = fn;
  PendingFunction pf;
  pf.member = member;
  pf.llvmFunction = fn;
  FunctionLowering(*this, pf).lowerDynamicStub(member, kind);
  return fn;
}

llvm::Function* Module::dynamicLookup(std::string_view name, tfa::SelectorKind kind) {
  std::string key = std::to_string(kindIndex(kind)) + std::string(name);
  auto it = dynamicLookups_.find(key);
  if (it != dynamicLookups_.end()) return it->second;
  auto* type = llvm::FunctionType::get(ptr, {i32}, false);
  auto* fn = llvm::Function::Create(type, llvm::GlobalValue::InternalLinkage, "dynamic.lookup." + key, module);
  dynamicLookups_[key] = fn;
  llvm::IRBuilder<> b(llvm);
  auto* entry = llvm::BasicBlock::Create(llvm, "entry", fn);
  auto* none = llvm::BasicBlock::Create(llvm, "none", fn);
  b.SetInsertPoint(none);
  b.CreateRet(llvm::ConstantPointerNull::get(ptr));
  b.SetInsertPoint(entry);
  llvm::SwitchInst* sw = b.CreateSwitch(fn->getArg(0), none);
  tfa::Selector s = tfa::selectorOf(kind, name, nullptr);
  const auto& byCid = layout.classesByCid();
  for (size_t cid = 0; cid < byCid.size(); ++cid) {
    const Class* c = byCid[cid];
    if (!c || !facts.isAllocated(c)) continue;
    const Member* impl = tfa::lookupImplementation(c, s);
    if (!impl || !facts.isReachable(impl)) continue;
    // A field that is never read (no storage) is never read dynamically either.
    if (impl->memberKind == MemberKind::Field && kind != tfa::SelectorKind::Setter &&
        !facts.isFieldStored(static_cast<const Field*>(impl))) {
      continue;
    }
    auto* caseBlock = llvm::BasicBlock::Create(llvm, "class", fn);
    b.SetInsertPoint(caseBlock);
    b.CreateRet(dynamicStub(impl, kind));
    sw->addCase(llvm::ConstantInt::get(i32, cid), caseBlock);
  }
  return fn;
}

llvm::Constant* Module::parameterName(std::string_view name) {
  llvm::Constant*& literal = parameterNames[std::string(name)];
  if (!literal) literal = stringLiteral(name);
  return literal;
}

// --- Stubs ---------------------------------------------------------------------------------------------------

void FunctionLowering::lowerDynamicStub(const Member* member, tfa::SelectorKind kind) {
  startFunction();
  plan_ = m_.contextPlan(member);
  llvm::Value* receiver = fn_->getArg(0);
  // A method call's type arguments (Module::pendingClosureTypeArgs), taken before anything runs.
  llvm::Value* typeArgs = nullptr;
  if (kind == tfa::SelectorKind::Method) {
    typeArgs = b_.CreateLoad(m_.ptr, m_.pendingClosureTypeArgs(), "call.targs");
    b_.CreateStore(llvm::ConstantPointerNull::get(m_.ptr), m_.pendingClosureTypeArgs());
  }
  // A function value called: it gets the call's type arguments.
  auto callValue = [&](llvm::Value* value) {
    b_.CreateStore(typeArgs, m_.pendingClosureTypeArgs());
    return callValueDynamically(value, fn_->getArg(1), fn_->getArg(2), member->loc);
  };
  if (member->memberKind == MemberKind::Field) {
    auto* field = static_cast<const Field*>(member);
    if (kind == tfa::SelectorKind::Setter) {
      llvm::Value* value = fn_->getArg(1);
      // The VM's implicit setter names its parameter `value`.
      checkDynamicArgument(value, field->type, "value", member->loc);
      writeInstanceField(receiver, field, {value, Rep::Value}, field->loc);
      b_.CreateRet(llvm::ConstantPointerNull::get(m_.ptr));
      return;
    }
    llvm::Value* value = toValueWord(readInstanceField(receiver, field, field->loc));
    if (kind == tfa::SelectorKind::Getter) {
      b_.CreateRet(value);
      return;
    }
    // A field holding a function, called: the value takes the arguments.
    b_.CreateRet(callValue(value));
    return;
  }
  auto* proc = static_cast<const Procedure*>(member);
  Signature sig = m_.signatureOf(proc);
  bool isMethod = proc->kind == ProcedureKind::Method || proc->kind == ProcedureKind::Operator;
  TypedValue self = convert({receiver, Rep::Value}, sig.receiver);
  if (kind == tfa::SelectorKind::Getter) {
    if (isMethod) {
      const Module::ClosureEntries& entries = m_.closureEntries(proc->function, proc, Module::ClosureKind::InstanceTearOff);
      b_.CreateRet(makeClosure(entries, receiver));
      return;
    }
    llvm::Value* r = b_.CreateCall(m_.directFunction(proc), {self.value});
    b_.CreateRet(toValueWord({r, sig.result}));
    return;
  }
  if (kind == tfa::SelectorKind::Setter) {
    llvm::Value* value = fn_->getArg(1);
    const Variable* param = proc->function->positional[0];
    checkDynamicArgument(value, param->type, param->name, member->loc);
    b_.CreateCall(m_.directFunction(proc), {self.value, convert({value, Rep::Value}, sig.params[0]).value});
    b_.CreateRet(llvm::ConstantPointerNull::get(m_.ptr));
    return;
  }
  if (!isMethod) {
    // A getter called as a method: call the function it returns.
    llvm::Value* value = toValueWord({b_.CreateCall(m_.directFunction(proc), {self.value}), sig.result});
    b_.CreateRet(callValue(value));
    return;
  }
  const FunctionNode* fn = proc->function;
  llvm::BasicBlock* fail = newBlock("dyn.mismatch");
  // Type arguments: as many as the method has type parameters, or none.
  llvm::BasicBlock* typeArgsOk = newBlock("dyn.targs.ok");
  llvm::BasicBlock* typeArgsGiven = newBlock("dyn.targs.given");
  b_.CreateCondBr(b_.CreateIsNull(typeArgs), typeArgsOk, typeArgsGiven);
  b_.SetInsertPoint(typeArgsGiven);
  llvm::Value* count = b_.CreateLoad(m_.i64, b_.CreateConstInBoundsGEP1_64(m_.i8, typeArgs, offsetof(DartRtTypeArgs, length)));
  b_.CreateCondBr(b_.CreateICmpEQ(count, llvm::ConstantInt::get(m_.i64, fn->typeParams.size())), typeArgsOk, fail);
  b_.SetInsertPoint(typeArgsOk);
  std::vector<llvm::Value*> words = unpackArguments(fn, fn_->getArg(1), fn_->getArg(2), fail);
  // Parameters in the direct signature's order: positional, then named in declaration order.
  std::vector<const Variable*> sortedNamed(fn->named.begin(), fn->named.end());
  std::sort(sortedNamed.begin(), sortedNamed.end(), [](const Variable* a, const Variable* b) { return a->name < b->name; });
  std::vector<llvm::Value*> values{self.value};
  // Without type arguments the callee is instantiated to its bounds. Given ones pass when no
  // parameter's type mentions a type parameter (those are checked here, where the type
  // parameters are not known); otherwise they are dropped for the bounds (docs/generics.md).
  if (sig.hasTypeArgs) {
    bool closedParams = true;
    for (const Variable* v : fn->positional) closedParams &= Module::isClosedType(v->type);
    for (const Variable* v : fn->named) closedParams &= Module::isClosedType(v->type);
    llvm::Value* bounds = m_.boundsTypeArgs(fn->typeParams);
    values.push_back(closedParams ? b_.CreateSelect(b_.CreateIsNull(typeArgs), bounds, typeArgs) : bounds);
  }
  size_t index = 0;
  auto pass = [&](const Variable* p, llvm::Value* word, bool optional) {
    Rep want = sig.params[index++];
    checkDynamicArgument(word, p->type, p->name, member->loc);
    if (!optional) {
      values.push_back(convert({word, Rep::Value}, want).value);
      return;
    }
    llvm::BasicBlock* useDefault = newBlock("arg.default");
    llvm::BasicBlock* usePassed = newBlock("arg.passed");
    llvm::BasicBlock* done = newBlock("arg.done");
    b_.CreateCondBr(b_.CreateICmpEQ(word, m_.missingArgument()), useDefault, usePassed);
    b_.SetInsertPoint(useDefault);
    TypedValue d = p->initializer ? lower(p->initializer) : TypedValue{llvm::ConstantPointerNull::get(m_.ptr), Rep::Value};
    llvm::Value* dv = convert(d, want).value;
    llvm::BasicBlock* defaultEnd = b_.GetInsertBlock();
    b_.CreateBr(done);
    b_.SetInsertPoint(usePassed);
    llvm::Value* pv = convert({word, Rep::Value}, want).value;
    llvm::BasicBlock* passedEnd = b_.GetInsertBlock();
    b_.CreateBr(done);
    b_.SetInsertPoint(done);
    llvm::PHINode* phi = b_.CreatePHI(m_.typeOf(want), 2);
    phi->addIncoming(dv, defaultEnd);
    phi->addIncoming(pv, passedEnd);
    values.push_back(phi);
  };
  for (size_t i = 0; i < fn->positional.size(); ++i) pass(fn->positional[i], words[i], i >= fn->requiredPositionalCount);
  for (const Variable* v : fn->named) {
    size_t at = std::find(sortedNamed.begin(), sortedNamed.end(), v) - sortedNamed.begin();
    pass(v, words[fn->positional.size() + at], !v->isRequired);
  }
  llvm::Value* r = b_.CreateCall(m_.directFunction(proc), values);
  b_.CreateRet(sig.result == Rep::Void ? static_cast<llvm::Value*>(llvm::ConstantPointerNull::get(m_.ptr))
                                       : toValueWord({r, sig.result}));
  b_.SetInsertPoint(fail);
  // The member exists but the arguments don't fit: the VM says so and shows its signature.
  std::string signature = fn->type->userVisibleSignature();
  b_.CreateRet(invokeNoSuchMethod(receiver, proc->name, 0, fn_->getArg(1), fn_->getArg(2), member->loc, signature));
}

void FunctionLowering::checkDynamicArgument(llvm::Value* word, const DartType* type, std::string_view name, SourceLoc loc) {
  if (type->isTop() || type->kind == TypeKind::Invalid) return;
  // Types that mention type parameters are checked where their values are known: the callee
  // checks parameters and fields of its class's type (checkCovariantParameters,
  // checkFieldStore); a function's own type parameters are instantiated to their bounds.
  // A function type among them is at least a function here (its signature is compared there,
  // or for a closure's parameter, not at all).
  bool functionOnly = type->kind == TypeKind::Function && !Module::isClosedType(type);
  if (!Module::isClosedType(type) && !functionOnly) return;
  llvm::BasicBlock* ok = newBlock("arg.type.ok");
  llvm::BasicBlock* check = newBlock("arg.type.check");
  // An optional argument that was not passed is the sentinel: nothing to check (and it must
  // not be dereferenced).
  b_.CreateCondBr(b_.CreateICmpEQ(word, m_.missingArgument()), ok, check);
  b_.SetInsertPoint(check);
  if (functionOnly) {
    llvm::BasicBlock* bad = newBlock("arg.type.bad");
    llvm::BasicBlock* good = newBlock("arg.type.good");
    b_.CreateCondBr(isInstanceOf(word, type), good, bad, llvm::MDBuilder(m_.llvm).createBranchWeights(1000, 1));
    b_.SetInsertPoint(bad);
    callThrowHelper(m_.facts.implicit().throwParameterTypeError,
                    {{word, Rep::Value}, {m_.stringLiteral(type->toString()), Rep::Value}, {m_.stringLiteral(std::string(name)), Rep::Value}},
                    loc);
    b_.SetInsertPoint(good);
  } else {
    checkParameterType(word, type, name, loc);
  }
  b_.CreateBr(ok);
  b_.SetInsertPoint(ok);
}

// --- Call sites ----------------------------------------------------------------------------------------------

llvm::Value* FunctionLowering::argumentArray(const std::vector<llvm::Value*>& words) {
  uint64_t size = sizeof(DartArray) + 8 * words.size();
  llvm::Value* a = allocateObject(size, dart_make_header(m_.arrayCid(), dart_align_size(size)));
  b_.CreateStore(llvm::ConstantInt::get(m_.i64, words.size()), b_.CreateConstInBoundsGEP1_64(m_.i8, a, offsetof(DartArray, length)));
  for (size_t i = 0; i < words.size(); ++i) b_.CreateStore(words[i], b_.CreateConstInBoundsGEP1_64(m_.i8, a, sizeof(DartArray) + 8 * i));
  return a;
}

llvm::Value* FunctionLowering::invokeNoSuchMethod(llvm::Value* receiver, std::string_view name, int kind,
                                                 llvm::Value* positional, llvm::Value* named, SourceLoc loc,
                                                 std::string_view existingSignature,
                                                 const std::vector<const DartType*>* typeArgs) {
  const Procedure* helper = m_.facts.implicit().invokeNoSuchMethod;
  if (!helper || !m_.facts.isReachable(helper)) {
    // Without the helper (a core library that lacks it) the call can only fail.
    throwNoSuchMethod(receiver, name, kind, positional, named, loc, existingSignature);
    startDeadBlock();
    return llvm::UndefValue::get(m_.ptr);
  }
  llvm::Value* none = llvm::ConstantPointerNull::get(m_.ptr);
  llvm::Value* types = none;
  if (typeArgs && !typeArgs->empty()) {
    std::vector<llvm::Value*> typeWords;
    for (const DartType* t : *typeArgs) typeWords.push_back(typeValue(t, loc));
    types = argumentArray(typeWords);
  }
  Signature sig = m_.signatureOf(helper);
  std::vector<TypedValue> args{{receiver, Rep::Value},
                               {m_.stringLiteral(std::string(name)), Rep::Value},
                               {llvm::ConstantInt::get(m_.i64, kind), Rep::Int},
                               {positional ? positional : none, Rep::Value},
                               {named ? named : none, Rep::Value},
                               {existingSignature.empty() ? none : m_.stringLiteral(existingSignature), Rep::Value},
                               {types, Rep::Value}};
  std::vector<llvm::Value*> values;
  for (size_t i = 0; i < args.size() && i < sig.params.size(); ++i) values.push_back(convert(args[i], sig.params[i]).value);
  return toValueWord({call(m_.directFunction(helper), values), sig.result});
}

void FunctionLowering::throwNoSuchMethod(llvm::Value* receiver, std::string_view name, int kind, llvm::Value* positional,
                                         llvm::Value* named, SourceLoc loc, std::string_view existingSignature) {
  llvm::Value* none = llvm::ConstantPointerNull::get(m_.ptr);
  llvm::Value* signature = existingSignature.empty() ? none : m_.stringLiteral(existingSignature);
  callThrowHelper(m_.facts.implicit().throwNoSuchMethod,
                  {{receiver, Rep::Value},
                   {m_.stringLiteral(std::string(name)), Rep::Value},
                   {llvm::ConstantInt::get(m_.i64, kind), Rep::Int},
                   {positional ? positional : none, Rep::Value},
                   {named ? named : none, Rep::Value},
                   {signature, Rep::Value}},
                  loc);
}

namespace {

// The stub for (name, kind) on the receiver's class, through the site's one-entry cache.
llvm::Value* lookupWithCache(FunctionLowering& f, Module& m, llvm::IRBuilder<>& b, std::string_view name,
                             tfa::SelectorKind kind, llvm::Value* receiver) {
  llvm::Value* cid = f.cidOf(receiver);
  // Per isolate thread, so the two words of an entry are always consistent.
  auto* cacheTy = llvm::StructType::get(m.llvm, {m.i32, m.ptr});
  auto* cache = new llvm::GlobalVariable(m.module, cacheTy, false, llvm::GlobalValue::InternalLinkage,
                                         llvm::ConstantStruct::get(cacheTy, {llvm::ConstantInt::get(m.i32, 0xFFFFFFFFu),
                                                                             llvm::ConstantPointerNull::get(m.ptr)}),
                                         "dynamic.cache", nullptr, llvm::GlobalValue::InitialExecTLSModel);
  llvm::Value* cachedCid = b.CreateLoad(m.i32, b.CreateStructGEP(cacheTy, cache, 0));
  llvm::BasicBlock* start = b.GetInsertBlock();
  llvm::BasicBlock* miss = f.newBlock("dyncache.miss");
  llvm::BasicBlock* done = f.newBlock("dyncache.done");
  llvm::Value* hitFn = b.CreateLoad(m.ptr, b.CreateStructGEP(cacheTy, cache, 1));
  b.CreateCondBr(b.CreateICmpEQ(cachedCid, cid), done, miss, llvm::MDBuilder(m.llvm).createBranchWeights(100, 1));
  b.SetInsertPoint(miss);
  llvm::Value* found = b.CreateCall(m.dynamicLookup(name, kind), {cid});
  b.CreateStore(cid, b.CreateStructGEP(cacheTy, cache, 0));
  b.CreateStore(found, b.CreateStructGEP(cacheTy, cache, 1));
  b.CreateBr(done);
  b.SetInsertPoint(done);
  llvm::PHINode* fn = b.CreatePHI(m.ptr, 2);
  fn->addIncoming(hitFn, start);
  fn->addIncoming(found, miss);
  return fn;
}

}  // namespace

llvm::Value* FunctionLowering::callMethodDynamically(llvm::Value* receiver, std::string_view name, llvm::Value* posArray,
                                                    llvm::Value* namedArray, SourceLoc loc,
                                                    const std::vector<const DartType*>* typeArgs) {
  llvm::Value* stub = lookupWithCache(*this, m_, b_, name, tfa::SelectorKind::Method, receiver);
  llvm::BasicBlock* missing = newBlock("dyncall.nsm");
  llvm::BasicBlock* found = newBlock("dyncall.call");
  b_.CreateCondBr(b_.CreateIsNull(stub), missing, found, llvm::MDBuilder(m_.llvm).createBranchWeights(1, 1000));
  b_.SetInsertPoint(missing);
  llvm::Value* viaNoSuchMethod = invokeNoSuchMethod(receiver, name, 0, posArray, namedArray, loc, {}, typeArgs);
  llvm::BasicBlock* missingEnd = b_.GetInsertBlock();
  llvm::BasicBlock* done = newBlock("dyncall.done");
  b_.CreateBr(done);
  b_.SetInsertPoint(found);
  if (typeArgs && !typeArgs->empty()) {
    // For the stub, which takes them first (lowerDynamicStub).
    b_.CreateStore(typeArgsValue(*typeArgs, typeArgs->size(), loc), m_.pendingClosureTypeArgs());
  }
  llvm::Value* r = call(llvm::FunctionCallee(m_.dynamicEntryType(), stub), {receiver, posArray, namedArray});
  return mergeInto(done, r, viaNoSuchMethod, missingEnd, "dyncall.result");
}

llvm::Value* FunctionLowering::callValueDynamically(llvm::Value* value, llvm::Value* posArray, llvm::Value* namedArray,
                                                   SourceLoc loc) {
  // A function value goes to its dynamic entry; any other object answers `call` like any other
  // method.
  llvm::BasicBlock* isClosure = newBlock("callvalue.closure");
  llvm::BasicBlock* other = newBlock("callvalue.object");
  b_.CreateCondBr(b_.CreateICmpEQ(cidOf(value), llvm::ConstantInt::get(m_.i32, m_.closureCid())), isClosure, other);
  b_.SetInsertPoint(isClosure);
  llvm::Value* info = b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, value, offsetof(DartClosure, function)));
  llvm::Value* dyn = b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, info, 8));
  llvm::Value* closureResult = call(llvm::FunctionCallee(m_.dynamicEntryType(), dyn), {value, posArray, namedArray});
  llvm::BasicBlock* closureEnd = b_.GetInsertBlock();
  llvm::BasicBlock* done = newBlock("callvalue.done");
  b_.CreateBr(done);
  b_.SetInsertPoint(other);
  llvm::Value* r = callMethodDynamically(value, "call", posArray, namedArray, loc);
  return mergeInto(done, r, closureResult, closureEnd, "callvalue.result");
}

TypedValue FunctionLowering::lowerDynamicGet(const DynamicGet* e) {
  llvm::Value* receiver = toValueWord(lower(e->receiver));
  llvm::Value* stub = lookupWithCache(*this, m_, b_, e->name, tfa::SelectorKind::Getter, receiver);
  llvm::BasicBlock* missing = newBlock("dynget.nsm");
  llvm::BasicBlock* found = newBlock("dynget.call");
  b_.CreateCondBr(b_.CreateIsNull(stub), missing, found, llvm::MDBuilder(m_.llvm).createBranchWeights(1, 1000));
  b_.SetInsertPoint(missing);
  llvm::Value* viaNoSuchMethod = invokeNoSuchMethod(receiver, e->name, 1, nullptr, nullptr, e->loc);
  llvm::BasicBlock* missingEnd = b_.GetInsertBlock();
  llvm::BasicBlock* done = newBlock("dynget.done");
  b_.CreateBr(done);
  b_.SetInsertPoint(found);
  llvm::Value* r = call(llvm::FunctionCallee(m_.dynamicStubType(tfa::SelectorKind::Getter), stub), {receiver});
  return {mergeInto(done, r, viaNoSuchMethod, missingEnd, "dynget.result"), Rep::Value};
}

TypedValue FunctionLowering::lowerDynamicSet(const DynamicSet* e) {
  llvm::Value* receiver = toValueWord(lower(e->receiver));
  TypedValue value = lower(e->value);
  llvm::Value* word = toValueWord(value);
  std::string setterName = std::string(e->name);
  llvm::Value* stub = lookupWithCache(*this, m_, b_, e->name, tfa::SelectorKind::Setter, receiver);
  llvm::BasicBlock* missing = newBlock("dynset.nsm");
  llvm::BasicBlock* found = newBlock("dynset.call");
  b_.CreateCondBr(b_.CreateIsNull(stub), missing, found, llvm::MDBuilder(m_.llvm).createBranchWeights(1, 1000));
  b_.SetInsertPoint(missing);
  invokeNoSuchMethod(receiver, setterName + "=", 2, argumentArray({word}), nullptr, e->loc);
  llvm::BasicBlock* done = newBlock("dynset.done");
  b_.CreateBr(done);
  b_.SetInsertPoint(found);
  call(llvm::FunctionCallee(m_.dynamicStubType(tfa::SelectorKind::Setter), stub), {receiver, word});
  b_.CreateBr(done);
  b_.SetInsertPoint(done);
  return value;
}

TypedValue FunctionLowering::lowerDynamicInvocation(const DynamicInvocation* e) {
  llvm::Value* receiver = toValueWord(lower(e->receiver));
  std::vector<llvm::Value*> positional;
  for (const Expression* a : e->arguments->positional) positional.push_back(toValueWord(lower(a)));
  std::vector<llvm::Value*> namedFlat;
  for (const NamedArgument& n : e->arguments->named) {
    namedFlat.push_back(m_.stringLiteral(std::string(n.name)));
    namedFlat.push_back(toValueWord(lower(n.value)));
  }
  llvm::Value* posArray = argumentArray(positional);
  llvm::Value* namedArray = argumentArray(namedFlat);
  if (e->name == "call") return {callValueDynamically(receiver, posArray, namedArray, e->loc), Rep::Value};
  return {callMethodDynamically(receiver, e->name, posArray, namedArray, e->loc, &e->arguments->types), Rep::Value};
}

}  // namespace dartc::codegen
