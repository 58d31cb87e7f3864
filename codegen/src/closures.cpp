// Closures: closure objects, their entries, tear-offs, and calls of function values.
//
// A typed call site knows the static function type of its callee. When the closure's FunctionInfo
// has the same shape (positional count and named names), the call goes straight to the closure's
// code with every argument as a value word. Otherwise (a closure with extra optional parameters,
// or a call through `Function`/`dynamic`) the arguments go in arrays to the dynamic entry, which
// checks them against the callee and throws NoSuchMethodError on a mismatch, as Dart does.
#include <algorithm>

#include <llvm/IR/Constants.h>
#include <llvm/IR/MDBuilder.h>

#include "closure_specialization.h"
#include "dartrt/abi.h"
#include "function_lowering.h"
#include "naming.h"

namespace dartc::codegen {

using namespace kernel;

namespace {

std::vector<const Variable*> namedSorted(const FunctionNode* fn) {
  std::vector<const Variable*> named(fn->named.begin(), fn->named.end());
  std::sort(named.begin(), named.end(), [](const Variable* a, const Variable* b) { return a->name < b->name; });
  return named;
}

std::vector<std::string_view> namesOf(const std::vector<const Variable*>& vars) {
  std::vector<std::string_view> out;
  for (const Variable* v : vars) out.push_back(v->name);
  return out;
}

}  // namespace

// --- Module side: entries, shapes, constants ----------------------------------------------------------

uint64_t Module::shapeId(size_t positional, std::vector<std::string_view> names, size_t typeParams) {
  std::sort(names.begin(), names.end());
  std::string key = (typeParams ? "<" + std::to_string(typeParams) + ">" : std::string()) + std::to_string(positional);
  for (std::string_view n : names) key += "," + std::string(n);
  auto it = shapeIds_.find(key);
  if (it != shapeIds_.end()) return it->second;
  uint64_t id = shapeIds_.size() + 1;
  shapeIds_[key] = id;
  return id;
}

llvm::FunctionType* Module::closureEntryType(size_t params) {
  std::vector<llvm::Type*> types(params + 1, ptr);
  return llvm::FunctionType::get(ptr, types, false);
}

llvm::FunctionType* Module::dynamicEntryType() { return llvm::FunctionType::get(ptr, {ptr, ptr, ptr}, false); }

llvm::GlobalVariable* Module::pendingClosureTypeArgs() {
  // One word: the runtime runs Dart code on one thread, and the dynamic entry takes the value
  // before it runs any other code.
  if (!pendingClosureTypeArgs_) {
    pendingClosureTypeArgs_ = new llvm::GlobalVariable(module, ptr, false, llvm::GlobalValue::InternalLinkage,
                                                       llvm::ConstantPointerNull::get(ptr), "dartc.closure_type_args");
  }
  return pendingClosureTypeArgs_;
}

namespace {

// Whether closures of this kind take type arguments: a generic function's closure does, unless
// it was instantiated (then it is not generic any more).
bool takesTypeArgs(const FunctionNode* node, Module::ClosureKind kind) {
  return !node->typeParams.empty() && kind != Module::ClosureKind::InstantiatedTearOff;
}

}  // namespace

const Module::ClosureEntries& Module::closureEntries(const FunctionNode* node, const Member* member, ClosureKind kind) {
  auto key = std::make_pair(node, static_cast<int>(kind));
  auto it = closureEntries_.find(key);
  if (it != closureEntries_.end()) return it->second;
  ClosureEntries& e = closureEntries_[key];
  std::string base = symbolName(member) + (kind == ClosureKind::Closure ? ".<closure entry>" : ".<tear-off entry>");
  bool generic = takesTypeArgs(node, kind);
  size_t params = node->positional.size() + node->named.size() + (generic ? 1 : 0);
  e.entry = llvm::Function::Create(closureEntryType(params), llvm::GlobalValue::InternalLinkage, base, module);
  e.dynamicEntry = llvm::Function::Create(dynamicEntryType(), llvm::GlobalValue::InternalLinkage, base + ".dynamic", module);
  // FunctionInfo (DartFunctionInfo): shape, dynamic entry, whether a tear-off, runtime type.
  uint64_t shape = shapeId(node->positional.size(), namesOf(namedSorted(node)), generic ? node->typeParams.size() : 0);
  e.info = functionInfo(shape, e.dynamicEntry, kind != ClosureKind::Closure, closureTypeInfo(node, member, kind));
  PendingFunction pf;
  pf.member = member;
  pf.function = node;
  pf.llvmFunction = e.entry;
  FunctionLowering(*this, pf).lowerClosureEntry(node, kind);
  pf.llvmFunction = e.dynamicEntry;
  FunctionLowering(*this, pf).lowerDynamicEntry(node, e.entry, generic, kind);
  return e;
}

namespace {

// A closure object in read-only data.
llvm::Constant* constantClosure(Module& m, const Module::ClosureEntries& e, llvm::Constant* context) {
  auto* init = llvm::ConstantStruct::getAnon(
      m.llvm, {llvm::ConstantInt::get(m.i64, dart_make_header(m.closureCid(), sizeof(DartClosure))), e.entry, context, e.info});
  auto* gv = new llvm::GlobalVariable(m.module, init->getType(), true, llvm::GlobalValue::PrivateLinkage, init, "dartc.tearoff");
  gv->setAlignment(llvm::Align(DART_OBJECT_ALIGNMENT));
  return gv;
}

}  // namespace

llvm::Constant* Module::staticTearOff(const Procedure* p) {
  auto it = staticTearOffs_.find(p);
  if (it != staticTearOffs_.end()) return it->second;
  const ClosureEntries& e = closureEntries(p->function, p, ClosureKind::StaticTearOff);
  return staticTearOffs_[p] = constantClosure(*this, e, llvm::ConstantPointerNull::get(ptr));
}

llvm::Constant* Module::instantiatedTearOff(const Procedure* p, llvm::Constant* typeArgs) {
  auto key = std::make_pair(p, typeArgs);
  auto it = instantiatedTearOffs_.find(key);
  if (it != instantiatedTearOffs_.end()) return it->second;
  const ClosureEntries& e = closureEntries(p->function, p, ClosureKind::InstantiatedTearOff);
  return instantiatedTearOffs_[key] = constantClosure(*this, e, typeArgs);
}

// --- Entries -----------------------------------------------------------------------------------------------

namespace {
// A closure's fields never change after makeClosure wrote them (the runtime's closures likewise),
// so loads of them may be marked invariant.
void markInvariant(llvm::LoadInst* load) {
  load->setMetadata(llvm::LLVMContext::MD_invariant_load, llvm::MDNode::get(load->getContext(), {}));
}
}  // namespace

void FunctionLowering::lowerClosureEntry(const FunctionNode* node, Module::ClosureKind kind) {
  startFunction();
  plan_ = m_.contextPlan(pending_.member);
  auto arg = fn_->arg_begin();
  llvm::Value* closure = &*arg++;
  // A generic closure's own type arguments come first (null: none given).
  llvm::Value* ownTypeArgs = takesTypeArgs(node, kind) ? &*arg++ : nullptr;
  std::vector<llvm::Value*> incoming;
  for (; arg != fn_->arg_end(); ++arg) incoming.push_back(&*arg);
  llvm::LoadInst* context = b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, closure, offsetof(DartClosure, context)));
  markInvariant(context);
  m_.tagOrdinary(context);
  llvm::Function* direct;
  Signature sig;
  std::vector<llvm::Value*> values;
  if (kind == Module::ClosureKind::Closure) {
    direct = m_.closureFunction(node, pending_.member);
    sig = m_.signatureOf(node);
    values.push_back(context);
    if (sig.hasTypeArgs) values.push_back(ownTypeArgs);  // the callee instantiates to bounds
  } else {
    direct = m_.directFunction(pending_.member);
    sig = m_.signatureOf(pending_.member);
    if (kind == Module::ClosureKind::InstanceTearOff) values.push_back(convert({context, Rep::Value}, sig.receiver).value);
    // An instantiated tear-off carries its type arguments as its context; other tear-offs get
    // them from the call, or are instantiated to bounds when it names none.
    if (sig.hasTypeArgs) {
      if (kind == Module::ClosureKind::InstantiatedTearOff) {
        values.push_back(context);
      } else {
        values.push_back(b_.CreateSelect(b_.CreateIsNull(ownTypeArgs), m_.boundsTypeArgs(node->typeParams), ownTypeArgs));
      }
    }
  }
  std::vector<const Variable*> sortedNamed = namedSorted(node);
  auto pass = [&](const Variable* p, llvm::Value* passed, bool optional, Rep want) {
    if (!optional) {
      values.push_back(convert({passed, Rep::Value}, want).value);
      return;
    }
    llvm::BasicBlock* useDefault = newBlock("arg.default");
    llvm::BasicBlock* usePassed = newBlock("arg.passed");
    llvm::BasicBlock* done = newBlock("arg.done");
    b_.CreateCondBr(b_.CreateICmpEQ(passed, m_.missingArgument()), useDefault, usePassed);
    b_.SetInsertPoint(useDefault);
    TypedValue d = p->initializer ? lower(p->initializer) : TypedValue{llvm::ConstantPointerNull::get(m_.ptr), Rep::Value};
    llvm::Value* dv = convert(d, want).value;
    llvm::BasicBlock* defaultEnd = b_.GetInsertBlock();
    b_.CreateBr(done);
    b_.SetInsertPoint(usePassed);
    llvm::Value* pv = convert({passed, Rep::Value}, want).value;
    llvm::BasicBlock* passedEnd = b_.GetInsertBlock();
    b_.CreateBr(done);
    b_.SetInsertPoint(done);
    llvm::PHINode* phi = b_.CreatePHI(m_.typeOf(want), 2);
    phi->addIncoming(dv, defaultEnd);
    phi->addIncoming(pv, passedEnd);
    values.push_back(phi);
  };
  size_t index = 0;
  for (size_t i = 0; i < node->positional.size(); ++i) {
    pass(node->positional[i], incoming[i], i >= node->requiredPositionalCount, sig.params[index++]);
  }
  for (const Variable* v : node->named) {
    size_t at = std::find(sortedNamed.begin(), sortedNamed.end(), v) - sortedNamed.begin();
    pass(v, incoming[node->positional.size() + at], !v->isRequired, sig.params[index++]);
  }
  llvm::Value* r = b_.CreateCall(direct, values);
  if (sig.result == Rep::Void) b_.CreateRet(llvm::ConstantPointerNull::get(m_.ptr));
  else b_.CreateRet(toValueWord({r, sig.result}));
}

