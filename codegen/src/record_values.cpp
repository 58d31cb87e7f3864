// Records in registers (docs/records.md, "Returned in registers"). A function that type-flow
// analysis proved is only called directly and always returns a fresh record
// (FlowFacts::returnsRecordFields) returns the record's fields as an LLVM struct, each field in
// its static representation (an `int` as i64). Its callers use the struct as it is where the
// record is only read field by field — `f().$1`, a local that destructuring or a switch's record
// patterns read (FlowFacts::holdsRecordFields) — and box it with `_makeRecord<n>` where the record
// is needed as an object, so the object is made at the call site instead of in the callee.
#include <llvm/IR/Constants.h>

#include "dartrt/abi.h"
#include "function_lowering.h"

namespace dartc::codegen {

using namespace kernel;

namespace {

size_t fieldCount(const RecordType* r) { return r->positional.size() + r->named.size(); }

const RecordType* asRecordType(const DartType* t) {
  return t && t->kind == TypeKind::Record && !t->isNullable() ? static_cast<const RecordType*>(t) : nullptr;
}

}  // namespace

bool FunctionLowering::isRecordMaker(const Procedure* p) const {
  const tfa::ImplicitMembers& im = m_.facts.implicit();
  return p && (p == im.makeRecord[1] || p == im.makeRecord[2] || p == im.makeRecord[3]);
}

const FunctionNode* FunctionLowering::fieldsReturningCallee(const Expression* e) const {
  const Member* target = nullptr;
  if (e->kind == ExprKind::StaticInvocation) target = static_cast<const StaticInvocation*>(e)->target;
  else if (e->kind == ExprKind::SuperInvocation) target = static_cast<const SuperInvocation*>(e)->target;
  else if (e->kind == ExprKind::InstanceInvocation) target = m_.facts.singleTarget(static_cast<const InstanceInvocation*>(e)->siteId);
  if (!target || target->memberKind != MemberKind::Procedure) return nullptr;
  const FunctionNode* fn = static_cast<const Procedure*>(target)->function;
  return m_.facts.returnsRecordFields(fn) ? fn : nullptr;
}

const RecordType* FunctionLowering::fieldsSourceType(const Expression* e) const {
  if (e->kind == ExprKind::VariableGet) {
    const Variable* v = static_cast<const VariableGet*>(e)->variable;
    return m_.facts.holdsRecordFields(v) ? asRecordType(v->type) : nullptr;
  }
  if (e->kind == ExprKind::StaticInvocation && isRecordMaker(static_cast<const StaticInvocation*>(e)->target)) {
    return asRecordType(e->type);
  }
  if (const FunctionNode* callee = fieldsReturningCallee(e)) return asRecordType(callee->returnType);
  return nullptr;
}

TypedValue FunctionLowering::recordFieldsAs(TypedValue fields, const RecordType* want) {
  if (fields.record == want) return fields;
  std::vector<Rep> from = m_.recordFieldReps(fields.record);
  std::vector<Rep> to = m_.recordFieldReps(want);
  llvm::Value* out = llvm::UndefValue::get(m_.recordFieldsType(want));
  for (unsigned i = 0; i < to.size() && i < from.size(); ++i) {
    TypedValue field{b_.CreateExtractValue(fields.value, i), from[i]};
    out = b_.CreateInsertValue(out, convert(field, to[i]).value, i);
  }
  return {out, Rep::Record, want};
}

TypedValue FunctionLowering::lowerRecordFields(const Expression* e, const RecordType* want) {
  if (b_.GetInsertBlock()->getTerminator()) startDeadBlock();
  PositionScope position(*this, e->loc);
  std::vector<Rep> reps = m_.recordFieldReps(want);
  switch (e->kind) {
    case ExprKind::Let: {
      auto* l = static_cast<const Let*>(e);
      declareLocal(l->variable);
      return lowerRecordFields(l->body, want);
    }
    case ExprKind::Conditional: {
      auto* c = static_cast<const Conditional*>(e);
      llvm::Value* cond = lowerCondition(c->condition);
      llvm::BasicBlock* thenBB = newBlock("rec.then");
      llvm::BasicBlock* elseBB = newBlock("rec.else");
      llvm::BasicBlock* done = newBlock("rec.done");
      b_.CreateCondBr(cond, thenBB, elseBB);
      std::vector<std::pair<llvm::Value*, llvm::BasicBlock*>> incoming;
      for (auto [block, branch] : {std::pair{thenBB, c->thenExpr}, std::pair{elseBB, c->elseExpr}}) {
        b_.SetInsertPoint(block);
        llvm::Value* v = lowerRecordFields(branch, want).value;
        if (!b_.GetInsertBlock()->getTerminator()) {
          incoming.push_back({v, b_.GetInsertBlock()});
          b_.CreateBr(done);
        }
      }
      b_.SetInsertPoint(done);
      if (incoming.empty()) {
        b_.CreateUnreachable();
        startDeadBlock();
        return {llvm::UndefValue::get(m_.recordFieldsType(want)), Rep::Record, want};
      }
      llvm::PHINode* phi = b_.CreatePHI(m_.recordFieldsType(want), incoming.size());
      for (auto [v, block] : incoming) phi->addIncoming(v, block);
      return {phi, Rep::Record, want};
    }
    case ExprKind::BlockExpr: {
      auto* be = static_cast<const BlockExpr*>(e);
      lower(be->body);
      return lowerRecordFields(be->value, want);
    }
    case ExprKind::VariableGet: {
      const Variable* v = static_cast<const VariableGet*>(e)->variable;
      auto it = recordLocals_.find(v);
      if (it == recordLocals_.end()) break;
      auto* type = static_cast<const RecordType*>(v->type);
      return recordFieldsAs({b_.CreateLoad(m_.recordFieldsType(type), it->second), Rep::Record, type}, want);
    }
    case ExprKind::StaticInvocation: {
      auto* call = static_cast<const StaticInvocation*>(e);
      if (!isRecordMaker(call->target)) break;
      // A literal: its fields in the shape's order after the shape id, evaluated in that order
      // (the frontend bound out-of-order named fields to lets already).
      const auto& args = call->arguments->positional;
      llvm::Value* out = llvm::UndefValue::get(m_.recordFieldsType(want));
      for (unsigned i = 0; i + 1 < args.size() && i < reps.size(); ++i) {
        out = b_.CreateInsertValue(out, convert(lower(args[i + 1]), reps[i]).value, i);
      }
      return {out, Rep::Record, want};
    }
    default: break;
  }
  if (fieldsReturningCallee(e)) {
    TypedValue r = lowerCallKeepingFields(e);
    if (r.rep == Rep::Record) return recordFieldsAs(r, want);
    if (r.rep != Rep::Value) return {llvm::UndefValue::get(m_.recordFieldsType(want)), Rep::Record, want};
    return unpackRecord(r.value, want);
  }
  // Any other record (never a fresh one, record_returns.cpp): read the fields of the object.
  return unpackRecord(toValueWord(lower(e)), want);
}

TypedValue FunctionLowering::unpackRecord(llvm::Value* word, const RecordType* want) {
  // The layout record.dart builds: `_Record._data`, a `_List` of the shape id and the fields.
  llvm::LoadInst* data = b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, word, DART_RECORD_DATA_OFFSET), "rec.data");
  m_.tagOrdinary(data);
  std::vector<Rep> reps = m_.recordFieldReps(want);
  llvm::Value* out = llvm::UndefValue::get(m_.recordFieldsType(want));
  for (unsigned i = 0; i < reps.size(); ++i) {
    llvm::LoadInst* field = b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, data, sizeof(DartArray) + 8 * (i + 1)));
    m_.tagOrdinary(field);
    out = b_.CreateInsertValue(out, convert({field, Rep::Value}, reps[i]).value, i);
  }
  return {out, Rep::Record, want};
}

