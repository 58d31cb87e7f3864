// Extension types (Dart 3.3; docs/extension_types.md). During analysis an extension type is an
// InterfaceType of a class that exists only in the checker (ExtensionInfo::typeClass): its
// supertypes are the `implements` clause (and Object, which TypeSystem refines: the type is a
// subtype of Object only when it implements a non-nullable type), so subtyping and member lookup
// through `implements` reuse the class machinery. Its own members are extension members (static
// functions taking the representation as `this`), so calls are resolved statically. Its
// constructors become generic static functions that return the representation value.
//
// At run time an extension type is its representation type: eraseExtensionTypes() replaces
// every extension type in the Program by its erasure before the Program leaves the frontend, so
// no later stage ever sees the classes standing for them.
#include <algorithm>
#include <functional>

#include "frontend/kernel_walk.h"
#include "sema/body_checker.h"
#include "sema/checker.h"

namespace dartc::sema {

namespace {

ast::FormalParam* copyParam(ast::AstArena& arena, const ast::FormalParam* p) {
  auto* q = arena.make<ast::FormalParam>(p->loc);
  *q = *p;
  return q;
}

ast::NamedTypeNode* selfTypeNode(ast::AstArena& arena, ast::ExtensionDecl* d) {
  auto* t = arena.make<ast::NamedTypeNode>(d->nameLoc);
  t->name = d->name;
  for (ast::TypeParam* p : d->typeParams) {
    auto* arg = arena.make<ast::NamedTypeNode>(p->loc);
    arg->name = p->name;
    t->typeArgs.push_back(arg);
  }
  return t;
}

}  // namespace

Class* Checker::declareExtensionType(ExtensionInfo* ext, LibraryInfo* lib, ExtensionTypeMembers& out) {
  ast::ExtensionDecl* d = ext->decl;
  auto* cls = arena().make<Class>(d->nameLoc.valid() ? d->nameLoc : d->loc);
  cls->name = d->name;
  cls->library = lib->library;
  // Not in the library's class list and without a class id: no later stage may see it.
  cls->typeParams = declareTypeParams(d->typeParams, cls);
  auto info = std::make_unique<ClassInfo>();
  info->cls = cls;
  info->library = lib;
  info->headerResolved = true;  // resolveExtensionTypeHeader fills the header
  info->signaturesResolved = true;
  classInfos_[cls] = std::move(info);
  ext->typeClass = cls;
  extensionTypeClasses[cls] = ext;

  ast::FormalParam* rep = d->representation;
  if (rep) ext->representationName = rep->name;

  // A constructor as a generic static function over copies of the type's parameters.
  auto function = [&](SourceLoc loc, ast::TypeNode* returnType) {
    auto* fd = astArena.make<ast::FunctionDecl>(loc);
    fd->isStatic = true;
    fd->typeParams = d->typeParams;
    fd->returnType = returnType;
    return fd;
  };
  auto repGet = [&](SourceLoc loc) {
    auto* id = astArena.make<ast::IdentifierExpr>(loc);
    id->name = rep->name;
    return id;
  };
  if (rep) {
    // The primary constructor `Name(Rep r)`: returns its argument.
    ast::FunctionDecl* fd = function(d->primaryLoc.valid() ? d->primaryLoc : d->nameLoc, rep->type);
    fd->name = d->primaryName;
    fd->params.push_back(copyParam(astArena, rep));
    fd->arrowBody = repGet(rep->loc);
    out.constructors.push_back({d->primaryName, fd});
    // The representation getter; its body is built by the checker (the value itself).
    auto* getter = astArena.make<ast::FunctionDecl>(rep->loc);
    getter->name = rep->name;
    getter->functionKind = ast::FunctionKind::Getter;
    getter->hasParamList = false;
    getter->returnType = rep->type;
    out.representationGetter = getter;
  }
  for (ast::MemberDecl& m : d->members) {
    ast::ConstructorDecl* k = m.constructor;
    if (!k) continue;
    if (!rep) continue;
    if (k->name == d->primaryName) {
      error(k->loc, k->name.empty() ? "The unnamed constructor is already defined."
                                    : "The constructor with name '" + std::string(k->name) + "' is already defined.");
      continue;
    }
    if (k->isExternal || (k->isFactory && k->redirectType)) {
      error(k->loc, "'extension type external or redirecting factory constructor' is not supported yet.");
      continue;
    }
    if (k->isFactory) {
      // A factory returns a value of the extension type, as written in its body.
      ast::FunctionDecl* fd = function(k->loc, selfTypeNode(astArena, d));
      fd->name = k->name;
      for (ast::FormalParam* p : k->params) fd->params.push_back(copyParam(astArena, p));
      fd->blockBody = k->blockBody;
      fd->arrowBody = k->arrowBody;
      out.constructors.push_back({k->name, fd});
      continue;
    }
    // A generative constructor initializes the representation exactly once: by `this.r`, by
    // `: r = e`, or by redirecting to another constructor (`: this.other(...)`).
    ast::Expr* value = nullptr;
    ast::TypeNode* returnType = rep->type;
    std::vector<ast::FormalParam*> params;
    std::vector<ast::Stmt*> asserts;  // initializer-list asserts, run before the value
    bool valueFromInitializer = false;
    bool ok = true;
    for (ast::FormalParam* p : k->params) {
      ast::FormalParam* q = copyParam(astArena, p);
      if (p->isThisField || p->isSuperParam) {
        if (p->isSuperParam || p->name != rep->name) {
          error(p->loc, p->isSuperParam ? "Extension type constructors can't include super initializers."
                                        : "'" + std::string(p->name) + "' isn't a field in the enclosing class.");
          ok = false;
          continue;
        }
        q->isThisField = false;
        if (!q->type) q->type = rep->type;
        value = repGet(p->loc);
      }
      params.push_back(q);
    }
    for (ast::Initializer* init : k->initializers) {
      if (init->kind == ast::InitializerKind::Field && init->name == rep->name && !value) {
        value = init->value;
        valueFromInitializer = true;
      } else if (init->kind == ast::InitializerKind::Assert && !valueFromInitializer) {
        auto* a = astArena.make<ast::AssertStmt>(init->loc);
        a->condition = init->value;
        a->message = init->message;
        asserts.push_back(a);
      } else if (init->kind == ast::InitializerKind::Field && init->name == rep->name) {
        error(init->loc, "The field '" + std::string(rep->name) + "' can't be initialized twice in the same constructor.");
        ok = false;
      } else if (init->kind == ast::InitializerKind::Field) {
        error(init->loc, "'" + std::string(init->name) + "' isn't a field in the enclosing class.");
        ok = false;
      } else if (init->kind == ast::InitializerKind::Redirect && !value && k->initializers.size() == 1 + asserts.size()) {
        auto* call = astArena.make<ast::InstanceCreationExpr>(init->loc);
        call->type = selfTypeNode(astArena, d);
        call->constructorName = init->name;
        call->args = init->args;
        value = call;
        returnType = call->type;
      } else if (init->kind == ast::InitializerKind::Super) {
        error(init->loc, "Extension type constructors can't include super initializers.");
        ok = false;
      } else {
        error(init->loc, "'extension type constructor assert' is not supported yet.");
        ok = false;
      }
    }
    if (!ok) continue;
    if (!value) {
      error(k->loc, "All final variables must be initialized, but '" + std::string(rep->name) + "' isn't.");
      continue;
    }
    if (k->blockBody && !k->blockBody->statements.empty()) {
      // A body runs with `this` bound to the new value: it becomes an instance member
      // `name#body` taking the constructor's parameters, and the constructor returns
      // `(value as Name<T>)..name#body(params)`.
      auto* body = astArena.make<ast::FunctionDecl>(k->loc);
      body->name = keep((k->name.empty() ? std::string("new") : std::string(k->name)) + "#body");
      auto* voidType = astArena.make<ast::NamedTypeNode>(k->loc);
      voidType->name = "void";
      body->returnType = voidType;
      body->blockBody = k->blockBody;
      auto* call = astArena.make<ast::MethodCallExpr>(k->blockBody->loc);
      call->target = astArena.make<ast::CascadeReceiverExpr>(k->blockBody->loc);
      call->name = body->name;
      call->nameLoc = k->blockBody->loc;
      for (ast::FormalParam* p : params) {
        body->params.push_back(copyParam(astArena, p));
        body->params.back()->defaultValue = nullptr;
        if (p->kind == ast::ParamKind::OptionalPositional || p->kind == ast::ParamKind::Named) {
          // Always passed: the body's parameters are all required (their values come from the
          // constructor, defaults included).
          body->params.back()->kind = p->kind == ast::ParamKind::Named ? ast::ParamKind::Named : ast::ParamKind::RequiredPositional;
          body->params.back()->isRequired = p->kind == ast::ParamKind::Named;
        }
        auto* arg = astArena.make<ast::IdentifierExpr>(p->loc);
        arg->name = p->name;
        call->args.args.push_back({p->loc, p->kind == ast::ParamKind::Named ? p->name : Name{}, arg});
      }
      out.bodies.push_back(body);
      auto* self = selfTypeNode(astArena, d);
      auto* cast = astArena.make<ast::AsExpr>(k->loc);
      cast->operand = value;
      cast->type = self;
      auto* paren = astArena.make<ast::ParenExpr>(k->loc);
      paren->inner = cast;
      auto* cascade = astArena.make<ast::CascadeExpr>(k->loc);
      cascade->target = paren;
      cascade->sections.push_back(call);
      value = cascade;
      returnType = self;
    }
    ast::FunctionDecl* fd = function(k->loc, returnType);
    fd->name = k->name;
    fd->params = std::move(params);
    if (asserts.empty()) {
      fd->arrowBody = value;
    } else {
      auto* block = astArena.make<ast::Block>(k->loc);
      block->statements = std::move(asserts);
      auto* ret = astArena.make<ast::ReturnStmt>(value->loc);
      ret->value = value;
      block->statements.push_back(ret);
      fd->blockBody = block;
    }
    out.constructors.push_back({k->name, fd});
  }
  return cls;
}

ExtensionInfo* Checker::extensionTypeOfConstructor(const Procedure* p) const {
  auto it = extensionOfMember.find(const_cast<Procedure*>(p));
  if (it == extensionOfMember.end() || !it->second->typeClass) return nullptr;
  for (auto& [name, ctor] : it->second->constructors) {
    if (ctor == p) return it->second;
  }
  return nullptr;
}

void Checker::resolveExtensionTypeHeader(ExtensionInfo* ext) {
  Class* cls = ext->typeClass;
  if (cls->thisType) return;  // done, or in progress (a cycle through `implements`)
  extensionTypeHeaderStack.push_back(cls);
  struct PopOnExit {
    std::vector<Class*>& stack;
    ~PopOnExit() { stack.pop_back(); }
  } popOnExit{extensionTypeHeaderStack};
  ast::ExtensionDecl* d = ext->decl;
  LibraryInfo* lib = ext->library;
  TypeScope scope{&cls->typeParams};
  resolveTypeParamBounds(d->typeParams, cls->typeParams, lib, scope);
  std::vector<const DartType*> params;
  for (TypeParameter* p : cls->typeParams) params.push_back(types().typeParameter(p));
  cls->thisType = types().interface(cls, params);
  cls->supertype = core().objectType;
  ext->representationType =
      d->representation ? resolveType(d->representation->type, lib, scope) : types().invalidType();
  // The representation may not be, or contain, the extension type itself.
  std::function<bool(const DartType*, int)> dependsOnSelf = [&](const DartType* t, int depth) -> bool {
    if (depth > 50) return true;
    switch (t->kind) {
      case kernel::TypeKind::Interface: {
        auto* it = static_cast<const InterfaceType*>(t);
        if (it->cls == cls) return true;
        for (const DartType* a : it->args) {
          if (dependsOnSelf(a, depth + 1)) return true;
        }
        if (ExtensionInfo* other = extensionTypeOf(it->cls)) {
          resolveExtensionTypeHeader(other);
          if (other->representationType && dependsOnSelf(other->representationType, depth + 1)) return true;
        }
        return false;
      }
      case kernel::TypeKind::Function: {
        auto* f = static_cast<const kernel::FunctionType*>(t);
        if (dependsOnSelf(f->returnType, depth + 1)) return true;
        for (const DartType* p : f->positional) {
          if (dependsOnSelf(p, depth + 1)) return true;
        }
        for (auto& n : f->named) {
          if (dependsOnSelf(n.type, depth + 1)) return true;
        }
        return false;
      }
      case kernel::TypeKind::Record: {
        auto* r = static_cast<const kernel::RecordType*>(t);
        for (const DartType* p : r->positional) {
          if (dependsOnSelf(p, depth + 1)) return true;
        }
        for (auto& n : r->named) {
          if (dependsOnSelf(n.type, depth + 1)) return true;
        }
        return false;
      }
      case kernel::TypeKind::FutureOr: return dependsOnSelf(static_cast<const kernel::FutureOrType*>(t)->arg, depth + 1);
      default: return false;
    }
  };
  if (d->representation && dependsOnSelf(ext->representationType, 0)) {
    error(d->representation->type->loc, "The extension type representation can't depend on itself.");
    ext->representationType = types().invalidType();
  }
  bool nonNullable = false;
  for (ast::NamedTypeNode* node : d->interfaces) {
    const DartType* t = resolveType(node, lib, scope);
    if (t->kind == kernel::TypeKind::Invalid) continue;
    if (t->kind != kernel::TypeKind::Interface || t->isNullable() || t == core().functionType ||
        static_cast<const InterfaceType*>(t)->cls == core().nullClass) {
      error(node->loc, "Extension types can't implement '" + t->toString() + "'.");
      continue;
    }
    auto* it = static_cast<const InterfaceType*>(t);
    if (ExtensionInfo* other = extensionTypeOf(it->cls)) {
      auto onStack = std::find(extensionTypeHeaderStack.begin(), extensionTypeHeaderStack.end(), it->cls);
      if (onStack != extensionTypeHeaderStack.end()) {
        // A cycle through `implements`, reported like the analyzer: "'A' can't be a
        // superinterface of itself: A, B, A."
        std::string path;
        for (auto c = onStack; c != extensionTypeHeaderStack.end(); ++c) path += std::string((*c)->name) + ", ";
        if (it->cls == cls) {
          error(node->loc, "'" + std::string(cls->name) + "' can't implement itself.");
        } else {
          error(node->loc, "'" + std::string(it->cls->name) + "' can't be a superinterface of itself: " + path +
                               std::string(it->cls->name) + ".");
        }
        continue;
      }
      resolveExtensionTypeHeader(other);
      const DartType* otherRep = ts.substitute(other->representationType, ts.substitutionFor(it));
      if (!ts.isSubtype(ext->representationType, otherRep)) {
        error(node->loc, "'" + otherRep->toString() + "', the representation type of '" + it->toString() +
                             "', is not a supertype of '" + ext->representationType->toString() +
                             "', the representation type of '" + std::string(cls->name) + "'.");
        continue;
      }
      nonNullable = nonNullable || ts.isNonNullableExtensionType(it->cls);
    } else {
      if (!ts.isSubtype(ext->representationType, it)) {
        error(node->loc, "'" + it->toString() + "' is not a supertype of '" + ext->representationType->toString() +
                             "', the representation type.");
        continue;
      }
      nonNullable = true;
    }
    cls->interfaces.push_back(it);
  }
  ts.addExtensionType(cls, nonNullable);
  ts.invalidateHierarchy();
  // The members see the type over their own copies of the parameters.
  TypeScope extScope{&ext->typeParams};
  resolveTypeParamBounds(d->typeParams, ext->typeParams, lib, extScope);
  std::vector<const DartType*> extArgs;
  for (TypeParameter* p : ext->typeParams) extArgs.push_back(types().typeParameter(p));
  ext->onType = types().interface(cls, extArgs);
}

ExtensionInfo* BodyChecker::extensionTypeMember(const DartType* receiverType, Name name, bool setter, ExtensionMember* found) {
  const DartType* t = ts().resolveToBound(receiverType);
  if (const DartType* b = ts().promotedBoundOf(receiverType)) t = b;
  if (t->kind != kernel::TypeKind::Interface || t->isNullable()) return nullptr;
  std::vector<const Class*> work{static_cast<const InterfaceType*>(t)->cls};
  std::unordered_set<const Class*> seen;
  while (!work.empty()) {
    const Class* cls = work.front();
    work.erase(work.begin());
    ExtensionInfo* ext = c_.extensionTypeOf(cls);
    if (!ext || !seen.insert(cls).second) continue;
    auto it = ext->members.find(name);
    if (it != ext->members.end() && (setter ? it->second.setter : it->second.getter)) {
      *found = it->second;
      return ext;
    }
    for (const InterfaceType* i : cls->interfaces) work.push_back(i->cls);
  }
  return nullptr;
}

Expression* BodyChecker::extensionTypeConstructorTearOff(ExtensionInfo* ext, Name ctorName, SourceLoc loc) {
  auto it = ext->constructors.find(ctorName);
  if (it == ext->constructors.end()) return nullptr;
  Procedure* p = it->second;
  if (!p->function) return invalid(loc);
  // The function returns the representation value, which is the extension type's value: its
  // erasure is the same type, so only the static type changes.
  const FunctionType* f = p->function->type;
  std::vector<const DartType*> args;
  for (TypeParameter* tp : f->typeParams) args.push_back(types().typeParameter(tp));
  auto* t = make<kernel::StaticTearOff>(loc);
  t->target = p;
  t->type = types().function(f->typeParams, f->positional, f->requiredPositionalCount, f->named,
                             types().interface(ext->typeClass, args));
  return t;
}

// --- Erasure -----------------------------------------------------------------------------------

namespace {

class Eraser {
 public:
  // `final` erasure also erases type parameters' bounds in place; during analysis they must
  // stay as written.
  Eraser(Checker& c, bool eraseBounds) : c_(c), types_(c.types()), eraseBounds_(eraseBounds) {}

