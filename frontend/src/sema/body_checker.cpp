// Bodies of members: entry points for procedures, constructors, factories and field
// initializers; scopes and name resolution; function bodies, closures and capture analysis.
#include "sema/body_checker.h"
#include "syntax/ast_locations.h"

#include "sema/ast_scan.h"
#include "sema/inference.h"

namespace dartc::sema {

using kernel::MemberKind;
using kernel::ProcedureKind;
using kernel::TypeKind;

BodyChecker::BodyChecker(Checker& c, LibraryInfo* lib, Class* cls, ExtensionInfo* ext, const Substitution* mixinSubst)
    : c_(c), lib_(lib), cls_(cls), ext_(ext), mixinSubst_(mixinSubst) {}

// --- Helpers -------------------------------------------------------------------------------------

kernel::VariableGet* BodyChecker::get(Variable* v, SourceLoc loc) {
  auto* g = make<kernel::VariableGet>(loc);
  g->variable = v;
  g->type = v->type;
  noteVariableUse(v);
  return g;
}

Variable* BodyChecker::temp(Expression* init, SourceLoc loc) {
  Variable* v = c_.newVariable(loc, "#t", init->type);
  v->initializer = init;
  v->isFinal = true;
  v->isSynthetic = true;
  v->owner = functions_.empty() ? nullptr : functions_.back().function;
  return v;
}

kernel::Let* BodyChecker::let(Variable* v, Expression* body) {
  auto* l = make<kernel::Let>(body->loc);
  l->variable = v;
  l->body = body;
  l->type = body->type;
  return l;
}

Expression* BodyChecker::invalid(SourceLoc loc) {
  auto* e = make<kernel::InvalidExpression>(loc);
  e->type = types().invalidType();
  return e;
}

const DartType* BodyChecker::thisType() const {
  if (ext_) return ext_->onType;
  return cls_ ? cls_->thisType : c_.types().invalidType();
}

Expression* BodyChecker::implicitThis(SourceLoc loc) {
  if (extensionThis_) return get(extensionThis_, loc);
  auto* self = make<kernel::ThisExpr>(loc);
  self->type = thisType();
  return self;
}

const std::vector<TypeParameter*>& BodyChecker::sourceClassTypeParams() const {
  return mixinSubst_ && cls_->mixin ? cls_->mixin->typeParams : cls_->typeParams;
}

const DartType* BodyChecker::typeParameterType(TypeParameter* p) {
  const DartType* t = types().typeParameter(p);
  return mixinSubst_ ? ts().substitute(t, *mixinSubst_) : t;
}

Checker::TypeScope BodyChecker::typeScope() const {
  Checker::TypeScope scope;
  // A mixin member copied into an application is the mixin's source: its types name the mixin's
  // parameters, which resolveType then renames to the application's arguments.
  if (cls_) scope.push_back(&sourceClassTypeParams());
  if (ext_) scope.push_back(&ext_->typeParams);
  for (const Scope& s : scopes_) {
    if (!s.typeParams.empty()) scope.push_back(&s.typeParams);
  }
  return scope;
}

const DartType* BodyChecker::resolveType(ast::TypeNode* node) {
  const DartType* t = c_.resolveType(node, lib_, typeScope());
  if (mixinSubst_) t = ts().substitute(t, *mixinSubst_);
  else checkWrittenTypeBounds(node, t);
  return t;
}

bool BodyChecker::checkTypeArgumentBounds(Class* cls, const std::vector<const DartType*>& args,
                                          const std::vector<ast::TypeNode*>& argNodes, SourceLoc fallback) {
  if (args.size() != cls->typeParams.size()) return true;
  Substitution s;
  for (size_t i = 0; i < args.size(); ++i) s[cls->typeParams[i]] = args[i];
  for (size_t i = 0; i < args.size(); ++i) {
    TypeParameter* p = cls->typeParams[i];
    if (!p->bound || args[i]->isDynamicLike()) continue;
    const DartType* bound = ts().substitute(p->bound, s);
    if (ts().isSubtype(args[i], bound)) continue;
    SourceLoc at = i < argNodes.size() && argNodes[i] ? argNodes[i]->loc : fallback;
    error(at, "'" + args[i]->toString() + "' doesn't conform to the bound '" + bound->toString() +
                  "' of the type parameter '" + std::string(p->name) + "'.");
    return false;
  }
  return true;
}

void BodyChecker::checkWrittenTypeBounds(ast::TypeNode* node, const DartType* type) {
  // Written types only: the syntax gives each argument its location.
  if (!node || node->kind != ast::TypeNodeKind::Named || type->kind != TypeKind::Interface) return;
  auto* named = static_cast<ast::NamedTypeNode*>(node);
  const auto* it = static_cast<const InterfaceType*>(type);
  if (named->typeArgs.size() != it->args.size()) return;  // a typedef, or an error already reported
  for (size_t i = 0; i < named->typeArgs.size(); ++i) checkWrittenTypeBounds(named->typeArgs[i], it->args[i]);
  checkTypeArgumentBounds(it->cls, it->args, named->typeArgs, node->loc);
}

// --- Scopes --------------------------------------------------------------------------------------

Variable* BodyChecker::declareLocal(SourceLoc loc, Name name, const DartType* type, bool hasInitializer) {
  Variable* v = c_.newVariable(loc, name, type);
  v->owner = functions_.empty() ? nullptr : functions_.back().function;
  if (name == "_") return v;  // wildcards bind nothing
  Scope& scope = scopes_.back();
  if (scope.variables.count(name) || scope.localFunctions.count(name)) {
    error(loc, "The name '" + std::string(name) + "' is already defined.");
  }
  scope.variables[name] = v;
  scope.declaredLater.erase(name);
  if (hasInitializer) flow_.markAssigned(v);
  return v;
}

void BodyChecker::declareLocalFunction(Name name, Variable* var, FunctionNode* fn) {
  Scope& scope = scopes_.back();
  if (scope.variables.count(name) || scope.localFunctions.count(name)) {
    error(var->loc, "The name '" + std::string(name) + "' is already defined.");
  }
  scope.variables[name] = var;
  scope.localFunctions[name] = fn;
  scope.declaredLater.erase(name);
  flow_.markAssigned(var);
}

void BodyChecker::undefinedName(SourceLoc loc, Name name) {
  if (loc.file == usedBeforeDeclaration_.file && loc.offset == usedBeforeDeclaration_.offset) return;
  error(loc, "Undefined name '" + std::string(name) + "'.");
}

NameRef BodyChecker::resolveName(Name name, SourceLoc loc) {
  NameRef ref;
  // 1. Locals and type parameters, innermost first.
  for (size_t i = scopes_.size(); i-- > 0;) {
    Scope& s = scopes_[i];
    // Reported, then resolved as usual (the scope also holds such a variable), so the use
    // causes no second error.
    if (auto u = s.unavailable.find(name); u != s.unavailable.end()) error(loc, u->second);
    if (s.declaredLater.count(name)) {
      error(loc, "Local variable '" + std::string(name) + "' can't be referenced before it is declared.");
      usedBeforeDeclaration_ = loc;
      return ref;
    }
    auto v = s.variables.find(name);
    if (v != s.variables.end()) {
      auto f = s.localFunctions.find(name);
      ref.kind = f != s.localFunctions.end() ? NameRef::Kind::LocalFunction : NameRef::Kind::Local;
      ref.variable = v->second;
      if (f != s.localFunctions.end()) ref.localFunction = f->second;
      return ref;
    }
    for (TypeParameter* p : s.typeParams) {
      if (p->name == name) {
        ref.kind = NameRef::Kind::TypeParameter;
        ref.typeParam = p;
        return ref;
      }
    }
  }
  // 2. Type parameters of the enclosing class or extension.
  const std::vector<TypeParameter*>* outerParams = cls_ ? &sourceClassTypeParams() : ext_ ? &ext_->typeParams : nullptr;
  if (outerParams) {
    for (TypeParameter* p : *outerParams) {
      if (p->name == name) {
        if (isStaticContext_ && cls_) {
          error(loc, "Static members can't reference type parameters of the class.");
          return ref;
        }
        ref.kind = NameRef::Kind::TypeParameter;
        ref.typeParam = p;
        return ref;
      }
    }
  }
  // 3. Members declared in the enclosing class (static or instance) or extension.
  if (cls_) {
    ClassInfo* info = c_.infoOf(cls_);
    auto g = info->getters.find(name);
    auto s = info->setters.find(name);
    Member* getter = g != info->getters.end() ? g->second : nullptr;
    Member* setter = s != info->setters.end() ? s->second : nullptr;
    if (getter || setter) {
      bool isStatic = (getter ? getter : setter)->isStatic;
      ref.kind = isStatic ? NameRef::Kind::StaticMember : NameRef::Kind::ThisMember;
      ref.getter = getter;
      ref.setter = setter;
      return ref;
    }
  }
  if (ext_) {
    auto m = ext_->members.find(name);
    if (m != ext_->members.end()) {
      ref.kind = NameRef::Kind::ExtensionMember;
      ref.extensionMember = m->second;
      return ref;
    }
    auto st = ext_->staticMembers.find(name);
    if (st != ext_->staticMembers.end()) {
      ref.kind = NameRef::Kind::StaticMember;
      ref.getter = st->second.field ? static_cast<Member*>(st->second.field) : st->second.getter;
      ref.setter = st->second.field && !st->second.field->isFinal ? static_cast<Member*>(st->second.field) : st->second.setter;
      return ref;
    }
  }
  // 4. The library scope: own declarations, then imports.
  TopBinding top = c_.lookupTop(lib_, name);
  if (!top.empty() || top.ambiguous) {
    if (top.ambiguous) {
      error(loc, "The name '" + std::string(name) + "' is defined in multiple libraries.");
      return ref;
    }
    ref.kind = NameRef::Kind::TopLevel;
    ref.top = top;
    ref.getter = top.getter;
    ref.setter = top.setter;
    return ref;
  }
  if (lib_->prefixes.count(name)) {
    ref.kind = NameRef::Kind::TopLevel;  // a prefix; callers handle `prefix.name` before this
    return ref;
  }
  // 5. Inherited instance members through implicit `this`; in an extension, the members of the
  // `on` type.
  if (ext_ && ext_->onType) {
    const DartType* on = ts().resolveToBound(ext_->onType);
    on = types().nonNullable(on);
    if (on->kind == kernel::TypeKind::Interface) {
      Class* onClass = static_cast<const InterfaceType*>(on)->cls;
      Member* getter = c_.lookupInterfaceMember(onClass, name, LookupKind::Getter);
      Member* setter = c_.lookupInterfaceMember(onClass, name, LookupKind::Setter);
      if (getter || setter) {
        ref.kind = NameRef::Kind::ThisMember;
        ref.getter = getter;
        ref.setter = setter;
        return ref;
      }
    }
    // Members of other extensions that apply to `this` (an unqualified name means `this.name`).
    ExtensionMember ext;
    if (!isStaticContext_ && (findExtension(ext_->onType, name, false, loc, &ext) || findExtension(ext_->onType, name, true, loc, &ext))) {
      ref.kind = NameRef::Kind::ThisExtension;
      return ref;
    }
  }
  if (cls_) {
    Member* getter = c_.lookupInterfaceMember(cls_, name, LookupKind::Getter);
    Member* setter = c_.lookupInterfaceMember(cls_, name, LookupKind::Setter);
    if (getter || setter) {
      ref.kind = NameRef::Kind::ThisMember;
      ref.getter = getter;
      ref.setter = setter;
      return ref;
    }
    // 6. Extension members that apply to `this`.
    ExtensionMember ext;
    if (!isStaticContext_ && findExtension(cls_->thisType, name, false, loc, &ext)) {
      ref.kind = NameRef::Kind::ThisExtension;
      return ref;
    }
  }
  return ref;
}

// --- Capture analysis ----------------------------------------------------------------------------

void BodyChecker::noteVariableUse(Variable* v) {
  if (functions_.empty() || !v->owner || v->owner == functions_.back().function) return;
  v->isCaptured = true;
  // Every function between the use and the declaration captures it.
  for (size_t i = functions_.size(); i-- > 0;) {
    FunctionNode* fn = functions_[i].function;
    if (fn == v->owner) break;
    if (std::find(fn->captured.begin(), fn->captured.end(), v) == fn->captured.end()) fn->captured.push_back(v);
  }
}

Expression* BodyChecker::readVariable(Variable* v, SourceLoc loc) {
  kernel::VariableGet* g = get(v, loc);
  if (const DartType* p = flow_.promotedType(v)) g->type = p;
  // Only for the function's own locals: a closure starts with no late local unassigned, since it
  // may run after the enclosing function assigned it.
  if (v->isLate && flow_.reachable && flow_.isDefinitelyUnassigned(v)) {
    error(loc, "The late local variable '" + std::string(v->name) + "' is definitely unassigned at this point.");
  }
  bool needsAssignment = !v->isLate && !flow_.isAssigned(v) && v->owner &&
                         v->owner == (functions_.empty() ? nullptr : functions_.back().function);
  if (needsAssignment && flow_.reachable && !v->isSynthetic && v->name != "this") {
    if (v->isFinal) {
      error(loc, "The final variable '" + std::string(v->name) + "' can't be read because it's potentially unassigned at this point.");
      flow_.markAssigned(v);
    } else if (!ts().isPotentiallyNullable(v->type)) {
      error(loc, "The non-nullable local variable '" + std::string(v->name) + "' must be assigned before it can be used.");
      flow_.markAssigned(v);  // report once
    }
  }
  return g;
}

// --- Functions -------------------------------------------------------------------------------------

void BodyChecker::declareParameters(FunctionNode* fn) {
  Scope& scope = scopes_.back();
  for (TypeParameter* p : fn->typeParams) {
    if (!ext_ || std::find(ext_->typeParams.begin(), ext_->typeParams.end(), p) == ext_->typeParams.end()) {
      scope.typeParams.push_back(p);
    }
  }
  auto add = [&](Variable* v) {
    v->owner = fn;
    if (v->name == "this" && v->isFinal && ext_) return;  // the extension receiver
    if (v->name.empty() || v->name == "_" || (!v->name.empty() && v->name[0] == '#')) {
      flow_.markAssigned(v);
      return;
    }
    if (scope.variables.count(v->name)) error(v->loc, "The name '" + std::string(v->name) + "' is already defined.");
    scope.variables[v->name] = v;
    flow_.markAssigned(v);
  };
  for (Variable* v : fn->positional) add(v);
  for (Variable* v : fn->named) add(v);
}

void BodyChecker::checkDefaultValues(FunctionNode* fn, const std::vector<ast::FormalParam*>& params, bool redirecting,
                                     const FunctionNode* redirectTarget) {
  size_t positional = 0;
  for (ast::FormalParam* p : params) {
    Variable* v = nullptr;
    if (p->kind == ast::ParamKind::Named) {
      for (Variable* n : fn->named) {
        if (n->name == p->name) v = n;
      }
    } else {
      // Extension members have `this` first.
      size_t offset = (!fn->positional.empty() && fn->positional[0]->name == "this" && ext_) ? 1 : 0;
      if (positional + offset < fn->positional.size()) v = fn->positional[positional + offset];
      ++positional;
    }
    if (!v) continue;
    bool optional = p->kind != ast::ParamKind::RequiredPositional && !p->isRequired;
    if (redirecting && optional) {
      // dartLangSpec, "Redirecting Factory Constructors": no default of its own (the analyzer's
      // DEFAULT_VALUE_IN_REDIRECTING_FACTORY_CONSTRUCTOR); an omitted argument is omitted in
      // the call of the target too, so the parameter takes the target's default.
      if (p->defaultValue) {
        error(p->defaultValue->loc, "Default values aren't allowed in factory constructors that redirect to another constructor.");
        continue;
      }
      const Variable* target = nullptr;
      if (!redirectTarget) {
        continue;
      } else if (p->kind == ast::ParamKind::Named) {
        for (const Variable* n : redirectTarget->named) {
          if (n->name == p->name) target = n;
        }
      } else if (positional - 1 < redirectTarget->positional.size()) {
        target = redirectTarget->positional[positional - 1];
      }
      if (target) {
        v->initializer = c_.defaultValueOf(target);
        // A target that is a redirecting factory checked later: filled in after the factories.
        if (!v->initializer) c_.forwardedDefaults[v] = const_cast<Variable*>(target);
      }
      continue;
    }
    if (p->defaultValue) {
      if (!optional) {
        error(p->defaultValue->loc, p->kind == ast::ParamKind::Named
                                        ? "Required named parameters can't have a default value."
                                        : "Required positional parameters can't have a default value.");
        continue;
      }
      Expression* value = checkAssignable(p->defaultValue, v->type, AssignContext::Variable);
      if (!c_.evaluateConstant(value, false) && value->type->kind != TypeKind::Invalid) {
        error(p->defaultValue->loc, "The default value of an optional parameter must be constant.");
      }
      v->initializer = value;
    } else if (auto inherited = c_.superParameterDefaults.find(v); inherited != c_.superParameterDefaults.end()) {
      v->initializer = c_.defaultValueOf(v);
    } else if (optional && !ts().isPotentiallyNullable(v->type) && v->type->kind != TypeKind::Invalid &&
               !p->isSuperParam) {
      error(p->loc, "The parameter '" + std::string(p->name) + "' can't have a value of 'null' because of its type '" +
                        v->type->toString() + "', but the implicit default value is 'null'.");
    }
  }
}

bool BodyChecker::rejectUnsupportedAsync(ast::FunctionDecl* decl, const DartType* declaredReturn) {
  switch (decl->asyncKind) {
    case ast::AsyncKind::Sync: return false;
    case ast::AsyncKind::Async: return false;  // lowered (async_lowering.cpp)
    case ast::AsyncKind::SyncStar: return rejectSyncStarReturnType(decl, declaredReturn);  // sync_star_lowering.cpp
    case ast::AsyncKind::AsyncStar: return false;  // lowered (async_star_lowering.cpp)
  }
  return false;
}

void BodyChecker::checkFunctionBody(FunctionNode* fn, ast::FunctionDecl* decl, std::string_view name) {
  FunctionContext ctx;
  ctx.unsupportedBody = rejectUnsupportedAsync(decl, fn->returnType);
  ctx.function = fn;
  ctx.returnType = fn->returnType;
  ctx.name = name;
  ctx.scopeDepth = scopes_.size();
  const DartType* asyncValue = nullptr;
  if (decl->asyncKind == ast::AsyncKind::Async) {
    ctx.unsupportedBody = !checkAsyncReturnType(fn->returnType, decl->returnType ? decl->returnType->loc : decl->loc) ||
                          !beginAsyncBody(ctx, fn, decl->loc);
    asyncValue = futureValueType(fn->returnType);
    ctx.returnType = asyncReturnContext(asyncValue);
  }
  const bool isAsyncStar = decl->asyncKind == ast::AsyncKind::AsyncStar;
  if (isAsyncStar) {
    ctx.unsupportedBody = !checkAsyncStarReturnType(fn->returnType, decl->returnType ? decl->returnType->loc : decl->loc) ||
                          !beginAsyncStarBody(ctx, fn, decl->loc);
    ctx.yieldType = streamElementType(fn->returnType);
    ctx.returnType = types().voidType();  // `return;` only (the parser rejects a value)
  }
  const bool isSyncStar = decl->asyncKind == ast::AsyncKind::SyncStar;
  if (isSyncStar) ctx.returnType = types().voidType();  // the body is checked as the inner closure's
  functions_.push_back(ctx);
  pushScope();
  declareParameters(fn);
  checkDefaultValues(fn, decl->params);
  AssignedNames names;
  if (decl->blockBody) collectAssignedNames(decl->blockBody, names);
  if (decl->arrowBody) collectAssignedNames(decl->arrowBody, names);
  recordMemberWrites(names);
  if (isSyncStar && !functions_.back().unsupportedBody) {
    fn->body = checkSyncStarBody(fn, decl, iterableElementType(fn->returnType), names, nullptr);
  } else {
    fn->body = checkBody(decl->blockBody, decl->arrowBody, true);
  }
  if (asyncValue && functions_.back().asyncFuture) {
    fn->body = finishAsyncBody(fn, functions_.back().asyncFuture, asyncValue, fn->body, decl->loc);
  }
  if (isAsyncStar && functions_.back().asyncStarController) {
    fn->body = finishAsyncStarBody(fn, functions_.back(), functions_.back().yieldType, fn->body, decl->loc);
  }
  popScope();
  functions_.pop_back();
}

Statement* BodyChecker::checkBody(ast::Block* block, ast::Expr* arrow, bool arrowReturnsValue) {
  // By index, not by reference: closures in the body push onto functions_ and may move it.
  const size_t ctxIndex = functions_.size() - 1;
  auto ctx = [&]() -> FunctionContext& { return functions_[ctxIndex]; };
  const DartType* ret = ctx().returnType;
  if (arrow) {
    bool voidReturn = ret && ret->kind == TypeKind::Void;
    Expression* value = ret && !voidReturn ? checkAssignable(arrow, ret, AssignContext::Return) : check(arrow, ret);
    if (!ret) {
      bool async = ctx().function && ctx().function->asyncMarker == kernel::AsyncMarker::Async;
      ctx().returnedTypes.push_back(async ? flattenType(value->type) : value->type);
    }
    auto* r = make<kernel::ReturnStmt>(arrow->loc);
    r->value = value;
    if (voidReturn && value->type->kind != TypeKind::Void) {
      // `=> expr` in a void function evaluates expr and returns nothing.
      auto* block = make<kernel::Block>(arrow->loc);
      auto* es = make<kernel::ExpressionStmt>(arrow->loc);
      es->expression = value;
      block->statements.push_back(es);
      block->statements.push_back(make<kernel::ReturnStmt>(arrow->loc));
      flow_ = FlowState::unreachable();
      return block;
    }
    flow_ = FlowState::unreachable();
    return r;
  }
  if (!block) return nullptr;
  kernel::Block* body = checkBlock(block);
  if (flow_.reachable && !ctx().unsupportedBody && ret && ret->kind != TypeKind::Void && !ret->isDynamicLike() &&
      !ts().isPotentiallyNullable(ret) && ret->kind != TypeKind::Invalid) {
    error(block->endLoc.valid() ? block->endLoc : block->loc,
          "The body might complete normally, causing 'null' to be returned, but the return type, '" + ret->toString() +
              "', is a potentially non-nullable type.");
  }
  // Inferring a closure's return type: a reachable end returns null (the spec's T starts as Null
  // then, as Never otherwise; see checkLocalFunction).
  if (flow_.reachable && !ret) ctx().returnedTypes.push_back(types().nullType());
  return body;
}

void BodyChecker::checkProcedure(Procedure* p, ast::FunctionDecl* fd) {
  isStaticContext_ = p->isStatic && !p->isExtensionMember;
  if (p->isExtensionMember) extensionThis_ = p->function->positional[0];
  if (p->isExternal) {
    if (fd->blockBody || fd->arrowBody) error(fd->loc, "An external function can't have a body.");
    return;
  }
  if (c_.representationGetters.count(p)) {
    // An extension type's representation getter returns the receiver itself: at run time the
    // extension type's value is the representation object.
    extensionThis_->owner = p->function;
    auto* get = make<kernel::VariableGet>(fd->loc);
    get->variable = extensionThis_;
    get->type = extensionThis_->type;
    auto* ret = make<kernel::ReturnStmt>(fd->loc);
    ret->value = get;
    auto* block = make<kernel::Block>(fd->loc);
    block->statements.push_back(ret);
    p->function->body = block;
    return;
  }
  if (!fd->blockBody && !fd->arrowBody) {
    if (!cls_ || p->isStatic) {
      error(fd->loc, "A function body must be provided.");
      return;
    }
    // An abstract member's defaults are those of the noSuchMethod forwarders implementing it.
    FunctionContext ctx;
    ctx.function = p->function;
    ctx.returnType = p->function->returnType;
    ctx.name = p->name;
    ctx.scopeDepth = scopes_.size();
    functions_.push_back(ctx);
    pushScope();
    declareParameters(p->function);
    checkDefaultValues(p->function, fd->params);
    popScope();
    functions_.pop_back();
    return;
  }
  if (p->isExtensionMember) {
    // The receiver is a parameter owned by the function: give it an owner for capture analysis.
    extensionThis_->owner = p->function;
  }
  checkFunctionBody(p->function, fd, p->name);
}

const DartType* BodyChecker::inferInitializerType(ast::Expr* init, bool isInstanceField) {
  isStaticContext_ = !isInstanceField;
  c_.suppressErrors++;
  FunctionContext ctx;
  ctx.function = c_.arena().make<FunctionNode>(init->loc);
  functions_.push_back(ctx);
  pushScope();
  Expression* e = check(init, nullptr);
  popScope();
  functions_.pop_back();
  c_.suppressErrors--;
  return e->type;
}

FlowState BodyChecker::deferredCodeEntry(const FlowState& outer, const AssignedNames& inside) const {
  auto neverWritten = [&](const Variable* v) {
    return !inside.anywhere.count(v->name) && !closureWritten_.count(v->name) && !memberWritten_.count(v->name);
  };
  FlowState inner;
  for (const auto& entry : outer.promoted) {
    Variable* v = entry.first;
    // A field read `x._f` (a promotion key) stays promoted as long as x does.
    const Variable* root = FlowState::promotionRoot(v);
    if ((root == v || neverWritten(root)) && neverWritten(v)) inner.promoted.push_back(entry);
  }
  inner.assigned = outer.assigned;
  return inner;
}

void BodyChecker::recordMemberWrites(const AssignedNames& assigned) {
  closureWritten_.insert(assigned.inClosures.begin(), assigned.inClosures.end());
  memberWritten_.insert(assigned.anywhere.begin(), assigned.anywhere.end());
}

void BodyChecker::recordConstructorWrites(ast::ConstructorDecl* cd) {
  AssignedNames names;
  for (ast::Initializer* init : cd->initializers) {
    if (init->value) collectAssignedNames(init->value, names);
    if (init->message) collectAssignedNames(init->message, names);
    for (ast::Argument& arg : init->args.args) collectAssignedNames(arg.value, names);
  }
  if (cd->blockBody) collectAssignedNames(cd->blockBody, names);
  if (cd->arrowBody) collectAssignedNames(cd->arrowBody, names);
  recordMemberWrites(names);
}

Expression* BodyChecker::checkFieldInitializer(Field* f, ast::Expr* init) {
  isStaticContext_ = f->isStatic || !f->enclosingClass;
  inLateInitializer_ = f->isLate;
  FunctionContext ctx;
  // Initializers run in a synthetic function of their own (lazy static initializer or the
  // constructor's field initialization).
  ctx.function = c_.arena().make<FunctionNode>(init->loc);
  ctx.function->returnType = f->type;
  functions_.push_back(ctx);
  pushScope();
  AssignedNames names;
  collectAssignedNames(init, names);
  recordMemberWrites(names);
  size_t errorsBefore = c_.diags.errorCount();
  Expression* e = f->type ? checkAssignable(init, f->type, AssignContext::Variable) : check(init, nullptr);
  popScope();
  functions_.pop_back();
  if (f->isConst) {
    kernel::Constant* k = c_.evaluateConstant(e, ConstantErrors::SpecificOnly);
    if (k) {
      auto* ce = make<kernel::ConstantExpr>(e->loc);
      ce->constant = k;
      ce->type = e->type;
      c_.fieldConstants[f] = k;
      return ce;
    }
    // One root cause, one error: the initializer's own errors (or the evaluator's) say it all.
    if (e->type->kind != TypeKind::Invalid && c_.diags.errorCount() == errorsBefore) {
      error(ast::startLoc(init), "Const variables must be initialized with a constant value.");
    }
  }
  return e;
}

const DartType* Checker::inferFieldType(Field* field, ast::Expr* init, LibraryInfo* lib) {
  Class* cls = field->enclosingClass;
  BodyChecker bc(*this, lib, cls, nullptr, nullptr);
  if (field->isStatic || !cls) {
    // Static initializers are checked once, for real, here.
    field->initializer = bc.checkFieldInitializer(field, init);
    pendingFieldInits.erase(field);
    const DartType* t = field->initializer->type;
    if (t->kind == kernel::TypeKind::Null) t = types().dynamicType();
    return t;
  }
  const DartType* t = bc.inferInitializerType(init, true);
  if (t->kind == kernel::TypeKind::Null) t = types().dynamicType();
  return t;
}

// --- Local functions and closures -----------------------------------------------------------------

FunctionNode* BodyChecker::checkLocalFunction(ast::FunctionDecl* decl, const DartType* context, Variable* selfVar,
                                              FunctionNode* into) {
  const FunctionType* contextFn = context ? ts().asFunctionType(context) : nullptr;
  std::vector<TypeParameter*> typeParams = c_.declareTypeParams(decl->typeParams, nullptr);
  for (TypeParameter* p : typeParams) p->isFunctionTypeParam = true;
  pushScope();
  scopes_.back().typeParams = typeParams;
  c_.resolveTypeParamBounds(decl->typeParams, typeParams, lib_, typeScope());
  // A generic literal in a generic function type context: the context speaks of its own type
  // parameters; rename them to the literal's (`Q[T/S]` in inference.md).
  if (contextFn && !typeParams.empty() && contextFn->typeParams.size() == typeParams.size()) {
    std::vector<const DartType*> own;
    for (TypeParameter* p : typeParams) own.push_back(types().typeParameter(p));
    contextFn = ts().instantiate(contextFn, own);
  }
  auto* fn = into ? into : make<FunctionNode>(decl->loc);
  fn->typeParams = typeParams;
  fn->parent = functions_.empty() ? nullptr : functions_.back().function;
  std::vector<const DartType*> positional;
  std::vector<kernel::NamedParameterType> named;
  size_t index = 0;
  for (ast::FormalParam* p : decl->params) {
    const DartType* type = nullptr;
    if (p->type) {
      type = resolveType(p->type);
    } else if (contextFn) {
      if (p->kind == ast::ParamKind::Named) {
        for (const auto& n : contextFn->named) {
          if (n.name == p->name) type = n.type;
        }
      } else if (index < contextFn->positional.size()) {
        type = contextFn->positional[index];
      }
    }
    if (!type || containsPlaceholder(type)) {
      type = types().dynamicType();
    }
    Variable* v = c_.newVariable(p->loc, p->name, type);
    v->isFinal = p->modifiers.isFinal;
    v->isRequired = p->isRequired;
    v->owner = fn;
    if (p->kind == ast::ParamKind::Named) {
      fn->named.push_back(v);
      named.push_back({p->name, type, p->isRequired});
    } else {
      fn->positional.push_back(v);
      positional.push_back(type);
      if (p->kind == ast::ParamKind::RequiredPositional) fn->requiredPositionalCount++;
      ++index;
    }
  }
  const DartType* declaredReturn = decl->returnType ? resolveType(decl->returnType) : nullptr;
  // After resolving the return type: a sync* closure's error depends on it.
  const bool unsupportedBody = rejectUnsupportedAsync(decl, declaredReturn);
  const DartType* contextReturn = contextFn ? contextFn->returnType : nullptr;
  if (contextReturn && containsPlaceholder(contextReturn)) {
    contextReturn = nullptr;  // not solved yet: the body decides
  }
  FunctionContext ctx;
  ctx.function = fn;
  ctx.returnType = declaredReturn;
  ctx.isClosure = true;
  ctx.unsupportedBody = unsupportedBody;
  ctx.name = decl->name;
  ctx.scopeDepth = scopes_.size();
  bool isAsync = decl->asyncKind == ast::AsyncKind::Async;
  if (isAsync) {
    fn->asyncMarker = kernel::AsyncMarker::Async;
    ctx.unsupportedBody = !checkAsyncReturnType(declaredReturn, decl->returnType ? decl->returnType->loc : decl->loc) ||
                          !beginAsyncBody(ctx, fn, decl->loc);
    if (declaredReturn) ctx.returnType = asyncReturnContext(futureValueType(declaredReturn));
    // Returned values are checked against the future value type of the context.
    if (contextReturn) contextReturn = asyncReturnContext(futureValueType(contextReturn));
  }
  const bool isAsyncStar = decl->asyncKind == ast::AsyncKind::AsyncStar;
  if (isAsyncStar) {
    ctx.unsupportedBody = !checkAsyncStarReturnType(declaredReturn, decl->returnType ? decl->returnType->loc : decl->loc) ||
                          !beginAsyncStarBody(ctx, fn, decl->loc);
    // The element type: the declared one, else the context's, else inferred from the yields.
    if (declaredReturn) {
      ctx.yieldType = streamElementType(declaredReturn);
    } else if (contextReturn && contextReturn->kind == TypeKind::Interface &&
               ts().asInstanceOf(static_cast<const InterfaceType*>(contextReturn), c_.program.findClass("dart:async", "Stream"))) {
      ctx.yieldType = streamElementType(contextReturn);
    }
    ctx.returnType = types().voidType();
    contextReturn = nullptr;
  }
  const bool isSyncStar = decl->asyncKind == ast::AsyncKind::SyncStar;
  const DartType* syncStarElement = nullptr;  // null: inferred from the yields
  if (isSyncStar) {
    Class* iterable = c_.program.findClass("dart:core", "Iterable");
    if (declaredReturn) {
      syncStarElement = iterableElementType(declaredReturn);
    } else if (contextReturn && contextReturn->kind == TypeKind::Interface && iterable &&
               ts().asInstanceOf(static_cast<const InterfaceType*>(contextReturn), iterable)) {
      syncStarElement = iterableElementType(contextReturn);
    }
    ctx.returnType = types().voidType();
    contextReturn = nullptr;
  }
  // A closure's return type is inferred from its body; the context's return type only guides
  // the return expressions' own inference.
  fn->returnType = declaredReturn;
  // Recursive local functions need their own type before the body is checked.
  bool inferring = declaredReturn == nullptr;
  if (selfVar) {
    fn->returnType = declaredReturn ? declaredReturn : types().dynamicType();
    fn->type = types().function(fn->typeParams, positional, fn->requiredPositionalCount, named, fn->returnType);
    selfVar->type = fn->type;
    if (!declaredReturn && decl->arrowBody == nullptr && decl->blockBody) {
      // Dart infers a local function's return type from its body too; recursive uses see dynamic.
    }
  }
  FlowState outer = flow_;
  // Inside the closure, promotions survive only for variables the member never writes (Dart's
  // functionExpression_begin: a conservative join with everything written anywhere), since the
  // closure may run after any write, earlier or later in the code.
  AssignedNames names;
  if (decl->blockBody) collectAssignedNames(decl->blockBody, names);
  if (decl->arrowBody) collectAssignedNames(decl->arrowBody, names);
  flow_ = deferredCodeEntry(outer, names);
  functions_.push_back(ctx);
  jumpTargets_.push_back({});  // break/continue never cross into the enclosing function
  std::vector<std::pair<Variable*, Variable*>> outerCatches;
  outerCatches.swap(catchVariables_);  // nor does rethrow
  pushScope();
  declareParameters(fn);
  checkDefaultValues(fn, decl->params);
  if (inferring && contextReturn) functions_.back().returnType = nullptr;
  if (inferring) functions_.back().returnContext = contextReturn;
  // Return expressions are checked against the context's return type when inferring.
  // By index: nested closures push onto functions_ and may move it.
  const size_t ctxIndex = functions_.size() - 1;
  auto returned = [&]() -> std::vector<const DartType*>& { return functions_[ctxIndex].returnedTypes; };
  if (isSyncStar && !functions_[ctxIndex].unsupportedBody) {
    fn->body = checkSyncStarBody(fn, decl, syncStarElement, names, &syncStarElement);
  } else if (inferring && contextReturn && decl->arrowBody) {
    Expression* value = check(decl->arrowBody, contextReturn);
    auto* r = make<kernel::ReturnStmt>(decl->arrowBody->loc);
    r->value = value;
    fn->body = r;
    returned().push_back(isAsync ? flattenType(value->type) : value->type);
    functions_[ctxIndex].inferredReturns.push_back(r);
  } else {
    fn->body = checkBody(decl->blockBody, decl->arrowBody, true);
  }
  const DartType* inferredReturn = declaredReturn;
  if (inferring) {
    inferredReturn = nullptr;
    // The spec's actual returned type T (inference.md, "Function literal return type inference"):
    // UP of the returned values' types and of Null for `return;` and a reachable end; Never when
    // there is none (a body that only throws).
    for (const DartType* t : returned()) inferredReturn = inferredReturn ? ts().upperBound(inferredReturn, t) : t;
    if (!inferredReturn) inferredReturn = types().neverType();
    inferredReturn = ts().eliminateIntersections(inferredReturn);
    // The spec's S: the actual returned type T when it is a subtype of the context's return
    // type R, else R, with the returned values checked against R (implicit downcasts from
    // dynamic, errors otherwise). Only when every returned value is a return expression (no
    // fall-through null, no `void` body), which is what can be coerced. For an async closure
    // R is FutureOr<futureValueType(K)> of the context's return type K (void for
    // FutureOr<void>), and T already holds flattened types; its return type is
    // Future<flatten(S)> (below).
    auto& fc = functions_[ctxIndex];
    if (contextReturn && contextReturn->kind != TypeKind::Void && !contextReturn->isDynamicLike() &&
        !fc.inferredReturns.empty() && fc.inferredReturns.size() == returned().size() &&
        !ts().isSubtype(inferredReturn, contextReturn)) {
      inferredReturn = contextReturn;
      for (kernel::ReturnStmt* r : fc.inferredReturns) {
        r->value = coerce(r->value, contextReturn, r->value->loc, AssignContext::Return);
      }
    }
    // S is void when the context's return type R is void (for an async closure: FutureOr<void>,
    // whose future value type is void), whatever the body returns.
    if (contextReturn && contextReturn->kind == TypeKind::Void) inferredReturn = types().voidType();
    // An async closure returns Future<flatten(S)>.
    if (isAsync && c_.core().futureClass) {
      inferredReturn = types().interface(c_.core().futureClass, {flattenType(inferredReturn)});
    }
  }
  if (isSyncStar && !declaredReturn && syncStarElement) {
    inferredReturn = types().interface(c_.program.findClass("dart:core", "Iterable"), {syncStarElement});
  }
  if (isAsync && functions_[ctxIndex].asyncFuture) {
    fn->body = finishAsyncBody(fn, functions_[ctxIndex].asyncFuture, futureValueType(inferredReturn), fn->body, decl->loc);
  }
  if (isAsyncStar && functions_[ctxIndex].asyncStarController) {
    FunctionContext& fc = functions_[ctxIndex];
    const DartType* element = fc.yieldType;
    if (!element) {
      for (const DartType* t : fc.yieldedTypes) element = element ? ts().upperBound(element, t) : t;
      if (!element) element = types().dynamicType();
      element = ts().eliminateIntersections(element);
    }
    if (!declaredReturn) inferredReturn = types().interface(c_.program.findClass("dart:async", "Stream"), {element});
    fn->body = finishAsyncStarBody(fn, fc, element, fn->body, decl->loc);
  }
  popScope();
  catchVariables_.swap(outerCatches);
  jumpTargets_.pop_back();
  functions_.pop_back();
  flow_ = outer;
  // The closure may run at any later point: what it assigns is no longer definitely unassigned.
  std::erase_if(flow_.unassigned, [&](const Variable* v) { return names.anywhere.count(v->name) != 0; });
  popScope();
  fn->returnType = inferredReturn;
  fn->type = types().function(fn->typeParams, std::move(positional), fn->requiredPositionalCount, std::move(named),
                              inferredReturn);
  if (selfVar) selfVar->type = fn->type;
  return fn;
}

Expression* BodyChecker::checkFunctionExpr(ast::FunctionExprNode* e, const DartType* context) {
  FunctionNode* fn = checkLocalFunction(e->function, context, nullptr);
  auto* fe = make<kernel::FunctionExpression>(e->loc);
  fe->function = fn;
  fe->type = fn->type;
  return fe;
}

// --- Constructors and factories --------------------------------------------------------------------

void BodyChecker::checkFactory(Procedure* p, ast::ConstructorDecl* cd) {
  isStaticContext_ = true;
  FunctionNode* fn = p->function;
  FunctionContext ctx;
  ctx.function = fn;
  ctx.returnType = cls_->thisType;
  ctx.name = p->name;
  functions_.push_back(ctx);
  pushScope();
  declareParameters(fn);
  recordConstructorWrites(cd);
  const DartType* target = cd->redirectType ? resolveType(cd->redirectType) : nullptr;
  Constructor* k = nullptr;
  Procedure* factory = nullptr;
  if (target && target->kind == TypeKind::Interface) {
    auto* it = static_cast<const InterfaceType*>(target);
    // An abstract class's generative constructor constructs nothing here: only its factory can.
    k = it->cls->isAbstract ? nullptr : c_.lookupConstructor(it->cls, cd->redirectName);
    factory = c_.infoOf(it->cls)->factories.count(cd->redirectName) ? c_.infoOf(it->cls)->factories[cd->redirectName] : nullptr;
  }
  const FunctionNode* targetFunction = k ? k->function : factory ? factory->function : nullptr;
  checkDefaultValues(fn, cd->params, cd->redirectType != nullptr, targetFunction);
  if (cd->redirectType) {
    // `factory C() = D<T>.named;` calls the target with the same arguments.
    auto* block = make<kernel::Block>(cd->loc);
    if (target->kind == TypeKind::Interface) {
      auto* it = static_cast<const InterfaceType*>(target);
      auto* args = make<kernel::Arguments>(cd->loc);
      args->types = it->args;
      for (Variable* v : fn->positional) args->positional.push_back(get(v, cd->loc));
      for (Variable* v : fn->named) args->named.push_back({v->name, get(v, cd->loc)});
      if (targetFunction && targetFunction->type) checkRedirectTarget(fn, it, targetFunction, cd->redirectType->loc);
      if (p->isConst && (k ? !k->isConst : factory && !factory->isConst)) {
        error(cd->redirectType->loc, "A constant redirecting constructor can't redirect to a non-constant constructor.");
      }
      Expression* call = nullptr;
      if (k) {
        auto* ci = make<kernel::ConstructorInvocation>(cd->loc);
        ci->target = k;
        ci->arguments = args;
        ci->constructedType = it;
        ci->type = it;
        call = ci;
      } else if (factory) {
        auto* si = make<kernel::StaticInvocation>(cd->loc);
        si->target = factory;
        si->arguments = args;
        si->type = it;
        call = si;
      } else {
        error(cd->redirectType->loc, "The constructor '" + std::string(it->cls->name) +
                                         (cd->redirectName.empty() ? "" : "." + std::string(cd->redirectName)) +
                                         "' couldn't be found.");
        call = invalid(cd->loc);
      }
      auto* r = make<kernel::ReturnStmt>(cd->loc);
      r->value = call;
      block->statements.push_back(r);
    }
    fn->body = block;
  } else if (!cd->isExternal) {
    if (p->isConst) error(cd->loc, "Only redirecting factory constructors can be declared to be 'const'.");
    fn->body = checkBody(cd->blockBody, cd->arrowBody, true);
    if (!cd->blockBody && !cd->arrowBody) error(cd->loc, "A function body must be provided.");
  }
  popScope();
  functions_.pop_back();
}

// The analyzer's REDIRECT_TO_INVALID_RETURN_TYPE and REDIRECT_TO_INVALID_FUNCTION_TYPE: the
// redirectee must construct a subtype of the factory's class and accept every argument the
// factory does (its parameters are passed on unchecked).
void BodyChecker::checkRedirectTarget(FunctionNode* factory, const InterfaceType* target, const FunctionNode* targetFn,
                                      SourceLoc loc) {
  if (!ts().isSubtype(target, cls_->thisType)) {
    error(loc, "The return type '" + target->toString() + "' of the redirected constructor isn't a subtype of '" +
                   cls_->thisType->toString() + "'.");
    return;
  }
  Substitution s = ts().substitutionFor(target);
  const auto* targetType = static_cast<const FunctionType*>(ts().substitute(targetFn->type, s));
  const FunctionType* redirectee = types().function({}, targetType->positional, targetType->requiredPositionalCount,
                                                    targetType->named, target);
  const FunctionType* own = types().function({}, factory->type->positional, factory->type->requiredPositionalCount,
                                             factory->type->named, cls_->thisType);
  if (!ts().isSubtype(redirectee, own)) {
    error(loc, "The redirected constructor '" + redirectee->toString() + "' has incompatible parameters with '" +
                   own->toString() + "'.");
  }
}

void BodyChecker::checkConstructor(Constructor* k, ast::ConstructorDecl* cd) {
  isStaticContext_ = false;
  FunctionNode* fn = k->function;
  FunctionContext ctx;
  ctx.function = fn;
  ctx.returnType = types().voidType();
  ctx.name = k->name;
  functions_.push_back(ctx);
  pushScope();
  declareParameters(fn);
  if (cd) checkDefaultValues(fn, cd->params);
  if (cd) recordConstructorWrites(cd);
  ClassInfo* info = c_.infoOf(cls_);
  std::unordered_set<Field*> initialized;
  bool redirects = false;
  bool hasSuper = false;
  auto initField = [&](Field* f, Expression* value, SourceLoc loc) {
    if (!initialized.insert(f).second) {
      error(loc, "The field '" + std::string(f->name) + "' can't be initialized twice in the same constructor.");
    }
    if (f->isFinal && c_.fieldDeclarators.count(f) && c_.fieldDeclarators[f]->init) {
      error(loc, "'" + std::string(f->name) + "' is final and was given a value when it was declared, so it can't be set to a new value.");
    }
    auto* init = make<kernel::Initializer>(loc);
    init->kind = kernel::InitializerKind::Field;
    init->field = f;
    init->value = value;
    k->initializers.push_back(init);
  };
  inConstructorInitializer_ = true;
  // Initializing formals `this.x` run first.
  if (cd) {
    size_t positional = cls_->isEnum ? 2 : 0;
    for (ast::FormalParam* p : cd->params) {
      Variable* v = nullptr;
      if (p->kind == ast::ParamKind::Named) {
        for (Variable* n : fn->named) {
          if (n->name == p->name) v = n;
        }
      } else {
        v = fn->positional[positional++];
      }
      if (!p->isThisField || !v) continue;
      auto it = info->getters.find(p->name);
      if (it == info->getters.end() || it->second->memberKind != MemberKind::Field || it->second->isStatic) {
        error(p->loc, "'" + std::string(p->name) + "' isn't a field in the enclosing class.");
        continue;
      }
      auto* f = static_cast<Field*>(it->second);
      Expression* value = coerce(get(v, p->loc), c_.fieldType(f), p->loc, AssignContext::FieldFormal);
      initField(f, value, p->loc);
    }
    for (ast::Initializer* init : cd->initializers) {
      switch (init->kind) {
        case ast::InitializerKind::Field: {
          auto it = info->getters.find(init->name);
          if (it == info->getters.end() || it->second->memberKind != MemberKind::Field || it->second->isStatic) {
            error(init->loc, "'" + std::string(init->name) + "' isn't a field in the enclosing class.");
            break;
          }
          auto* f = static_cast<Field*>(it->second);
          initField(f, checkAssignable(init->value, c_.fieldType(f), AssignContext::FieldInitializer), init->loc);
          break;
        }
        case ast::InitializerKind::Assert: {
          FlowState t, f;
          auto* a = make<kernel::Initializer>(init->loc);
          a->kind = kernel::InitializerKind::Assert;
          a->value = checkCondition(init->value, t, f, ConditionUse::Assert);
          if (init->message) a->message = check(init->message, nullptr);
          flow_ = FlowState::join(t, f);
          if (c_.options.enableAsserts) k->initializers.push_back(a);
          break;
        }
        case ast::InitializerKind::Super:
        case ast::InitializerKind::Redirect: {
          bool isSuper = init->kind == ast::InitializerKind::Super;
          Class* targetClass = isSuper ? cls_->superclass() : cls_;
          if (!targetClass) break;
          Constructor* target = c_.lookupConstructor(targetClass, init->name);
          if (!target || !target->function) {
            error(init->loc, isSuper ? "The class '" + std::string(targetClass->name) + "' doesn't have a constructor named '" +
                                           std::string(init->name.empty() ? "new" : init->name) + "'."
                                     : "The constructor '" + std::string(cls_->name) + "." + std::string(init->name) + "' couldn't be found.");
            break;
          }
          const InterfaceType* viewType = isSuper ? cls_->supertype : cls_->thisType;
          const FunctionType* sig = static_cast<const FunctionType*>(
              ts().substitute(target->function->type, ts().substitutionFor(viewType)));
          // Super parameters pass through to the super constructor.
          ast::ArgumentList args = init->args;
          std::vector<ast::Expr*> synthesized;
          if (isSuper) {
            for (ast::FormalParam* p : cd->params) {
              if (!p->isSuperParam) continue;
              auto* id = c_.astArena.make<ast::IdentifierExpr>(p->loc);
              id->name = p->name;
              ast::Argument a;
              a.loc = p->loc;
              a.name = p->kind == ast::ParamKind::Named ? p->name : Name();
              a.value = id;
              // Positional super parameters follow the explicit positional arguments.
              args.args.push_back(a);
            }
          }
          const FunctionType* inst = nullptr;
          auto* si = make<kernel::Initializer>(init->loc);
          si->kind = isSuper ? kernel::InitializerKind::Super : kernel::InitializerKind::Redirecting;
          si->target = target;
          si->arguments = checkArguments(sig, {}, args, nullptr, init->loc, &inst);
          k->initializers.push_back(si);
          if (isSuper) hasSuper = true;
          else redirects = true;
          break;
        }
      }
    }
  }
  // The implicit `super()`, with super parameters when there are any.
  Class* super = cls_->superclass();
  if (!hasSuper && !redirects && super) {
    if (cls_->isEnum) {
      Constructor* target = c_.lookupConstructor(super, "");
      if (target) {
        auto* si = make<kernel::Initializer>(k->loc);
        si->kind = kernel::InitializerKind::Super;
        si->target = target;
        si->arguments = make<kernel::Arguments>(k->loc);
        si->arguments->positional.push_back(get(fn->positional[0], k->loc));
        si->arguments->positional.push_back(get(fn->positional[1], k->loc));
        k->initializers.push_back(si);
      }
    } else {
      Constructor* target = c_.lookupConstructor(super, "");
      bool hasSuperParams = false;
      if (cd) {
        for (ast::FormalParam* p : cd->params) hasSuperParams |= p->isSuperParam;
      }
      if (!target || !target->function ||
          (target->function->requiredPositionalCount > 0 && !hasSuperParams)) {
        error(cd ? cd->loc : cls_->loc, "The superclass, '" + std::string(super->name) +
                                            "', has no unnamed constructor that takes no arguments.");
      } else {
        ast::ArgumentList args;
        if (cd) {
          for (ast::FormalParam* p : cd->params) {
            if (!p->isSuperParam) continue;
            auto* id = c_.astArena.make<ast::IdentifierExpr>(p->loc);
            id->name = p->name;
            args.args.push_back({p->loc, p->kind == ast::ParamKind::Named ? p->name : Name(), id});
          }
        }
        const FunctionType* sig = static_cast<const FunctionType*>(
            ts().substitute(target->function->type, ts().substitutionFor(cls_->supertype)));
        const FunctionType* inst = nullptr;
        auto* si = make<kernel::Initializer>(k->loc);
        si->kind = kernel::InitializerKind::Super;
        si->target = target;
        si->arguments = checkArguments(sig, {}, args, nullptr, cd ? cd->loc : k->loc, &inst);
        k->initializers.push_back(si);
      }
    }
  }
  inConstructorInitializer_ = false;
  // Every final or non-nullable field needs a value from somewhere.
  if (!redirects && !k->isExternal) {
    for (Field* f : cls_->fields) {
      if (f->isStatic || f->isLate || initialized.count(f)) continue;
      bool hasInit = c_.fieldDeclarators.count(f) && c_.fieldDeclarators[f]->init;
      if (hasInit || f->enclosingClass != cls_) continue;
      if (f->isFinal) {
        error(cd ? cd->loc : f->loc, "All final variables must be initialized, but '" + std::string(f->name) + "' isn't.");
      } else if (!ts().isPotentiallyNullable(c_.fieldType(f)) && f->type->kind != TypeKind::Invalid) {
        error(cd ? cd->loc : f->loc, "Non-nullable instance field '" + std::string(f->name) + "' must be initialized.");
      }
    }
  }
  if (cd && (cd->blockBody || cd->arrowBody)) {
    // In the body, initializing formals are not in scope; the names mean the fields again.
    popScope();
    pushScope();
    Scope& scope = scopes_.back();
    size_t positional = cls_->isEnum ? 2 : 0;
    for (ast::FormalParam* p : cd->params) {
      Variable* v = nullptr;
      if (p->kind == ast::ParamKind::Named) {
        for (Variable* n : fn->named) {
          if (n->name == p->name) v = n;
        }
      } else {
        v = fn->positional[positional++];
      }
      if (v && !p->isThisField && !p->isSuperParam) scope.variables[v->name] = v;
    }
    if (redirects) error(cd->loc, "Redirecting constructors can't have a body.");
    fn->body = checkBody(cd->blockBody, cd->arrowBody, false);
  } else {
    fn->body = make<kernel::Block>(k->loc);
  }
  if (cd && k->isConst && (cd->blockBody || cd->arrowBody)) error(cd->loc, "Const constructors can't have a body.");
  if (k->isConst) {
    for (Field* f : cls_->fields) {
      if (!f->isStatic && !f->isFinal) {
        error(cd ? cd->loc : k->loc, "Can't define a const constructor for a class with non-final fields.");
        break;
      }
    }
  }
  popScope();
  functions_.pop_back();
}

void BodyChecker::checkEnumValues(Class* cls, ast::EnumDecl* decl) {
  isStaticContext_ = true;
  FunctionContext ctx;
  ctx.function = c_.arena().make<FunctionNode>(decl->loc);
  functions_.push_back(ctx);
  pushScope();
  std::vector<kernel::Constant*> values;
  int64_t index = 0;
  ClassInfo* info = c_.infoOf(cls);
  for (const ast::EnumValueDecl& v : decl->values) {
    Field* field = static_cast<Field*>(info->getters[v.name]);
    field->type = cls->thisType;
    Constructor* k = c_.lookupConstructor(cls, v.constructorName);
    if (!k) {
      error(v.loc, "The enum doesn't have a constructor named '" + std::string(v.constructorName) + "'.");
      ++index;
      continue;
    }
    auto* idx = make<kernel::IntLiteral>(v.loc);
    idx->value = index++;
    idx->type = c_.core().intType;
    auto* name = make<kernel::StringLiteral>(v.loc);
    name->value = std::u16string(v.name.begin(), v.name.end());
    name->type = c_.core().stringType;
    // The user's arguments follow the hidden index and name.
    std::vector<kernel::DartType const*> rest(k->function->type->positional.begin() + 2, k->function->type->positional.end());
    const FunctionType* userSig = types().function({}, rest, k->function->requiredPositionalCount - 2,
                                                   k->function->type->named, types().voidType());
    ast::ArgumentList args = v.args;
    const FunctionType* inst = nullptr;
    kernel::Arguments* a = checkArguments(userSig, {}, args, nullptr, v.loc, &inst);
    a->positional.insert(a->positional.begin(), {idx, name});
    auto* ci = make<kernel::ConstructorInvocation>(v.loc);
    ci->target = k;
    ci->arguments = a;
    ci->constructedType = cls->thisType;
    ci->type = cls->thisType;
    kernel::Constant* value = c_.evaluateConstant(ci, true);
    if (!value) continue;
    auto* ce = make<kernel::ConstantExpr>(v.loc);
    ce->constant = value;
    ce->type = cls->thisType;
    field->initializer = ce;
    c_.fieldConstants[field] = value;
    values.push_back(value);
  }
  Field* valuesField = static_cast<Field*>(info->getters["values"]);
  const DartType* listType = types().interface(c_.core().listClass, {cls->thisType});
  valuesField->type = listType;
  auto list = std::make_unique<kernel::ListConstant>();
  list->elementType = cls->thisType;
  list->elements = values;
  list->type = listType;
  kernel::Constant* listConst = c_.program.constants.canonicalize(std::move(list));
  auto* ce = make<kernel::ConstantExpr>(decl->loc);
  ce->constant = listConst;
  ce->type = listType;
  valuesField->initializer = ce;
  c_.fieldConstants[valuesField] = listConst;
  popScope();
  functions_.pop_back();
}

void Checker::ensureStaticInitializer(Field* field) {
  if (field->initializer || (!field->isStatic && field->enclosingClass)) return;
  if (!field->type) {
    fieldType(field);  // inference checks the initializer itself
    if (field->initializer) return;
  }
  auto pending = pendingFieldInits.find(field);
  if (pending == pendingFieldInits.end()) return;
  auto [init, lib] = pending->second;
  pendingFieldInits.erase(pending);
  field->initializer = BodyChecker(*this, lib, field->enclosingClass, nullptr, nullptr).checkFieldInitializer(field, init);
}

// --- Driving ---------------------------------------------------------------------------------------

void Checker::ensureEnumValues(Class* cls) {
  if (!cls->isEnum || !hasInfo(cls) || !enumValuesChecked.insert(cls).second) return;
  ClassInfo* info = infoOf(cls);
  if (!info->decl || info->decl->kind != ast::DeclKind::Enum) return;
  BodyChecker(*this, info->library, cls, nullptr, nullptr).checkEnumValues(cls, static_cast<ast::EnumDecl*>(info->decl));
}

void Checker::checkPendingBody(size_t index) {
  if (!checkedBodies.insert(index).second) return;
  PendingBody b = pendingBodies[index];
  BodyChecker bc(*this, b.library, b.cls, b.extension, b.mixinSubstitution);
  if (b.mixinSubstitution) suppressErrors++;
  if (b.function) {
    bc.checkProcedure(static_cast<Procedure*>(b.member), b.function);
  } else {
    bc.checkConstructor(static_cast<Constructor*>(b.member), b.constructor);
  }
  if (b.mixinSubstitution) suppressErrors--;
}

void Checker::ensureBodyChecked(const Member* member) {
  if (pendingBodyIndex.size() != pendingBodies.size()) {
    for (size_t i = 0; i < pendingBodies.size(); ++i) pendingBodyIndex[pendingBodies[i].member] = i;
  }
  auto it = pendingBodyIndex.find(member);
  if (it != pendingBodyIndex.end()) checkPendingBody(it->second);
}

void Checker::ensureFactoryChecked(const Procedure* factory) {
  if (!checkedFactories.insert(factory).second) return;
  for (FactoryDecl& f : factoryDecls) {
    if (f.procedure == factory) BodyChecker(*this, f.library, f.cls, nullptr, nullptr).checkFactory(f.procedure, f.decl);
  }
}

Expression* Checker::defaultValueOf(const Variable* parameter) {
  // Default values are constants: one expression is shared safely by every parameter taking it.
  if (parameter->initializer) return parameter->initializer;
  if (auto inherited = superParameterDefaults.find(parameter); inherited != superParameterDefaults.end()) {
    ensureBodyChecked(inherited->second.superConstructor);
    return defaultValueOf(inherited->second.superParameter);
  }
  auto forwarded = forwardedDefaults.find(const_cast<Variable*>(parameter));
  return forwarded == forwardedDefaults.end() ? nullptr : defaultValueOf(forwarded->second);
}

void Checker::checkBodies() {
  // Enum values first: their constants may be used by other constants.
  for (auto& lib : libraries) {
    for (ast::CompilationUnit* unit : lib->units) {
      for (ast::Decl* d : unit->declarations) {
        if (d->kind != ast::DeclKind::Enum) continue;
        auto* ed = static_cast<ast::EnumDecl*>(d);
        Class* cls = lib->declared[ed->name].cls;
        if (cls) ensureEnumValues(cls);
      }
    }
  }
  for (size_t i = 0; i < pendingBodies.size(); ++i) checkPendingBody(i);
  for (auto& [parameter, target] : forwardedDefaults) {
    if (!parameter->initializer) parameter->initializer = defaultValueOf(target);
  }
  for (FactoryDecl& f : factoryDecls) {
    if (checkedFactories.insert(f.procedure).second) {
      BodyChecker(*this, f.library, f.cls, nullptr, nullptr).checkFactory(f.procedure, f.decl);
    }
  }
  // Again: a redirecting factory's parameters take their defaults from the target when the
  // factory is checked, and its tear-off forwards them.
  for (auto& [parameter, target] : forwardedDefaults) {
    if (!parameter->initializer) parameter->initializer = defaultValueOf(target);
  }
  for (PendingField& pf : pendingFieldBodies) {
    auto subst = mixinFieldSubstitutions.find(pf.field);
    const Substitution* s = subst == mixinFieldSubstitutions.end() ? nullptr : subst->second;
    if (s) suppressErrors++;
    pf.field->initializer = BodyChecker(*this, pf.library, pf.cls, pf.extension, s).checkFieldInitializer(pf.field, pf.init);
    if (s) suppressErrors--;
  }
  // Static fields whose type was written (inferred ones were checked during inference).
  std::vector<Field*> statics;
  for (auto& [field, init] : pendingFieldInits) statics.push_back(field);
  std::sort(statics.begin(), statics.end(), [](Field* a, Field* b) { return a->id < b->id; });
  for (Field* field : statics) ensureStaticInitializer(field);
  // Non-nullable top-level and static variables need an initializer (or `late`).
  for (auto& lib : libraries) {
    if (lib->isSdk) continue;
    auto checkStatic = [&](Field* f) {
      if (f->initializer || f->isLate) return;
      if (!fieldDeclarators.count(f) || fieldDeclarators[f]->init) return;
      if (f->isConst) {
        error(f->loc, "The constant '" + std::string(f->name) + "' must be initialized.");
      } else if (f->isFinal) {
        error(f->loc, "The final variable '" + std::string(f->name) + "' must be initialized.");
      } else if (!ts.isPotentiallyNullable(fieldType(f))) {
        error(f->loc, "The non-nullable variable '" + std::string(f->name) + "' must be initialized.");
      }
    };
    for (Field* f : lib->library->fields) checkStatic(f);
    for (Class* cls : lib->library->classes) {
      for (Field* f : cls->fields) {
        if (f->isStatic) checkStatic(f);
      }
    }
  }
  finishNoSuchMethodForwarders();
}

}  // namespace dartc::sema