TypedValue FunctionLowering::boxRecord(TypedValue fields) {
  const RecordType* r = fields.record;
  const Procedure* maker = r && fieldCount(r) <= 3 ? m_.facts.implicit().makeRecord[fieldCount(r)] : nullptr;
  if (!maker) {
    m_.error("internal: a record in registers without its layout or maker");
    return {llvm::ConstantPointerNull::get(m_.ptr), Rep::Value};
  }
  if (!m_.facts.isReachable(maker)) {
    // No record of this size is ever made (type-flow analysis): the fields never arrive here.
    emitTrap();
    return {llvm::ConstantPointerNull::get(m_.ptr), Rep::Value};
  }
  // What the callee's literal would have called: a new `_Record`, as fresh as the callee's.
  Signature sig = m_.signatureOf(maker);
  uint32_t shape = const_cast<TypeStore&>(m_.program.types).recordShapeId(r);
  std::vector<llvm::Value*> args{convert({llvm::ConstantInt::get(m_.i64, shape), Rep::Int}, sig.params[0]).value};
  std::vector<Rep> reps = m_.recordFieldReps(r);
  for (unsigned i = 0; i < reps.size(); ++i) {
    args.push_back(convert({b_.CreateExtractValue(fields.value, i), reps[i]}, sig.params[i + 1]).value);
  }
  return {call(m_.directFunction(maker), args), sig.result};
}