  const DartType* erase(const DartType* t) {
    if (!t) return t;
    auto memo = done_.find(t);
    if (memo != done_.end()) return memo->second;
    const DartType* result = compute(t);
    done_[t] = result;
    return result;
  }

  void eraseParams(const std::vector<TypeParameter*>& params) {
    if (!eraseBounds_) return;
    for (TypeParameter* p : params) {
      if (p && seenParams_.insert(p).second) p->bound = erase(p->bound);
    }
  }

  void eraseFunction(kernel::FunctionNode* fn) {
    if (!fn || !seenFunctions_.insert(fn).second) return;
    eraseParams(fn->typeParams);
    fn->returnType = erase(fn->returnType);
    fn->type = static_cast<const kernel::FunctionType*>(erase(fn->type));
    for (kernel::Variable* v : fn->positional) eraseVariable(v);
    for (kernel::Variable* v : fn->named) eraseVariable(v);
  }

  void eraseVariable(kernel::Variable* v) {
    if (v) v->type = erase(v->type);
  }

  void eraseArguments(kernel::Arguments* a) {
    if (!a) return;
    for (const DartType*& t : a->types) t = erase(t);
  }

  void eraseConstant(kernel::Constant* k) {
    if (!k) return;
    k->type = erase(k->type);
    switch (k->kind) {
      case kernel::ConstantKind::Instance:
        for (const DartType*& t : static_cast<kernel::InstanceConstant*>(k)->typeArgs) t = erase(t);
        break;
      case kernel::ConstantKind::List: {
        auto* l = static_cast<kernel::ListConstant*>(k);
        l->elementType = erase(l->elementType);
        break;
      }
      case kernel::ConstantKind::Set: {
        auto* s = static_cast<kernel::SetConstant*>(k);
        s->elementType = erase(s->elementType);
        break;
      }
      case kernel::ConstantKind::Map: {
        auto* m = static_cast<kernel::MapConstant*>(k);
        m->keyType = erase(m->keyType);
        m->valueType = erase(m->valueType);
        break;
      }
      case kernel::ConstantKind::TypeLiteral: {
        auto* t = static_cast<kernel::TypeLiteralConstant*>(k);
        t->literalType = erase(t->literalType);
        break;
      }
      case kernel::ConstantKind::TearOff:
        for (const DartType*& t : static_cast<kernel::TearOffConstant*>(k)->typeArgs) t = erase(t);
        break;
      default: break;
    }
  }

