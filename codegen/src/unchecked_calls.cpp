// Calls without the callee's covariant parameter checks (issue 10; docs/generics.md, "Unchecked
// entries"). A method whose parameter type mentions a class type parameter (`void append(E
// elem)` in som's Vector<E>) checks its argument in the prologue, because the receiver seen as a
// Vector<AbstractConstraint> may be a Vector<EditConstraint> underneath. When the receiver's type
// arguments are known exactly where the call is made, the argument's static type decides the
// check, and a call that is proven calls an entry of the member lowered without it
// (Module::uncheckedFunction), as the VM's unchecked entry points do for calls through `this`.
//
// A receiver's type arguments are exact when the receiver is
//   - `this`: its arguments are the class's own type parameters, as the caller sees them;
//   - of a non-generic class type D: every subclass or implementation of D has D's superclass
//     instantiations (a class cannot implement two instantiations of one class);
//   - a local or final field that only holds one constructor invocation's object (exact_receivers.h);
//   - a final field of `this` that only holds objects allocated with this object's own type
//     arguments (ExactReceivers::selfTypedTypeOf).
// The callee is the member type-flow analysis resolved the call to; its parameter types are
// instantiated with the receiver's type arguments at the callee's class, and every parameter the
// prologue would check must receive an argument whose static type is a subtype of that. Anything
// unproven (a default value, a generic method, a mixin's copy, a callee in a subclass of the
// receiver's static class) keeps the checked entry.
#include "exact_list_fields.h"
#include "exact_receivers.h"
#include "function_lowering.h"
#include "module.h"

