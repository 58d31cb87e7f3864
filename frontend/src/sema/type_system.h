// Type relations of Dart 3 with sound null safety: subtyping, substitution, the supertype
// relation of classes, and the standard upper bound (UP) used by conditional expressions and
// inference. Shared by the checker and the constant evaluator.
#pragma once

#include <functional>
#include <unordered_map>
#include <vector>

#include "frontend/program.h"

namespace dartc::sema {

using kernel::Class;
using kernel::DartType;
using kernel::FunctionType;
using kernel::InterfaceType;
using kernel::TypeParameter;

using Substitution = std::unordered_map<const TypeParameter*, const DartType*>;

// Whether `t` mentions a type variable that `which` selects (anywhere in it, promoted bounds
// and the bounds of generic function types' own parameters aside).
bool mentionsTypeParameter(const DartType* t, const std::function<bool(const TypeParameter*)>& which);

class TypeSystem {
 public:
  explicit TypeSystem(kernel::Program& program) : program_(program), types_(program.types) {}

  kernel::TypeStore& store() { return types_; }
  const kernel::CoreTypes& core() const { return program_.core; }

  // --- Class hierarchy -------------------------------------------------------------------
  // Every supertype of `cls` (itself included), expressed with `cls`'s own type parameters.
  // Computed on demand and cached; callers must have finished the class headers first.
  const std::unordered_map<const Class*, const InterfaceType*>& supertypesOf(const Class* cls);
  // `type` viewed as an instance of `target` (e.g. List<int> as Iterable<int>), or null.
  const InterfaceType* asInstanceOf(const InterfaceType* type, const Class* target);
  // Like asInstanceOf, but looks through type variables (to their bounds) and FutureOr.
  const InterfaceType* asInstanceOfType(const DartType* type, const Class* target);
  // Length of the longest `extends`/`implements` path from `cls` to Object (Object: 0).
  int depth(const Class* cls);
  void invalidateHierarchy() { supertypes_.clear(); depths_.clear(); }

  // --- Substitution ------------------------------------------------------------------------
  const DartType* substitute(const DartType* type, const Substitution& s);
  // The substitution mapping `cls`'s type parameters to `type`'s arguments.
  Substitution substitutionFor(const InterfaceType* type);
  // Instantiates a generic function type with the given type arguments.
  const FunctionType* instantiate(const FunctionType* type, const std::vector<const DartType*>& args);

  // --- Relations ---------------------------------------------------------------------------
  bool isSubtype(const DartType* s, const DartType* t);
  bool isAssignable(const DartType* from, const DartType* to) {
    return from->isDynamicLike() || isSubtype(from, to);
  }
  bool isPotentiallyNullable(const DartType* t);  // may hold null for some instantiation
  bool isStrictlyNonNullable(const DartType* t);  // never holds null
  // The standard upper bound UP(a, b).
  const DartType* upperBound(const DartType* a, const DartType* b);
  // The standard lower bound DOWN(a, b) (inference merges upper constraints with it).
  const DartType* lowerBound(const DartType* a, const DartType* b);
  // The greatest (or least) closure of `t` over the type parameters `isTarget` selects: each
  // covariant occurrence replaced by `top` (or Never), each contravariant one the opposite.
  const DartType* closureOver(const DartType* t, const std::function<bool(const TypeParameter*)>& isTarget,
                              bool greatest, const DartType* top);
  // NonNull(T) for promotion: T! that also works for type variables.
  const DartType* promoteNonNull(const DartType* t) { return types_.nonNullable(t); }
  // The type a value of static type `t` has when it is known to also have type `tested`
  // (promotion by `is`): `tested` when it is a subtype, else `t & tested` simplified.
  const DartType* promoteTo(const DartType* t, const DartType* tested);
  // The type a value of static type `t` has when it is known NOT to have type `tested` (the
  // false branch of `is`): flow analysis's factor(T, S). `int?` not Null is int, `FutureOr<R>`
  // not a Future<R> is R; `t` itself when nothing is learnt.
  const DartType* factor(const DartType* t, const DartType* tested);
  // B when `t` is the intersection `X & B`, else null.
  const DartType* promotedBoundOf(const DartType* t);
  // `t` with every intersection `X & B` replaced by X: what inference keeps (declared types of
  // variables, inferred type arguments and return types never mention intersections).
  const DartType* eliminateIntersections(const DartType* t);
  // The bound of a type variable (recursively), with the variable's nullability applied.
  const DartType* resolveToBound(const DartType* t);
  // Is `t` a function type, or a type that can be called (has `call`), after looking through
  // type variables?
  const FunctionType* asFunctionType(const DartType* t);

  // Extension types (extension_types.cpp) are interface types of classes registered here. One
  // is a subtype of Object only when it implements a non-nullable type (else only of Object?).
  void addExtensionType(const Class* cls, bool nonNullable) { extensionTypes_[cls] = nonNullable; }
  bool isExtensionType(const Class* cls) const { return extensionTypes_.count(cls) != 0; }
  bool isNonNullableExtensionType(const Class* cls) const {
    auto it = extensionTypes_.find(cls);
    return it != extensionTypes_.end() && it->second;
  }

  bool isInt(const DartType* t) const { return t == core().intType; }
  bool isDouble(const DartType* t) const { return t == core().doubleType; }
  bool isNum(const DartType* t) const { return t == core().numType; }
  bool isBool(const DartType* t) const { return t == core().boolType; }
  bool isString(const DartType* t) const { return t == core().stringType; }
  bool isObject(const DartType* t) const { return t == core().objectType; }

 private:
  bool interfaceSubtype(const InterfaceType* s, const InterfaceType* t);
  bool functionSubtype(const FunctionType* s, const FunctionType* t);
  const DartType* interfaceUpperBound(const InterfaceType* a, const InterfaceType* b);
  const DartType* functionUpperBound(const FunctionType* a, const FunctionType* b);
  // The declared bound of the type variable `x` (Object? when it has none), with `x` itself
  // replaced by its greatest closure (F-bounds: `X extends Comparable<X>` gives Comparable<Object?>).
  const DartType* boundClosure(const DartType* x);

  kernel::Program& program_;
  kernel::TypeStore& types_;
  std::unordered_map<const Class*, std::unordered_map<const Class*, const InterfaceType*>> supertypes_;
  std::unordered_map<const Class*, int> depths_;
  std::unordered_map<const Class*, bool> extensionTypes_;
};

}  // namespace dartc::sema
