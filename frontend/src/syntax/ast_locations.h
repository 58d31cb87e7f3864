// Where an expression starts in the source. The tree records each node at its most telling token
// (a binary expression at its operator, a call at the called name); diagnostics about a whole
// expression point at its first token instead, like the Dart analyzer's.
#pragma once

#include "syntax/ast.h"

namespace dartc::ast {

SourceLoc startLoc(const Expr* e);

}  // namespace dartc::ast
