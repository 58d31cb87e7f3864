// Class modifiers that hold in every library (Dart 3, language specification "Class
// modifiers"): a subtype of a `base` or `final` type is itself `base`, `final` or `sealed`, so
// that the guarantee `base` gives (every instance runs the class's own code) cannot be escaped
// through a subclass; a `mixin class` is a mixin, so it extends Object and has no constructor
// that does anything. (The restrictions that apply across libraries only are in
// class_headers.cpp.)
#include <unordered_set>

#include "sema/checker.h"

namespace dartc::sema {

namespace {

// The classes a class is directly a subtype of: its superclass, its interfaces, and (for a
// mixin application) its mixin; a mixin's `on` types are its superclass and interfaces.
std::vector<const Class*> directSupertypes(const Class* cls) {
  std::vector<const Class*> out;
  if (cls->supertype) out.push_back(cls->supertype->cls);
  for (const kernel::InterfaceType* it : cls->interfaces) out.push_back(it->cls);
  if (cls->mixin) out.push_back(cls->mixin);
  return out;
}

}  // namespace

// The `base` or `final` class whose restriction reaches a subtype through `s`: `s` itself, or
// one found through sealed classes and the synthetic classes of `with` clauses, which pass the
// restriction on without having to repeat the modifier.
const Class* Checker::restrictingSupertype(const Class* s, std::unordered_set<const Class*>& seen) {
  if (!seen.insert(s).second) return nullptr;
  if (s->isBase || s->isFinal) return s;
  bool synthetic = s->isMixinApplication && !infoOf(const_cast<Class*>(s))->decl;
  if (!s->isSealed && !synthetic) return nullptr;
  for (const Class* super : directSupertypes(s)) {
    if (const Class* r = restrictingSupertype(super, seen)) return r;
  }
  return nullptr;
}

void Checker::checkClassModifiers() {
  for (auto& lib : libraries) {
    if (lib->isSdk) continue;
    for (Class* cls : lib->library->classes) {
      ClassInfo* info = infoOf(cls);
      if (!info->decl) continue;  // `with` applications: checked through the class that has them
      // Enums are implicitly final.
      if (!cls->isEnum && !cls->isBase && !cls->isFinal && !cls->isSealed) {
        std::unordered_set<const Class*> seen{cls};
        for (const Class* super : directSupertypes(cls)) {
          const Class* r = restrictingSupertype(super, seen);
          if (!r) continue;
          error(cls->loc, "The type '" + std::string(cls->name) + "' must be 'base', 'final' or 'sealed' because the supertype '" +
                              std::string(r->name) + "' is '" + (r->isFinal ? "final" : "base") + "'.");
          break;
        }
      }
      auto* decl = dynamic_cast<ast::ClassDecl*>(info->decl);
      if (!decl || !decl->modifiers.isMixinClass) continue;
      if (decl->superclass && cls->supertype && cls->supertype->cls != core().objectClass) {
        error(decl->superclass->loc, "The class '" + std::string(cls->name) +
                                         "' can't be declared a mixin because it extends a class other than 'Object'.");
      }
      for (const ast::MemberDecl& m : decl->members) {
        const ast::ConstructorDecl* k = m.constructor;
        // A trivial generative constructor (no parameters, initializers or body) is allowed.
        if (!k || k->isFactory || (k->params.empty() && k->initializers.empty() && !k->blockBody && !k->arrowBody)) continue;
        error(k->loc, "The class '" + std::string(cls->name) + "' can't be used as a mixin because it declares a constructor.");
      }
    }
  }
}

}  // namespace dartc::sema