std::vector<llvm::Value*> FunctionLowering::unpackArguments(const FunctionNode* node, llvm::Value* positional, llvm::Value* named,
                                                            llvm::BasicBlock* fail) {
  auto lengthOf = [&](llvm::Value* array) {
    return b_.CreateLoad(m_.i64, b_.CreateConstInBoundsGEP1_64(m_.i8, array, offsetof(DartArray, length)));
  };
  auto element = [&](llvm::Value* array, llvm::Value* index) {
    llvm::Value* data = b_.CreateConstInBoundsGEP1_64(m_.i8, array, sizeof(DartArray));
    return b_.CreateLoad(m_.ptr, b_.CreateInBoundsGEP(m_.ptr, data, index));
  };
  llvm::Value* count = lengthOf(positional);
  size_t total = node->positional.size();
  size_t required = node->requiredPositionalCount;
  // Too few or too many positional arguments.
  llvm::BasicBlock* countOk = newBlock("dyn.count.ok");
  llvm::Value* tooFew = b_.CreateICmpSLT(count, llvm::ConstantInt::get(m_.i64, required));
  llvm::Value* tooMany = b_.CreateICmpSGT(count, llvm::ConstantInt::get(m_.i64, total));
  b_.CreateCondBr(b_.CreateOr(tooFew, tooMany), fail, countOk);
  b_.SetInsertPoint(countOk);
  std::vector<llvm::Value*> values;
  for (size_t i = 0; i < total; ++i) {
    llvm::Value* idx = llvm::ConstantInt::get(m_.i64, i);
    if (i < required) {
      values.push_back(element(positional, idx));
      continue;
    }
    llvm::BasicBlock* has = newBlock("dyn.has");
    llvm::BasicBlock* done = newBlock("dyn.arg");
    llvm::BasicBlock* from = b_.GetInsertBlock();
    b_.CreateCondBr(b_.CreateICmpSLT(idx, count), has, done);
    b_.SetInsertPoint(has);
    llvm::Value* v = element(positional, idx);
    b_.CreateBr(done);
    b_.SetInsertPoint(done);
    llvm::PHINode* phi = b_.CreatePHI(m_.ptr, 2);
    phi->addIncoming(m_.missingArgument(), from);
    phi->addIncoming(v, has);
    values.push_back(phi);
  }
  // Named arguments: pairs [name, value, ...]; every one must match a parameter, every required
  // parameter must be given. Names are canonical string constants, compared by address.
  llvm::Value* pairs = b_.CreateLShr(lengthOf(named), 1);
  llvm::Value* matched = llvm::ConstantInt::get(m_.i64, 0);
  for (const Variable* p : namedSorted(node)) {
    llvm::Value* name = m_.parameterName(p->name);
    llvm::BasicBlock* before = b_.GetInsertBlock();
    llvm::BasicBlock* loop = newBlock("dyn.named.loop");
    llvm::BasicBlock* body = newBlock("dyn.named.body");
    llvm::BasicBlock* found = newBlock("dyn.named.found");
    llvm::BasicBlock* next = newBlock("dyn.named.next");
    llvm::BasicBlock* done = newBlock("dyn.named.done");
    b_.CreateBr(loop);
    b_.SetInsertPoint(loop);
    llvm::PHINode* k = b_.CreatePHI(m_.i64, 2);
    k->addIncoming(llvm::ConstantInt::get(m_.i64, 0), before);
    b_.CreateCondBr(b_.CreateICmpSLT(k, pairs), body, done);
    b_.SetInsertPoint(body);
    llvm::Value* at = b_.CreateShl(k, 1);
    b_.CreateCondBr(b_.CreateICmpEQ(element(named, at), name), found, next);
    b_.SetInsertPoint(next);
    k->addIncoming(b_.CreateAdd(k, llvm::ConstantInt::get(m_.i64, 1)), next);
    b_.CreateBr(loop);
    b_.SetInsertPoint(found);
    llvm::Value* value = element(named, b_.CreateAdd(at, llvm::ConstantInt::get(m_.i64, 1)));
    b_.CreateBr(done);
    b_.SetInsertPoint(done);
    llvm::PHINode* v = b_.CreatePHI(m_.ptr, 2);
    v->addIncoming(m_.missingArgument(), loop);
    v->addIncoming(value, found);
    llvm::PHINode* hit = b_.CreatePHI(m_.i64, 2);
    hit->addIncoming(llvm::ConstantInt::get(m_.i64, 0), loop);
    hit->addIncoming(llvm::ConstantInt::get(m_.i64, 1), found);
    matched = b_.CreateAdd(matched, hit);
    if (p->isRequired) {
      llvm::BasicBlock* ok = newBlock("dyn.required.ok");
      b_.CreateCondBr(b_.CreateICmpEQ(hit, llvm::ConstantInt::get(m_.i64, 0)), fail, ok);
      b_.SetInsertPoint(ok);
    }
    values.push_back(v);
  }
  llvm::BasicBlock* allMatched = newBlock("dyn.named.ok");
  b_.CreateCondBr(b_.CreateICmpEQ(matched, pairs), allMatched, fail);
  b_.SetInsertPoint(allMatched);
  return values;
}

