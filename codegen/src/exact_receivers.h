// Locals and fields that only ever hold one freshly constructed object, so that the object's
// class and type arguments are exactly those of the allocation (docs/generics.md, "Unchecked
// entries"). `final v = Vector<AbstractConstraint>(); v.append(c);` calls append on a
// Vector<AbstractConstraint> that is not a Vector<EditConstraint> underneath, so the covariant
// check of append's `E elem` against the receiver's E always passes for an AbstractConstraint
// (unchecked_calls.cpp).
//
// The proof is syntactic: a candidate is a local declared by a variable declaration, a `for`
// loop's initializer or a lowering's `let` (never a parameter, catch variable or local
// function), whose initializer is a generative constructor invocation and which no assignment
// anywhere in the program (closures included) writes; or a final field, instance or static,
// whose declaration initializes it with a generative constructor invocation of closed type
// (a final field with an initializer is written nowhere else).
#pragma once

#include <unordered_map>

#include "frontend/kernel.h"
#include "frontend/program.h"

namespace dartc::codegen {

class ExactReceivers {
 public:
  // The classes list, map and set literals allocate (`<X>[...]` is exactly a _GrowableList<X>,
  // `<K, V>{...}` a _LinkedHashMap<K, V>, `<E>{...}` a _LinkedHashSet<E>); each may be null.
  struct LiteralClasses {
    const kernel::Class* growableList = nullptr;
    const kernel::Class* linkedHashMap = nullptr;
    const kernel::Class* linkedHashSet = nullptr;
  };
  ExactReceivers(const kernel::Program& program, const LiteralClasses& classes);

  // The exact type of the only object `v` ever holds (its type arguments may mention type
  // parameters in scope where `v` is declared, which are the same wherever `v` is read); null
  // when `v` does not qualify.
  const kernel::InterfaceType* exactTypeOf(const kernel::Variable* v) const {
    auto it = locals_.find(v);
    return it == locals_.end() ? nullptr : it->second;
  }
  // The exact (closed) type of the only object the final field `f` ever holds, or null.
  const kernel::InterfaceType* exactTypeOf(const kernel::Field* f) const {
    auto it = fields_.find(f);
    return it == fields_.end() ? nullptr : it->second;
  }
  // For a final instance field of a generic class that every constructor (or its declaration)
  // initializes with a generative constructor invocation over the class's own type parameters
  // (som's `SomSet<E>(...) : _items = Vector<E>(size)`): that type, in terms of those
  // parameters. It is exact for a read through `this`, seen from the reader's class (the object
  // was allocated with this object's own arguments); null when `f` does not qualify.
  const kernel::InterfaceType* selfTypedTypeOf(const kernel::Field* f) const {
    auto it = selfTyped_.find(f);
    return it == selfTyped_.end() ? nullptr : it->second;
  }

 private:
  std::unordered_map<const kernel::Variable*, const kernel::InterfaceType*> locals_;
  std::unordered_map<const kernel::Field*, const kernel::InterfaceType*> fields_;
  std::unordered_map<const kernel::Field*, const kernel::InterfaceType*> selfTyped_;
};

}  // namespace dartc::codegen