  void eraseExpression(kernel::Expression* e) {
    using K = kernel::ExprKind;
    e->type = erase(e->type);
    switch (e->kind) {
      case K::StaticInvocation: eraseArguments(static_cast<kernel::StaticInvocation*>(e)->arguments); break;
      case K::ConstructorInvocation: {
        auto* ci = static_cast<kernel::ConstructorInvocation*>(e);
        eraseArguments(ci->arguments);
        ci->constructedType = static_cast<const InterfaceType*>(erase(ci->constructedType));
        break;
      }
      case K::InstanceInvocation: eraseArguments(static_cast<kernel::InstanceInvocation*>(e)->arguments); break;
      case K::SuperInvocation: eraseArguments(static_cast<kernel::SuperInvocation*>(e)->arguments); break;
      case K::DynamicInvocation: eraseArguments(static_cast<kernel::DynamicInvocation*>(e)->arguments); break;
      case K::FunctionInvocation: {
        auto* fi = static_cast<kernel::FunctionInvocation*>(e);
        eraseArguments(fi->arguments);
        fi->functionType = static_cast<const kernel::FunctionType*>(erase(fi->functionType));
        break;
      }
      case K::LocalFunctionInvocation: eraseArguments(static_cast<kernel::LocalFunctionInvocation*>(e)->arguments); break;
      case K::FunctionExpression: eraseFunction(static_cast<kernel::FunctionExpression*>(e)->function); break;
      case K::Is: {
        auto* is = static_cast<kernel::IsExpr*>(e);
        is->testedType = erase(is->testedType);
        break;
      }
      case K::ListLiteral: {
        auto* l = static_cast<kernel::ListLiteral*>(e);
        l->elementType = erase(l->elementType);
        break;
      }
      case K::SetLiteral: {
        auto* s = static_cast<kernel::SetLiteral*>(e);
        s->elementType = erase(s->elementType);
        break;
      }
      case K::MapLiteral: {
        auto* m = static_cast<kernel::MapLiteral*>(e);
        m->keyType = erase(m->keyType);
        m->valueType = erase(m->valueType);
        break;
      }
      case K::TypeLiteral: {
        auto* t = static_cast<kernel::TypeLiteral*>(e);
        t->literalType = erase(t->literalType);
        break;
      }
      case K::Instantiation:
        for (const DartType*& t : static_cast<kernel::Instantiation*>(e)->typeArgs) t = erase(t);
        break;
      case K::ConstantExpr: eraseConstant(static_cast<kernel::ConstantExpr*>(e)->constant); break;
      default: break;
    }
  }

