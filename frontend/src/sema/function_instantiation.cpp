// Generic function instantiation: a generic function value used where a non-generic function
// type is expected is instantiated, its type arguments inferred from that type (the language
// specification's "Generic Function Instantiation", with the constraints of inference.md); and
// the explicit form `f<int>`. Both become a kernel Instantiation.
#include "sema/body_checker.h"
#include "sema/inference.h"

namespace dartc::sema {

using kernel::TypeKind;

namespace {

bool hasOptionalParameters(const kernel::FunctionNode* fn) {
  if (fn->requiredPositionalCount != fn->positional.size()) return true;
  for (const kernel::Variable* v : fn->named) {
    if (!v->isRequired) return true;
  }
  return false;
}

}  // namespace

// `o.m<T>` for a generic instance method m: the closure `(params) => #r.m<T>(params)` over the
// evaluated receiver, since closures carry no type arguments of their own (docs/generics.md).
// Like any closure it is equal only to itself, where Dart makes two such instantiations of the
// same method on the same receiver equal (docs/language.md).
Expression* BodyChecker::instantiateInstanceMethod(kernel::InstanceTearOff* tearOff, const std::vector<const DartType*>& typeArgs,
                                                   SourceLoc loc) {
  Procedure* method = tearOff->interfaceTarget;
  if (!method || !method->function || hasOptionalParameters(method->function)) {
    // The closure would have to pass the defaults of the implementation that runs, not the
    // interface's.
    error(loc, "Instantiating a tear-off of the generic method '" + std::string(tearOff->name) +
                   "', which has optional parameters, is not supported yet.");
    return invalid(loc);
  }
  const FunctionType* type = ts().instantiate(static_cast<const FunctionType*>(tearOff->type), typeArgs);
  Variable* receiver = temp(tearOff->receiver, loc);
  auto* args = make<kernel::Arguments>(loc);
  args->types = typeArgs;
  kernel::FunctionNode* fn = forwardingFunction(type, method->function, 0, receiver, args, false, loc);
  auto* call = make<kernel::InstanceInvocation>(loc);
  call->receiver = get(receiver, loc);
  call->name = tearOff->name;
  call->interfaceTarget = method;
  call->arguments = args;
  call->siteId = c_.nextSiteId();
  call->type = type->returnType;
  return forwardingClosure(fn, call, receiver, loc);
}

kernel::FunctionNode* BodyChecker::forwardingFunction(const FunctionType* type, kernel::FunctionNode* declared, size_t skip,
                                                      Variable* captured, kernel::Arguments* args, bool forwardDefaults,
                                                      SourceLoc loc) {
  captured->isCaptured = true;
  auto* fn = make<kernel::FunctionNode>(loc);
  fn->parent = functions_.empty() ? nullptr : functions_.back().function;
  fn->requiredPositionalCount = type->requiredPositionalCount;
  fn->returnType = type->returnType;
  fn->type = type;
  fn->captured.push_back(captured);
  auto parameter = [&](Variable* from, const DartType* t) {
    Variable* v = c_.newVariable(loc, from->name, t);
    v->isRequired = from->isRequired;
    v->owner = fn;
    if (forwardDefaults) c_.forwardedDefaults[v] = from;
    return v;
  };
  for (size_t i = 0; i < type->positional.size(); ++i) {
    Variable* v = parameter(declared->positional[i + skip], type->positional[i]);
    fn->positional.push_back(v);
    args->positional.push_back(get(v, loc));
  }
  for (const kernel::NamedParameterType& n : type->named) {
    for (Variable* from : declared->named) {
      if (from->name != n.name) continue;
      Variable* v = parameter(from, n.type);
      fn->named.push_back(v);
      args->named.push_back({n.name, get(v, loc)});
    }
  }
  return fn;
}

Expression* BodyChecker::forwardingClosure(kernel::FunctionNode* fn, Expression* call, Variable* captured, SourceLoc loc) {
  auto* ret = make<kernel::ReturnStmt>(loc);
  ret->value = call;
  fn->body = ret;
  auto* closure = make<kernel::FunctionExpression>(loc);
  closure->function = fn;
  closure->type = fn->type;
  return let(captured, closure);
}

Expression* BodyChecker::instantiateFunction(Expression* fn, const std::vector<const DartType*>& typeArgs, SourceLoc loc) {
  if (fn->kind == kernel::ExprKind::InstanceTearOff) {
    return instantiateInstanceMethod(static_cast<kernel::InstanceTearOff*>(fn), typeArgs, loc);
  }
  const FunctionType* generic = ts().asFunctionType(fn->type);
  auto* inst = make<kernel::Instantiation>(loc);
  inst->operand = fn;
  inst->typeArgs = typeArgs;
  inst->type = ts().instantiate(generic, typeArgs);
  return inst;
}

Expression* BodyChecker::instantiateForContext(Expression* e, const DartType* context) {
  if (!context || e->type->kind != TypeKind::Function || e->type->isNullable()) return e;
  auto* generic = static_cast<const FunctionType*>(e->type);
  if (generic->typeParams.empty()) return e;
  // A context `F?` asks for an F as well (`list.sort(compare)` with `int Function(E, E)?`).
  const DartType* wanted = types().nonNullable(context);
  if (wanted->kind != TypeKind::Function || !static_cast<const FunctionType*>(wanted)->typeParams.empty()) return e;
  // `(P0, ..., Pk) -> Q <# F` over the function's own type parameters, then the grounded
  // solution (an argument the context leaves open gets its bound, as for calls).
  std::vector<const DartType*> own;
  for (TypeParameter* p : generic->typeParams) own.push_back(types().typeParameter(p));
  Inferrer inf(ts(), generic->typeParams);
  inf.constrainReturn(ts().instantiate(generic, own), wanted);
  std::vector<const DartType*> typeArgs = inf.solve(false);
  if (!checkTypeArgumentsAgainstBounds(generic->typeParams, typeArgs, true, e->loc)) return invalid(e->loc);
  return instantiateFunction(e, typeArgs, e->loc);
}

}  // namespace dartc::sema
