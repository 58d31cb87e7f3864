// Member signatures: parameter and return types of every function, field types, constructors'
// initializing formals, inference of omitted types in overrides, implicit default constructors
// and the members that mixin applications receive.
#include "sema/checker.h"

namespace dartc::sema {

using kernel::FunctionNode;
using kernel::NamedParameterType;
using kernel::ProcedureKind;
using kernel::Variable;

namespace {

// Parameter of an overridden member matching `param` (by position or by name), for inheriting
// omitted types.
const DartType* inheritedParamType(Checker& c, Member* overridden, const DartType* receiver, ast::FormalParam* param,
                                   size_t positionalIndex) {
  if (!overridden) return nullptr;
  if (overridden->memberKind == kernel::MemberKind::Field) {
    return c.setterType(overridden, receiver);  // a setter overriding a field's implicit setter
  }
  auto* proc = static_cast<Procedure*>(overridden);
  if (proc->kind == ProcedureKind::Setter) return c.setterType(proc, receiver);
  const FunctionType* ft = c.methodType(proc, receiver);
  if (!ft) return nullptr;
  if (param->kind == ast::ParamKind::Named) {
    for (const auto& n : ft->named) {
      if (n.name == param->name) return n.type;
    }
    return nullptr;
  }
  return positionalIndex < ft->positional.size() ? ft->positional[positionalIndex] : nullptr;
}

}  // namespace

// Builds the parameters and signature of a function. `cls` is the enclosing class (for
// `this.x` parameters); `overridden` supplies omitted types of instance members.
FunctionNode* buildFunctionNode(Checker& c, SourceLoc loc, const std::vector<ast::FormalParam*>& params,
                                ast::TypeNode* returnNode, std::vector<TypeParameter*> typeParams,
                                LibraryInfo* lib, const Checker::TypeScope& scope, Class* cls, Member* overridden,
                                const DartType* overriddenReceiver, const DartType* defaultReturn) {
  auto* fn = c.arena().make<FunctionNode>(loc);
  fn->typeParams = std::move(typeParams);
  std::vector<const DartType*> positional;
  std::vector<NamedParameterType> named;
  size_t positionalIndex = 0;
  for (ast::FormalParam* p : params) {
    const DartType* type = nullptr;
    if (p->type) {
      type = c.resolveType(p->type, lib, scope);
    } else if (p->isThisField && cls) {
      auto it = c.infoOf(cls)->getters.find(p->name);
      if (it != c.infoOf(cls)->getters.end() && it->second->memberKind == kernel::MemberKind::Field &&
          !it->second->isStatic) {
        type = c.fieldType(static_cast<Field*>(it->second));
      }
    } else if (!p->isSuperParam) {
      type = inheritedParamType(c, overridden, overriddenReceiver, p, positionalIndex);
    }
    if (!type) type = c.types().dynamicType();  // super parameters are typed by the constructor checker
    Variable* v = c.newVariable(p->loc, p->name, type);
    v->isFinal = p->modifiers.isFinal;
    v->isRequired = p->isRequired;
    v->isCovariant = p->modifiers.isCovariant;
    v->owner = fn;
    if (p->kind == ast::ParamKind::Named) {
      fn->named.push_back(v);
      named.push_back({p->name, type, p->isRequired});
    } else {
      fn->positional.push_back(v);
      positional.push_back(type);
      if (p->kind == ast::ParamKind::RequiredPositional) fn->requiredPositionalCount++;
      ++positionalIndex;
    }
  }
  const DartType* ret = nullptr;
  if (returnNode) {
    ret = c.resolveType(returnNode, lib, scope);
  } else if (overridden) {
    if (overridden->memberKind == kernel::MemberKind::Procedure &&
        static_cast<Procedure*>(overridden)->kind != ProcedureKind::Setter &&
        static_cast<Procedure*>(overridden)->kind != ProcedureKind::Getter) {
      const FunctionType* ft = c.methodType(static_cast<Procedure*>(overridden), overriddenReceiver);
      ret = ft ? ft->returnType : nullptr;
    } else {
      ret = c.getterType(overridden, overriddenReceiver);
    }
  }
  fn->returnType = ret ? ret : defaultReturn;
  fn->type = c.types().function(fn->typeParams, std::move(positional), fn->requiredPositionalCount, std::move(named),
                                fn->returnType);
  return fn;
}

namespace {

class SignatureBuilder {
 public:
  explicit SignatureBuilder(Checker& c) : c_(c) {}

