// Stores into exact lists without the covariant check (issue 10; docs/benchmarks.md, "Exact list
// fields"). `piles[pile] = disk` in Towers runs _GrowableList.[]=, whose prologue checks the
// value against the list's type argument: the list could be a List<Never> or a List<int> seen
// through a List<num>. When every growable list the field ever holds was allocated with exactly
// its element type (ExactListFields) and the value's static type is a subtype of it, the check
// always passes: the call goes to an entry of `[]=` lowered without it, as the VM's unchecked
// entry points do. Only the check goes; the index check and the store stay, so errors and their
// order are the VM's.
#include <memory>

#include "exact_list_fields.h"
#include "exact_list_locals.h"
#include "function_lowering.h"
#include "list_field_reads.h"
#include "module.h"
#include "naming.h"

namespace dartc::codegen {

using namespace kernel;

llvm::Function* Module::uncheckedFunction(const Member* member) {
  auto it = uncheckedFunctions_.find(member);
  if (it != uncheckedFunctions_.end()) return it->second;
  Signature sig = signatureOf(member);
  auto* fn = llvm::Function::Create(sig.type, llvm::GlobalValue::InternalLinkage, symbolName(member) + ".unchecked", module);
  uncheckedFunctions_[member] = fn;
  if (prefersInline(member)) fn->addFnAttr(llvm::Attribute::AlwaysInline);
  else if (forbidsInline(member)) fn->addFnAttr(llvm::Attribute::NoInline);
  dartNames[fn] = isInvisibleFrame(member) ? "" : dartName(member);
  functionLibraries[fn] = member->library;
  PendingFunction p;
  p.member = member;
  p.function = member->memberKind == MemberKind::Procedure ? static_cast<const Procedure*>(member)->function : nullptr;
  p.llvmFunction = fn;
  p.skipCovariantChecks = true;
  pending.push_back(p);
  return fn;
}

const ExactListFields& Module::exactListFields() {
  if (!exactListFields_) exactListFields_ = std::make_shared<const ExactListFields>(program);
  return *exactListFields_;
}

const ExactListLocals& Module::exactListLocals() {
  if (!exactListLocals_) exactListLocals_ = std::make_shared<const ExactListLocals>(program, facts, exactListFields());
  return *exactListLocals_;
}

// (list_field_reads.h)
const Expression* throughTemporaries(Module& m, const Expression* e) {
  for (int depth = 0; e->kind == ExprKind::VariableGet && depth < 4; ++depth) {
    const Variable* v = static_cast<const VariableGet*>(e)->variable;
    if (!v || !v->isSynthetic || !v->isFinal || v->isLate || !v->initializer || m.exactListFields().isAssigned(v)) return e;
    e = v->initializer;
  }
  return e;
}

// (list_field_reads.h)
const Field* fieldRead(Module& m, const Expression* receiver, const Expression** read) {
  const Member* target = nullptr;
  *read = receiver;
  if (receiver->kind == ExprKind::InstanceGet) {
    // Type-flow analysis resolved the read to one field (no getter overrides it for any receiver).
    tfa::SiteTarget site = m.facts.siteTarget(static_cast<const InstanceGet*>(receiver)->siteId);
    if (site.kind == tfa::SiteKind::Direct) target = site.target;
  } else if (receiver->kind == ExprKind::StaticGet) {
    target = static_cast<const StaticGet*>(receiver)->target;
  }
  return target && target->memberKind == MemberKind::Field ? static_cast<const Field*>(target) : nullptr;
}

namespace {

// `a[i] = a[j]` with `a` a variable that is never assigned after its declaration: the value was
// just read from the very list it is stored into, so it is an element of that list and passes
// the list's own type argument, whatever that is. (The store goes unchecked only where the
// receiver is a _GrowableList, and then the read ran _GrowableList.[] on the same object.)
bool readFromSameList(Module& m, const Expression* receiver, const Expression* value) {
  receiver = throughTemporaries(m, receiver);
  value = throughTemporaries(m, value);
  if (receiver->kind != ExprKind::VariableGet || value->kind != ExprKind::InstanceInvocation) return false;
  auto* read = static_cast<const InstanceInvocation*>(value);
  if (read->name != "[]" || !read->arguments || read->arguments->positional.size() != 1 || !read->receiver) return false;
  const Expression* from = throughTemporaries(m, read->receiver);
  if (from->kind != ExprKind::VariableGet) return false;
  const Variable* v = static_cast<const VariableGet*>(receiver)->variable;
  return v && v == static_cast<const VariableGet*>(from)->variable && !m.exactListFields().isAssigned(v);
}

bool isGrowableListStore(Module& m, const Member* member) {
  const Class* growable = m.facts.implicit().growableListClass;
  return member && growable && member->enclosingClass == growable && member->name == "[]=" &&
         member->memberKind == MemberKind::Procedure;
}

}  // namespace

bool FunctionLowering::isUncheckedListStore(const tfa::Selector& s, const Expression* receiverExpr, const Arguments* args) {
  if (s.kind != tfa::SelectorKind::Method || s.name != "[]=" || !args || args->positional.size() != 2 || !args->named.empty())
    return false;
  const Expression* value = args->positional[1];
  if (readFromSameList(m_, receiverExpr, value)) return true;
  const Expression* receiver = throughTemporaries(m_, receiverExpr);
  if (receiver->kind == ExprKind::VariableGet) {
    // A local that only ever holds lists allocated with its own element type (exact_list_locals.h).
    const DartType* element = m_.exactListLocals().exactElementType(static_cast<const VariableGet*>(receiver)->variable);
    return element && ExactListFields::alwaysPasses(value->type, element);
  }
  const Expression* read = nullptr;
  const Field* field = fieldRead(m_, receiver, &read);
  if (!field || !m_.exactListFields().isExact(field)) return false;
  if (m_.exactListFields().isSelfTyped(field)) {
    // The list's type argument is the holder's own T?: known only for `this._storage`, whose static
    // type List<X> is then exactly the list's (a `this` has its class's own type arguments).
    if (read->kind != ExprKind::InstanceGet) return false;
    const Expression* holder = static_cast<const InstanceGet*>(read)->receiver;
    if (!holder || holder->kind != ExprKind::This || !read->type || read->type->kind != TypeKind::Interface) return false;
    auto* list = static_cast<const InterfaceType*>(read->type);
    if (list->cls != m_.core().listClass || list->args.size() != 1) return false;
    return ExactListFields::alwaysPasses(value->type, list->args[0]);
  }
  const DartType* element = ExactListFields::elementTypeOf(field, m_.core());
  return ExactListFields::alwaysPasses(value->type, element);
}

bool FunctionLowering::callUncheckedListStore(const Member* entry, llvm::Value* receiver, const std::vector<TypedValue>& positional) {
  if (!isGrowableListStore(m_, entry) || positional.size() != 2) return false;
  Signature sig = m_.signatureOf(entry);
  if (sig.hasTypeArgs || sig.params.size() != 2 || sig.result != Rep::Void) return false;
  std::vector<llvm::Value*> values{convert({receiver, Rep::Value}, sig.receiver).value};
  for (size_t i = 0; i < 2; ++i) values.push_back(convert(positional[i], sig.params[i]).value);
  call(m_.uncheckedFunction(entry), values);
  return true;
}

}  // namespace dartc::codegen
