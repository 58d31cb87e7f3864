#include "syntax/ast_printer.h"

#include "syntax/ast_printer_impl.h"

namespace dartc::syntax {

namespace printer {

const char* binaryOpText(BinaryOp op) {
  switch (op) {
    case BinaryOp::IfNull: return "??";
    case BinaryOp::LogicalOr: return "||";
    case BinaryOp::LogicalAnd: return "&&";
    case BinaryOp::Eq: return "==";
    case BinaryOp::Ne: return "!=";
    case BinaryOp::Lt: return "<";
    case BinaryOp::Gt: return ">";
    case BinaryOp::Le: return "<=";
    case BinaryOp::Ge: return ">=";
    case BinaryOp::BitOr: return "|";
    case BinaryOp::BitXor: return "^";
    case BinaryOp::BitAnd: return "&";
    case BinaryOp::Shl: return "<<";
    case BinaryOp::Shr: return ">>";
    case BinaryOp::UShr: return ">>>";
    case BinaryOp::Add: return "+";
    case BinaryOp::Sub: return "-";
    case BinaryOp::Mul: return "*";
    case BinaryOp::Div: return "/";
    case BinaryOp::TruncDiv: return "~/";
    case BinaryOp::Mod: return "%";
  }
  return "?";
}

const char* assignOpText(AssignOp op) {
  switch (op) {
    case AssignOp::Assign: return "=";
    case AssignOp::Add: return "+=";
    case AssignOp::Sub: return "-=";
    case AssignOp::Mul: return "*=";
    case AssignOp::Div: return "/=";
    case AssignOp::TruncDiv: return "~/=";
    case AssignOp::Mod: return "%=";
    case AssignOp::Shl: return "<<=";
    case AssignOp::Shr: return ">>=";
    case AssignOp::UShr: return ">>>=";
    case AssignOp::BitAnd: return "&=";
    case AssignOp::BitOr: return "|=";
    case AssignOp::BitXor: return "^=";
    case AssignOp::IfNull: return "?\?=";
  }
  return "?";
}

const char* asyncText(AsyncKind kind) {
  switch (kind) {
    case AsyncKind::Sync: return "";
    case AsyncKind::Async: return " async";
    case AsyncKind::SyncStar: return " sync*";
    case AsyncKind::AsyncStar: return " async*";
  }
  return "";
}

}  // namespace printer

std::string printExpr(const ast::Expr* expr) {
  printer::Printer printer;
  printer.expr(expr);
  return printer.out;
}

std::string printStmt(const ast::Stmt* stmt) {
  printer::Printer printer;
  printer.stmt(stmt);
  return printer.out;
}

std::string printPattern(const ast::Pattern* pattern) {
  printer::Printer printer;
  printer.pattern(pattern);
  return printer.out;
}

std::string printType(const ast::TypeNode* type) {
  printer::Printer printer;
  printer.type(type);
  return printer.out;
}

std::string printDecl(const ast::Decl* decl) {
  printer::Printer printer;
  printer.decl(decl);
  return printer.out;
}

std::string printDirective(const ast::Directive* directive) {
  printer::Printer printer;
  printer.directive(directive);
  return printer.out;
}

std::string printUnit(const ast::CompilationUnit* unit) {
  printer::Printer printer;
  for (const ast::Directive* directive : unit->directives) {
    printer.directive(directive);
    printer.out += '\n';
  }
  for (const ast::Decl* decl : unit->declarations) {
    printer.decl(decl);
    printer.out += '\n';
  }
  return printer.out;
}

}  // namespace dartc::syntax