  void procedureSignature(Procedure* p, ast::FunctionDecl* fd, LibraryInfo* lib, Class* cls, ExtensionInfo* ext) {
    Checker::TypeScope scope;
    if (cls) scope.push_back(&cls->typeParams);
    if (ext) scope.push_back(&ext->typeParams);
    std::vector<TypeParameter*> typeParams = c_.declareTypeParams(fd->typeParams, nullptr);
    for (TypeParameter* tp : typeParams) tp->isFunctionTypeParam = true;
    scope.push_back(&typeParams);
    c_.resolveTypeParamBounds(fd->typeParams, typeParams, lib, scope);
    // Extension members take `this` as an extra first parameter and the extension's type
    // parameters as their own leading type parameters.
    Member* overridden = nullptr;
    const DartType* receiver = nullptr;
    if (cls && !p->isStatic && p->name.size() && (!fd->returnType || anyParamUntyped(fd))) {
      LookupKind kind = p->kind == ProcedureKind::Setter ? LookupKind::Setter : LookupKind::Getter;
      overridden = inherited(cls, p->name, kind);
      receiver = cls->thisType;
    }
    const DartType* defaultReturn = c_.types().dynamicType();
    if (p->kind == ProcedureKind::Setter) defaultReturn = c_.types().voidType();
    if (p->kind == ProcedureKind::Operator && p->name == "[]=") defaultReturn = c_.types().voidType();
    ast::TypeNode* returnNode = fd->returnType;
    FunctionNode* fn = buildFunctionNode(c_, fd->loc, fd->params, returnNode, typeParams, lib, scope, cls, overridden,
                                         receiver, defaultReturn);
    if (p->kind == ProcedureKind::Setter && !returnNode) {
      fn->returnType = c_.types().voidType();
      fn->type = c_.types().function(fn->type->typeParams, fn->type->positional, fn->type->requiredPositionalCount,
                                     fn->type->named, fn->returnType);
    }
    switch (fd->asyncKind) {
      case ast::AsyncKind::Sync: fn->asyncMarker = kernel::AsyncMarker::Sync; break;
      case ast::AsyncKind::Async: fn->asyncMarker = kernel::AsyncMarker::Async; break;
      case ast::AsyncKind::SyncStar: fn->asyncMarker = kernel::AsyncMarker::SyncStar; break;
      case ast::AsyncKind::AsyncStar: fn->asyncMarker = kernel::AsyncMarker::AsyncStar; break;
    }
    if (ext && p->isExtensionMember) addExtensionThis(fn, ext);  // not for static members
    p->function = fn;
    checkArity(p, fd);
  }

  void fieldSignature(Field* f, ast::FieldDecl* decl, LibraryInfo* lib, Class* cls) {
    Checker::TypeScope scope;
    if (cls && !f->isStatic) scope.push_back(&cls->typeParams);
    if (decl->type) {
      f->type = c_.resolveType(decl->type, lib, scope);
    } else if (cls && !f->isStatic) {
      Member* overridden = inherited(cls, f->name, LookupKind::Getter);
      if (overridden && !c_.fieldDeclarators[f]->init) f->type = c_.getterType(overridden, cls->thisType);
    }
    ast::VarDeclarator* v = c_.fieldDeclarators[f];
    if (v->init) {
      if (f->isStatic || !cls) c_.pendingFieldInits[f] = {v->init, lib};
      else c_.pendingFieldBodies.push_back({f, v->init, lib, cls, nullptr});
      // Instance fields without a type infer from their initializer too (top-level inference).
      if (!f->type && cls && !f->isStatic) c_.pendingFieldInits[f] = {v->init, lib};
    }
    if (!f->type && !v->init) f->type = c_.types().dynamicType();
  }

