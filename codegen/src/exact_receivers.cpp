// Exact receivers (exact_receivers.h): locals and final fields that only ever hold the object one
// generative constructor invocation made, whose type arguments are then exactly the invocation's.
#include "exact_receivers.h"

#include <unordered_set>

#include "exact_list_fields.h"
#include "local_bindings.h"
#include "module.h"

namespace dartc::codegen {

using namespace kernel;

namespace {

// The type a generative constructor invocation allocates (a factory is a StaticInvocation and may
// return an instance of another class or with other type arguments), or null.
const InterfaceType* allocatedType(const Expression* e) {
  if (!e || e->kind != ExprKind::ConstructorInvocation) return nullptr;
  auto* c = static_cast<const ConstructorInvocation*>(e);
  const InterfaceType* t = c->constructedType;
  // The object lowering allocates: the target's class with the invocation's type arguments.
  if (!t || !c->target || !c->arguments || t->cls != c->target->enclosingClass || t->args != c->arguments->types) return nullptr;
  return t;
}

// Or the type a list, map or set literal allocates: lowerListLiteral makes a _GrowableList whose
// type argument is the literal's element type (`_addAllToList<E>`'s `<E>[]`, which toList of the
// lazy iterables fills: its `add` calls need no covariant check of the element), lowerMapLiteral
// and lowerSetLiteral a _LinkedHashMap<K, V> / _LinkedHashSet<E> of the literal's types (a JSON
// parser's `<String, dynamic>{}`: its `[]=` calls need no check of the key).
const InterfaceType* allocatedType(const Expression* e, const Program& program, const ExactReceivers::LiteralClasses& classes) {
  TypeStore& types = const_cast<TypeStore&>(program.types);
  if (e && e->kind == ExprKind::ListLiteral && classes.growableList && classes.growableList->typeParams.size() == 1) {
    auto* literal = static_cast<const ListLiteral*>(e);
    if (!literal->elementType) return nullptr;
    return types.interface(const_cast<Class*>(classes.growableList), {literal->elementType});
  }
  // (newCollection stores the literal's static type's arguments in the object.)
  bool isMap = e && e->kind == ExprKind::MapLiteral, isSet = e && e->kind == ExprKind::SetLiteral;
  const Class* collection = isMap ? classes.linkedHashMap : isSet ? classes.linkedHashSet : nullptr;
  if (collection && e->type && e->type->kind == TypeKind::Interface) {
    auto* t = static_cast<const InterfaceType*>(e->type);
    if (t->args.size() != collection->typeParams.size()) return nullptr;
    return types.interface(const_cast<Class*>(collection), t->args);
  }
  return allocatedType(e);
}

}  // namespace

ExactReceivers::ExactReceivers(const Program& program, const LiteralClasses& classes) {
  LocalBindings bindings = collectLocalBindings(program);
  std::unordered_set<const Variable*> assigned;
  for (const auto& [v, value] : bindings.assignments) assigned.insert(v);
  for (const Variable* v : bindings.declared) {
    const InterfaceType* t = v->isLate ? nullptr : allocatedType(v->initializer, program, classes);
    if (t && !bindings.boundElsewhere.count(v) && !assigned.count(v)) locals_[v] = t;
  }
  for (const Member* m : program.allMembers()) {
    if (m->memberKind != MemberKind::Field) continue;
    // A final field with an initializer: no constructor, setter or initializing formal writes it.
    auto* f = static_cast<const Field*>(m);
    const InterfaceType* t = allocatedType(f->initializer);
    if (f->isFinal && !f->isLate && t && Module::isClosedType(t)) fields_[f] = t;
  }
  for (const Class* c : program.allClasses()) {
    // The core library's fields are left alone (natives write some); a mixin's fields are
    // copied into its applications, with other type parameters.
    if (c->typeParams.empty() || !c->library || c->library->isCore || c->isMixinDeclaration || c->isMixinApplication) continue;
    for (const Field* f : c->fields) {
      if (f->isStatic || !f->isFinal || f->isLate || f->enclosingClass != c) continue;
      // Every write: the declaration's initializer, or one field initializer per generative
      // constructor (initializing formals are field initializers too, of a parameter's value).
      // A final field is written nowhere else; a constructor that redirects writes nothing.
      std::vector<const Expression*> writes;
      if (f->initializer) writes.push_back(f->initializer);
      bool everyConstructor = true;
      for (const Constructor* k : c->constructors) {
        bool redirects = false, writesField = false;
        for (const Initializer* init : k->initializers) {
          if (init->kind == InitializerKind::Redirecting) redirects = true;
          if (init->kind == InitializerKind::Field && init->field == f) {
            writesField = true;
            writes.push_back(init->value);
          }
        }
        if (!redirects && !writesField && !f->initializer) everyConstructor = false;
      }
      if (!everyConstructor || writes.empty()) continue;
      const InterfaceType* type = allocatedType(writes[0]);
      for (const Expression* w : writes) {
        if (allocatedType(w) != type) type = nullptr;  // (types are interned)
      }
      if (type && !Module::isClosedType(type) && ExactListFields::overOwnParameters(type, c)) selfTyped_[f] = type;
    }
  }
}

}  // namespace dartc::codegen
