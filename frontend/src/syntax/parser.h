// The parser: one Dart source file to a syntax tree (ast.h). Recursive descent with Dart's
// precedence; on an error it reports `file:line:col: error: ...` and resynchronizes at the next
// statement or declaration boundary, so one run reports several independent errors.
#pragma once

#include "frontend/diagnostics.h"
#include "syntax/ast.h"

namespace dartc::syntax {

// Always returns a unit; after errors it holds what could be recovered (placeholders are
// ErrorExpr / ErrorStmt, names may be empty).
//
// How the tree reads, where ast.h leaves a choice:
// - Locations: statements, Decl nodes and FieldDecls start at their first token (metadata
//   included; `nameLoc` has the name); FunctionDecl, ConstructorDecl, FormalParam and
//   VarDeclarator are at their name; operators at the operator (BinaryExpr, Assignment,
//   Prefix, Postfix, Is, As, Conditional `?`, Cascade first `..`); MethodCall and PropertyAccess
//   at the member name; Index at `[`; FunctionCall at `(`; literals, `new`/`const` creations and
//   patterns at their first token (a string literal at its opening quote).
// - Calls without `new`/`const`: `C(1)`, `p.C(1)`, `C.named(1)` and `f<int>(1)` are
//   MethodCallExpr (the checker decides what the name is); only `C<T>.named(1)` and
//   `p.C<T>.named(1)` are InstanceCreationExpr with Keyword::None.
// - Constructor references after `new`/`const`/`= ` (redirecting factory): `A.b` is type `A`,
//   constructor `b` (the checker reinterprets `A` as an import prefix when it is one); `a.B.c`
//   and `a.B<T>` have a prefix. `C.new` names the unnamed constructor (empty name).
// - for-in and C-style loops are both StmtKind::For; ForLoopParts::isForIn tells them apart.
// - Pattern assignment `(a, b) = (b, a)`: AssignmentExpr::pattern is set (see ast.h).
// - `const (e)` in a pattern is a ConstantPattern holding a ParenExpr.
// - Operator declarations are named by their text: "==", "[]", "[]=", "unary-", ">>>", "~".
ast::CompilationUnit* parseFile(FileId file, const SourceManager& sources, ast::AstArena& arena,
                                Diagnostics& diags);

}  // namespace dartc::syntax