  void eraseMember(kernel::Member* m) {
    kernel::Walker w;
    w.onExpression = [&](const kernel::Expression* e) { eraseExpression(const_cast<kernel::Expression*>(e)); };
    w.onFunction = [&](const kernel::FunctionNode* f) { eraseFunction(const_cast<kernel::FunctionNode*>(f)); };
    w.onDeclare = [&](const kernel::Variable* v) { eraseVariable(const_cast<kernel::Variable*>(v)); };
    w.onStatement = [&](const kernel::Statement* s) {
      if (s->kind != kernel::StmtKind::TryCatch) return;
      for (kernel::CatchClause* c : static_cast<const kernel::TryCatchStmt*>(s)->catches) c->guard = erase(c->guard);
    };
    switch (m->memberKind) {
      case kernel::MemberKind::Field: {
        auto* f = static_cast<kernel::Field*>(m);
        f->type = erase(f->type);
        break;
      }
      case kernel::MemberKind::Procedure: eraseFunction(static_cast<kernel::Procedure*>(m)->function); break;
      case kernel::MemberKind::Constructor: {
        auto* k = static_cast<kernel::Constructor*>(m);
        eraseFunction(k->function);
        for (kernel::Initializer* init : k->initializers) {
          eraseArguments(init->arguments);
          eraseVariable(init->variable);
        }
        break;
      }
    }
    w.walkMember(m);
  }