void FunctionLowering::lowerDynamicEntry(const FunctionNode* node, llvm::Function* entry, bool generic, Module::ClosureKind kind) {
  startFunction();
  plan_ = m_.contextPlan(pending_.member);
  llvm::Value* closure = fn_->getArg(0);
  llvm::BasicBlock* fail = newBlock("dyn.mismatch");
  std::vector<llvm::Value*> values{closure};
  // Type arguments of the call (Module::pendingClosureTypeArgs): a generic closure takes as many
  // as it has type parameters, or none (then it is instantiated to bounds); any other closure
  // takes none. A mismatch is a NoSuchMethodError, as on the VM.
  llvm::Value* typeArgs = b_.CreateLoad(m_.ptr, m_.pendingClosureTypeArgs(), "call.targs");
  b_.CreateStore(llvm::ConstantPointerNull::get(m_.ptr), m_.pendingClosureTypeArgs());
  llvm::BasicBlock* typeArgsOk = newBlock("dyn.targs.ok");
  llvm::Value* ok = b_.CreateIsNull(typeArgs);
  llvm::Value* tearOffTypeArgs = nullptr;
  if (generic) {
    if (kind == Module::ClosureKind::Closure) {
      // The arguments come unchecked and their types may mention the type parameters: the
      // closure checks them once it has its vector (prologue), told so by the vector's low bit.
      values.push_back(b_.CreateConstInBoundsGEP1_64(m_.i8, typeArgs, 1, "call.targs.check"));
    } else {
      // A tear-off of a generic function: its vector is the call's type arguments (or the
      // bounds); the arguments are checked against it below.
      tearOffTypeArgs = b_.CreateSelect(b_.CreateIsNull(typeArgs), m_.boundsTypeArgs(node->typeParams), typeArgs);
      values.push_back(tearOffTypeArgs);
    }
    llvm::BasicBlock* given = newBlock("dyn.targs.given");
    b_.CreateCondBr(ok, typeArgsOk, given);
    b_.SetInsertPoint(given);
    llvm::Value* length = b_.CreateLoad(m_.i64, b_.CreateConstInBoundsGEP1_64(m_.i8, typeArgs, offsetof(DartRtTypeArgs, length)));
    ok = b_.CreateICmpEQ(length, llvm::ConstantInt::get(m_.i64, node->typeParams.size()));
  }
  b_.CreateCondBr(ok, typeArgsOk, fail);
  b_.SetInsertPoint(typeArgsOk);
  std::vector<llvm::Value*> args = unpackArguments(node, fn_->getArg(1), fn_->getArg(2), fail);
  // The arguments come unchecked (dynamic calls, Function.apply): check them against the
  // parameters' types, in the entry's order (positional, then named sorted by name).
  std::vector<const Variable*> params(node->positional.begin(), node->positional.end());
  std::vector<const Variable*> named = namedSorted(node);
  params.insert(params.end(), named.begin(), named.end());
  for (size_t i = 0; i < params.size() && i < args.size(); ++i) {
    checkDynamicArgument(args[i], params[i]->type, params[i]->name, node->loc);
    const DartType* t = params[i]->type;
    if (!tearOffTypeArgs || Module::isClosedType(t) || t->isTop()) continue;
    // A type that mentions type parameters: the function's from its vector, an instance
    // method's class's from the bound receiver (the context word), then checked.
    llvm::Value* instantiator = llvm::ConstantPointerNull::get(m_.ptr);
    const Class* cls = pending_.member ? pending_.member->enclosingClass : nullptr;
    const dispatch::ClassLayout* cl = cls ? m_.layout.classLayout(cls) : nullptr;
    if (kind == Module::ClosureKind::InstanceTearOff && cl && cl->typeArgsOffset >= 0) {
      llvm::Value* receiver = b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, closure, offsetof(DartClosure, context)));
      instantiator = b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, receiver, cl->typeArgsOffset));
    }
    llvm::BasicBlock* check = newBlock("dyn.arg.check");
    llvm::BasicBlock* done = newBlock("dyn.arg.done");
    b_.CreateCondBr(b_.CreateICmpEQ(args[i], m_.missingArgument()), done, check);
    b_.SetInsertPoint(check);
    llvm::Value* expected = b_.CreateCall(m_.rt.instantiateType(),
                                          {m_.rtType(fromMixinParameters(t), Module::TypeParamMode::Flattened), instantiator, tearOffTypeArgs});
    checkValueType(args[i], expected, params[i]->name, node->loc);
    b_.CreateBr(done);
    b_.SetInsertPoint(done);
  }
  values.insert(values.end(), args.begin(), args.end());
  b_.CreateRet(b_.CreateCall(entry, values));
  b_.SetInsertPoint(fail);
  throwNoSuchMethod(closure, "call", 0, fn_->getArg(1), fn_->getArg(2), node->loc);
}

