// Printing expressions and collection elements.
#include <cstdio>

#include "syntax/ast_printer_impl.h"

namespace dartc::syntax::printer {

void Printer::string16(std::u16string_view text) {
  out += '"';
  for (char16_t c : text) {
    switch (c) {
      case u'\n': out += "\\n"; break;
      case u'\t': out += "\\t"; break;
      case u'\r': out += "\\r"; break;
      case u'"': out += "\\\""; break;
      case u'\\': out += "\\\\"; break;
      default:
        if (c >= 0x20 && c < 0x7F) {
          out += static_cast<char>(c);
        } else {
          char buffer[16];
          std::snprintf(buffer, sizeof buffer, "\\u%04X", static_cast<unsigned>(c));
          out += buffer;
        }
    }
  }
  out += '"';
}

void Printer::args(const ArgumentList& list) {
  for (const Argument& arg : list.args) {
    out += ' ';
    if (!arg.name.empty()) {
      out += arg.name;
      out += ": ";
    }
    expr(arg.value);
  }
}

void Printer::element(const Element* node) {
  switch (node->kind) {
    case ElementKind::Expr: {
      auto* e = static_cast<const ExprElement*>(node);
      if (e->nullAware) out += "(? ";
      expr(e->expr);
      if (e->nullAware) out += ')';
      break;
    }
    case ElementKind::MapEntry: {
      auto* entry = static_cast<const MapEntryElement*>(node);
      out += "(: ";
      if (entry->keyNullAware) out += '?';
      expr(entry->key);
      out += ' ';
      if (entry->valueNullAware) out += '?';
      expr(entry->value);
      out += ')';
      break;
    }
    case ElementKind::Spread: {
      auto* spread = static_cast<const SpreadElement*>(node);
      out += spread->nullAware ? "(...? " : "(... ";
      expr(spread->expr);
      out += ')';
      break;
    }
    case ElementKind::If: {
      auto* ifElement = static_cast<const IfElement*>(node);
      out += ifElement->casePattern ? "(if-case " : "(if ";
      expr(ifElement->condition);
      caseTail(ifElement->casePattern, ifElement->guard);
      out += ' ';
      element(ifElement->thenElement);
      if (ifElement->elseElement) {
        out += ' ';
        element(ifElement->elseElement);
      }
      out += ')';
      break;
    }
    case ElementKind::For: {
      auto* forElement = static_cast<const ForElement*>(node);
      out += forElement->isAwait ? "(await-for " : "(for ";
      forParts(forElement->parts);
      out += ' ';
      element(forElement->body);
      out += ')';
      break;
    }
  }
}

void Printer::elements(const std::vector<Element*>& list) {
  for (const Element* e : list) {
    out += ' ';
    element(e);
  }
}

void Printer::caseTail(const Pattern* casePattern, const Expr* guard) {
  if (!casePattern) return;
  out += " case ";
  pattern(casePattern);
  if (guard) {
    out += " when ";
    expr(guard);
  }
}

void Printer::expr(const Expr* node) {
  if (!node) {
    out += "<null>";
    return;
  }
  switch (node->kind) {
    case ExprKind::IntLiteral: out += static_cast<const IntLiteralExpr*>(node)->text; break;
    case ExprKind::DoubleLiteral: out += static_cast<const DoubleLiteralExpr*>(node)->text; break;
    case ExprKind::StringLiteral: {
      auto* literal = static_cast<const StringLiteralExpr*>(node);
      if (literal->isSimple()) {
        string16(literal->parts.empty() ? std::u16string_view() : literal->parts[0].text);
        break;
      }
      out += "(str";
      for (const StringPart& part : literal->parts) {
        out += ' ';
        if (part.expr) {
          expr(part.expr);
        } else {
          string16(part.text);
        }
      }
      out += ')';
      break;
    }
    case ExprKind::BoolLiteral:
      out += static_cast<const BoolLiteralExpr*>(node)->value ? "true" : "false";
      break;
    case ExprKind::NullLiteral: out += "null"; break;
    case ExprKind::SymbolLiteral:
      out += '#';
      out += static_cast<const SymbolLiteralExpr*>(node)->name;
      break;
    case ExprKind::Identifier: out += static_cast<const IdentifierExpr*>(node)->name; break;
    case ExprKind::This: out += "this"; break;
    case ExprKind::Super: out += "super"; break;
    case ExprKind::ListLiteral: {
      auto* list = static_cast<const ListLiteralExpr*>(node);
      out += list->isConst ? "(const-list" : "(list";
      typeArgs(list->typeArgs);
      elements(list->elements);
      out += ')';
      break;
    }
    case ExprKind::SetOrMapLiteral: {
      auto* literal = static_cast<const SetOrMapLiteralExpr*>(node);
      out += literal->isConst ? "(const-setmap" : "(setmap";
      typeArgs(literal->typeArgs);
      elements(literal->elements);
      out += ')';
      break;
    }
    case ExprKind::RecordLiteral: {
      auto* record = static_cast<const RecordLiteralExpr*>(node);
      out += record->isConst ? "(const-record" : "(record";
      for (const Expr* field : record->positional) {
        out += ' ';
        expr(field);
      }
      for (const NamedExpr& field : record->named) {
        out += ' ';
        out += field.name;
        out += ": ";
        expr(field.value);
      }
      out += ')';
      break;
    }
    case ExprKind::Paren:
      out += "(paren ";
      expr(static_cast<const ParenExpr*>(node)->inner);
      out += ')';
      break;
    case ExprKind::FunctionExpr:
      function(static_cast<const FunctionExprNode*>(node)->function, "fn");
      break;
    case ExprKind::PropertyAccess: {
      auto* access = static_cast<const PropertyAccessExpr*>(node);
      out += access->nullAware ? "(?. " : "(. ";
      expr(access->target);
      out += ' ';
      out += access->name;
      out += ')';
      break;
    }
    case ExprKind::Index: {
      auto* index = static_cast<const IndexExpr*>(node);
      out += index->nullAware ? "(?[] " : "([] ";
      expr(index->target);
      out += ' ';
      expr(index->index);
      out += ')';
      break;
    }
    case ExprKind::MethodCall: {
      auto* call = static_cast<const MethodCallExpr*>(node);
      out += "(call ";
      if (call->target) {
        expr(call->target);
        out += call->nullAware ? " ?." : " .";
      }
      out += call->name;
      typeArgs(call->typeArgs);
      args(call->args);
      out += ')';
      break;
    }
    case ExprKind::FunctionCall: {
      auto* call = static_cast<const FunctionCallExpr*>(node);
      out += "(fcall ";
      expr(call->callee);
      typeArgs(call->typeArgs);
      args(call->args);
      out += ')';
      break;
    }
    case ExprKind::InstanceCreation: {
      auto* creation = static_cast<const InstanceCreationExpr*>(node);
      switch (creation->keyword) {
        case InstanceCreationExpr::Keyword::None: out += "(create "; break;
        case InstanceCreationExpr::Keyword::New: out += "(new "; break;
        case InstanceCreationExpr::Keyword::Const: out += "(const "; break;
      }
      type(creation->type);
      if (!creation->constructorName.empty()) {
        out += '.';
        out += creation->constructorName;
      }
      args(creation->args);
      out += ')';
      break;
    }
    case ExprKind::Assignment: {
      auto* assignment = static_cast<const AssignmentExpr*>(node);
      out += '(';
      out += assignOpText(assignment->op);
      out += ' ';
      if (assignment->pattern) {
        pattern(assignment->pattern);
      } else {
        expr(assignment->target);
      }
      out += ' ';
      expr(assignment->value);
      out += ')';
      break;
    }
    case ExprKind::Conditional: {
      auto* conditional = static_cast<const ConditionalExpr*>(node);
      out += "(? ";
      expr(conditional->condition);
      out += ' ';
      expr(conditional->thenExpr);
      out += ' ';
      expr(conditional->elseExpr);
      out += ')';
      break;
    }
    case ExprKind::Binary: {
      auto* binary = static_cast<const BinaryExpr*>(node);
      out += '(';
      out += binaryOpText(binary->op);
      out += ' ';
      expr(binary->left);
      out += ' ';
      expr(binary->right);
      out += ')';
      break;
    }
    case ExprKind::Prefix: {
      auto* prefix = static_cast<const PrefixExpr*>(node);
      switch (prefix->op) {
        case PrefixOp::Negate: out += "(neg "; break;
        case PrefixOp::Not: out += "(! "; break;
        case PrefixOp::BitNot: out += "(~ "; break;
        case PrefixOp::Increment: out += "(pre++ "; break;
        case PrefixOp::Decrement: out += "(pre-- "; break;
      }
      expr(prefix->operand);
      out += ')';
      break;
    }
    case ExprKind::Postfix: {
      auto* postfix = static_cast<const PostfixExpr*>(node);
      switch (postfix->op) {
        case PostfixOp::Increment: out += "(post++ "; break;
        case PostfixOp::Decrement: out += "(post-- "; break;
        case PostfixOp::NullAssert: out += "(nonnull "; break;
      }
      expr(postfix->operand);
      out += ')';
      break;
    }
    case ExprKind::Await:
      out += "(await ";
      expr(static_cast<const AwaitExpr*>(node)->operand);
      out += ')';
      break;
    case ExprKind::Is: {
      auto* test = static_cast<const IsExpr*>(node);
      out += test->negated ? "(is! " : "(is ";
      expr(test->operand);
      out += ' ';
      type(test->type);
      out += ')';
      break;
    }
    case ExprKind::As: {
      auto* cast = static_cast<const AsExpr*>(node);
      out += "(as ";
      expr(cast->operand);
      out += ' ';
      type(cast->type);
      out += ')';
      break;
    }
    case ExprKind::Throw:
      out += "(throw ";
      expr(static_cast<const ThrowExpr*>(node)->operand);
      out += ')';
      break;
    case ExprKind::Rethrow: out += "rethrow"; break;
    case ExprKind::Cascade: {
      auto* cascade = static_cast<const CascadeExpr*>(node);
      out += cascade->nullAware ? "(?cascade " : "(cascade ";
      expr(cascade->target);
      for (const Expr* section : cascade->sections) {
        out += ' ';
        expr(section);
      }
      out += ')';
      break;
    }
    case ExprKind::CascadeReceiver: out += ".."; break;
    case ExprKind::SwitchExpr: {
      auto* switchExpr = static_cast<const SwitchExprNode*>(node);
      out += "(switch ";
      expr(switchExpr->subject);
      for (const SwitchExprCase& arm : switchExpr->cases) {
        out += " (";
        pattern(arm.pattern);
        if (arm.guard) {
          out += " when ";
          expr(arm.guard);
        }
        out += " => ";
        expr(arm.body);
        out += ')';
      }
      out += ')';
      break;
    }
    case ExprKind::TypeInstantiation: {
      auto* instantiation = static_cast<const TypeInstantiationExpr*>(node);
      out += "(inst ";
      expr(instantiation->target);
      out += ' ';
      typeArgs(instantiation->typeArgs);
      out += ')';
      break;
    }
    case ExprKind::Error: out += "<error>"; break;
  }
}

}  // namespace dartc::syntax::printer
