// Class headers: type parameter bounds, `extends`, `with`, `implements`, `on`. Mixin applications
// `S with M1, M2` become synthetic classes `_C&S&M1`, `_C&S&M1&M2` (named after the class that
// uses them, like the Dart front end does) that receive copies of the mixins' members, so later
// stages only ever see single inheritance.
#include <algorithm>

#include "sema/checker.h"

namespace dartc::sema {

namespace {

bool isRestrictedCoreClass(const kernel::CoreTypes& core, const Class* cls) {
  return cls == core.intClass || cls == core.doubleClass || cls == core.boolClass || cls == core.stringClass ||
         cls == core.nullClass || cls == core.numClass;
}

}  // namespace

void Checker::resolveClassHeaders() {
  for (auto& lib : libraries) {
    // Copy: resolving headers appends synthetic mixin application classes to the library.
    std::vector<Class*> classes = lib->library->classes;
    for (Class* cls : classes) ensureHeader(cls);
  }
  // Extension types once the classes they implement have their headers.
  for (auto& ext : extensions_) {
    if (ext->typeClass) resolveExtensionTypeHeader(ext.get());
  }
  checkClassModifiers();
}

void Checker::ensureHeader(Class* cls) {
  ClassInfo* info = infoOf(cls);
  if (info->headerResolved) return;
  if (info->headerResolving) {
    // The cycle is the part of the resolution stack from `cls` on, like the analyzer's
    // "'A' can't be a superinterface of itself: A, B, A."
    auto start = std::find(headerStack_.begin(), headerStack_.end(), cls);
    if (start == headerStack_.end() || start + 1 == headerStack_.end()) {
      error(cls->loc, "'" + std::string(cls->name) + "' can't extend itself.");
    } else {
      std::string path;
      for (auto it = start; it != headerStack_.end(); ++it) path += std::string((*it)->name) + ", ";
      path += std::string(cls->name);
      error(cls->loc, "'" + std::string(cls->name) + "' can't be a superinterface of itself: " + path + ".");
    }
    cls->supertype = cls == core().objectClass ? nullptr : core().objectType;
    return;
  }
  info->headerResolving = true;
  headerStack_.push_back(cls);
  struct PopOnExit {
    std::vector<Class*>& stack;
    ~PopOnExit() { stack.pop_back(); }
  } popOnExit{headerStack_};
  LibraryInfo* lib = info->library;
  TypeScope scope{&cls->typeParams};
  std::vector<kernel::DartType const*> params;
  for (TypeParameter* p : cls->typeParams) params.push_back(types().typeParameter(p));
  cls->thisType = types().interface(cls, params);

  // Resolves a supertype clause entry: a class type, non-nullable, not a restricted core class.
  auto superClassType = [&](ast::NamedTypeNode* node, const char* role) -> const InterfaceType* {
    const DartType* t = resolveType(node, lib, scope);
    if (t->kind == kernel::TypeKind::Invalid) return nullptr;
    if (t->kind != kernel::TypeKind::Interface || t->isNullable()) {
      std::string r = role;
      error(node->loc, r == "extend"      ? "Classes can only extend other classes."
                       : r == "implement" ? "Classes and mixins can only implement other classes and mixins."
                                          : "Classes can only mix in mixins and classes.");
      return nullptr;
    }
    auto* it = static_cast<const InterfaceType*>(t);
    if (extensionTypeOf(it->cls)) {
      std::string r = role;
      error(node->loc, r == "extend"      ? "Classes can only extend other classes."
                       : r == "implement" ? "Classes and mixins can only implement other classes and mixins."
                                          : "Classes can only mix in mixins and classes.");
      return nullptr;
    }
    if (!lib->isSdk && isRestrictedCoreClass(core(), it->cls)) {
      error(node->loc, "The class '" + std::string(it->cls->name) + "' can't be " +
                           (std::string(role) == "extend" ? "extended" : std::string(role) == "implement" ? "implemented" : "mixed in") +
                           " outside of its library because it's a final class.");
      return nullptr;
    }
    ensureHeader(it->cls);
    return it;
  };

  const InterfaceType* supertype = nullptr;
  std::vector<ast::NamedTypeNode*> mixins;
  std::vector<ast::NamedTypeNode*> interfaces;
  std::vector<ast::TypeParam*> typeParamNodes;
  bool isAlias = false;
  if (auto* d = dynamic_cast<ast::ClassDecl*>(info->decl)) {
    typeParamNodes = d->typeParams;
    if (d->superclass) supertype = superClassType(d->superclass, "extend");
    mixins = d->mixins;
    interfaces = d->interfaces;
    isAlias = d->isAlias;
    if (supertype && supertype->cls->isMixinDeclaration) {
      error(d->superclass->loc, "Classes can only extend other classes.");
      supertype = nullptr;
    }
  } else if (auto* m = dynamic_cast<ast::MixinDecl*>(info->decl)) {
    typeParamNodes = m->typeParams;
    for (size_t i = 0; i < m->onTypes.size(); ++i) {
      const InterfaceType* on = superClassType(m->onTypes[i], "extend");
      if (!on) continue;
      if (i == 0) supertype = on;
      else cls->interfaces.push_back(on);
    }
    interfaces = m->interfaces;
  } else if (auto* e = dynamic_cast<ast::EnumDecl*>(info->decl)) {
    typeParamNodes = e->typeParams;
    Class* enumBase = program.findClass("dart:core", "_Enum");
    if (enumBase) {
      ensureHeader(enumBase);
      supertype = types().interface(enumBase);
    }
    mixins = e->mixins;
    interfaces = e->interfaces;
  }
  resolveTypeParamBounds(typeParamNodes, cls->typeParams, lib, scope);
  if (!supertype && cls != core().objectClass && !(core().objectClass == nullptr && cls->name == "Object")) {
    supertype = core().objectType;
  }
  if (cls->name == "Object" && lib == coreLibrary) supertype = nullptr;

  // Each `with M` adds a synthetic application class between the class and its superclass.
  for (size_t i = 0; i < mixins.size(); ++i) {
    const InterfaceType* mixinType = superClassType(mixins[i], "mix in");
    if (!mixinType || !supertype) continue;
    Class* mixin = mixinType->cls;
    if (!mixin->isMixinDeclaration) {
      bool isMixinClass = false;
      if (auto* md = dynamic_cast<ast::ClassDecl*>(infoOf(mixin)->decl)) isMixinClass = md->modifiers.isMixinClass;
      // Reported, then applied anyway (as the analyzer does), so the class's members don't
      // cascade into unrelated "isn't defined" errors.
      if (!isMixinClass) {
        error(mixins[i]->loc, "The class '" + std::string(mixin->name) + "' can't be used as a mixin because it's neither a mixin class nor a mixin.");
      }
    }
    bool last = i + 1 == mixins.size();
    if (last && isAlias) {
      // `class C = S with M;`: C itself is the last application.
      cls->isMixinApplication = true;
      cls->mixin = mixin;
      cls->interfaces.push_back(mixinType);
      break;
    }
    std::string name = "_" + std::string(cls->name) + "&" + std::string(supertype->cls->name);
    for (size_t j = 0; j <= i; ++j) name += "&" + std::string(mixins[j]->name);
    auto* app = arena().make<Class>(mixins[i]->loc);
    app->name = keep(name);
    app->library = cls->library;
    app->isAbstract = true;
    app->isMixinApplication = true;
    app->mixin = mixin;
    // The application shares the using class's type parameters (fresh copies), so supertype and
    // mixin arguments written in terms of them stay meaningful.
    Substitution toApp;
    for (TypeParameter* p : cls->typeParams) {
      TypeParameter* copy = types().newTypeParameter(p->name);
      copy->declaringClass = app;
      copy->index = p->index;
      app->typeParams.push_back(copy);
      toApp[p] = types().typeParameter(copy);
    }
    for (size_t k = 0; k < app->typeParams.size(); ++k) {
      app->typeParams[k]->bound = cls->typeParams[k]->bound ? ts.substitute(cls->typeParams[k]->bound, toApp) : nullptr;
    }
    std::vector<const DartType*> appParams;
    for (TypeParameter* p : app->typeParams) appParams.push_back(types().typeParameter(p));
    app->thisType = types().interface(app, appParams);
    app->supertype = static_cast<const InterfaceType*>(ts.substitute(supertype, toApp));
    app->interfaces.push_back(static_cast<const InterfaceType*>(ts.substitute(mixinType, toApp)));
    cls->library->classes.push_back(app);
    ClassInfo* appInfo = newClassInfo(app, lib, nullptr);
    appInfo->headerResolved = true;
    std::vector<const DartType*> appArgs;
    for (TypeParameter* p : cls->typeParams) appArgs.push_back(types().typeParameter(p));
    supertype = types().interface(app, appArgs);
  }
  cls->supertype = supertype;
  for (ast::NamedTypeNode* node : interfaces) {
    const InterfaceType* it = superClassType(node, "implement");
    if (!it) continue;
    if (supertype && it->cls == supertype->cls) {
      error(node->loc, "'" + std::string(it->cls->name) + "' can't be used in both the 'extends' and 'implements' clauses.");
      continue;
    }
    cls->interfaces.push_back(it);
  }
  if (cls->isEnum) {
    if (Class* enumIface = core().enumClass) cls->interfaces.push_back(types().interface(enumIface));
  }
  // Sealed/final/base/interface restrictions apply across library boundaries only.
  if (supertype && supertype->cls->library != cls->library && !lib->isSdk) {
    Class* s = supertype->cls;
    if (s->isSealed) error(cls->loc, "The class '" + std::string(s->name) + "' can't be extended, implemented, or mixed in outside of its library because it's a sealed class.");
    else if (s->isFinal) error(cls->loc, "The class '" + std::string(s->name) + "' can't be extended outside of its library because it's a final class.");
    // A mixin's `on` type is not extended: an interface class may appear there (the SDK's
    // test class_modifiers/interface/interface_class_mixin_on_test; `mixin M on Enum`).
    else if (s->isInterface && !cls->isMixinDeclaration) error(cls->loc, "The class '" + std::string(s->name) + "' can't be extended outside of its library because it's an interface class.");
  }
  for (const InterfaceType* it : cls->interfaces) {
    Class* s = it->cls;
    if (s->library == cls->library || lib->isSdk || cls->isMixinApplication) continue;
    if (s->isSealed) error(cls->loc, "The class '" + std::string(s->name) + "' can't be extended, implemented, or mixed in outside of its library because it's a sealed class.");
    else if (s->isFinal || s->isBase) error(cls->loc, "The class '" + std::string(s->name) + "' can't be implemented outside of its library because it's a " + (s->isFinal ? "final" : "base") + " class.");
  }
  info->headerResolving = false;
  info->headerResolved = true;
  ts.invalidateHierarchy();
}

}  // namespace dartc::sema