 private:
  const DartType* compute(const DartType* t) {
    switch (t->kind) {
      case kernel::TypeKind::Interface: {
        auto* it = static_cast<const InterfaceType*>(t);
        if (ExtensionInfo* ext = c_.extensionTypeOf(it->cls)) {
          const DartType* rep = ext->representationType ? ext->representationType : types_.invalidType();
          if (rep->kind == kernel::TypeKind::Invalid) return types_.dynamicType();
          const DartType* e = erase(c_.ts.substitute(rep, c_.ts.substitutionFor(it)));
          return it->isNullable() ? types_.nullable(e) : e;
        }
        std::vector<const DartType*> args;
        bool changed = false;
        for (const DartType* a : it->args) {
          args.push_back(erase(a));
          changed = changed || args.back() != a;
        }
        return changed ? types_.interface(it->cls, std::move(args), it->nullability) : t;
      }
      case kernel::TypeKind::Function: {
        auto* f = static_cast<const kernel::FunctionType*>(t);
        eraseParams(f->typeParams);
        std::vector<const DartType*> positional;
        for (const DartType* p : f->positional) positional.push_back(erase(p));
        std::vector<kernel::NamedParameterType> named = f->named;
        for (auto& n : named) n.type = erase(n.type);
        return types_.function(f->typeParams, std::move(positional), f->requiredPositionalCount, std::move(named),
                               erase(f->returnType), f->nullability);
      }
      case kernel::TypeKind::Record: {
        auto* r = static_cast<const kernel::RecordType*>(t);
        std::vector<const DartType*> positional;
        for (const DartType* p : r->positional) positional.push_back(erase(p));
        std::vector<kernel::NamedParameterType> named = r->named;
        for (auto& n : named) n.type = erase(n.type);
        return types_.record(std::move(positional), std::move(named), r->nullability);
      }
      case kernel::TypeKind::FutureOr: {
        auto* f = static_cast<const kernel::FutureOrType*>(t);
        return types_.futureOr(erase(f->arg), f->nullability);
      }
      case kernel::TypeKind::TypeParameter: {
        auto* p = static_cast<const kernel::TypeParameterType*>(t);
        eraseParams({p->param});
        if (p->promotedBound) return types_.intersection(p->param, erase(p->promotedBound));
        return t;
      }
      default: return t;
    }
  }

