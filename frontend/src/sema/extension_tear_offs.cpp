// Tear-offs of extension methods (`list.firstOr` for `extension on List<int> { int firstOr(...) }`,
// also `Ext(o).m`): the language specification's "Extension method tear-offs" makes them the
// closure `(params) => Ext|m<extTypeArgs>(o, params)` over the receiver, evaluated once at the
// tear-off. Extension members are resolved statically, so the closure calls the one
// implementation and passes its own defaults (forwarded: the member's defaults are checked with
// its body, which may come later). A generic extension method gives a generic closure, which
// an expected non-generic function type instantiates like any generic closure value.
#include "sema/body_checker.h"

namespace dartc::sema {

Expression* BodyChecker::extensionTearOff(ExtensionInfo* ext, const std::vector<const DartType*>& extTypeArgs, Procedure* p,
                                          Expression* receiver, SourceLoc loc) {
  // The signature without `this`; a generic method's closure is generic over fresh copies of
  // its own type parameters, and passes them after the extension's.
  const FunctionType* type = extensionMemberSignature(ext, extTypeArgs, p, 1);
  if (!type) return invalid(loc);
  Variable* self = temp(receiver, loc);
  auto* args = make<kernel::Arguments>(loc);
  args->types = extTypeArgs;
  for (TypeParameter* own : type->typeParams) args->types.push_back(types().typeParameter(own));
  args->positional.push_back(get(self, loc));
  kernel::FunctionNode* fn = forwardingFunction(type, p->function, 1, self, args, true, loc);
  fn->typeParams = type->typeParams;
  auto* call = make<kernel::StaticInvocation>(loc);
  call->target = p;
  call->arguments = args;
  call->type = type->returnType;
  return forwardingClosure(fn, call, self, loc);
}

}  // namespace dartc::sema
