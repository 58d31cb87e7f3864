#include "syntax/ast_locations.h"

namespace dartc::ast {

SourceLoc startLoc(const Expr* e) {
  // Iterative: left-nested chains (`a + b + c ...`, `x.f().g()...`) can be very long.
  while (e) {
    const Expr* left = nullptr;
    switch (e->kind) {
      case ExprKind::Binary: left = static_cast<const BinaryExpr*>(e)->left; break;
      case ExprKind::PropertyAccess: left = static_cast<const PropertyAccessExpr*>(e)->target; break;
      case ExprKind::Index: left = static_cast<const IndexExpr*>(e)->target; break;
      case ExprKind::MethodCall: left = static_cast<const MethodCallExpr*>(e)->target; break;
      case ExprKind::FunctionCall: left = static_cast<const FunctionCallExpr*>(e)->callee; break;
      case ExprKind::Assignment: left = static_cast<const AssignmentExpr*>(e)->target; break;
      case ExprKind::Conditional: left = static_cast<const ConditionalExpr*>(e)->condition; break;
      case ExprKind::Postfix: left = static_cast<const PostfixExpr*>(e)->operand; break;
      case ExprKind::Is: left = static_cast<const IsExpr*>(e)->operand; break;
      case ExprKind::As: left = static_cast<const AsExpr*>(e)->operand; break;
      case ExprKind::Cascade: left = static_cast<const CascadeExpr*>(e)->target; break;
      case ExprKind::TypeInstantiation: left = static_cast<const TypeInstantiationExpr*>(e)->target; break;
      default: break;
    }
    // Only step to an operand that really lies before (a cascade receiver placeholder, say, may not).
    if (!left || !left->loc.valid() || left->loc.file != e->loc.file || left->loc.offset > e->loc.offset) return e->loc;
    e = left;
  }
  return {};
}

}  // namespace dartc::ast
