// Instantiating a generic closure value: `int Function(int) g = localId;`, `f<int>` where `f`
// is a generic local function, a function literal or any value of a generic function type.
// (Static generic functions have their own instantiated tear-offs, closures.cpp.)
//
// The result is a non-generic closure whose context holds the generic closure and the type
// arguments. Its entry calls the generic closure's entry with them when the shapes agree, and
// otherwise (a callee with more optional parameters than its static type shows) its dynamic
// entry, which takes the type arguments from Module::pendingClosureTypeArgs.
#include <algorithm>

#include <llvm/IR/Constants.h>
#include <llvm/IR/MDBuilder.h>

#include "dartrt/abi.h"
#include "function_lowering.h"

namespace dartc::codegen {

using namespace kernel;

namespace {

constexpr int kGenericSlot = 0;   // the context's slots: the generic closure,
constexpr int kTypeArgsSlot = 1;  // and its own type arguments

std::vector<std::string_view> sortedNames(const FunctionType* t) {
  std::vector<std::string_view> names;
  for (const NamedParameterType& n : t->named) names.push_back(n.name);
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

const Module::ClosureEntries& Module::instantiationEntries(const FunctionType* generic, const Member* member) {
  std::vector<std::string_view> names = sortedNames(generic);
  uint64_t genericShape = shapeId(generic->positional.size(), names, generic->typeParams.size());
  auto it = instantiationEntries_.find(genericShape);
  if (it != instantiationEntries_.end()) return it->second;
  ClosureEntries& e = instantiationEntries_[genericShape];
  size_t params = generic->positional.size() + names.size();
  e.entry = llvm::Function::Create(closureEntryType(params), llvm::GlobalValue::InternalLinkage, "dartc.instantiated_closure", module);
  e.dynamicEntry = llvm::Function::Create(dynamicEntryType(), llvm::GlobalValue::InternalLinkage,
                                          "dartc.instantiated_closure.dynamic", module);
  uint64_t shape = shapeId(generic->positional.size(), names);
  // Its runtime type: the generic closure's, instantiated with the type arguments.
  auto* typeGetter = llvm::Function::Create(llvm::FunctionType::get(ptr, {ptr}, false), llvm::GlobalValue::InternalLinkage,
                                            "dartc.instantiated_closure.type", module);
  e.info = functionInfo(shape, e.dynamicEntry, false, {nullptr, typeGetter});
  PendingFunction pf;
  pf.member = member;
  pf.llvmFunction = typeGetter;
  FunctionLowering(*this, pf).lowerInstantiationTypeGetter();
  pf.llvmFunction = e.entry;
  FunctionLowering(*this, pf).lowerInstantiationEntry(generic, genericShape);
  pf.llvmFunction = e.dynamicEntry;
  FunctionLowering(*this, pf).lowerInstantiationDynamicEntry();
  return e;
}

void FunctionLowering::lowerInstantiationEntry(const FunctionType* generic, uint64_t genericShape) {
  startFunction();
  auto [target, typeArgs] = instantiationParts(fn_->getArg(0));
  std::vector<llvm::Value*> words;
  for (size_t i = 1; i < fn_->arg_size(); ++i) words.push_back(fn_->getArg(i));
  llvm::Value* info = b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, target, offsetof(DartClosure, function)));
  llvm::BasicBlock* direct = newBlock("inst.direct");
  llvm::BasicBlock* dynamic = newBlock("inst.dynamic");
  b_.CreateCondBr(b_.CreateICmpEQ(b_.CreateLoad(m_.i64, info), llvm::ConstantInt::get(m_.i64, genericShape)), direct, dynamic,
                  llvm::MDBuilder(m_.llvm).createBranchWeights(1000, 1));
  b_.SetInsertPoint(direct);
  std::vector<llvm::Value*> args{target, typeArgs};
  args.insert(args.end(), words.begin(), words.end());
  llvm::Value* code = b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, target, offsetof(DartClosure, code)));
  b_.CreateRet(b_.CreateCall(llvm::FunctionCallee(m_.closureEntryType(args.size() - 1), code), args));
  // Arguments in arrays; optional ones not passed stay the "missing" sentinel, which the
  // callee's entry replaces by the default like any argument not passed.
  b_.SetInsertPoint(dynamic);
  size_t positional = generic->positional.size();
  std::vector<llvm::Value*> named;
  std::vector<std::string_view> names = sortedNames(generic);
  for (size_t i = 0; i < names.size(); ++i) {
    named.push_back(m_.stringLiteral(std::string(names[i])));
    named.push_back(words[positional + i]);
  }
  llvm::Value* posArray = argumentArray(std::vector<llvm::Value*>(words.begin(), words.begin() + positional));
  llvm::Value* namedArray = argumentArray(named);
  llvm::Value* dyn = b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, info, 8));
  b_.CreateStore(typeArgs, m_.pendingClosureTypeArgs());
  b_.CreateRet(b_.CreateCall(llvm::FunctionCallee(m_.dynamicEntryType(), dyn), {target, posArray, namedArray}));
}