// --- Creating and calling closures ------------------------------------------------------------------

llvm::Value* FunctionLowering::makeClosure(const Module::ClosureEntries& entries, llvm::Value* context) {
  llvm::Value* c = allocateObject(sizeof(DartClosure), dart_make_header(m_.closureCid(), sizeof(DartClosure)));
  // Tagged for ClosureSpecialization: the closure this function creates has this code and info.
  tagClosureField(b_.CreateStore(entries.entry, b_.CreateConstInBoundsGEP1_64(m_.i8, c, offsetof(DartClosure, code))), kClosureCodeMD);
  b_.CreateStore(context, b_.CreateConstInBoundsGEP1_64(m_.i8, c, offsetof(DartClosure, context)));
  tagClosureField(b_.CreateStore(entries.info, b_.CreateConstInBoundsGEP1_64(m_.i8, c, offsetof(DartClosure, function))), kClosureInfoMD);
  return c;
}

TypedValue FunctionLowering::lowerFunctionExpression(const FunctionExpression* e) {
  const Module::ClosureEntries& entries = m_.closureEntries(e->function, pending_.member, Module::ClosureKind::Closure);
  auto scope = plan_->closureScope.find(e->function);
  llvm::Value* context = scope != plan_->closureScope.end() && scope->second >= 0 ? contextFor(scope->second)
                                                                                  : llvm::ConstantPointerNull::get(m_.ptr);
  return {makeClosure(entries, context), Rep::Value};
}

