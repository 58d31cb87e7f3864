// How each local variable of a program gets its values, for the syntactic whole-program proofs
// over locals (exact_list_locals.cpp, exact_receivers.cpp): the variables declared with an
// initializer we can see, those bound by something else, and every assignment.
#pragma once

#include <unordered_set>
#include <utility>
#include <vector>

#include "frontend/kernel.h"
#include "frontend/program.h"

namespace dartc::codegen {

struct LocalBindings {
  // Locals declared by a variable declaration, a `for` loop's initializer or a lowering's `let`
  // (their initializer, if any, is their first value), in walk order.
  std::vector<const kernel::Variable*> declared;
  // Variables bound by something other than an expression we can see: parameters (whose
  // initializer is only a default value), catch variables, local functions and constructor
  // initializers' locals.
  std::unordered_set<const kernel::Variable*> boundElsewhere;
  // Every assignment to a variable anywhere in the program, closures included.
  std::vector<std::pair<const kernel::Variable*, const kernel::Expression*>> assignments;
};

LocalBindings collectLocalBindings(const kernel::Program& program);

}  // namespace dartc::codegen
