// Extension members: explicit extension applications (`E(e).m()`, `E<int>(e).x = 1`,
// `E(e)?.m()`, `E(e)[i]`, `E(e) + 1`) and calls of extension members with the extension's type
// arguments and the member's own (`e.m<R>()`). An extension member is a static procedure whose
// first parameter is `this` and whose type parameters are the extension's, then its own
// (signatures.cpp), so a call passes both vectors as one and they are reified at run time.
//
// Semantics from the extension methods feature specification (dart-lang/language,
// accepted/2.7/static-extension-methods): an application `E<T>(e)` is inferred like the
// constructor call `E<T>(e)` of `class E<T> { final on $target; E(this.$target); }`; with `?.`
// the receiver is tested for null first and the type arguments are inferred from its
// non-nullable type.
#include "sema/body_checker.h"
#include "sema/inference.h"

namespace dartc::sema {

using kernel::ProcedureKind;

ExtensionInfo* BodyChecker::extensionOf(Procedure* p) const {
  auto it = c_.extensionOfMember.find(p);
  return it == c_.extensionOfMember.end() ? nullptr : it->second;
}

ExtensionInfo* BodyChecker::appliedExtension(ast::Expr* target) {
  if (target->kind != ast::ExprKind::MethodCall) return nullptr;
  auto* call = static_cast<ast::MethodCallExpr*>(target);
  // Resolution errors are reported when the expression is checked; this is only a question.
  c_.suppressErrors++;
  ExtensionInfo* ext = nullptr;
  if (!call->target) {
    NameRef ref = resolveName(call->name, call->nameLoc.valid() ? call->nameLoc : call->loc);
    if (ref.kind == NameRef::Kind::TopLevel) ext = ref.top.extension;
  } else if (call->target->kind == ast::ExprKind::Identifier && !call->nullAware) {
    Name prefix = static_cast<ast::IdentifierExpr*>(call->target)->name;
    NameRef ref = resolveName(prefix, call->target->loc);
    if (ref.kind == NameRef::Kind::TopLevel && ref.top.empty() && lib_->prefixes.count(prefix)) {
      const Namespace* ns = c_.lookupPrefix(lib_, prefix);
      auto it = ns->find(call->name);
      if (it != ns->end()) ext = it->second.extension;
    }
  }
  c_.suppressErrors--;
  return ext;
}

std::vector<const DartType*> BodyChecker::inferExtensionTypeArgs(ExtensionInfo* ext, const DartType* receiverType) {
  if (ext->typeParams.empty()) return {};
  Inferrer inf(ts(), ext->typeParams);
  if (ext->onType) inf.constrainArgument(receiverType, ext->onType);
  return inf.solve(false);
}

std::optional<BodyChecker::ExtensionApplication> BodyChecker::checkExtensionApplication(ast::Expr* target, bool nullAware) {
  auto* call = static_cast<ast::MethodCallExpr*>(target);
  ExtensionApplication app;
  app.ext = appliedExtension(target);
  app.loc = call->loc;
  SourceLoc nameLoc = call->nameLoc.valid() ? call->nameLoc : call->loc;
  ExtensionInfo* ext = app.ext;
  size_t positional = 0, named = 0;
  for (ast::Argument& a : call->args.args) ++(a.name.empty() ? positional : named);
  if (positional != 1 || named != 0) {
    for (ast::Argument& a : call->args.args) check(a.value, nullptr);
    error(call->args.loc.valid() ? call->args.loc : call->loc,
          "Extension overrides must have exactly one argument: the value of 'this' in the extension method.");
    return std::nullopt;
  }
  ast::Expr* argument = call->args.args[0].value;
  // Explicit type arguments, or the context `on` type with unknowns for the argument.
  std::vector<const DartType*> explicitArgs;
  for (ast::TypeNode* t : call->typeArgs) explicitArgs.push_back(resolveType(t));
  if (!explicitArgs.empty() && explicitArgs.size() != ext->typeParams.size()) {
    error(nameLoc, "The extension '" + std::string(ext->name) + "' is declared with " + std::to_string(ext->typeParams.size()) +
                       " type parameters, but " + std::to_string(explicitArgs.size()) + " type arguments were given.");
    check(argument, nullptr);
    return std::nullopt;
  }
  const DartType* on = ext->onType ? ext->onType : types().dynamicType();
  const DartType* argumentContext = on;
  if (!ext->typeParams.empty()) {
    Substitution s;
    if (!explicitArgs.empty()) {
      for (size_t i = 0; i < explicitArgs.size(); ++i) s[ext->typeParams[i]] = explicitArgs[i];
    } else {
      Inferrer inf(ts(), ext->typeParams);
      s = inf.substitution(inf.solve(true));
    }
    argumentContext = ts().substitute(on, s);
  }
  if (nullAware) argumentContext = types().nullable(argumentContext);
  Expression* receiver = check(argument, argumentContext);
  if (receiver->type->kind == kernel::TypeKind::Void) {
    error(argument->loc, "This expression has a type of 'void' so its value can't be used.");
    return std::nullopt;
  }
  if (receiver->type->kind == kernel::TypeKind::Invalid) return std::nullopt;
  if (nullAware) receiver = shortNullAware(receiver);
  app.typeArgs = explicitArgs.empty() ? inferExtensionTypeArgs(ext, receiver->type) : explicitArgs;
  Substitution s;
  for (size_t i = 0; i < app.typeArgs.size(); ++i) s[ext->typeParams[i]] = app.typeArgs[i];
  const DartType* instantiatedOn = ts().substitute(on, s);
  for (size_t i = 0; i < app.typeArgs.size(); ++i) {
    const DartType* bound = ext->typeParams[i]->bound ? ts().substitute(ext->typeParams[i]->bound, s) : nullptr;
    if (bound && !app.typeArgs[i]->isDynamicLike() && !ts().isSubtype(app.typeArgs[i], bound)) {
      error(nameLoc, "'" + app.typeArgs[i]->toString() + "' doesn't conform to the bound '" + bound->toString() +
                         "' of the type parameter '" + std::string(ext->typeParams[i]->name) + "'.");
      return std::nullopt;
    }
  }
  if (!ts().isAssignable(receiver->type, instantiatedOn)) {
    error(argument->loc, "The type of the argument to the extension override '" + receiver->type->toString() +
                             "' isn't assignable to the extended type '" + instantiatedOn->toString() + "'.");
    return std::nullopt;
  }
  app.receiver = coerce(receiver, instantiatedOn, argument->loc, AssignContext::Argument);
  return app;
}

const FunctionType* BodyChecker::extensionMemberSignature(ExtensionInfo* ext, const std::vector<const DartType*>& extTypeArgs,
                                                          Procedure* p, size_t skip) {
  const FunctionType* full = p->function ? p->function->type : nullptr;
  size_t extCount = ext->typeParams.size();
  if (!full || extTypeArgs.size() != extCount || full->typeParams.size() < extCount || full->positional.size() < skip) {
    return nullptr;
  }
  Substitution s;
  for (size_t i = 0; i < extCount; ++i) s[full->typeParams[i]] = extTypeArgs[i];
  std::vector<TypeParameter*> own;
  for (size_t i = extCount; i < full->typeParams.size(); ++i) {
    TypeParameter* fresh = types().newTypeParameter(full->typeParams[i]->name);
    fresh->isFunctionTypeParam = true;
    fresh->index = static_cast<uint32_t>(i - extCount);
    s[full->typeParams[i]] = types().typeParameter(fresh);
    own.push_back(fresh);
  }
  for (size_t i = 0; i < own.size(); ++i) {
    const DartType* bound = full->typeParams[extCount + i]->bound;
    own[i]->bound = bound ? ts().substitute(bound, s) : nullptr;
  }
  std::vector<const DartType*> positional;
  for (size_t i = skip; i < full->positional.size(); ++i) positional.push_back(ts().substitute(full->positional[i], s));
  std::vector<kernel::NamedParameterType> named;
  for (const kernel::NamedParameterType& n : full->named) named.push_back({n.name, ts().substitute(n.type, s), n.isRequired});
  return types().function(own, std::move(positional), full->requiredPositionalCount - skip, std::move(named),
                          ts().substitute(full->returnType, s));
}

Expression* BodyChecker::extensionMemberCall(ExtensionInfo* ext, const std::vector<const DartType*>& extTypeArgs, Procedure* p,
                                             Expression* receiver, const std::vector<ast::TypeNode*>& typeArgs,
                                             ast::ArgumentList& args, const DartType* context, SourceLoc loc, Name name) {
  if (!p->function) return invalid(loc);
  const FunctionType* sig = extensionMemberSignature(ext, extTypeArgs, p, 0);
  if (!sig) return invalid(loc);
  size_t mark = hoisted_.size();
  const FunctionType* inst = nullptr;
  kernel::Arguments* a = checkArguments(sig, typeArgs, args, context, loc, &inst, receiver, name);
  std::vector<const DartType*> all = extTypeArgs;
  all.insert(all.end(), a->types.begin(), a->types.end());
  a->types = all;
  auto* si = make<kernel::StaticInvocation>(loc);
  si->target = p;
  si->arguments = a;
  si->type = inst->returnType;
  return wrapHoisted(si, mark);
}

Expression* BodyChecker::extensionApplicationGet(const ExtensionApplication& app, Name name, SourceLoc loc) {
  auto it = app.ext->members.find(name);
  Procedure* p = it == app.ext->members.end() ? nullptr : it->second.getter;
  if (!p) {
    error(loc, "The getter '" + std::string(name) + "' isn't defined for the extension '" + std::string(app.ext->name) + "'.");
    return invalid(loc);
  }
  if (p->kind != ProcedureKind::Getter) return extensionTearOff(app.ext, app.typeArgs, p, app.receiver, loc);
  ast::ArgumentList none;
  return extensionMemberCall(app.ext, app.typeArgs, p, app.receiver, {}, none, nullptr, loc, name);
}

Expression* BodyChecker::extensionApplicationCall(const ExtensionApplication& app, Name name,
                                                  const std::vector<ast::TypeNode*>& typeArgs, ast::ArgumentList& args,
                                                  const DartType* context, SourceLoc loc) {
  auto it = app.ext->members.find(name);
  Procedure* p = it == app.ext->members.end() ? nullptr : it->second.getter;
  if (!p) {
    for (ast::Argument& a : args.args) check(a.value, nullptr);
    bool isOperator = name == "unary-" ||
                      (!name.empty() && !std::isalpha(static_cast<unsigned char>(name[0])) && name[0] != '_' && name[0] != '$');
    Name shown = name == "unary-" ? Name("-") : name;
    error(loc, std::string(isOperator ? "The operator '" : "The method '") + std::string(shown) + "' isn't defined for the extension '" +
                   std::string(app.ext->name) + "'.");
    return invalid(loc);
  }
  if (p->kind == ProcedureKind::Getter) {
    ast::ArgumentList none;
    Expression* value = extensionMemberCall(app.ext, app.typeArgs, p, app.receiver, {}, none, nullptr, loc, name);
    return invokeValue(value, typeArgs, args, context, loc);
  }
  return extensionMemberCall(app.ext, app.typeArgs, p, app.receiver, typeArgs, args, context, loc, name);
}

}  // namespace dartc::sema
