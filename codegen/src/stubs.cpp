// Dispatch-table entry stubs. Every implementation of a selector is called through one shared
// LLVM signature (the selector's table shape); a stub adapts it to the implementation's own
// direct signature: unboxes the receiver of int/double/bool methods, substitutes default values
// for optional arguments that were not passed, and converts the result.
#include <llvm/IR/Constants.h>

#include "dartrt/abi.h"
#include "function_lowering.h"

namespace dartc::codegen {

using namespace kernel;

void FunctionLowering::lowerTableStub(const dispatch::TableEntry& entry, const Module::TableShape& shape) {
  startFunction();
  plan_ = m_.contextPlan(entry.member);
  auto arg = fn_->arg_begin();
  TypedValue receiver{&*arg++, Rep::Value};
  llvm::Value* incomingTypeArgs = shape.typeArgs ? &*arg++ : nullptr;
  std::vector<llvm::Value*> incoming;
  for (; arg != fn_->arg_end(); ++arg) incoming.push_back(&*arg);
  auto finish = [&](TypedValue r) {
    if (shape.result == Rep::Void) b_.CreateRetVoid();
    else b_.CreateRet(convert(r, shape.result).value);
  };
  switch (entry.kind) {
    case dispatch::EntryKind::FieldGet:
    case dispatch::EntryKind::FieldSet: {
      auto* field = static_cast<const Field*>(entry.member);
      if (entry.kind == dispatch::EntryKind::FieldGet && !m_.facts.isFieldStored(field)) {
        // No receiver that reads this field ever reaches the entry (type-flow analysis).
        emitTrap();
        b_.CreateUnreachable();
        return;
      }
      if (entry.kind == dispatch::EntryKind::FieldGet) {
        finish(readInstanceField(receiver.value, field, field->loc));
      } else {
        writeInstanceField(receiver.value, field, {incoming[0], shape.params[0]}, field->loc);
        b_.CreateRetVoid();
      }
      return;
    }
    case dispatch::EntryKind::Call: {
      auto* proc = static_cast<const Procedure*>(entry.member);
      Signature sig = m_.signatureOf(proc);
      const FunctionNode* fn = proc->function;
      std::vector<llvm::Value*> values{convert(receiver, sig.receiver).value};
      if (sig.hasTypeArgs) values.push_back(incomingTypeArgs ? incomingTypeArgs : m_.boundsTypeArgs(fn->typeParams));
      size_t index = 0;
      auto param = [&](const Variable* p, llvm::Value* passed, Rep passedRep, bool optional) {
        Rep want = sig.params[index++];
        if (!passed) {
          values.push_back(convert(p->initializer ? lower(p->initializer)
                                                  : TypedValue{llvm::ConstantPointerNull::get(m_.ptr), Rep::Value},
                                   want)
                               .value);
          return;
        }
        if (!optional || passedRep != Rep::Value) {
          values.push_back(convert({passed, passedRep}, want).value);
          return;
        }
        // An optional parameter: the sentinel means "not passed", so the default applies.
        llvm::Value* missing = b_.CreateICmpEQ(passed, m_.missingArgument());
        llvm::BasicBlock* from = b_.GetInsertBlock();
        llvm::BasicBlock* useDefault = newBlock("arg.default");
        llvm::BasicBlock* usePassed = newBlock("arg.passed");
        llvm::BasicBlock* done = newBlock("arg.done");
        (void)from;
        b_.CreateCondBr(missing, useDefault, usePassed);
        b_.SetInsertPoint(useDefault);
        TypedValue d = p->initializer ? lower(p->initializer) : TypedValue{llvm::ConstantPointerNull::get(m_.ptr), Rep::Value};
        llvm::Value* dv = convert(d, want).value;
        llvm::BasicBlock* defaultEnd = b_.GetInsertBlock();
        b_.CreateBr(done);
        b_.SetInsertPoint(usePassed);
        llvm::Value* pv = convert({passed, passedRep}, want).value;
        llvm::BasicBlock* passedEnd = b_.GetInsertBlock();
        b_.CreateBr(done);
        b_.SetInsertPoint(done);
        llvm::PHINode* phi = b_.CreatePHI(m_.typeOf(want), 2);
        phi->addIncoming(dv, defaultEnd);
        phi->addIncoming(pv, passedEnd);
        values.push_back(phi);
      };
      for (size_t i = 0; i < fn->positional.size(); ++i) {
        bool optional = i >= fn->requiredPositionalCount;
        llvm::Value* passed = i < shape.positional ? incoming[i] : nullptr;
        param(fn->positional[i], passed, i < shape.positional ? shape.params[i] : Rep::Value, optional);
      }
      for (const Variable* v : fn->named) {
        llvm::Value* passed = nullptr;
        for (size_t k = 0; k < shape.named.size(); ++k) {
          if (shape.named[k] == v->name) passed = incoming[shape.positional + k];
        }
        param(v, passed, Rep::Value, true);
      }
      llvm::Value* r = b_.CreateCall(m_.directFunction(proc), values);
      finish(sig.result == Rep::Void ? TypedValue{nullptr, Rep::Void} : TypedValue{r, sig.result});
      return;
    }
    case dispatch::EntryKind::TearOff: {
      auto* proc = static_cast<const Procedure*>(entry.member);
      const Module::ClosureEntries& entries = m_.closureEntries(proc->function, proc, Module::ClosureKind::InstanceTearOff);
      finish({makeClosure(entries, receiver.value), Rep::Value});
      return;
    }
    case dispatch::EntryKind::GetterThenCall: {
      // A getter (or field) called like a method: read it, then call the value with the
      // arguments the table passed (missing optional ones are simply not passed on).
      TypedValue value;
      if (entry.member->memberKind == MemberKind::Field) {
        auto* field = static_cast<const Field*>(entry.member);
        if (!m_.facts.isFieldStored(field)) {
          emitTrap();  // never read by any receiver that reaches the entry
          b_.CreateUnreachable();
          return;
        }
        value = readInstanceField(receiver.value, field, field->loc);
      } else {
        auto* proc = static_cast<const Procedure*>(entry.member);
        Signature sig = m_.signatureOf(proc);
        value = {b_.CreateCall(m_.directFunction(proc), {convert(receiver, sig.receiver).value}), sig.result};
      }
      // The arguments go to the value's dynamic entry in arrays; the ones that were not passed
      // (the sentinel) are left out, so the callee applies its own defaults.
      llvm::Value* closure = toValueWord(value);
      auto lengthSlot = [&](llvm::Value* a) { return b_.CreateConstInBoundsGEP1_64(m_.i8, a, offsetof(DartArray, length)); };
      auto slotAt = [&](llvm::Value* a, llvm::Value* i) {
        return b_.CreateInBoundsGEP(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, a, sizeof(DartArray)), i);
      };
      auto newArray = [&](size_t capacity) {
        uint64_t size = sizeof(DartArray) + 8 * capacity;
        return allocateObject(size, dart_make_header(m_.arrayCid(), dart_align_size(size)));
      };
      // Boxing may allocate: the words are ready before the array exists, so it is young when
      // they are stored and needs no write barrier.
      std::vector<llvm::Value*> words;
      for (size_t i = 0; i < shape.positional; ++i) words.push_back(toValueWord({incoming[i], shape.params[i]}));
      llvm::Value* pos = newArray(shape.positional);
      llvm::Value* count = llvm::ConstantInt::get(m_.i64, 0);
      for (size_t i = 0; i < shape.positional; ++i) {
        llvm::Value* w = words[i];
        llvm::Value* present = b_.CreateICmpNE(w, m_.missingArgument());
        b_.CreateStore(b_.CreateSelect(present, w, llvm::ConstantPointerNull::get(m_.ptr)), slotAt(pos, count));
        count = b_.CreateAdd(count, b_.CreateZExt(present, m_.i64));
      }
      b_.CreateStore(count, lengthSlot(pos));
      llvm::Value* named = newArray(2 * shape.named.size());
      llvm::Value* used = llvm::ConstantInt::get(m_.i64, 0);
      for (size_t k = 0; k < shape.named.size(); ++k) {
        llvm::Value* w = incoming[shape.positional + k];
        llvm::Value* present = b_.CreateICmpNE(w, m_.missingArgument());
        llvm::Value* name = m_.stringLiteral(std::string(shape.named[k]));
        b_.CreateStore(b_.CreateSelect(present, name, llvm::ConstantPointerNull::get(m_.ptr)), slotAt(named, used));
        b_.CreateStore(b_.CreateSelect(present, w, llvm::ConstantPointerNull::get(m_.ptr)),
                       slotAt(named, b_.CreateAdd(used, llvm::ConstantInt::get(m_.i64, 1))));
        used = b_.CreateAdd(used, b_.CreateShl(b_.CreateZExt(present, m_.i64), 1));
      }
      b_.CreateStore(used, lengthSlot(named));
      llvm::Value* info = b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, closure, offsetof(DartClosure, function)));
      llvm::Value* dyn = b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, info, 8));
      finish({b_.CreateCall(llvm::FunctionCallee(m_.dynamicEntryType(), dyn), {closure, pos, named}), Rep::Value});
      return;
    }
  }
}

}  // namespace dartc::codegen
