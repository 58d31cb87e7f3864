// Names and written types: top-level lookup through a library's own declarations and its imports,
// and the resolution of TypeNodes (named, function and record types, typedefs, type parameters).
#include "sema/checker.h"

namespace dartc::sema {

using kernel::NamedParameterType;
using kernel::Nullability;

TopBinding Checker::lookupTop(LibraryInfo* lib, Name name) {
  auto own = lib->declared.find(name);
  if (own != lib->declared.end()) return own->second;
  auto imported = lib->imported.find(name);
  if (imported != lib->imported.end()) return imported->second;
  return {};
}

const Namespace* Checker::lookupPrefix(LibraryInfo* lib, Name prefix) {
  auto it = lib->prefixes.find(prefix);
  return it == lib->prefixes.end() ? nullptr : &it->second;
}

std::vector<TypeParameter*> Checker::declareTypeParams(const std::vector<ast::TypeParam*>& params, Class* owner) {
  std::vector<TypeParameter*> out;
  for (size_t i = 0; i < params.size(); ++i) {
    TypeParameter* p = types().newTypeParameter(params[i]->name);
    p->declaringClass = owner;
    p->index = static_cast<uint32_t>(i);
    out.push_back(p);
  }
  return out;
}

void Checker::resolveTypeParamBounds(const std::vector<ast::TypeParam*>& nodes, const std::vector<TypeParameter*>& params,
                                     LibraryInfo* lib, const TypeScope& scope) {
  for (size_t i = 0; i < nodes.size() && i < params.size(); ++i) {
    params[i]->bound = nodes[i]->bound ? resolveType(nodes[i]->bound, lib, scope) : core().objectNullableType;
  }
}

const InterfaceType* Checker::instantiateToBounds(Class* cls) {
  if (cls->typeParams.empty()) return types().interface(cls);
  std::vector<const DartType*> args;
  Substitution toDynamic;
  for (TypeParameter* p : cls->typeParams) toDynamic[p] = types().dynamicType();
  for (TypeParameter* p : cls->typeParams) {
    const DartType* bound = p->bound ? p->bound : core().objectNullableType;
    // `Object?` bounds instantiate to `dynamic`, as Dart's instantiate-to-bounds does.
    if (bound == core().objectNullableType) bound = types().dynamicType();
    args.push_back(ts.substitute(bound, toDynamic));
  }
  return types().interface(cls, std::move(args));
}

const DartType* Checker::expandTypedef(TypedefInfo* td, const std::vector<const DartType*>& args, SourceLoc loc) {
  if (!td->aliased) {
    if (td->resolving) {
      error(td->decl->loc, "The typedef '" + std::string(td->name) + "' can't refer to itself.");
      td->aliased = types().invalidType();
    } else {
      td->resolving = true;
      TypeScope scope{&td->typeParams};
      resolveTypeParamBounds(td->decl->typeParams, td->typeParams, td->library, scope);
      td->aliased = resolveType(td->decl->aliased, td->library, scope);
      td->resolving = false;
    }
  }
  if (td->typeParams.empty()) return td->aliased;
  Substitution s;
  for (size_t i = 0; i < td->typeParams.size(); ++i) {
    s[td->typeParams[i]] = i < args.size() ? args[i] : types().dynamicType();
  }
  if (!args.empty() && args.size() != td->typeParams.size()) {
    error(loc, "The typedef '" + std::string(td->name) + "' is declared with " + std::to_string(td->typeParams.size()) +
                   " type parameters, but " + std::to_string(args.size()) + " type arguments were given.");
  }
  return ts.substitute(td->aliased, s);
}

namespace {

TypeParameter* findTypeParam(const Checker::TypeScope& scope, Name name) {
  for (auto it = scope.rbegin(); it != scope.rend(); ++it) {
    for (TypeParameter* p : **it) {
      if (p->name == name) return p;
    }
  }
  return nullptr;
}

}  // namespace

const DartType* Checker::resolveType(ast::TypeNode* node, LibraryInfo* lib, const TypeScope& scope) {
  Nullability n = node->nullable ? Nullability::Nullable : Nullability::NonNullable;
  switch (node->kind) {
    case ast::TypeNodeKind::Named: {
      auto* named = static_cast<ast::NamedTypeNode*>(node);
      std::vector<const DartType*> args;
      for (ast::TypeNode* a : named->typeArgs) args.push_back(resolveType(a, lib, scope));
      TopBinding b;
      if (!named->prefix.empty()) {
        const Namespace* ns = lookupPrefix(lib, named->prefix);
        if (!ns) {
          error(named->loc, "Undefined class '" + std::string(named->prefix) + "." + std::string(named->name) + "'.");
          return types().invalidType();
        }
        auto it = ns->find(named->name);
        if (it != ns->end()) b = it->second;
      } else {
        if (named->name == "void") return types().voidType();
        if (named->name == "dynamic") return types().dynamicType();
        if (TypeParameter* p = findTypeParam(scope, named->name)) {
          if (!args.empty()) error(named->loc, "Type parameters can't have type arguments.");
          return types().typeParameter(p, n);
        }
        b = lookupTop(lib, named->name);
      }
      if (b.ambiguous) {
        error(named->loc, "The name '" + std::string(named->name) + "' is defined in multiple libraries.");
        return types().invalidType();
      }
      if (b.typedefInfo) {
        const DartType* t = expandTypedef(b.typedefInfo, args, named->loc);
        return n == Nullability::Nullable ? types().nullable(t) : t;
      }
      if (!b.cls) {
        if (named->name == "Never" && named->prefix.empty()) return n == Nullability::Nullable ? types().nullType() : types().neverType();
        if (b.getter || b.setter || b.extension) {
          error(named->loc, "The name '" + std::string(named->name) + "' isn't a type, so it can't be used as a type.");
        } else {
          error(named->loc, "Undefined class '" + std::string(named->name) + "'.");
        }
        return types().invalidType();
      }
      Class* cls = b.cls;
      if (cls == core().nullClass) return types().nullType();
      if (cls->name == "Never" && cls->library == core().objectClass->library) {
        return n == Nullability::Nullable ? types().nullType() : types().neverType();
      }
      if (cls->name == "FutureOr" && cls->library->isCore && cls->typeParams.size() == 1) {
        return types().futureOr(args.empty() ? types().dynamicType() : args[0], n);
      }
      if (args.empty() && !cls->typeParams.empty()) {
        ensureHeader(cls);
        return types().withNullability(instantiateToBounds(cls), n);
      }
      if (args.size() != cls->typeParams.size()) {
        error(named->loc, "The type '" + std::string(cls->name) + "' is declared with " +
                              std::to_string(cls->typeParams.size()) + " type parameters, but " +
                              std::to_string(args.size()) + " type arguments were given.");
        return types().invalidType();
      }
      return types().interface(cls, std::move(args), n);
    }
    case ast::TypeNodeKind::Function: {
      auto* fn = static_cast<ast::FunctionTypeNode*>(node);
      std::vector<TypeParameter*> typeParams;
      for (ast::TypeParam* tp : fn->typeParams) {
        TypeParameter* p = types().newTypeParameter(tp->name);
        p->isFunctionTypeParam = true;
        p->index = static_cast<uint32_t>(typeParams.size());
        typeParams.push_back(p);
      }
      TypeScope inner = scope;
      inner.push_back(&typeParams);
      resolveTypeParamBounds(fn->typeParams, typeParams, lib, inner);
      const DartType* ret = fn->returnType ? resolveType(fn->returnType, lib, inner) : types().dynamicType();
      std::vector<const DartType*> positional;
      for (const ast::FunctionTypeParam& p : fn->positional) {
        positional.push_back(p.type ? resolveType(p.type, lib, inner) : types().dynamicType());
      }
      std::vector<NamedParameterType> named;
      for (const ast::FunctionTypeParam& p : fn->named) {
        named.push_back({p.name, p.type ? resolveType(p.type, lib, inner) : types().dynamicType(), p.isRequired});
      }
      return types().function(std::move(typeParams), std::move(positional), fn->requiredPositionalCount,
                              std::move(named), ret, n);
    }
    case ast::TypeNodeKind::Record: {
      auto* rec = static_cast<ast::RecordTypeNode*>(node);
      std::vector<const DartType*> positional;
      for (const ast::FunctionTypeParam& p : rec->positional) positional.push_back(resolveType(p.type, lib, scope));
      std::vector<NamedParameterType> named;
      for (const ast::FunctionTypeParam& p : rec->named) named.push_back({p.name, resolveType(p.type, lib, scope), false});
      return types().record(std::move(positional), std::move(named), n);
    }
  }
  return types().invalidType();
}

}  // namespace dartc::sema
