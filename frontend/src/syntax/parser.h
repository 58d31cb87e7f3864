// The parser: one Dart source file to a syntax tree (ast.h). Recursive descent with Dart's
// precedence; on an error it reports `file:line:col: error: ...` and resynchronizes at the next
// statement or declaration boundary, so one run reports several independent errors.
#pragma once

#include "frontend/diagnostics.h"
#include "syntax/ast.h"

namespace dartc::syntax {

// Always returns a unit; after errors it holds what could be recovered.
ast::CompilationUnit* parseFile(FileId file, const SourceManager& sources, ast::AstArena& arena,
                                Diagnostics& diags);

}  // namespace dartc::syntax
