// Instance fields with Dart's semantics: plain fields are a load or store at a fixed offset;
// `late` fields keep a sentinel until they are set, run their initializer on the first read (at
// most once), and throw LateInitializationError for a read before any value or a second write of
// a `late final` field.
#include <llvm/IR/Constants.h>
#include <llvm/IR/MDBuilder.h>

#include "closure_fields.h"
#include "function_lowering.h"
#include "length_ranges.h"
#include "naming.h"

namespace dartc::codegen {

using namespace kernel;

llvm::Constant* Module::lateSentinel() { return llvm::ConstantExpr::getIntToPtr(llvm::ConstantInt::get(i64, 6), ptr); }

llvm::Function* Module::lateFieldInitializer(const Field* field) {
  auto it = lateInitializers_.find(field);
  if (it != lateInitializers_.end()) return it->second;
  auto* type = llvm::FunctionType::get(ptr, {ptr}, false);
  auto* fn = llvm::Function::Create(type, llvm::GlobalValue::InternalLinkage, symbolName(field) + ".<late init>", module);
  lateInitializers_[field] = fn;
  dartNames[fn] = dartName(field) + " (initializer)";
  functionLibraries[fn] = field->library;
  PendingFunction p;
  p.member = field;
  p.llvmFunction = fn;
  p.lazyField = field;
  pending.push_back(p);
  return fn;
}

Rep FunctionLowering::fieldRep(const Field* field) {
  switch (m_.layout.fieldRep(field)) {
    case dispatch::SlotRep::Int: return Rep::Int;
    case dispatch::SlotRep::Double: return Rep::Double;
    case dispatch::SlotRep::Bool: return Rep::Bool;
    default: return Rep::Value;
  }
}

void FunctionLowering::throwLateError(const std::string& message, SourceLoc loc) {
  callThrowHelper(m_.facts.implicit().throwLateInitialization, {{m_.stringLiteral(message), Rep::Value}}, loc);
}

TypedValue FunctionLowering::readInstanceField(llvm::Value* object, const Field* field, SourceLoc loc) {
  if (!m_.layout.hasField(field)) {
    m_.error("internal: field without layout: " + field->qualifiedName());
    return undefOf(Rep::Value);
  }
  uint32_t offset = m_.layout.fieldOffset(field);
  Rep rep = fieldRep(field);
  if (!field->isLate) {
    llvm::Value* value = loadField(object, offset, rep);
    if (isInvariantClosureField(field) || isInvariantFrameField(field)) {
      if (auto* load = llvm::dyn_cast<llvm::LoadInst>(value)) markInvariantClosureField(load);
    }
    if (rep == Rep::Int && isBoundedLengthField(field)) {
      if (auto* load = llvm::dyn_cast<llvm::Instruction>(value)) markBoundedLength(m_.llvm, load);
    }
    return {value, rep};
  }
  llvm::Value* word = loadField(object, offset, Rep::Value);
  llvm::BasicBlock* start = b_.GetInsertBlock();
  llvm::BasicBlock* unset = newBlock("late.unset");
  llvm::BasicBlock* done = newBlock("late.done");
  b_.CreateCondBr(b_.CreateICmpEQ(word, m_.lateSentinel()), unset, done, llvm::MDBuilder(m_.llvm).createBranchWeights(1, 1000));
  b_.SetInsertPoint(unset);
  if (!field->initializer) {
    throwLateError("Field '" + std::string(field->name) + "' has not been initialized.", loc);
    b_.SetInsertPoint(done);
    return {word, Rep::Value};
  }
  llvm::Value* value = call(m_.lateFieldInitializer(field), {object});
  return {mergeInto(done, value, word, start), Rep::Value};
}

void FunctionLowering::writeInstanceField(llvm::Value* object, const Field* field, TypedValue value, SourceLoc loc,
                                          bool initializing) {
  // A field nobody reads has no storage: the store is dropped once its value is checked (type-flow
  // analysis keeps storage for `late final` fields, whose second write throws).
  if (!m_.facts.isFieldStored(field)) {
    if (!initializing) checkFieldStore(object, field, value, loc);
    return;
  }
  if (!m_.layout.hasField(field)) {
    m_.error("internal: field without layout: " + field->qualifiedName());
    return;
  }
  uint32_t offset = m_.layout.fieldOffset(field);
  if (field->isLate && field->isFinal && !initializing) {
    llvm::Value* current = loadField(object, offset, Rep::Value);
    llvm::BasicBlock* twice = newBlock("late.twice");
    llvm::BasicBlock* ok = newBlock("late.first");
    b_.CreateCondBr(b_.CreateICmpEQ(current, m_.lateSentinel()), ok, twice, llvm::MDBuilder(m_.llvm).createBranchWeights(1000, 1));
    b_.SetInsertPoint(twice);
    throwLateError("Field '" + std::string(field->name) + "' has already been initialized.", loc);
    b_.SetInsertPoint(ok);
  }
  if (!initializing) checkFieldStore(object, field, value, loc);
  storeField(object, offset, convert(value, fieldRep(field)));
}

void FunctionLowering::lowerLateFieldInitializer(const Field* field) {
  // `ptr init(ptr this)`: evaluates the initializer, stores it, returns it. A late final field
  // that got a value while its initializer ran is an error (Dart: "has been assigned during
  // initialization").
  this_ = {fn_->getArg(0), Rep::Value};
  enterScope(field);
  TypedValue v = lower(field->initializer);
  llvm::Value* word = toValueWord(v);
  uint32_t offset = m_.layout.fieldOffset(field);
  if (field->isFinal) {
    llvm::Value* current = loadField(this_.value, offset, Rep::Value);
    llvm::BasicBlock* twice = newBlock("late.assigned");
    llvm::BasicBlock* ok = newBlock("late.store");
    b_.CreateCondBr(b_.CreateICmpEQ(current, m_.lateSentinel()), ok, twice);
    b_.SetInsertPoint(twice);
    throwLateError("Field '" + std::string(field->name) + "' has been assigned during initialization.", field->loc);
    b_.SetInsertPoint(ok);
  }
  storeField(this_.value, offset, {word, Rep::Value});
  b_.CreateRet(word);
}

}  // namespace dartc::codegen
