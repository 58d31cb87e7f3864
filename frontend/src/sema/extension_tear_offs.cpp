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
  auto* args = make<kernel::Arguments>(loc);
  args->types = extTypeArgs;
  args->positional.push_back(get(self, loc));
  kernel::FunctionNode* fn = forwardingFunction(type, target, 1, self, args, true, loc);
  auto* call = make<kernel::StaticInvocation>(loc);
  call->target = p;
  call->arguments = args;
  call->type = type->returnType;
  return forwardingClosure(fn, call, self, loc);
}

}  // namespace dartc::sema
