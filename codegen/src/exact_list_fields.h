// Fields whose growable lists all have exactly the field's element type as type argument
// (docs/benchmarks.md, "Exact list fields"). A store `f[i] = v` into such a field's list needs no
// covariant check of `v` in _GrowableList.[]=: the check compares v against the list's type
// argument, which is the field's element type X, and v's static type is a subtype of X.
//
// The proof is flow-insensitive and syntactic, over the whole program: every expression that may
// write the field (its initializer, constructor initializers, and every set of a member of that
// name, through any receiver, dynamic ones included) must give null, a constant list (never a
// _GrowableList, so never the receiver of the growable list's `[]=`), a list literal `<X>[...]`
// or one of List's factories called with exactly <X> (filled, generate, empty, of, from: each
// allocates _GrowableList<E> with its own E), also as the target of a cascade or through a final
// local initialized with one. Anything else (a parameter, a call, a cast) makes
// the field inexact, and no store into it loses its check.
#pragma once

#include <unordered_set>

#include "frontend/kernel.h"
#include "frontend/program.h"

namespace dartc::codegen {

class ExactListFields {
 public:
  explicit ExactListFields(const kernel::Program& program);

  // Whether every growable list that `field` ever holds was allocated with type argument X,
  // where the field's type is List<X> or List<X>? (X without type parameters, or a self-typed
  // field's T: see isSelfTyped).
  bool isExact(const kernel::Field* field) const { return exact_.count(field) != 0; }
  // Whether the field is exact relative to its holder: its type is List<X> or List<X>? with X a
  // type over its class's parameters (T, T?, Entry<K, V>?), and every list it holds was allocated
  // with X instantiated with the holder's own arguments
  // (writes through `this` and initializers only). A store is then unchecked only through `this`.
  bool isSelfTyped(const kernel::Field* field) const { return selfTyped_.count(field) != 0; }
  // Whether the field is exact and every value it ever holds is a _GrowableList or an empty
  // constant list (`List<bool> f = const []`, later `f = List.filled(...)`): never null, never
  // a constant list with elements (empty_constant_lists.cpp).
  bool holdsGrowableOrEmpty(const kernel::Field* field) const { return growableOrEmpty_.count(field) != 0; }
  // Whether some VariableSet assigns `v` (a final synthetic temporary never is: then it always
  // holds its initializer's value).
  bool isAssigned(const kernel::Variable* v) const { return assigned_.count(v) != 0; }

  // The element type X of a field that qualifies (List<X> or List<X>? with X closed), or null.
  static const kernel::DartType* elementTypeOf(const kernel::Field* field, const kernel::CoreTypes& core);

  // The element type X of a field of type List<X> (or List<X>?), X a type parameter of the
  // field's class (T or T?) or an interface type whose type parameters all are (Entry<K, V>?),
  // or null.
  static const kernel::DartType* selfTypedElementOf(const kernel::Field* field, const kernel::CoreTypes& core);
  // Whether every type parameter in `t` is one of cls's own (not promoted), and `t` has no
  // FutureOr, record or function type around one.
  static bool overOwnParameters(const kernel::DartType* t, const kernel::Class* cls);

  // Whether a value of static type `value` always passes a type test against `target`: a
  // conservative subtype test (equal types, Never, Null into a nullable type, an interface type
  // into a nullable or non-nullable supertype without type arguments).
  static bool alwaysPasses(const kernel::DartType* value, const kernel::DartType* target);

  // Whether evaluating `e` gives null, a non-growable list, or a growable list allocated with
  // exactly <x>, judged from `e` alone (exact_list_locals.cpp adds reads of exact variables).
  static bool givesExactList(const kernel::Expression* e, const kernel::DartType* x, const kernel::CoreTypes& core);

 private:
  std::unordered_set<const kernel::Field*> exact_;
  std::unordered_set<const kernel::Field*> selfTyped_;
  std::unordered_set<const kernel::Field*> growableOrEmpty_;
  std::unordered_set<const kernel::Variable*> assigned_;
};

}  // namespace dartc::codegen
