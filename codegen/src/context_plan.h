// Where captured variables live. Every scope (function, block, for statement, catch clause) that
// declares variables captured by closures gets a heap context when it is entered; contexts link
// to the enclosing one, so a closure reaches any variable it captures by walking parent links
// a statically known number of times. Loop bodies and for-loop variables get a fresh context per
// iteration, which gives closures Dart's fresh binding per iteration.
#pragma once

#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "frontend/kernel.h"

namespace dartc::codegen {

struct ContextPlan {
  struct Scope {
    const void* node = nullptr;                 // FunctionNode, Block, ForStmt or CatchClause
    const kernel::FunctionNode* owner = nullptr;  // the function that allocates it
    int parent = -1;                            // enclosing scope with a context
    int depth = 0;                              // number of enclosing scopes with a context
    std::vector<const kernel::Variable*> variables;
    bool holdsThis = false;                     // slot 0 holds `this` (for closures in methods)
    bool holdsTypeArgs = false;                 // the next slot holds the function's type arguments
  };
  std::vector<Scope> scopes;
  std::unordered_map<const void*, int> scopeOfNode;
  std::unordered_map<const kernel::Variable*, std::pair<int, int>> slotOf;  // scope, slot index
  // For each closure: the scope whose context it captures when created (-1: none).
  std::unordered_map<const kernel::FunctionNode*, int> closureScope;
  // Parameters of the member's function and of its closures, and the variables that some
  // expression assigns (`x = ...`, `x++`, ...) anywhere in the member, its closures included. A
  // captured parameter never assigned is written once per call, into the context the function
  // makes on entry, before any read: its context slot is read invariantly (lower_function.cpp).
  // (Locals are left out: whether every declaration runs once per context depends on how each
  // statement that declares them is scoped.)
  std::unordered_set<const kernel::Variable*> parameters;
  std::unordered_set<const kernel::Variable*> assigned;
  bool isInvariantCapture(const kernel::Variable* v) const { return parameters.count(v) && !assigned.count(v); }
  int thisScope = -1;
  int typeArgsScope = -1;
  // Generic local functions and function literals with closures inside: the scope of the
  // function whose context holds its full type-argument vector.
  std::unordered_map<const kernel::FunctionNode*, int> localTypeArgsScope;
  // Type parameters of the member's function and of its generic local functions: the index of
  // the parameter's first sibling in the vector of every function that sees it. A function's
  // vector holds the arguments of the functions around it, outermost first, then its own.
  std::unordered_map<const kernel::TypeParameter*, uint32_t> typeParamBase;
  // Each function's base (the length of the vector of the functions around it).
  std::unordered_map<const kernel::FunctionNode*, uint32_t> functionBase;

  int slotIndexOfThis() const { return 0; }
  static int slotIndexOfTypeArgs(const Scope& s) { return s.holdsThis ? 1 : 0; }
  // Slot index of a variable within its scope's context (after `this` and the type arguments).
  static int slotBase(const Scope& s) { return (s.holdsThis ? 1 : 0) + (s.holdsTypeArgs ? 1 : 0); }
};

// Plans the contexts of a member and every function nested in it.
std::unique_ptr<ContextPlan> planContexts(const kernel::Member* member);

}  // namespace dartc::codegen
