// Local type inference for generic calls: constraints on the type parameters of a generic
// function (or a generic class's constructor) from the arguments and the context type, solved
// the way Dart does for ordinary programs (lower bounds first, their upper bound; else the
// context's upper bound; else the declared bound).
#pragma once

#include <unordered_map>
#include <vector>

#include "sema/type_system.h"

namespace dartc::sema {

// True when `t` mentions the inference placeholder (an argument not solved yet).
bool containsPlaceholder(const DartType* t);

class Inferrer {
 public:
  Inferrer(TypeSystem& ts, const std::vector<TypeParameter*>& params);

  // `actual` is passed where `formal` (mentioning the parameters) is expected.
  void constrainArgument(const DartType* actual, const DartType* formal) { gather(actual, formal, 0); }
  // The call's result (`returnType`, mentioning the parameters) is used where `context` is expected.
  void constrainReturn(const DartType* returnType, const DartType* context);
  // The current solution. Partial solutions leave unconstrained parameters as the placeholder,
  // so a closure argument checked against them infers that part from its own body.
  std::vector<const DartType*> solve(bool partial);
  Substitution substitution(const std::vector<const DartType*>& solution) const;

 private:
  int indexOf(const DartType* t) const;
  void gather(const DartType* sub, const DartType* super, int depth);

  TypeSystem& ts_;
  const std::vector<TypeParameter*>& params_;
  std::vector<std::vector<const DartType*>> lower_;
  std::vector<std::vector<const DartType*>> upper_;
  const DartType* placeholder_;
};

}  // namespace dartc::sema
