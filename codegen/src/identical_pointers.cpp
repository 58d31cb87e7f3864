// `identical(a, b)` as one pointer comparison when an operand can never be a number or a SIMD
// value (issue 10, havlak).
//
// dart:core's `identical` is an intrinsic that compares the two words and, when they differ and
// both are objects, loads both headers: boxed ints (Mints), doubles and SIMD values are
// identical when their bits are (intrinsics.cpp). The two header loads are cache misses in
// union-find and identity-set loops (havlak's `findSet`, `hasSome((e) => identical(e, y))`,
// IdentityDictionary), and LLVM cannot drop them: it does not know the objects' classes.
//
// The boxed path answers true only for two boxes of the same numeric or SIMD class. When the
// static type of either operand admits no such value, that operand is never such a box, so the
// answer is exactly whether the words are equal. A static type admits none when it is `Null`, a
// function type, an interface type whose class is not a supertype of int, double or a SIMD
// class, or a type parameter whose bound (or promoted bound) admits none. Static types are
// sound (null safety; the core library's unsafeCast never turns a number into another type).
#include "function_lowering.h"

#include "frontend/kernel.h"
#include "frontend/program.h"
#include "frontend/types.h"

namespace dartc::codegen {

using namespace kernel;

namespace {

bool mayBeBitsIdentical(const Module& m, const DartType* t, int depth) {
  if (!t || depth > 16) return true;
  switch (t->kind) {
    case TypeKind::Null:
    case TypeKind::Function:
      return false;
    case TypeKind::Interface: {
      const Class* cls = static_cast<const InterfaceType*>(t)->cls;
      const CoreTypes& core = m.core();
      if (!core.intClass || !core.doubleClass) return true;
      if (Module::isSubclassOrImplements(core.intClass, cls) || Module::isSubclassOrImplements(core.doubleClass, cls)) return true;
      for (Rep r : {Rep::F32x4, Rep::F64x2, Rep::I32x4}) {
        if (const Class* simd = m.simdClass(r); simd && Module::isSubclassOrImplements(simd, cls)) return true;
      }
      return false;
    }
    case TypeKind::TypeParameter: {
      const auto* p = static_cast<const TypeParameterType*>(t);
      if (p->promotedBound && !mayBeBitsIdentical(m, p->promotedBound, depth + 1)) return false;
      return !p->param || mayBeBitsIdentical(m, p->param->bound, depth + 1);
    }
    default:
      return true;
  }
}

}  // namespace

std::optional<TypedValue> FunctionLowering::tryPointerIdentical(const StaticInvocation* e) {
  const Procedure* target = e->target;
  if (!target || target->name != "identical" || target->enclosingClass || !target->library ||
      target->library->uri != "dart:core" || e->arguments->positional.size() != 2 || !e->arguments->named.empty()) {
    return std::nullopt;
  }
  const Expression* x = e->arguments->positional[0];
  const Expression* y = e->arguments->positional[1];
  if (mayBeBitsIdentical(m_, x->type, 0) && mayBeBitsIdentical(m_, y->type, 0)) return std::nullopt;
  // Both operands are evaluated, in order, as for the call.
  llvm::Value* a = toValueWord(lower(x));
  llvm::Value* b = toValueWord(lower(y));
  return TypedValue{b_.CreateICmpEQ(a, b), Rep::Bool};
}

}  // namespace dartc::codegen