TypedValue FunctionLowering::callClosure(llvm::Value* closure, const FunctionType* staticType,
                                         const std::vector<TypedValue>& positional,
                                         const std::vector<std::pair<std::string_view, TypedValue>>& named, SourceLoc loc,
                                         llvm::Value* typeArgs) {
  (void)loc;
  // Arguments as value words.
  std::vector<llvm::Value*> posWords;
  for (const TypedValue& v : positional) posWords.push_back(toValueWord(v));
  std::vector<std::pair<std::string_view, llvm::Value*>> namedWords;
  for (const auto& [n, v] : named) namedWords.push_back({n, toValueWord(v)});
  std::sort(namedWords.begin(), namedWords.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  llvm::LoadInst* info = b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, closure, offsetof(DartClosure, function)));
  llvm::BasicBlock* slow = newBlock("closure.dynamic");
  llvm::BasicBlock* done = newBlock("closure.done");
  llvm::Value* fastResult = nullptr;
  llvm::BasicBlock* fastEnd = nullptr;
  if (staticType) {
    std::vector<std::string_view> names;
    for (const auto& n : staticType->named) names.push_back(n.name);
    uint64_t expected = m_.shapeId(staticType->positional.size(), names, staticType->typeParams.size());
    llvm::BasicBlock* fast = newBlock("closure.direct");
    llvm::Value* shape = b_.CreateLoad(m_.i64, info);
    b_.CreateCondBr(b_.CreateICmpEQ(shape, llvm::ConstantInt::get(m_.i64, expected)), fast, slow,
                    llvm::MDBuilder(m_.llvm).createBranchWeights(1000, 1));
    b_.SetInsertPoint(fast);
    std::vector<llvm::Value*> args{closure};
    if (!staticType->typeParams.empty()) args.push_back(typeArgs ? typeArgs : llvm::ConstantPointerNull::get(m_.ptr));
    for (size_t i = 0; i < staticType->positional.size(); ++i) {
      args.push_back(i < posWords.size() ? posWords[i] : m_.missingArgument());
    }
    std::vector<std::string_view> sortedNames = names;
    std::sort(sortedNames.begin(), sortedNames.end());
    for (std::string_view n : sortedNames) {
      llvm::Value* v = m_.missingArgument();
      for (const auto& [name, w] : namedWords) {
        if (name == n) v = w;
      }
      args.push_back(v);
    }
    llvm::LoadInst* code = b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, closure, offsetof(DartClosure, code)));
    // A value of a function type is always a closure: marked invariant, these loads are forwarded from the stores that
    // created a closure in the same function (a closure passed to an inlined forEach becomes a
    // direct call that LLVM can inline), and hoisted out of loops that call it.
    markInvariant(info);
    markInvariant(code);
    m_.tagOrdinary(info);
    m_.tagOrdinary(code);
    fastResult = call(llvm::FunctionCallee(m_.closureEntryType(args.size() - 1), code), args);
    fastEnd = b_.GetInsertBlock();
    b_.CreateBr(done);
  } else {
    b_.CreateBr(slow);
  }
  // The dynamic entry: arguments in arrays.
  b_.SetInsertPoint(slow);
  if (staticType && namedWords.empty() && !typeArgs) {
    // Positional arguments only: the shared out-of-line path (closure_dynamic_calls.cpp).
    std::vector<llvm::Value*> values{closure, info};
    values.insert(values.end(), posWords.begin(), posWords.end());
    llvm::Value* slowResult = call(m_.closureDynamicCall(posWords.size()), values);
    llvm::BasicBlock* slowEnd = b_.GetInsertBlock();
    b_.CreateBr(done);
    b_.SetInsertPoint(done);
    llvm::PHINode* phi = b_.CreatePHI(m_.ptr, 2);
    if (fastResult) phi->addIncoming(fastResult, fastEnd);
    phi->addIncoming(slowResult, slowEnd);
    return {phi, Rep::Value};
  }
  auto array = [&](const std::vector<llvm::Value*>& words) {
    uint64_t size = sizeof(DartArray) + 8 * words.size();
    llvm::Value* a = allocateObject(size, dart_make_header(m_.arrayCid(), dart_align_size(size)));
    b_.CreateStore(llvm::ConstantInt::get(m_.i64, words.size()), b_.CreateConstInBoundsGEP1_64(m_.i8, a, offsetof(DartArray, length)));
    for (size_t i = 0; i < words.size(); ++i) b_.CreateStore(words[i], b_.CreateConstInBoundsGEP1_64(m_.i8, a, sizeof(DartArray) + 8 * i));
    return a;
  };
  std::vector<llvm::Value*> namedFlat;
  for (const auto& [n, w] : namedWords) {
    namedFlat.push_back(m_.stringLiteral(std::string(n)));
    namedFlat.push_back(w);
  }
  llvm::Value* posArray = array(posWords);
  llvm::Value* namedArray = array(namedFlat);
  // `closure` may not be a closure at all when the static type is Function or dynamic: then it
  // is an object answering `call` (or nothing, and the call fails like any dynamic call).
  llvm::Value* objectResult = nullptr;
  llvm::BasicBlock* objectEnd = nullptr;
  if (!staticType) {
    llvm::BasicBlock* isClosure = newBlock("closure.check.ok");
    llvm::BasicBlock* notClosure = newBlock("closure.check.fail");
    b_.CreateCondBr(b_.CreateICmpEQ(cidOf(closure), llvm::ConstantInt::get(m_.i32, m_.closureCid())), isClosure, notClosure);
    b_.SetInsertPoint(notClosure);
    objectResult = callMethodDynamically(closure, "call", posArray, namedArray, loc);
    objectEnd = b_.GetInsertBlock();
    b_.CreateBr(done);
    b_.SetInsertPoint(isClosure);
    info = b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, closure, offsetof(DartClosure, function)));
  }
  llvm::Value* dyn = b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, info, 8));
  if (typeArgs) b_.CreateStore(typeArgs, m_.pendingClosureTypeArgs());
  llvm::Value* slowResult = call(llvm::FunctionCallee(m_.dynamicEntryType(), dyn), {closure, posArray, namedArray});
  llvm::BasicBlock* slowEnd = b_.GetInsertBlock();
  b_.CreateBr(done);
  b_.SetInsertPoint(done);
  llvm::PHINode* phi = b_.CreatePHI(m_.ptr, 3);
  if (fastResult) phi->addIncoming(fastResult, fastEnd);
  if (objectResult) phi->addIncoming(objectResult, objectEnd);
  phi->addIncoming(slowResult, slowEnd);
  return {phi, Rep::Value};
}

