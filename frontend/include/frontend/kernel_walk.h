// Walks every expression and statement below a kernel node, in evaluation order. Later stages
// use it for whole-body scans (reachability, capture layout, size accounting).
#pragma once

#include <functional>

#include "frontend/kernel.h"

namespace dartc::kernel {

struct Walker {
  std::function<void(const Expression*)> onExpression;  // called before the children
  std::function<void(const Statement*)> onStatement;
  // Nested function bodies (closures, local functions) are walked too unless this is false.
  bool enterFunctions = true;
  std::function<void(const FunctionNode*)> onFunction;
  // Scopes: a FunctionNode (parameters), Block, ForStmt (loop variables) or CatchClause.
  std::function<void(const void* scope)> onEnterScope;
  std::function<void(const void* scope)> onExitScope;
  // Every variable declaration: parameters, locals, local functions, loop and catch variables,
  // and Let temporaries, in the scope that is current when it is reported.
  std::function<void(const Variable*)> onDeclare;

  void walk(const Expression* e) const;
  void walk(const Statement* s) const;
  void walk(const Arguments* a) const;
  void walkFunction(const FunctionNode* f) const;  // default values and body
  void walkMember(const Member* m) const;          // body, initializers, field initializer
};

}  // namespace dartc::kernel
