// Casts decided by the operand's static type. Dart 3's static types are sound: a value whose
// static type is `E?` is, at run time, null or an instance of E as the enclosing instance or call
// binds it (every place where that could fail is checked: covariant parameters and stores,
// implicit downcasts, covariance checks on reads). So `x as E` with x of static type `E?` (som's
// `Vector.forEach`: `fn(_storage[i] as E)`) only has to test null; a non-null x always passes,
// without loading E from the receiver's type-argument vector. For null, the full test decides
// (E may itself be nullable: a `Vector<int?>`).
#include "sound_casts.h"

#include "frontend/kernel.h"
#include "frontend/types.h"

namespace dartc::codegen {

using namespace kernel;

// S <: T for the two shapes used here: S is T, or S is the promotion `X & B` of the type
// parameter X that T is.
static bool sameOrPromoted(const DartType* s, const DartType* t) {
  if (s == t) return true;
  if (s->kind != TypeKind::TypeParameter || t->kind != TypeKind::TypeParameter) return false;
  auto* sp = static_cast<const TypeParameterType*>(s);
  auto* tp = static_cast<const TypeParameterType*>(t);
  return sp->param == tp->param && sp->promotedBound && !tp->promotedBound && !s->isNullable() && !t->isNullable();
}

CastNeed castNeed(const AsExpr* e, TypeStore& types) {
  if (e->isCovarianceCheck || !e->operand || !e->operand->type || !e->type) return CastNeed::Full;
  const DartType* s = e->operand->type;
  const DartType* t = e->type;
  // dynamic and Invalid operands say nothing about the value.
  if (s->isDynamicLike() || s->kind == TypeKind::Void) return CastNeed::Full;
  if (sameOrPromoted(s, t)) return CastNeed::None;
  if (s->isNullable() && !t->isNullable() && t->kind != TypeKind::FutureOr && types.nonNullable(s) == t) {
    return CastNeed::NullOnly;
  }
  return CastNeed::Full;
}

}  // namespace dartc::codegen