  static bool anyParamUntyped(ast::FunctionDecl* fd) {
    for (ast::FormalParam* p : fd->params) {
      if (!p->type) return true;
    }
    return false;
  }

  Member* inherited(Class* cls, Name name, LookupKind kind) {
    Member* found = nullptr;
    if (cls->supertype) {
      c_.ensureSignatures(cls->supertype->cls);
      found = c_.lookupInterfaceMember(cls->supertype->cls, name, kind);
    }
    for (const InterfaceType* i : cls->interfaces) {
      if (found) break;
      c_.ensureSignatures(i->cls);
      found = c_.lookupInterfaceMember(i->cls, name, kind);
    }
    return found;
  }

  void addExtensionThis(FunctionNode* fn, ExtensionInfo* ext) {
    Variable* self = c_.newVariable(fn->loc, "this", ext->onType ? ext->onType : c_.types().dynamicType());
    self->isFinal = true;
    self->owner = fn;
    fn->positional.insert(fn->positional.begin(), self);
    fn->requiredPositionalCount++;
    std::vector<TypeParameter*> typeParams = ext->typeParams;
    typeParams.insert(typeParams.end(), fn->typeParams.begin(), fn->typeParams.end());
    // The member's vector holds the extension's arguments, then its own: numbered so, they are
    // reified like any generic function's (`<T>[]` in `extension E<T>` builds a List<T>).
    for (size_t i = 0; i < typeParams.size(); ++i) {
      typeParams[i]->isFunctionTypeParam = true;
      typeParams[i]->index = static_cast<uint32_t>(i);
    }
    fn->typeParams = typeParams;
    std::vector<const DartType*> positional{self->type};
    positional.insert(positional.end(), fn->type->positional.begin(), fn->type->positional.end());
    fn->type = c_.types().function(fn->typeParams, std::move(positional), fn->requiredPositionalCount, fn->type->named,
                                   fn->returnType);
  }

  void checkArity(Procedure* p, ast::FunctionDecl* fd) {
    size_t params = fd->params.size();
    if (p->kind == ProcedureKind::Setter && (params != 1 || fd->params[0]->kind != ast::ParamKind::RequiredPositional)) {
      c_.error(fd->loc, "Setters must declare exactly one required positional parameter.");
    }
    if (p->kind == ProcedureKind::Operator) {
      Name n = fd->name;  // extension members are renamed "Ext|op"; the declared name counts
      size_t expected = (n == "[]=") ? 2 : (n == "~" || n == "unary-") ? 0 : 1;
      if (params != expected) {
        c_.error(fd->loc, "Operator '" + std::string(n == "unary-" ? "-" : n) + "' should declare exactly " +
                              std::to_string(expected) + " parameter" + (expected == 1 ? "" : "s") + ".");
      }
    }
  }

