// Calls: method calls (instance, static, top-level, local, extension, super), calls of function
// values, constructor invocations, argument matching and inference of type arguments.
#include "sema/body_checker.h"
#include "sema/inference.h"

namespace dartc::sema {

using kernel::MemberKind;
using kernel::ProcedureKind;
using kernel::TypeKind;

namespace {

bool isFunctionLiteral(ast::Expr* e) {
  while (e && e->kind == ast::ExprKind::Paren) e = static_cast<ast::ParenExpr*>(e)->inner;
  return e && e->kind == ast::ExprKind::FunctionExpr;
}

// Literals can be evaluated in any order. A name is not one of them: it may call a getter, or
// read a variable that a later argument assigns.
bool isOrderInsensitive(ast::Expr* e) {
  switch (e->kind) {
    case ast::ExprKind::IntLiteral:
    case ast::ExprKind::DoubleLiteral:
    case ast::ExprKind::BoolLiteral:
    case ast::ExprKind::NullLiteral:
    case ast::ExprKind::This:
    case ast::ExprKind::FunctionExpr:
      return true;
    case ast::ExprKind::StringLiteral:
      return static_cast<ast::StringLiteralExpr*>(e)->isSimple();
    default:
      return false;
  }
}

}  // namespace

// --- Arguments -------------------------------------------------------------------------------------------

kernel::Arguments* BodyChecker::checkArguments(const FunctionType* type, const std::vector<ast::TypeNode*>& explicitTypeArgs,
                                               ast::ArgumentList& args, const DartType* context, SourceLoc loc,
                                               const FunctionType** instantiated, Expression* leadingReceiver,
                                               std::string_view calleeName) {
  auto* out = make<kernel::Arguments>(args.loc.valid() ? args.loc : loc);
  // Match arguments to parameters first (by position and name).
  struct Slot {
    ast::Argument* arg;
    const DartType* formal;  // null when unmatched
    Expression* value = nullptr;
  };
  std::vector<Slot> slots;
  size_t positionalIndex = leadingReceiver ? 1 : 0;
  size_t positionalCount = 0;
  std::vector<Name> namedSeen;
  bool bad = false;
  for (ast::Argument& a : args.args) {
    const DartType* formal = nullptr;
    if (a.name.empty()) {
      ++positionalCount;
      if (positionalIndex < type->positional.size()) formal = type->positional[positionalIndex];
      ++positionalIndex;
    } else {
      for (Name n : namedSeen) {
        if (n == a.name) {
          error(a.loc, "The argument for the named parameter '" + std::string(a.name) + "' was already specified.");
          bad = true;
        }
      }
      namedSeen.push_back(a.name);
      for (const auto& n : type->named) {
        if (n.name == a.name) formal = n.type;
      }
      if (!formal) {
        error(a.loc, "The named parameter '" + std::string(a.name) + "' isn't defined.");
        bad = true;
      }
    }
    slots.push_back({&a, formal});
  }
  size_t maxPositional = type->positional.size() - (leadingReceiver ? 1 : 0);
  size_t minPositional = type->requiredPositionalCount - (leadingReceiver ? 1 : 0);
  if (positionalCount > maxPositional) {
    // Like the analyzer: at the first argument that has no parameter.
    SourceLoc at = args.loc.valid() ? args.loc : loc;
    size_t seen = 0;
    for (const ast::Argument& a : args.args) {
      if (!a.name.empty()) continue;
      if (seen++ == maxPositional) {
        at = a.loc;
        break;
      }
    }
    error(at, "Too many positional arguments: " + std::to_string(maxPositional) + " expected, but " +
                  std::to_string(positionalCount) + " found.");
    bad = true;
  } else if (positionalCount < minPositional) {
    // Like the analyzer: at the closing parenthesis.
    SourceLoc at = args.closeLoc.valid() ? args.closeLoc : args.loc.valid() ? args.loc : loc;
    std::string by = calleeName.empty() ? "" : " by '" + std::string(calleeName) + "'";
    std::string expected = minPositional == 1 ? "1 positional argument" : std::to_string(minPositional) + " positional arguments";
    error(at, expected + " expected" + by + ", but " + std::to_string(positionalCount) + " found.");
    bad = true;
  }
  for (const auto& n : type->named) {
    if (!n.isRequired) continue;
    bool given = false;
    for (Name s : namedSeen) given |= s == n.name;
    if (!given) {
      error(args.loc.valid() ? args.loc : loc,
            "The named parameter '" + std::string(n.name) + "' is required, but there's no corresponding argument.");
      bad = true;
    }
  }

  // Type arguments: explicit, or inferred from the arguments and the context.
  const FunctionType* inst = type;
  if (!type->typeParams.empty()) {
    std::vector<const DartType*> typeArgs;
    if (!explicitTypeArgs.empty()) {
      for (ast::TypeNode* t : explicitTypeArgs) typeArgs.push_back(resolveType(t));
      if (typeArgs.size() != type->typeParams.size()) {
        error(loc, "The function expects " + std::to_string(type->typeParams.size()) + " type arguments, but " +
                       std::to_string(typeArgs.size()) + " were given.");
        typeArgs.assign(type->typeParams.size(), types().dynamicType());
      }
      inst = ts().instantiate(type, typeArgs);
      // Recompute formals against the instantiation.
      size_t pi = leadingReceiver ? 1 : 0;
      for (Slot& s : slots) {
        if (s.arg->name.empty()) {
          s.formal = pi < inst->positional.size() ? inst->positional[pi] : nullptr;
          ++pi;
        } else {
          s.formal = nullptr;
          for (const auto& n : inst->named) {
            if (n.name == s.arg->name) s.formal = n.type;
          }
        }
      }
    } else {
      // The spec's phases: downwards from the context (a known solution is fixed from then
      // on), then the arguments; closures last, their parameter types coming from what the
      // other arguments decided (a simplified horizontal inference).
      Inferrer inf(ts(), type->typeParams);
      inf.constrainReturn(type->returnType, context);
      if (leadingReceiver) inf.constrainArgument(leadingReceiver->type, type->positional[0]);
      for (int pass = 0; pass < 2; ++pass) {
        std::vector<const DartType*> partial = inf.solve(true);
        Substitution s = inf.substitution(partial);
        for (Slot& slot : slots) {
          if (isFunctionLiteral(slot.arg->value) != (pass == 1)) continue;
          const DartType* ctx = slot.formal ? ts().substitute(slot.formal, s) : nullptr;
          slot.value = check(slot.arg->value, ctx);
          if (slot.formal) inf.constrainArgument(slot.value->type, slot.formal);
        }
      }
      typeArgs = inf.solve(false);
      inst = ts().instantiate(type, typeArgs);
      Substitution s = inf.substitution(typeArgs);
      for (Slot& slot : slots) {
        if (slot.formal) slot.formal = ts().substitute(slot.formal, s);
      }
    }
    out->types = typeArgs;
    checkTypeArgumentsAgainstBounds(type->typeParams, out->types, explicitTypeArgs.empty(), loc);
  }
  *instantiated = inst;

  // Check the remaining arguments in source order and coerce them to their parameter types.
  for (Slot& s : slots) {
    if (!s.value) s.value = check(s.arg->value, s.formal);
    if (s.formal && !bad) s.value = coerce(s.value, s.formal, s.arg->value->loc, AssignContext::Argument);
  }
  size_t argumentsMark = hoisted_.size();
  if (leadingReceiver) out->positional.push_back(leadingReceiver);
  std::vector<std::pair<ast::Argument*, Expression*>> values;
  for (Slot& s : slots) values.push_back({s.arg, s.value});
  placeInSourceOrder(values, out);
  if (leadingReceiver) out->positional[0] = hoistBeforeArguments(leadingReceiver, argumentsMark);
  return out;
}

std::vector<std::pair<ast::Argument*, Expression*>> BodyChecker::checkUntyped(ast::ArgumentList& args) {
  std::vector<std::pair<ast::Argument*, Expression*>> values;
  for (ast::Argument& a : args.args) values.push_back({&a, check(a.value, nullptr)});
  return values;
}

void BodyChecker::placeInSourceOrder(const std::vector<std::pair<ast::Argument*, Expression*>>& values, kernel::Arguments* out) {
  // Dart evaluates arguments in source order; kernel lists positional before named, so when a
  // named argument is written before a positional one, each argument is evaluated into a
  // temporary, in source order.
  bool reordered = false;
  bool seenNamed = false;
  for (const auto& [arg, value] : values) {
    if (!arg->name.empty()) seenNamed = true;
    else if (seenNamed && !isOrderInsensitive(arg->value)) reordered = true;
  }
  for (const auto& [arg, value] : values) {
    Expression* v = value;
    if (reordered && !isOrderInsensitive(arg->value)) {
      Variable* t = temp(v, v->loc);
      hoisted_.push_back(t);
      v = get(t, v->loc);
    }
    if (arg->name.empty()) out->positional.push_back(v);
    else out->named.push_back({arg->name, v});
  }
}

bool BodyChecker::checkTypeArgumentsAgainstBounds(const std::vector<TypeParameter*>& params,
                                                  const std::vector<const DartType*>& args, bool inferred, SourceLoc loc) {
  Substitution s;
  for (size_t j = 0; j < params.size() && j < args.size(); ++j) s[params[j]] = args[j];
  for (size_t i = 0; i < params.size() && i < args.size(); ++i) {
    const DartType* bound = params[i]->bound;
    if (!bound) continue;
    const DartType* b = ts().substitute(bound, s);
    if (ts().isSubtype(args[i], b) || args[i]->isDynamicLike()) continue;
    std::string name(params[i]->name);
    if (inferred) {
      // The analyzer's wording for a failed inference (on one line).
      error(loc, "Couldn't infer type parameter '" + name + "'. Tried to infer '" + args[i]->toString() + "' for '" + name +
                     "' which doesn't work: type parameter '" + name + "' is declared to extend '" + bound->toString() +
                     "' producing '" + b->toString() + "'.");
    } else {
      error(loc, "'" + args[i]->toString() + "' doesn't conform to the bound '" + b->toString() + "' of the type parameter '" +
                     name + "'.");
    }
    return false;
  }
  return true;
}

Expression* BodyChecker::hoistBeforeArguments(Expression* receiver, size_t mark) {
  if (hoisted_.size() == mark) return receiver;
  switch (receiver->kind) {
    case kernel::ExprKind::This:
    case kernel::ExprKind::ConstantExpr:
    case kernel::ExprKind::IntLiteral:
    case kernel::ExprKind::DoubleLiteral:
    case kernel::ExprKind::BoolLiteral:
    case kernel::ExprKind::NullLiteral:
    case kernel::ExprKind::StringLiteral:
      return receiver;
    default: break;
  }
  Variable* t = temp(receiver, receiver->loc);
  hoisted_.insert(hoisted_.begin() + static_cast<std::ptrdiff_t>(mark), t);
  return get(t, receiver->loc);
}

Expression* BodyChecker::wrapHoisted(Expression* call, size_t mark) {
  while (hoisted_.size() > mark) {
    Variable* v = hoisted_.back();
    hoisted_.pop_back();
    call = let(v, call);
  }
  return call;
}

// --- Extensions ----------------------------------------------------------------------------------------

ExtensionInfo* BodyChecker::findExtension(const DartType* receiverType, Name name, bool setter, SourceLoc loc,
                                          ExtensionMember* found) {
  if (receiverType->isDynamicLike()) return nullptr;
  if (ExtensionInfo* own = extensionTypeMember(receiverType, name, setter, found)) return own;
  ExtensionInfo* best = nullptr;
  const DartType* bestOn = nullptr;
  bool ambiguous = false;
  for (ExtensionInfo* ext : lib_->extensionsInScope) {
    auto it = ext->members.find(name);
    if (it == ext->members.end()) continue;
    if (setter ? !it->second.setter : !it->second.getter) continue;
    if (!ext->onType) continue;
    // Applicability: the receiver matches `on` after inferring the extension's parameters.
    const DartType* on = ext->onType;
    if (!ext->typeParams.empty()) {
      Inferrer inf(ts(), ext->typeParams);
      inf.constrainArgument(receiverType, ext->onType);
      on = ts().substitute(ext->onType, inf.substitution(inf.solve(false)));
    }
    if (!ts().isSubtype(receiverType, on)) continue;
    if (best && std::find(lib_->extensionsInScope.begin(), lib_->extensionsInScope.end(), best) != lib_->extensionsInScope.end() &&
        best == ext) {
      continue;
    }
    if (!best || ts().isSubtype(on, bestOn)) {
      ambiguous = best && !ts().isSubtype(on, bestOn);
      best = ext;
      bestOn = on;
      *found = it->second;
    } else if (!ts().isSubtype(bestOn, on)) {
      ambiguous = true;
    }
  }
  if (ambiguous) {
    error(loc, "A member named '" + std::string(name) + "' is defined in multiple extensions, and none is more specific.");
  }
  return best;
}

Expression* BodyChecker::extensionAccess(Expression* receiver, Name name, bool setter, SourceLoc loc, ExtensionMember* found,
                                         std::vector<const DartType*>* typeArgs) {
  ExtensionInfo* ext = findExtension(receiver->type, name, setter, loc, found);
  if (!ext) return nullptr;
  (void)typeArgs;
  Procedure* p = setter ? found->setter : found->getter;
  if (!p->function) return nullptr;
  if (p->kind != ProcedureKind::Getter) return extensionTearOff(ext, inferExtensionTypeArgs(ext, receiver->type), p, receiver, loc);
  ast::ArgumentList none;
  return extensionMemberCall(ext, inferExtensionTypeArgs(ext, receiver->type), p, receiver, {}, none, nullptr, loc, name);
}

// --- Invocations -----------------------------------------------------------------------------------------

Expression* BodyChecker::instanceInvocation(Expression* receiver, Name name, ast::MethodCallExpr* call,
                                            const DartType* context, SourceLoc loc) {
  const DartType* rt = receiver->type;
  size_t mark = hoisted_.size();
  if (rt->kind == TypeKind::Invalid) {
    for (ast::Argument& a : call->args.args) check(a.value, nullptr);
    return invalid(loc);
  }
  if (rt->isDynamicLike()) {
    auto* d = make<kernel::DynamicInvocation>(loc);
    d->receiver = receiver;
    d->name = name;
    d->arguments = make<kernel::Arguments>(loc);
    for (ast::TypeNode* t : call->typeArgs) d->arguments->types.push_back(resolveType(t));
    placeInSourceOrder(checkUntyped(call->args), d->arguments);
    d->receiver = hoistBeforeArguments(receiver, mark);
    d->siteId = c_.nextSiteId();
    d->type = types().dynamicType();
    return wrapHoisted(d, mark);
  }
  const DartType* bound = types().nonNullable(ts().resolveToBound(rt));
  if ((bound->kind == TypeKind::Function || bound == c_.core().functionType) && name == "call") {
    return invokeValue(receiver, call->typeArgs, call->args, context, loc);
  }
  Class* cls = nullptr;
  if (bound->kind == TypeKind::Interface) cls = static_cast<const InterfaceType*>(bound)->cls;
  else if (bound->kind == TypeKind::Function) cls = c_.core().functionClass;
  else if (bound->kind == TypeKind::Record) cls = c_.core().recordClass;
  else if (bound->kind == TypeKind::Null || bound->kind == TypeKind::Never) cls = c_.core().nullClass;
  Member* member = cls ? c_.lookupInterfaceMember(cls, name, LookupKind::Getter) : nullptr;
  if (!member && isObjectMember(name)) member = c_.lookupInterfaceMember(c_.core().objectClass, name, LookupKind::Getter);
  if (member && name.size() && name[0] == '_' && member->library != lib_->library && !lib_->isSdk) member = nullptr;
  if (member) {
    bool isMethod = member->memberKind == MemberKind::Procedure &&
                    (static_cast<Procedure*>(member)->kind == ProcedureKind::Method ||
                     static_cast<Procedure*>(member)->kind == ProcedureKind::Operator);
    if (!isMethod) {
      // A getter or field holding a function: read it, then call the value.
      Expression* value = instanceGet(receiver, name, loc, true);
      return invokeValue(value, call->typeArgs, call->args, context, loc);
    }
    checkNotNullable(receiver, name, loc, name.size() && !std::isalpha(static_cast<unsigned char>(name[0])) && name[0] != '_' ? "operator" : "method");
    auto* p = static_cast<Procedure*>(member);
    const FunctionType* ft = c_.methodType(p, bound);
    if (!ft) return invalid(loc);
    const FunctionType* inst = nullptr;
    kernel::Arguments* args = checkArguments(ft, call->typeArgs, call->args, context, loc, &inst, nullptr, name);
    auto* ii = make<kernel::InstanceInvocation>(loc);
    ii->receiver = hoistBeforeArguments(receiver, mark);
    ii->name = name;
    ii->interfaceTarget = p;
    ii->arguments = args;
    ii->siteId = c_.nextSiteId();
    ii->type = inst->returnType;
    // int.remainder/clamp and unary minus keep int/double precision like the operators.
    if ((name == "unary-" || name == "abs") && ts().isSubtype(bound, c_.core().numType)) ii->type = bound;
    if ((name == "remainder" && args->positional.size() == 1) || (name == "clamp" && args->positional.size() == 2)) {
      std::vector<const DartType*> argTypes;
      for (Expression* a : args->positional) argTypes.push_back(a->type);
      ii->type = numberOperationType(bound, argTypes, ii->type);
    }
    return wrapHoisted(covarianceChecked(ii, receiver, p, p->function ? p->function->returnType : nullptr), mark);
  }
  ExtensionMember found;
  if (ExtensionInfo* ext = findExtension(rt, name, false, loc, &found)) {
    Procedure* p = found.getter;
    if (p->kind == ProcedureKind::Getter) {
      Expression* value = extensionAccess(receiver, name, false, loc, &found, nullptr);
      return invokeValue(value, call->typeArgs, call->args, context, loc);
    }
    // The extension's type arguments come from the receiver; the method's own are explicit
    // (`e.m<R>()`) or inferred from the arguments.
    return extensionMemberCall(ext, inferExtensionTypeArgs(ext, rt), p, receiver, call->typeArgs, call->args, context, loc, name);
  }
  for (ast::Argument& a : call->args.args) check(a.value, nullptr);
  bool isOperator = !name.empty() && !std::isalpha(static_cast<unsigned char>(name[0])) && name[0] != '_' && name[0] != '$';
  if (isOperator) {
    Name shown = name == "unary-" ? Name("-") : name;
    error(loc, "The operator '" + std::string(shown) + "' isn't defined for the type '" + rt->toString() + "'.");
  } else {
    error(loc, "The method '" + std::string(name) + "' isn't defined for the type '" + rt->toString() + "'.");
  }
  return invalid(loc);
}

Expression* BodyChecker::invokeValue(Expression* callee, const std::vector<ast::TypeNode*>& typeArgs, ast::ArgumentList& args,
                                     const DartType* context, SourceLoc loc) {
  const DartType* t = callee->type;
  size_t mark = hoisted_.size();
  if (t->kind == TypeKind::Invalid) {
    for (ast::Argument& a : args.args) check(a.value, nullptr);
    return invalid(loc);
  }
  const FunctionType* ft = ts().asFunctionType(t);
  if (ft && ts().isPotentiallyNullable(t) && !t->isDynamicLike()) {
    error(loc, "The function can't be unconditionally invoked because it can be 'null'.");
  }
  if (ft) {
    const FunctionType* inst = nullptr;
    kernel::Arguments* a = checkArguments(ft, typeArgs, args, context, loc, &inst);
    if (callee->kind == kernel::ExprKind::VariableGet) {
      // A direct call of a local function declaration.
      Variable* v = static_cast<kernel::VariableGet*>(callee)->variable;
      for (size_t i = scopes_.size(); i-- > 0;) {
        auto f = scopes_[i].localFunctions.find(v->name);
        if (f != scopes_[i].localFunctions.end() && scopes_[i].variables[v->name] == v) {
          auto* lf = make<kernel::LocalFunctionInvocation>(loc);
          lf->variable = v;
          lf->function = f->second;
          lf->arguments = a;
          lf->type = inst->returnType;
          return wrapHoisted(lf, mark);
        }
      }
    }
    auto* fi = make<kernel::FunctionInvocation>(loc);
    fi->callee = hoistBeforeArguments(callee, mark);
    fi->arguments = a;
    fi->functionType = ft;
    fi->siteId = c_.nextSiteId();
    fi->type = inst->returnType;
    return wrapHoisted(fi, mark);
  }
  const DartType* bound = types().nonNullable(ts().resolveToBound(t));
  if (t->isDynamicLike() || bound == c_.core().functionType) {
    auto* fi = make<kernel::FunctionInvocation>(loc);
    fi->arguments = make<kernel::Arguments>(loc);
    for (ast::TypeNode* tn : typeArgs) fi->arguments->types.push_back(resolveType(tn));
    placeInSourceOrder(checkUntyped(args), fi->arguments);
    fi->callee = hoistBeforeArguments(callee, mark);
    fi->siteId = c_.nextSiteId();
    fi->type = types().dynamicType();
    return wrapHoisted(fi, mark);
  }
  // A `call` method, of the class or of an extension, makes the value callable.
  bool hasCall = false;
  if (bound->kind == TypeKind::Interface) {
    Member* call = c_.lookupInterfaceMember(static_cast<const InterfaceType*>(bound)->cls, "call", LookupKind::Getter);
    hasCall = call && call->memberKind == MemberKind::Procedure && static_cast<Procedure*>(call)->kind == ProcedureKind::Method;
  }
  ExtensionMember extensionCall;
  if (hasCall || findExtension(t, "call", false, loc, &extensionCall)) {
    ast::MethodCallExpr m;
    m.loc = loc;
    m.name = "call";
    m.typeArgs = typeArgs;
    m.args = args;
    return instanceInvocation(callee, "call", &m, context, loc);
  }
  for (ast::Argument& a : args.args) check(a.value, nullptr);
  error(loc, "The expression doesn't evaluate to a function, so it can't be invoked.");
  return invalid(loc);
}

Expression* BodyChecker::staticInvocation(Procedure* p, ast::MethodCallExpr* e, const DartType* context) {
  if (!p->function && p->enclosingClass) c_.ensureSignatures(p->enclosingClass);
  if (!p->function) return invalid(e->loc);
  if (p->kind == ProcedureKind::Getter) return invokeValue(staticGet(p, e->loc), e->typeArgs, e->args, context, e->loc);
  if (p->kind == ProcedureKind::Setter) {
    error(e->nameLoc.valid() ? e->nameLoc : e->loc, "The function '" + std::string(e->name) + "' isn't defined.");
    return invalid(e->loc);
  }
  size_t mark = hoisted_.size();
  const FunctionType* inst = nullptr;
  kernel::Arguments* args = checkArguments(p->function->type, e->typeArgs, e->args, context, e->loc, &inst, nullptr, e->name);
  auto* si = make<kernel::StaticInvocation>(e->loc);
  si->target = p;
  si->arguments = args;
  si->type = inst->returnType;
  return wrapHoisted(si, mark);
}

Expression* BodyChecker::checkMethodCall(ast::MethodCallExpr* e, const DartType* context) {
  SourceLoc nameLoc = e->nameLoc.valid() ? e->nameLoc : e->loc;
  if (!e->target) {
    NameRef ref = resolveName(e->name, nameLoc);
    switch (ref.kind) {
      case NameRef::Kind::None:
        for (ast::Argument& a : e->args.args) check(a.value, nullptr);
        error(nameLoc, "The function '" + std::string(e->name) + "' isn't defined.");
        return invalid(e->loc);
      case NameRef::Kind::Local:
      case NameRef::Kind::LocalFunction:
        return invokeValue(readVariable(ref.variable, nameLoc), e->typeArgs, e->args, context, e->loc);
      case NameRef::Kind::TypeParameter:
        error(nameLoc, "The type parameter '" + std::string(e->name) + "' can't be invoked.");
        return invalid(e->loc);
      case NameRef::Kind::ThisMember: {
        if (isStaticContext_ || (inConstructorInitializer_ && !inLateInitializer_)) {
          error(nameLoc, isStaticContext_ ? "Instance members can't be accessed from a static method."
                                          : "The instance member '" + std::string(e->name) + "' can't be accessed in an initializer.");
          for (ast::Argument& a : e->args.args) check(a.value, nullptr);
          return invalid(e->loc);
        }
        return instanceInvocation(implicitThis(e->loc), e->name, e, context, nameLoc);
      }
      case NameRef::Kind::ThisExtension:
        return instanceInvocation(implicitThis(e->loc), e->name, e, context, nameLoc);
      case NameRef::Kind::ExtensionMember:
        if (isStaticContext_) {
          error(nameLoc, "Instance members can't be accessed from a static method.");
          return invalid(e->loc);
        }
        return instanceInvocation(get(extensionThis_, e->loc), e->name, e, context, nameLoc);
      case NameRef::Kind::StaticMember:
        if (ref.getter && ref.getter->memberKind == MemberKind::Procedure) {
          return staticInvocation(static_cast<Procedure*>(ref.getter), e, context);
        }
        if (ref.getter) return invokeValue(staticGet(ref.getter, nameLoc), e->typeArgs, e->args, context, e->loc);
        error(nameLoc, "The method '" + std::string(e->name) + "' isn't defined.");
        return invalid(e->loc);
      case NameRef::Kind::TopLevel: {
        const TopBinding& b = ref.top;
        if (b.cls) return constructorCall(b.cls, nullptr, Name(), e->args, false, context, e->loc, nameLoc, e->typeArgs);
        if (b.typedefInfo) {
          if (Expression* call = aliasedConstructorCall(b.typedefInfo, e->typeArgs, Name(), e->args, context, e->loc, nameLoc)) {
            return call;
          }
        }
        if (b.getter && b.getter->memberKind == MemberKind::Procedure) {
          return staticInvocation(static_cast<Procedure*>(b.getter), e, context);
        }
        if (b.getter) return invokeValue(staticGet(b.getter, nameLoc), e->typeArgs, e->args, context, e->loc);
        if (b.extension) {
          for (ast::Argument& a : e->args.args) check(a.value, nullptr);
          error(e->loc, "An extension override can only be used to access instance members.");
          return invalid(e->loc);
        }
        error(nameLoc, "The function '" + std::string(e->name) + "' isn't defined.");
        return invalid(e->loc);
      }
    }
  }
  // `prefix.f()`, `prefix.C()`, `C.m()`, `C.named()`, `Ext.m()`, `p.C.named()`, `super.m()`.
  ast::Expr* target = e->target;
  if (target->kind == ast::ExprKind::Super) {
    if (!cls_ || isStaticContext_) {
      error(target->loc, "Can't use 'super' outside of an instance member.");
      return invalid(e->loc);
    }
    Member* m = cls_->isMixinDeclaration ? c_.lookupInterfaceMember(cls_->supertype ? cls_->supertype->cls : cls_, e->name, LookupKind::Getter)
                                         : c_.lookupConcreteMember(cls_, e->name, LookupKind::Getter, true);
    if (!m || m->memberKind != MemberKind::Procedure || static_cast<Procedure*>(m)->kind != ProcedureKind::Method) {
      if (m) {
        auto* g = make<kernel::SuperGet>(e->loc);
        g->target = m;
        g->type = c_.getterType(m, cls_->thisType);
        return invokeValue(g, e->typeArgs, e->args, context, e->loc);
      }
      error(nameLoc, "The method '" + std::string(e->name) + "' isn't defined in a superclass of '" + std::string(cls_->name) + "'.");
      return invalid(e->loc);
    }
    auto* p = static_cast<Procedure*>(m);
    const FunctionType* ft = c_.methodType(p, cls_->thisType);
    const FunctionType* inst = nullptr;
    size_t mark = hoisted_.size();
    kernel::Arguments* args = checkArguments(ft, e->typeArgs, e->args, context, e->loc, &inst, nullptr, e->name);
    auto* si = make<kernel::SuperInvocation>(e->loc);
    si->target = p;
    si->arguments = args;
    si->type = inst->returnType;
    return wrapHoisted(si, mark);
  }
  // Resolve `X` or `prefix.X` to a declaration when possible.
  TopBinding targetBinding;
  bool targetIsDeclaration = false;
  if (target->kind == ast::ExprKind::Identifier) {
    Name n = static_cast<ast::IdentifierExpr*>(target)->name;
    NameRef ref = resolveName(n, target->loc);
    if (ref.kind == NameRef::Kind::TopLevel && ref.top.empty() && lib_->prefixes.count(n)) {
      const Namespace* ns = c_.lookupPrefix(lib_, n);
      auto it = ns->find(e->name);
      if (it == ns->end()) {
        error(nameLoc, "The function '" + std::string(e->name) + "' isn't defined.");
        for (ast::Argument& a : e->args.args) check(a.value, nullptr);
        return invalid(e->loc);
      }
      const TopBinding& b = it->second;
      if (b.cls) return constructorCall(b.cls, nullptr, Name(), e->args, false, context, e->loc, nameLoc, e->typeArgs);
      if (b.typedefInfo) {
        if (Expression* call = aliasedConstructorCall(b.typedefInfo, e->typeArgs, Name(), e->args, context, e->loc, nameLoc)) {
          return call;
        }
      }
      if (b.getter && b.getter->memberKind == MemberKind::Procedure) return staticInvocation(static_cast<Procedure*>(b.getter), e, context);
      if (b.getter) return invokeValue(staticGet(b.getter, nameLoc), e->typeArgs, e->args, context, e->loc);
      error(nameLoc, "The function '" + std::string(e->name) + "' isn't defined.");
      return invalid(e->loc);
    }
    if (ref.kind == NameRef::Kind::TopLevel && (ref.top.cls || ref.top.typedefInfo || ref.top.extension)) {
      targetBinding = ref.top;
      targetIsDeclaration = true;
    }
  } else if (target->kind == ast::ExprKind::PropertyAccess) {
    auto* pa = static_cast<ast::PropertyAccessExpr*>(target);
    if (pa->target->kind == ast::ExprKind::Identifier && !pa->nullAware) {
      Name prefix = static_cast<ast::IdentifierExpr*>(pa->target)->name;
      if (resolveName(prefix, pa->target->loc).top.empty() && lib_->prefixes.count(prefix)) {
        const Namespace* ns = c_.lookupPrefix(lib_, prefix);
        auto it = ns->find(pa->name);
        if (it != ns->end() && (it->second.cls || it->second.typedefInfo || it->second.extension)) {
          targetBinding = it->second;
          targetIsDeclaration = true;
        }
      }
    }
  }
  if (targetIsDeclaration) {
    Class* cls = targetBinding.cls;
    if (targetBinding.typedefInfo) cls = classOfAlias(targetBinding.typedefInfo, target->loc);
    if (targetBinding.extension) {
      ExtensionInfo* ext = targetBinding.extension;
      auto it = ext->staticMembers.find(e->name);
      if (it != ext->staticMembers.end() && it->second.getter) return staticInvocation(it->second.getter, e, context);
      if (it != ext->staticMembers.end() && it->second.field) {
        return invokeValue(staticGet(it->second.field, nameLoc), e->typeArgs, e->args, context, e->loc);
      }
      error(nameLoc, "The method '" + std::string(e->name) + "' isn't defined for the extension '" + std::string(ext->name) + "'.");
      return invalid(e->loc);
    }
    if (ExtensionInfo* et = cls ? c_.extensionTypeOf(cls) : nullptr) {
      // An extension type's static members; otherwise one of its constructors (below).
      auto it = et->staticMembers.find(e->name);
      if (it != et->staticMembers.end() && it->second.getter) return staticInvocation(it->second.getter, e, context);
      if (it != et->staticMembers.end() && it->second.field) {
        return invokeValue(staticGet(it->second.field, nameLoc), e->typeArgs, e->args, context, e->loc);
      }
    }
    if (cls) {
      Member* m = c_.lookupStaticMember(cls, e->name, LookupKind::Getter);
      if (m && m->memberKind == MemberKind::Procedure) return staticInvocation(static_cast<Procedure*>(m), e, context);
      if (m) return invokeValue(staticGet(m, nameLoc), e->typeArgs, e->args, context, e->loc);
      if (!c_.lookupConstructor(cls, e->name) && !(c_.hasInfo(cls) && c_.infoOf(cls)->factories.count(e->name)) &&
          c_.lookupInterfaceMember(cls, e->name, LookupKind::Getter)) {
        error(nameLoc, "Instance member '" + std::string(e->name) + "' can't be accessed using static access.");
        for (ast::Argument& a : e->args.args) check(a.value, nullptr);
        return invalid(e->loc);
      }
      Name ctorName = e->name == "new" ? Name{} : e->name;  // `C.new(...)` is the unnamed constructor
      if (targetBinding.typedefInfo) {
        return aliasedConstructorCall(targetBinding.typedefInfo, e->typeArgs, ctorName, e->args, context, e->loc, nameLoc);
      }
      return constructorCall(cls, nullptr, ctorName, e->args, false, context, e->loc, nameLoc, e->typeArgs);
    }
  }
  if (appliedExtension(target)) {
    auto app = checkExtensionApplication(target, e->nullAware);
    if (!app) return invalid(e->loc);
    return extensionApplicationCall(*app, e->name, e->typeArgs, e->args, context, nameLoc);
  }
  Expression* receiver = checkSelectorTarget(target);
  if (e->nullAware) {
    return nullAware(receiver, [&](Expression* r) { return instanceInvocation(r, e->name, e, context, nameLoc); });
  }
  return instanceInvocation(receiver, e->name, e, context, nameLoc);
}

Expression* BodyChecker::checkFunctionCall(ast::FunctionCallExpr* e, const DartType* context) {
  if (appliedExtension(e->callee)) {  // `E(x)(args)`: the extension's `call`
    auto app = checkExtensionApplication(e->callee, false);
    if (!app) return invalid(e->loc);
    return extensionApplicationCall(*app, "call", e->typeArgs, e->args, context, e->loc);
  }
  Expression* callee = checkSelectorTarget(e->callee);
  return invokeValue(callee, e->typeArgs, e->args, context, e->loc);
}

Expression* BodyChecker::checkInstanceCreation(ast::InstanceCreationExpr* e, const DartType* context) {
  // `const p.C(...)` parses like `const C.named(...)`: when the first name is an import prefix,
  // it is the prefixed class's unnamed constructor.
  if (e->type->prefix.empty() && e->type->typeArgs.empty() && !e->constructorName.empty() &&
      c_.lookupPrefix(lib_, e->type->name)) {
    e->type->prefix = e->type->name;
    e->type->name = e->constructorName;
    e->constructorName = {};
  }
  const DartType* t = resolveType(e->type);
  if (t->kind == TypeKind::Invalid) {
    for (ast::Argument& a : e->args.args) check(a.value, nullptr);
    return invalid(e->loc);
  }
  if (t->kind != TypeKind::Interface) {
    error(e->type->loc, "The name '" + t->toString() + "' isn't a class.");
    return invalid(e->loc);
  }
  auto* it = static_cast<const InterfaceType*>(t);
  const InterfaceType* explicitType = e->type->typeArgs.empty() ? nullptr : it;
  if (TypedefInfo* td = explicitType ? nullptr : typedefNamed(e->type)) {
    AliasedClass target = aliasedClass(td, {}, e->type->loc);
    if (target.failed) {
      for (ast::Argument& a : e->args.args) check(a.value, nullptr);
      return invalid(e->loc);
    }
    explicitType = target.type;
  }
  return constructorCall(it->cls, explicitType, e->constructorName, e->args,
                         e->keyword == ast::InstanceCreationExpr::Keyword::Const, context, e->loc, e->type->loc, {});
}

Expression* BodyChecker::constructorCall(Class* cls, const InterfaceType* explicitType, Name ctorName, ast::ArgumentList& args,
                                         bool isConst, const DartType* context, SourceLoc loc, SourceLoc nameLoc,
                                         const std::vector<ast::TypeNode*>& typeArgNodes) {
  c_.ensureSignatures(cls);
  ClassInfo* info = c_.infoOf(cls);
  if (!explicitType && !typeArgNodes.empty()) {
    std::vector<const DartType*> targs;
    for (ast::TypeNode* tn : typeArgNodes) targs.push_back(resolveType(tn));
    if (targs.size() != cls->typeParams.size()) {
      error(nameLoc, "The type '" + std::string(cls->name) + "' is declared with " + std::to_string(cls->typeParams.size()) +
                         " type parameters, but " + std::to_string(targs.size()) + " type arguments were given.");
    } else if (checkTypeArgumentBounds(cls, targs, typeArgNodes, nameLoc)) {
      explicitType = types().interface(cls, targs);
    } else {
      for (ast::Argument& a : args.args) check(a.value, nullptr);
      return invalid(loc);
    }
  }
  if (cls->isEnum) {
    error(loc, "Enums can't be instantiated.");
    return invalid(loc);
  }
  Constructor* k = nullptr;
  auto kc = info->constructors.find(ctorName);
  if (kc != info->constructors.end()) k = kc->second;
  Procedure* factory = nullptr;
  auto fc = info->factories.find(ctorName);
  if (fc != info->factories.end()) factory = fc->second;
  if (!k && !factory) {
    for (ast::Argument& a : args.args) check(a.value, nullptr);
    if (ctorName.empty()) error(nameLoc, "The class '" + std::string(cls->name) + "' doesn't have an unnamed constructor.");
    else error(nameLoc, "The class '" + std::string(cls->name) + "' doesn't have a constructor named '" + std::string(ctorName) + "'.");
    return invalid(loc);
  }
  if (k && cls->isAbstract) {
    for (ast::Argument& a : args.args) check(a.value, nullptr);
    error(loc, "Abstract classes can't be instantiated.");
    return invalid(loc);
  }
  if (isConst && k && !k->isConst) {
    error(loc, "The constructor being called isn't a const constructor.");
  }
  if (isConst && !k && !factory->isConst && !c_.isEnvironmentConstructor(factory) &&
      !c_.extensionTypeOfConstructor(factory)) {
    error(loc, "The constructor being called isn't a const constructor.");
  }
  kernel::FunctionNode* fn = k ? k->function : factory->function;
  if (!fn) return invalid(loc);
  // The constructor's signature as a generic function over the class's type parameters.
  const FunctionType* fnType = fn->type;
  if (c_.extensionTypeOf(cls) && !fnType->typeParams.empty()) {
    // An extension type's constructors are generic functions over their own type parameters.
    std::vector<const DartType*> own;
    for (TypeParameter* p : cls->typeParams) own.push_back(types().typeParameter(p));
    fnType = ts().instantiate(fnType, own);
  }
  std::vector<const DartType*> positional = fnType->positional;
  const FunctionType* sig = types().function(explicitType ? std::vector<TypeParameter*>{} : cls->typeParams,
                                             positional, fn->requiredPositionalCount, fnType->named, cls->thisType);
  if (explicitType) sig = static_cast<const FunctionType*>(ts().substitute(sig, ts().substitutionFor(explicitType)));
  const FunctionType* inst = nullptr;
  size_t mark = hoisted_.size();
  kernel::Arguments* a = checkArguments(sig, {}, args, context, loc, &inst, nullptr,
                                        ctorName.empty() ? std::string(cls->name) + ".new" : std::string(ctorName));
  const InterfaceType* constructed = explicitType ? explicitType : static_cast<const InterfaceType*>(inst->returnType);
  if (!explicitType && cls->typeParams.empty()) constructed = types().interface(cls);
  a->types = constructed->args;
  Expression* result;
  if (k) {
    auto* ci = make<kernel::ConstructorInvocation>(loc);
    ci->target = k;
    ci->arguments = a;
    ci->constructedType = constructed;
    ci->type = constructed;
    result = ci;
  } else {
    auto* si = make<kernel::StaticInvocation>(loc);
    si->target = factory;
    si->arguments = a;
    si->type = constructed;
    result = si;
  }
  result = wrapHoisted(result, mark);
  if (isConst && !k && c_.extensionTypeOfConstructor(factory)) {
    kernel::Constant* value = c_.evaluateConstant(result, true);  // a const extension type
    if (!value) return invalid(loc);
    auto* ce = make<kernel::ConstantExpr>(loc);
    ce->constant = value;
    ce->type = constructed;
    return ce;
  }
  if (isConst && ((k && k->isConst) || (!k && (factory->isConst || c_.isEnvironmentConstructor(factory))))) {
    kernel::Constant* value = c_.evaluateConstant(result, true);
    if (!value) return invalid(loc);
    auto* ce = make<kernel::ConstantExpr>(loc);
    ce->constant = value;
    ce->type = constructed;
    return ce;
  }
  return result;
}

}  // namespace dartc::sema