TypedValue FunctionLowering::lowerFunctionInvocation(const FunctionInvocation* e) {
  llvm::Value* closure = toValueWord(lower(e->callee));
  std::vector<TypedValue> positional;
  std::vector<std::pair<std::string_view, TypedValue>> named;
  for (const Expression* a : e->arguments->positional) positional.push_back(lower(a));
  for (const NamedArgument& n : e->arguments->named) named.push_back({n.name, lower(n.value)});
  // Type arguments, explicit or inferred: the callee's own (a generic closure appends them to
  // the vector of the functions around it).
  const std::vector<const DartType*>& types = e->arguments->types;
  llvm::Value* typeArgs = types.empty() ? nullptr : typeArgsValue(types, types.size(), e->loc);
  TypedValue r = callClosure(closure, e->functionType, positional, named, e->loc, typeArgs);
  Rep want = m_.repOf(e->type);
  if (e->type->kind == TypeKind::Never) {
    b_.CreateUnreachable();
    startDeadBlock();
    return undefOf(Rep::Value);
  }
  return want == Rep::Void ? TypedValue{nullptr, Rep::Void} : convert(r, want);
}

TypedValue FunctionLowering::lowerLocalFunctionInvocation(const LocalFunctionInvocation* e) {
  const FunctionNode* fn = e->function;
  llvm::Function* direct = m_.closureFunction(fn, pending_.member);
  Signature sig = m_.signatureOf(fn);
  auto scope = plan_->closureScope.find(fn);
  llvm::Value* context = scope != plan_->closureScope.end() && scope->second >= 0 ? contextFor(scope->second)
                                                                                  : llvm::ConstantPointerNull::get(m_.ptr);
  std::vector<llvm::Value*> values{context};
  if (sig.hasTypeArgs) {
    // Its own type arguments, explicit or inferred (none: instantiate to bounds).
    const std::vector<const DartType*>& types = e->arguments->types;
    values.push_back(types.size() == fn->typeParams.size() ? typeArgsValue(types, types.size(), e->loc)
                                                           : llvm::ConstantPointerNull::get(m_.ptr));
  }
  std::vector<llvm::Value*> rest = lowerArguments(fn, e->arguments, sig.params);
  values.insert(values.end(), rest.begin(), rest.end());
  llvm::Value* r = call(direct, values);
  if (sig.result == Rep::Void) return {nullptr, Rep::Void};
  Rep want = m_.repOf(e->type);
  return want == Rep::Void ? TypedValue{r, sig.result} : convert({r, sig.result}, want);
}

