// Constructors named through a type alias (dartLangSpec.tex, "Type Aliases"): with
// `typedef IntBox = Box<int>` and `typedef BoxOf<T> = Box<List<T>>`, `IntBox()`,
// `IntBox.named()`, `new IntBox()`, `BoxOf<String>()` and `IntBox.new` create or tear off a
// constructor of Box with the alias's expansion as the created type (Box<int>,
// Box<List<String>>), not with the alias's own type arguments.
#include "sema/body_checker.h"
#include "sema/type_system.h"

namespace dartc::sema {

using kernel::TypeKind;

namespace {

// `typedef L<T> = List<T>`: the alias passes its parameters to the class unchanged, in order,
// so inferring the class's arguments infers the alias's.
bool passesParametersThrough(const TypedefInfo* td, const InterfaceType* aliased) {
  if (aliased->args.size() != td->typeParams.size()) return false;
  for (size_t i = 0; i < aliased->args.size(); ++i) {
    const DartType* a = aliased->args[i];
    if (a->kind != TypeKind::TypeParameter || a->isNullable()) return false;
    if (static_cast<const kernel::TypeParameterType*>(a)->param != td->typeParams[i]) return false;
  }
  return true;
}

}  // namespace

Class* BodyChecker::classOfAlias(TypedefInfo* td, SourceLoc loc) {
  const DartType* t = c_.expandTypedef(td, {}, loc);
  return t->kind == TypeKind::Interface ? static_cast<const InterfaceType*>(t)->cls : nullptr;
}

BodyChecker::AliasedClass BodyChecker::aliasedClass(TypedefInfo* td, const std::vector<const DartType*>& typeArgs,
                                                    SourceLoc loc) {
  AliasedClass r;
  r.cls = classOfAlias(td, loc);  // resolves the alias
  if (!r.cls) return r;
  if (!typeArgs.empty() || td->typeParams.empty()) {
    const DartType* t = c_.expandTypedef(td, typeArgs, loc);
    if (t->kind != TypeKind::Interface) {
      r.failed = true;
      return r;
    }
    r.type = static_cast<const InterfaceType*>(t);
    return r;
  }
  // A generic alias without type arguments: they are inferred.
  const auto* aliased = static_cast<const InterfaceType*>(td->aliased);
  if (passesParametersThrough(td, aliased)) return r;
  auto isAliasParameter = [&](const TypeParameter* p) {
    return std::find(td->typeParams.begin(), td->typeParams.end(), p) != td->typeParams.end();
  };
  if (!mentionsTypeParameter(aliased, isAliasParameter)) {
    r.type = aliased;
    return r;
  }
  error(loc, "Inferring the type arguments of the type alias '" + std::string(td->name) +
                 "' in a constructor call is not supported yet; write them explicitly.");
  r.failed = true;
  return r;
}

TypedefInfo* BodyChecker::typedefNamed(const ast::NamedTypeNode* type) {
  TopBinding b;
  if (!type->prefix.empty()) {
    const Namespace* ns = c_.lookupPrefix(lib_, type->prefix);
    if (!ns) return nullptr;
    auto it = ns->find(type->name);
    if (it == ns->end()) return nullptr;
    b = it->second;
  } else {
    for (const std::vector<TypeParameter*>* params : typeScope()) {
      for (const TypeParameter* p : *params) {
        if (p->name == type->name) return nullptr;
      }
    }
    b = c_.lookupTop(lib_, type->name);
  }
  return b.typedefInfo;
}

Expression* BodyChecker::aliasedConstructorCall(TypedefInfo* td, const std::vector<ast::TypeNode*>& typeArgNodes, Name ctorName,
                                                ast::ArgumentList& args, const DartType* context, SourceLoc loc,
                                                SourceLoc nameLoc) {
  std::vector<const DartType*> typeArgs;
  for (ast::TypeNode* n : typeArgNodes) typeArgs.push_back(resolveType(n));
  AliasedClass target = aliasedClass(td, typeArgs, nameLoc);
  if (target.failed) {
    for (ast::Argument& a : args.args) check(a.value, nullptr);
    return invalid(loc);
  }
  if (!target.cls) return nullptr;
  return constructorCall(target.cls, target.type, ctorName, args, false, context, loc, nameLoc, {});
}

Expression* BodyChecker::aliasedConstructorTearOff(TypedefInfo* td, Name ctorName, SourceLoc loc) {
  AliasedClass target = aliasedClass(td, {}, loc);
  if (target.failed) return invalid(loc);
  if (!target.cls) return nullptr;
  Procedure* tearOff = c_.constructorTearOff(target.cls, ctorName);
  if (!tearOff) return nullptr;
  Expression* generic = staticGet(tearOff, loc);
  // The tear-off of a generic class's constructor is generic over the class's parameters; the
  // alias fixes them.
  if (!target.type || target.cls->typeParams.empty()) return generic;
  return instantiateFunction(generic, target.type->args, loc);
}

}  // namespace dartc::sema
