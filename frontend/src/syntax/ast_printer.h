// A compact S-expression rendering of the syntax tree, for tests and debugging. Operators print
// prefix and fully parenthesized, so precedence is visible: `1 + 2 * 3` is `(+ 1 (* 2 3))`.
// Types print in Dart syntax (`List<int>?`, `int Function(String)`).
#pragma once

#include <string>

#include "syntax/ast.h"

namespace dartc::syntax {

std::string printExpr(const ast::Expr* expr);
std::string printStmt(const ast::Stmt* stmt);
std::string printPattern(const ast::Pattern* pattern);
std::string printType(const ast::TypeNode* type);
std::string printDecl(const ast::Decl* decl);
std::string printDirective(const ast::Directive* directive);
// Every directive and declaration, one per line.
std::string printUnit(const ast::CompilationUnit* unit);

}  // namespace dartc::syntax