TypedValue FunctionLowering::lowerInstantiation(const Instantiation* e) {
  if (e->operand->kind == ExprKind::StaticTearOff) {
    const Procedure* p = static_cast<const StaticTearOff*>(e->operand)->target;
    if (p->function && p->function->typeParams.size() == e->typeArgs.size() && m_.signatureOf(p).hasTypeArgs) {
      llvm::Value* vec = typeArgsValue(e->typeArgs, e->typeArgs.size(), e->loc);
      if (auto* constant = llvm::dyn_cast<llvm::Constant>(vec)) return {m_.instantiatedTearOff(p, constant), Rep::Value};
      return {makeClosure(m_.closureEntries(p->function, p, Module::ClosureKind::InstantiatedTearOff), vec), Rep::Value};
    }
  }
  // Any other generic function value (a local function, a function literal, a variable):
  // a closure that passes the type arguments on (closure_instantiation.cpp).
  const DartType* t = e->operand->type;
  if (t && t->kind == TypeKind::Function && static_cast<const FunctionType*>(t)->typeParams.size() == e->typeArgs.size()) {
    return instantiateClosureValue(e, static_cast<const FunctionType*>(t));
  }
  m_.unsupported(e->loc, "Instantiating this generic function value");
  return lower(e->operand);
}

TypedValue FunctionLowering::lowerInstanceTearOff(const InstanceTearOff* e) {
  TypedValue receiver = lower(e->receiver);
  tfa::Selector s = tfa::selectorOf(tfa::SelectorKind::Getter, e->interfaceTarget ? e->interfaceTarget->name : e->name,
                                    e->interfaceTarget ? e->interfaceTarget->library : nullptr);
  if (m_.facts.siteTarget(e->siteId).kind == tfa::SiteKind::Unreachable) {
    emitTrap();
    return undefOf(Rep::Value);
  }
  const Member* target = m_.facts.singleTarget(e->siteId);
  if (target && target->memberKind == MemberKind::Procedure) {
    auto* p = static_cast<const Procedure*>(target);
    const Module::ClosureEntries& entries = m_.closureEntries(p->function, p, Module::ClosureKind::InstanceTearOff);
    return {makeClosure(entries, toValueWord(receiver)), Rep::Value};
  }
  return convert(callThroughTable(s, receiver, nullptr, nullptr, e->loc), Rep::Value);
}

}  // namespace dartc::codegen
