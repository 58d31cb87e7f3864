// Local variables whose growable lists all have exactly the variable's element type as type
// argument (docs/benchmarks.md, "Exact list locals"): the local-variable twin of
// ExactListFields. `perm[i] = perm[j]` on `final perm = List<int>.filled(n, 0)` runs
// _GrowableList.[]=, whose covariant check of the value compares it against the list's type
// argument; for such a local that argument is the local's element type X, so a value of static
// type X always passes and the check can go.
//
// The proof is flow-insensitive and syntactic: a candidate is a local of type List<X> or List<X>?
// (X closed) declared by a variable declaration, a `for` loop's initializer or a
// lowering's `let` (never a parameter, a catch variable or a local function's variable, which are
// bound by something other than an expression we can see). Every value it can hold — its
// initializer and the value of every assignment to it anywhere in the program, closures
// included — must give null, a constant list, `<X>[...]`, `List<X>.filled/generate/empty/of/
// from`, or a read of another exact local or exact field with the same X. Candidates depend on
// each other (`a = b; b = a;`), so the set is the greatest fixpoint: start from all candidates
// and drop any with a source that is not exact until nothing changes. That is sound because
// every value a variable ever holds was first produced by one of the base cases.
#pragma once

#include <unordered_map>

#include "frontend/kernel.h"
#include "frontend/program.h"
#include "tfa/flow_facts.h"

namespace dartc::codegen {

class ExactListFields;

class ExactListLocals {
 public:
  ExactListLocals(const kernel::Program& program, const tfa::FlowFacts& facts, const ExactListFields& fields);

  // The element type X of a local that only ever holds null, non-growable lists or growable
  // lists allocated with exactly <X>; null for every other variable.
  const kernel::DartType* exactElementType(const kernel::Variable* v) const {
    auto it = exact_.find(v);
    return it == exact_.end() ? nullptr : it->second;
  }

  // The element type X of a variable typed List<X> or List<X>? with X closed.
  static const kernel::DartType* elementTypeOf(const kernel::Variable* v, const kernel::CoreTypes& core);

 private:
  std::unordered_map<const kernel::Variable*, const kernel::DartType*> exact_;
};

}  // namespace dartc::codegen