  Checker& c_;
  kernel::TypeStore& types_;
  std::unordered_map<const DartType*, const DartType*> done_;
  std::unordered_set<const TypeParameter*> seenParams_;
  std::unordered_set<const kernel::FunctionNode*> seenFunctions_;
  bool eraseBounds_;
};

}  // namespace

const DartType* Checker::extensionTypeErasure(const DartType* t) {
  if (extensionTypeClasses.empty()) return t;
  return Eraser(*this, false).erase(t);
}

void Checker::eraseExtensionTypes() {
  if (extensionTypeClasses.empty()) return;
  Eraser e(*this, true);
  for (kernel::Library* lib : program.libraries) {
    for (kernel::Field* f : lib->fields) e.eraseMember(f);
    for (kernel::Procedure* p : lib->procedures) e.eraseMember(p);
    for (Class* cls : lib->classes) {
      e.eraseParams(cls->typeParams);
      if (cls->supertype) cls->supertype = static_cast<const InterfaceType*>(e.erase(cls->supertype));
      for (const InterfaceType*& i : cls->interfaces) i = static_cast<const InterfaceType*>(e.erase(i));
      cls->thisType = static_cast<const InterfaceType*>(e.erase(cls->thisType));
      for (kernel::Field* f : cls->fields) e.eraseMember(f);
      for (kernel::Procedure* p : cls->procedures) e.eraseMember(p);
      for (kernel::Constructor* k : cls->constructors) e.eraseMember(k);
    }
  }
  for (kernel::Constant* k : program.constants.all()) e.eraseConstant(k);
}

}  // namespace dartc::sema