namespace dartc::codegen {

using namespace kernel;

const ExactReceivers& Module::exactReceivers() {
  if (!exactReceivers_) {
    const tfa::ImplicitMembers& im = facts.implicit();
    exactReceivers_ = std::make_shared<const ExactReceivers>(
        program, ExactReceivers::LiteralClasses{im.growableListClass, im.linkedHashMapClass, im.linkedHashSetClass});
  }
  return *exactReceivers_;
}

namespace {

// `t` seen as an instance of `target` (C<...> with t's arguments substituted through the
// supertypes), or null when `target` is not a superclass or superinterface of t's class.
const InterfaceType* asInstanceOf(Module& m, const InterfaceType* t, const Class* target, int depth = 0) {
  if (t->cls == target) return t;
  if (depth > 32) return nullptr;
  std::vector<const InterfaceType*> supers;
  if (t->cls->supertype) supers.push_back(t->cls->supertype);
  supers.insert(supers.end(), t->cls->interfaces.begin(), t->cls->interfaces.end());
  for (const InterfaceType* s : supers) {
    const DartType* sub = m.substitute(s, t->cls->typeParams, t->args);
    if (sub->kind != TypeKind::Interface) continue;
    if (const InterfaceType* r = asInstanceOf(m, static_cast<const InterfaceType*>(sub), target, depth + 1)) return r;
  }
  return nullptr;
}

// Whether a value of static type `value` is always an instance of `target` (both in the caller's
// scope): ExactListFields::alwaysPasses, a promoted type parameter into its own parameter, and an
// interface type into a supertype whose arguments are the same types.
bool provenSubtype(Module& m, const DartType* value, const DartType* target) {
  if (ExactListFields::alwaysPasses(value, target)) return true;
  if (!value || !target) return false;
  if (value->isNullable() && !target->isNullable()) return false;
  if (value->kind == TypeKind::TypeParameter && target->kind == TypeKind::TypeParameter) {
    auto* v = static_cast<const TypeParameterType*>(value);
    auto* t = static_cast<const TypeParameterType*>(target);
    return v->param == t->param && !t->promotedBound;  // T & B is a T
  }
  if (value->kind != TypeKind::Interface || target->kind != TypeKind::Interface) return false;
  auto* to = static_cast<const InterfaceType*>(target);
  const InterfaceType* as = asInstanceOf(m, static_cast<const InterfaceType*>(value), to->cls);
  return as && as->args == to->args;  // (types are interned)
}

// Whether the prologue checks parameter `index` (lower_function.cpp, checkCovariantParameters):
// covariant parameters arriving as value words, and parameters that are covariant or mention a
// class type parameter (any type parameter, to err on the checked side).
bool isCheckedParameter(Module& m, const Signature& sig, const Variable* p, size_t index) {
  bool checked = p->isCovariant || !Module::isClosedType(p->type) ||
                 (index < sig.params.size() && sig.params[index] == Rep::Value && m.repOf(p->type) != Rep::Value);
  return checked && !p->type->isTop();
}

}  // namespace

const InterfaceType* FunctionLowering::exactReceiverType(const Expression* e, int depth) {
  if (!e || depth > 4) return nullptr;
  switch (e->kind) {
    case ExprKind::This: {
      // The class's own type parameters: exactly this object's arguments at that class.
      if (!e->type || e->type->kind != TypeKind::Interface) return nullptr;
      auto* t = static_cast<const InterfaceType*>(e->type);
      return t == t->cls->thisType ? t : nullptr;
    }
    case ExprKind::VariableGet: {
      const Variable* v = static_cast<const VariableGet*>(e)->variable;
      if (const InterfaceType* t = m_.exactReceivers().exactTypeOf(v)) return t;
      // A lowering's final temporary holds its initializer's value (`let t = this in ...`).
      if (v && v->isSynthetic && v->isFinal && !v->isLate && v->initializer && !m_.exactListFields().isAssigned(v)) {
        if (const InterfaceType* t = exactReceiverType(v->initializer, depth + 1)) return t;
      }
      break;
    }
    case ExprKind::InstanceGet: {
      auto* get = static_cast<const InstanceGet*>(e);
      tfa::SiteTarget site = m_.facts.siteTarget(get->siteId);
      if (site.kind == tfa::SiteKind::Direct && site.target && site.target->memberKind == MemberKind::Field) {
        auto* f = static_cast<const Field*>(site.target);
        if (const InterfaceType* t = m_.exactReceivers().exactTypeOf(f)) return t;
        // A self-typed field read through `this`: its type over the field's class's parameters,
        // seen from this class (SomSet's `_items.append(obj)` calls Vector<E>.append with the
        // set's own E, and obj is an E).
        const InterfaceType* self = m_.exactReceivers().selfTypedTypeOf(f);
        const InterfaceType* receiver = self ? exactReceiverType(get->receiver, depth + 1) : nullptr;
        if (receiver && get->receiver->kind == ExprKind::This && f->enclosingClass) {
          const InterfaceType* at = asInstanceOf(m_, receiver, f->enclosingClass);
          if (at && at->args.size() == f->enclosingClass->typeParams.size()) {
            const DartType* t = m_.substitute(self, f->enclosingClass->typeParams, at->args);
            if (t && t->kind == TypeKind::Interface && !t->isNullable()) return static_cast<const InterfaceType*>(t);
          }
        }
      }
      break;
    }
    case ExprKind::StaticGet: {
      const Member* target = static_cast<const StaticGet*>(e)->target;
      if (target && target->memberKind == MemberKind::Field) {
        if (const InterfaceType* t = m_.exactReceivers().exactTypeOf(static_cast<const Field*>(target))) return t;
      }
      break;
    }
    default: break;
  }
  // A non-generic class type: its subclasses all see its superclasses with the same arguments.
  if (e->type && e->type->kind == TypeKind::Interface && !e->type->isNullable()) {
    auto* t = static_cast<const InterfaceType*>(e->type);
    if (t->cls->typeParams.empty()) return t;
  }
  return nullptr;
}

bool FunctionLowering::isUncheckedCall(const Member* target, const Expression* receiverExpr, const Arguments* args) {
  if (!target || target->memberKind != MemberKind::Procedure || !target->enclosingClass || !args) return false;
  auto* proc = static_cast<const Procedure*>(target);
  if (proc->kind != ProcedureKind::Method && proc->kind != ProcedureKind::Operator) return false;
  // (A mixin's copy keeps the mixin's parameter types; a generic method checks its bounds too.)
  if (proc->isExternal || proc->isAbstract || proc->mixedInFrom || !proc->function || !proc->function->body) return false;
  const FunctionNode* fn = proc->function;
  if (!fn->typeParams.empty() || !args->types.empty()) return false;
  Signature sig = m_.signatureOf(target);
  if (sig.hasTypeArgs) return false;
  const InterfaceType* receiver = exactReceiverType(receiverExpr);
  if (!receiver) return false;
  const Class* cls = target->enclosingClass;
  const InterfaceType* at = asInstanceOf(m_, receiver, cls);
  if (!at || at->args.size() != cls->typeParams.size()) return false;
  bool anyChecked = false;
  auto proven = [&](const Variable* p, size_t index, const Expression* arg) {
    if (!isCheckedParameter(m_, sig, p, index)) return true;
    anyChecked = true;
    if (!arg) return false;  // a default value: not worth a proof
    return provenSubtype(m_, arg->type, m_.substitute(p->type, cls->typeParams, at->args));
  };
  size_t index = 0;
  for (const Variable* p : fn->positional) {
    const Expression* arg = index < args->positional.size() ? args->positional[index] : nullptr;
    if (!proven(p, index++, arg)) return false;
  }
  for (const Variable* p : fn->named) {
    const Expression* arg = nullptr;
    for (const NamedArgument& n : args->named) {
      if (n.name == p->name) arg = n.value;
    }
    if (!proven(p, index++, arg)) return false;
  }
  return anyChecked;
}


llvm::Function* FunctionLowering::literalInsertFunction(
    const Member* insert, std::initializer_list<std::pair<const Expression*, const DartType*>> checks) {
  for (const auto& [arg, type] : checks) {
    if (!arg || !provenSubtype(m_, arg->type, type)) return m_.directFunction(insert);
  }
  return m_.uncheckedFunction(insert);
}

bool FunctionLowering::forwardsToUncheckedEntry() {
  if (pending_.isClosure || pending_.skipCovariantChecks || pending_.lazyField || !pending_.member) return false;
  const Member* member = pending_.member;
  if (member->memberKind != MemberKind::Procedure || !member->enclosingClass) return false;
  auto* proc = static_cast<const Procedure*>(member);
  if (proc->kind != ProcedureKind::Method && proc->kind != ProcedureKind::Operator) return false;
  if (proc->isExternal || proc->isAbstract || proc->mixedInFrom || !proc->function || !proc->function->body) return false;
  const FunctionNode* fn = proc->function;
  // (A generic method's own type arguments and a coroutine's frame are not forwarded; parameters
  // captured by closures would get a context here that the unchecked entry allocates again.)
  if (!fn->typeParams.empty() || sig_.hasTypeArgs || sig_.hasContext || fn->asyncMarker != AsyncMarker::Sync ||
      isCoroutine() || plan_->scopeOfNode.count(fn)) {
    return false;
  }
  bool anyChecked = false;
  size_t index = 0;
  for (const Variable* p : fn->positional) anyChecked |= isCheckedParameter(m_, sig_, p, index++);
  for (const Variable* p : fn->named) anyChecked |= isCheckedParameter(m_, sig_, p, index++);
  if (!anyChecked || b_.GetInsertBlock()->getTerminator()) return false;
  llvm::Function* unchecked = m_.uncheckedFunction(member);
  std::vector<llvm::Value*> args;
  for (llvm::Argument& a : fn_->args()) args.push_back(&a);
  // musttail: the checked entry's frame is gone while the body runs (one frame in stack traces,
  // at -O0 too); the signatures are the same.
  llvm::CallInst* call = b_.CreateCall(unchecked, args);
  call->setTailCallKind(llvm::CallInst::TCK_MustTail);
  call->setCallingConv(fn_->getCallingConv());
  // Line 0: the stack traces' line table shows the twin's frame alone (line_table.cpp).
  if (const llvm::DebugLoc& here = b_.getCurrentDebugLocation()) {
    call->setDebugLoc(llvm::DILocation::get(m_.llvm, 0, 0, here->getScope()));
  }
  if (sig_.result == Rep::Void) b_.CreateRetVoid();
  else b_.CreateRet(call);
  exitScope(fn);
  return true;
}

}  // namespace dartc::codegen
