// Pre-scans of syntax subtrees that flow analysis needs before checking them: which local names
// are assigned (a loop's body demotes them at the loop head), which are assigned inside nested
// functions (such variables are never promoted) and which are read outside nested functions.
#pragma once

#include <unordered_set>

#include "syntax/ast.h"

namespace dartc::sema {

struct AssignedNames {
  std::unordered_set<ast::Name> anywhere;        // assigned somewhere in the subtree
  std::unordered_set<ast::Name> inClosures;      // assigned inside a nested function
  // Named by an identifier outside nested functions (a hint: a name the scan does not see, e.g.
  // in a pattern, is simply missing). sync* bodies copy the parameters they read per run.
  std::unordered_set<ast::Name> readDirectly;
};

void collectAssignedNames(ast::Stmt* stmt, AssignedNames& out);
void collectAssignedNames(ast::Expr* expr, AssignedNames& out);
void collectAssignedNames(ast::Element* element, AssignedNames& out);
// `target` as the left side of an assignment (a for-in loop's `for (x in e)`): its variable is
// written, and the expressions inside it are scanned.
void collectAssignedTarget(ast::Expr* target, AssignedNames& out);

}  // namespace dartc::sema
