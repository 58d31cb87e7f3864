// Pre-scans of syntax subtrees that flow analysis needs before checking them: which local names
// are assigned (a loop's body demotes them at the loop head) and which are assigned inside nested
// functions (such variables are never promoted).
#pragma once

#include <unordered_set>

#include "syntax/ast.h"

namespace dartc::sema {

struct AssignedNames {
  std::unordered_set<ast::Name> anywhere;        // assigned somewhere in the subtree
  std::unordered_set<ast::Name> inClosures;      // assigned inside a nested function
};

void collectAssignedNames(ast::Stmt* stmt, AssignedNames& out);
void collectAssignedNames(ast::Expr* expr, AssignedNames& out);
void collectAssignedNames(ast::Element* element, AssignedNames& out);

}  // namespace dartc::sema
