// Tear-offs of extension methods (`list.firstOr` for `extension on List<int> { int firstOr(...) }`,
// also `Ext(o).m`): the language specification's "Extension method tear-offs" makes them the
// closure `(params) => Ext|m<extTypeArgs>(o, params)` over the receiver, evaluated once at the
// tear-off. Extension members are resolved statically, so the closure calls the one
// implementation and passes its own defaults (forwarded: the member's defaults are checked with
// its body, which may come later). A generic extension method would need a generic closure; it
// stays rejected.
#include "sema/body_checker.h"

namespace dartc::sema {

Expression* BodyChecker::extensionTearOff(ExtensionInfo* ext, const std::vector<const DartType*>& extTypeArgs, Procedure* p,
                                          Expression* receiver, SourceLoc loc) {
  FunctionNode* target = p->function;
  const FunctionType* full = target ? target->type : nullptr;
  size_t extCount = ext->typeParams.size();
  if (!full || extTypeArgs.size() != extCount || full->typeParams.size() < extCount || full->positional.empty()) {
    return invalid(loc);
  }
  if (full->typeParams.size() > extCount) {
    error(loc, "Tear-offs of generic extension methods are not supported yet.");
    return invalid(loc);
  }
  // The signature with the extension's type arguments in place, without `this`.
  Substitution s;
  for (size_t i = 0; i < extCount; ++i) s[full->typeParams[i]] = extTypeArgs[i];
  std::vector<const DartType*> positional;
  for (size_t i = 1; i < full->positional.size(); ++i) positional.push_back(ts().substitute(full->positional[i], s));
  std::vector<kernel::NamedParameterType> named;
  for (const kernel::NamedParameterType& n : full->named) named.push_back({n.name, ts().substitute(n.type, s), n.isRequired});
  const FunctionType* type =
      types().function({}, std::move(positional), full->requiredPositionalCount - 1, std::move(named), ts().substitute(full->returnType, s));

  Variable* self = temp(receiver, loc);
  self->isCaptured = true;
  auto* fn = make<kernel::FunctionNode>(loc);
  fn->parent = functions_.empty() ? nullptr : functions_.back().function;
  fn->requiredPositionalCount = type->requiredPositionalCount;
  fn->returnType = type->returnType;
  fn->type = type;
  fn->captured.push_back(self);
  auto* args = make<kernel::Arguments>(loc);
  args->types = extTypeArgs;
  args->positional.push_back(get(self, loc));
  auto parameter = [&](Variable* declared, const DartType* t) {
    Variable* v = c_.newVariable(loc, declared->name, t);
    v->isRequired = declared->isRequired;
    v->owner = fn;
    c_.forwardedDefaults[v] = declared;
    return v;
  };
  for (size_t i = 0; i < type->positional.size(); ++i) {
    Variable* v = parameter(target->positional[i + 1], type->positional[i]);
    fn->positional.push_back(v);
    args->positional.push_back(get(v, loc));
  }
  for (const kernel::NamedParameterType& n : type->named) {
    for (Variable* declared : target->named) {
      if (declared->name != n.name) continue;
      Variable* v = parameter(declared, n.type);
      fn->named.push_back(v);
      args->named.push_back({n.name, get(v, loc)});
    }
  }
  auto* call = make<kernel::StaticInvocation>(loc);
  call->target = p;
  call->arguments = args;
  call->type = type->returnType;
  auto* ret = make<kernel::ReturnStmt>(loc);
  ret->value = call;
  fn->body = ret;
  auto* closure = make<kernel::FunctionExpression>(loc);
  closure->function = fn;
  closure->type = type;
  return let(self, closure);
}

}  // namespace dartc::sema
