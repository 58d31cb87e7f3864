// FutureOr as a runtime type (dartrt/abi.h, DART_TYPE_FUTURE_OR; docs/generics.md): the spec's
// normalization of a FutureOr type, applied before codegen emits a type constant so that equal
// types have equal encodings (`FutureOr<Object>` is `Object`, prints and compares as it). The
// runtime applies the same rules when it substitutes a type parameter inside a FutureOr.
#include "module.h"

namespace dartc::codegen {

using namespace kernel;

namespace {

bool isNonNullableObject(const DartType* t) {
  if (t->kind != TypeKind::Interface || t->isNullable()) return false;
  const Class* c = static_cast<const InterfaceType*>(t)->cls;
  return c->supertype == nullptr && c->name == "Object";
}

}  // namespace

// NORM(FutureOr<T>) and NORM(FutureOr<T>?) (the language specification's normalization):
// only the outermost type changes; the arguments of the result are normalized where they are
// emitted (rtTypeIn normalizes every FutureOr it meets).
const DartType* Module::normalizeFutureOr(const FutureOrType* f) {
  TypeStore& store = const_cast<TypeStore&>(program.types);
  const DartType* s = f->arg;
  if (s->kind == TypeKind::FutureOr) s = normalizeFutureOr(static_cast<const FutureOrType*>(s));
  const Class* future = facts.implicit().futureClass;
  const DartType* base;
  if (s->isTop() || isNonNullableObject(s)) {
    base = s;
  } else if (s->kind == TypeKind::Never && !s->isNullable() && future) {
    base = store.interface(const_cast<Class*>(future), {s});
  } else if ((s->kind == TypeKind::Null || s->kind == TypeKind::Never) && future) {
    base = store.interface(const_cast<Class*>(future), {store.nullType()}, Nullability::Nullable);
  } else {
    base = store.futureOr(s);
  }
  if (!f->isNullable()) return base;
  // NORM(S?): a top type or a FutureOr of a nullable type already admits null.
  if (base->isTop() || base->isNullable()) return base;
  if (base->kind == TypeKind::FutureOr && static_cast<const FutureOrType*>(base)->arg->admitsNull()) return base;
  return store.nullable(base);
}

}  // namespace dartc::codegen