void FunctionLowering::declareLocal(const Variable* v) {
  if (!m_.facts.holdsRecordFields(v) || !asRecordType(v->type)) {
    declareVariable(v, v->initializer ? lower(v->initializer) : TypedValue{});
    return;
  }
  auto* type = static_cast<const RecordType*>(v->type);
  llvm::AllocaInst*& slot = recordLocals_[v];
  if (!slot) slot = allocaBuilder_.CreateAlloca(m_.recordFieldsType(type), nullptr, std::string(v->name));
  // Without an initializer (a switch expression's result), assigned before any read.
  if (v->initializer) b_.CreateStore(lowerRecordFields(v->initializer, type).value, slot);
}

std::optional<TypedValue> FunctionLowering::tryRecordLocalSet(const VariableSet* e) {
  auto it = recordLocals_.find(e->variable);
  if (it == recordLocals_.end()) return std::nullopt;
  auto* type = static_cast<const RecordType*>(e->variable->type);
  TypedValue fields = lowerRecordFields(e->value, type);
  b_.CreateStore(fields.value, it->second);
  return fields;  // boxed only if the assignment's value is used as an object
}

std::optional<TypedValue> FunctionLowering::tryRecordFieldRead(const StaticInvocation* e) {
  const tfa::ImplicitMembers& im = m_.facts.implicit();
  if (!im.recordField) return std::nullopt;
  const StaticInvocation* read = e;
  bool cast = false;
  if (e->target != im.recordField) {
    // `unsafeCast<T>(_recordField(r, i))`, what `r.$1` is lowered to: the field in its own
    // representation (no box of an int or a double between the two calls).
    if (e->target != m_.unsafeCastProcedure() || e->arguments->positional.size() != 1) return std::nullopt;
    const Expression* inner = e->arguments->positional[0];
    if (inner->kind != ExprKind::StaticInvocation || static_cast<const StaticInvocation*>(inner)->target != im.recordField) {
      return std::nullopt;
    }
    read = static_cast<const StaticInvocation*>(inner);
    cast = true;
  }
  const auto& args = read->arguments->positional;
  if (args.size() != 2 || args[1]->kind != ExprKind::IntLiteral) return std::nullopt;
  const RecordType* type = fieldsSourceType(args[0]);
  int64_t index = static_cast<const IntLiteral*>(args[1])->value;
  if (!type || index < 0 || static_cast<size_t>(index) >= fieldCount(type)) return std::nullopt;
  TypedValue fields = lowerRecordFields(args[0], type);
  PositionScope position(*this, e->loc);
  TypedValue field{b_.CreateExtractValue(fields.value, static_cast<unsigned>(index)), m_.recordFieldReps(type)[index]};
  if (!cast) return convert(field, Rep::Value);
  Rep want = m_.repOf(e->type);
  // As for variables: an unboxed value stays unboxed until a user needs a word.
  if (want == Rep::Void || (want == Rep::Value && field.rep != Rep::Value)) return field;
  return convert(field, want);
}

}  // namespace dartc::codegen