  Checker& c_;
};

}  // namespace

void Checker::ensureSignatures(Class* cls) {
  ClassInfo* info = infoOf(cls);
  if (info->signaturesResolved) return;
  info->signaturesResolved = true;
  ensureHeader(cls);
  if (cls->supertype) ensureSignatures(cls->supertype->cls);
  for (const InterfaceType* i : cls->interfaces) ensureSignatures(i->cls);
  SignatureBuilder sb(*this);
  LibraryInfo* lib = info->library;
  if (info->members) {
    for (ast::MemberDecl& m : *info->members) {
      if (m.field) {
        for (ast::VarDeclarator& v : m.field->vars) {
          auto it = info->getters.find(v.name);
          if (it == info->getters.end() || it->second->memberKind != kernel::MemberKind::Field) continue;
          auto* f = static_cast<Field*>(it->second);
          if (f->enclosingClass != cls || fieldDeclarators[f] != &v) continue;
          sb.fieldSignature(f, m.field, lib, cls);
        }
      }
    }
    for (Procedure* p : std::vector<Procedure*>(cls->procedures)) {
      if (p->kind == kernel::ProcedureKind::Factory || p->function) continue;
      auto fd = functionDecls.find(p);
      if (fd != functionDecls.end()) sb.procedureSignature(p, fd->second, lib, cls, nullptr);
    }
  }
  copyMixinMembers(cls);
  buildConstructorSignatures(cls);
}

const DartType* Checker::fieldType(Field* field) {
  if (field->type) return field->type;
  auto pending = pendingFieldInits.find(field);
  if (pending == pendingFieldInits.end()) {
    if (field->enclosingClass) ensureSignatures(field->enclosingClass);
    if (field->type) return field->type;
    pending = pendingFieldInits.find(field);
    if (pending == pendingFieldInits.end()) return field->type = types().dynamicType();
  }
  if (inferringFields.count(field)) {
    error(field->loc, "The type of '" + std::string(field->name) +
                          "' can't be inferred because it depends on itself through the cycle: " + std::string(field->name) + ".");
    return field->type = types().invalidType();
  }
  inferringFields.insert(field);
  const DartType* inferred = inferFieldType(field, pending->second.first, pending->second.second);
  inferringFields.erase(field);
  if (!field->type) field->type = inferred;
  return field->type;
}

void Checker::resolveSignatures() {
  SignatureBuilder sb(*this);
  for (auto& lib : libraries) {
    for (Class* cls : std::vector<Class*>(lib->library->classes)) ensureSignatures(cls);
    for (Procedure* p : lib->library->procedures) {
      if (p->function) continue;
      auto fd = functionDecls.find(p);
      if (fd == functionDecls.end()) continue;
      ExtensionInfo* ext = nullptr;
      auto e = extensionOfMember.find(p);
      if (e != extensionOfMember.end()) ext = e->second;
      sb.procedureSignature(p, fd->second, lib.get(), nullptr, ext);
    }
  }
  for (auto& lib : libraries) {
    for (ast::CompilationUnit* unit : lib->units) {
      for (ast::Decl* d : unit->declarations) {
        if (d->kind != ast::DeclKind::Variable) continue;
        ast::FieldDecl* fd = static_cast<ast::VariableDeclaration*>(d)->field;
        for (ast::VarDeclarator& v : fd->vars) {
          TopBinding b = lib->declared[v.name];
          if (b.getter && b.getter->memberKind == kernel::MemberKind::Field) {
            auto* f = static_cast<Field*>(b.getter);
            if (fieldDeclarators[f] == &v) sb.fieldSignature(f, fd, lib.get(), nullptr);
          }
        }
      }
      for (ast::Decl* d : unit->declarations) {
        if (d->kind != ast::DeclKind::Extension) continue;
        auto* ed = static_cast<ast::ExtensionDecl*>(d);
        for (ast::MemberDecl& m : ed->members) {
          if (!m.field) continue;
          for (auto& ext : extensions_) {  // extension types are not in lib->extensions
            if (ext->decl != ed) continue;
            for (ast::VarDeclarator& v : m.field->vars) {
              if (Field* f = ext->staticMembers[v.name].field) sb.fieldSignature(f, m.field, lib.get(), nullptr);
            }
          }
        }
      }
    }
  }
  buildFactorySignatures();
  // Now every declared type is known: infer the remaining field types from their initializers.
  for (auto& lib : libraries) {
    for (Field* f : lib->library->fields) fieldType(f);
    for (Class* cls : lib->library->classes) {
      for (Field* f : cls->fields) fieldType(f);
    }
  }
}

void Checker::resolveExtensionHeaders() {
  for (auto& ext : extensions_) {
    if (ext->typeClass) continue;  // resolveExtensionTypeHeader did it
    Checker::TypeScope scope{&ext->typeParams};
    resolveTypeParamBounds(ext->decl->typeParams, ext->typeParams, ext->library, scope);
    ext->onType = ext->decl->onType ? resolveType(ext->decl->onType, ext->library, scope) : types().dynamicType();
  }
}

void Checker::buildFactorySignatures() {
  for (FactoryDecl& f : factoryDecls) {
    Class* cls = f.cls;
    TypeScope scope{&cls->typeParams};
    f.procedure->function = buildFunctionNode(*this, f.decl->loc, f.decl->params, nullptr, cls->typeParams, f.library,
                                              scope, cls, nullptr, nullptr, cls->thisType);
  }
}

}  // namespace dartc::sema