// The generic closure and its type arguments, from an instantiated closure's context.
std::pair<llvm::Value*, llvm::Value*> FunctionLowering::instantiationParts(llvm::Value* self) {
  llvm::Value* ctx = b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, self, offsetof(DartClosure, context)));
  llvm::Value* target = b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, ctx, contextSlotOffset(kGenericSlot)));
  llvm::Value* typeArgs = b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, ctx, contextSlotOffset(kTypeArgsSlot)));
  return {target, typeArgs};
}

void FunctionLowering::lowerInstantiationDynamicEntry() {
  startFunction();
  llvm::Value* self = fn_->getArg(0);
  auto [target, typeArgs] = instantiationParts(self);
  // An instantiated closure is not generic: type arguments passed to it are a mismatch.
  llvm::Value* passed = b_.CreateLoad(m_.ptr, m_.pendingClosureTypeArgs());
  llvm::BasicBlock* ok = newBlock("inst.ok");
  llvm::BasicBlock* fail = newBlock("inst.mismatch");
  b_.CreateCondBr(b_.CreateIsNull(passed), ok, fail);
  b_.SetInsertPoint(fail);
  b_.CreateStore(llvm::ConstantPointerNull::get(m_.ptr), m_.pendingClosureTypeArgs());
  throwNoSuchMethod(self, "call", 0, fn_->getArg(1), fn_->getArg(2), SourceLoc{});
  b_.SetInsertPoint(ok);
  llvm::Value* info = b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, target, offsetof(DartClosure, function)));
  llvm::Value* dyn = b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, info, 8));
  b_.CreateStore(typeArgs, m_.pendingClosureTypeArgs());
  b_.CreateRet(b_.CreateCall(llvm::FunctionCallee(m_.dynamicEntryType(), dyn), {target, fn_->getArg(1), fn_->getArg(2)}));
}

void FunctionLowering::lowerInstantiationTypeGetter() {
  startFunction();
  auto [target, typeArgs] = instantiationParts(fn_->getArg(0));
  auto* unary = llvm::FunctionType::get(m_.ptr, {m_.ptr}, false);
  auto* binary = llvm::FunctionType::get(m_.ptr, {m_.ptr, m_.ptr}, false);
  llvm::Value* generic = b_.CreateCall(m_.rt.get("dartrt_runtime_type", unary), {target});
  b_.CreateRet(b_.CreateCall(m_.rt.get("dartrt_instantiate_function_type", binary), {generic, typeArgs}));
}

TypedValue FunctionLowering::instantiateClosureValue(const Instantiation* e, const FunctionType* generic) {
  llvm::Value* target = toValueWord(lower(e->operand));
  llvm::Value* typeArgs = typeArgsValue(e->typeArgs, e->typeArgs.size(), e->loc);
  // A context-shaped object (the collector scans its slots; type vectors live outside the heap).
  uint64_t size = dart_align_size(sizeof(DartArray) + 16);
  llvm::Value* ctx = allocateObject(size, dart_make_header(m_.contextCid(), size));
  b_.CreateStore(llvm::ConstantPointerNull::get(m_.ptr), b_.CreateConstInBoundsGEP1_64(m_.i8, ctx, offsetof(DartArray, type_args)));
  b_.CreateStore(llvm::ConstantInt::get(m_.i64, 2), b_.CreateConstInBoundsGEP1_64(m_.i8, ctx, offsetof(DartArray, length)));
  b_.CreateStore(target, b_.CreateConstInBoundsGEP1_64(m_.i8, ctx, contextSlotOffset(kGenericSlot)));
  b_.CreateStore(typeArgs, b_.CreateConstInBoundsGEP1_64(m_.i8, ctx, contextSlotOffset(kTypeArgsSlot)));
  return {makeClosure(m_.instantiationEntries(generic, pending_.member), ctx), Rep::Value};
}

}  // namespace dartc::codegen
