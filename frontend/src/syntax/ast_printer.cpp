#include "syntax/ast_printer.h"

#include <cstdio>

namespace dartc::syntax {

namespace {

using namespace ast;

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

class Printer {
 public:
  std::string out;

  void raw(std::string_view text) { out += text; }

  void string16(std::u16string_view text) {
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

  void typeArgs(const std::vector<TypeNode*>& args) {
    if (args.empty()) return;
    out += '<';
    for (size_t i = 0; i < args.size(); ++i) {
      if (i) out += ", ";
      type(args[i]);
    }
    out += '>';
  }

  void typeParams(const std::vector<TypeParam*>& params) {
    if (params.empty()) return;
    out += '<';
    for (size_t i = 0; i < params.size(); ++i) {
      if (i) out += ", ";
      out += params[i]->name;
      if (params[i]->bound) {
        out += " extends ";
        type(params[i]->bound);
      }
    }
    out += '>';
  }

  void typeField(const FunctionTypeParam& param) {
    if (param.isRequired) out += "required ";
    type(param.type);
    if (!param.name.empty()) {
      out += ' ';
      out += param.name;
    }
  }

  void type(const TypeNode* node) {
    if (!node) {
      out += "<no type>";
      return;
    }
    switch (node->kind) {
      case TypeNodeKind::Named: {
        auto* named = static_cast<const NamedTypeNode*>(node);
        if (!named->prefix.empty()) {
          out += named->prefix;
          out += '.';
        }
        out += named->name;
        typeArgs(named->typeArgs);
        break;
      }
      case TypeNodeKind::Function: {
        auto* fn = static_cast<const FunctionTypeNode*>(node);
        if (fn->returnType) {
          type(fn->returnType);
          out += ' ';
        }
        out += "Function";
        typeParams(fn->typeParams);
        out += '(';
        bool first = true;
        for (size_t i = 0; i < fn->positional.size(); ++i) {
          if (!first) out += ", ";
          if (i == fn->requiredPositionalCount) out += '[';
          typeField(fn->positional[i]);
          first = false;
        }
        if (fn->positional.size() > fn->requiredPositionalCount) out += ']';
        if (!fn->named.empty()) {
          if (!first) out += ", ";
          out += '{';
          for (size_t i = 0; i < fn->named.size(); ++i) {
            if (i) out += ", ";
            typeField(fn->named[i]);
          }
          out += '}';
        }
        out += ')';
        break;
      }
      case TypeNodeKind::Record: {
        auto* record = static_cast<const RecordTypeNode*>(node);
        out += '(';
        for (size_t i = 0; i < record->positional.size(); ++i) {
          if (i) out += ", ";
          typeField(record->positional[i]);
        }
        if (!record->named.empty()) {
          if (!record->positional.empty()) out += ", ";
          out += '{';
          for (size_t i = 0; i < record->named.size(); ++i) {
            if (i) out += ", ";
            typeField(record->named[i]);
          }
          out += '}';
        }
        out += ')';
        break;
      }
    }
    if (node->nullable) out += '?';
  }

  void args(const ArgumentList& list) {
    for (const Argument& arg : list.args) {
      out += ' ';
      if (!arg.name.empty()) {
        out += arg.name;
        out += ": ";
      }
      expr(arg.value);
    }
  }

  void element(const Element* node) {
    switch (node->kind) {
      case ElementKind::Expr: expr(static_cast<const ExprElement*>(node)->expr); break;
      case ElementKind::MapEntry: {
        auto* entry = static_cast<const MapEntryElement*>(node);
        out += "(: ";
        expr(entry->key);
        out += ' ';
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

  void elements(const std::vector<Element*>& list) {
    for (const Element* e : list) {
      out += ' ';
      element(e);
    }
  }

  void caseTail(const Pattern* casePattern, const Expr* guard) {
    if (!casePattern) return;
    out += " case ";
    pattern(casePattern);
    if (guard) {
      out += " when ";
      expr(guard);
    }
  }

  void expr(const Expr* node) {
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

  void patternFields(const std::vector<PatternField>& fields) {
    for (const PatternField& field : fields) {
      out += ' ';
      if (field.inferredName) {
        out += ':';
      } else if (!field.name.empty()) {
        out += field.name;
        out += ": ";
      }
      pattern(field.pattern);
    }
  }

  void pattern(const Pattern* node) {
    if (!node) {
      out += "<null>";
      return;
    }
    switch (node->kind) {
      case PatternKind::Constant: expr(static_cast<const ConstantPattern*>(node)->expr); break;
      case PatternKind::Variable: {
        auto* variable = static_cast<const VariablePattern*>(node);
        out += variable->isFinal ? "(final " : "(var ";
        if (variable->type) {
          type(variable->type);
          out += ' ';
        }
        out += variable->name;
        out += ')';
        break;
      }
      case PatternKind::Wildcard: {
        auto* wildcard = static_cast<const WildcardPattern*>(node);
        if (!wildcard->type) {
          out += '_';
          break;
        }
        out += "(_ ";
        type(wildcard->type);
        out += ')';
        break;
      }
      case PatternKind::Relational: {
        auto* relational = static_cast<const RelationalPattern*>(node);
        out += '(';
        out += binaryOpText(relational->op);
        out += ' ';
        expr(relational->operand);
        out += ')';
        break;
      }
      case PatternKind::LogicalOr:
      case PatternKind::LogicalAnd: {
        auto* binary = static_cast<const BinaryPattern*>(node);
        out += node->kind == PatternKind::LogicalOr ? "(|| " : "(&& ";
        pattern(binary->left);
        out += ' ';
        pattern(binary->right);
        out += ')';
        break;
      }
      case PatternKind::Cast: {
        auto* cast = static_cast<const CastPattern*>(node);
        out += "(as ";
        pattern(cast->pattern);
        out += ' ';
        type(cast->type);
        out += ')';
        break;
      }
      case PatternKind::NullCheck:
      case PatternKind::NullAssert:
      case PatternKind::Paren: {
        auto* unary = static_cast<const UnaryPattern*>(node);
        out += node->kind == PatternKind::NullCheck    ? "(? "
               : node->kind == PatternKind::NullAssert ? "(! "
                                                       : "(pparen ";
        pattern(unary->pattern);
        out += ')';
        break;
      }
      case PatternKind::List: {
        auto* list = static_cast<const ListPattern*>(node);
        out += "(plist";
        typeArgs(list->typeArgs);
        for (const Pattern* element : list->elements) {
          out += ' ';
          pattern(element);
        }
        out += ')';
        break;
      }
      case PatternKind::Map: {
        auto* map = static_cast<const MapPattern*>(node);
        out += "(pmap";
        typeArgs(map->typeArgs);
        for (const MapPatternEntry& entry : map->entries) {
          out += " (";
          expr(entry.key);
          out += ": ";
          pattern(entry.value);
          out += ')';
        }
        out += ')';
        break;
      }
      case PatternKind::Record: {
        out += "(precord";
        patternFields(static_cast<const RecordPattern*>(node)->fields);
        out += ')';
        break;
      }
      case PatternKind::Object: {
        auto* object = static_cast<const ObjectPattern*>(node);
        out += "(pobject ";
        type(object->type);
        patternFields(object->fields);
        out += ')';
        break;
      }
      case PatternKind::Rest: {
        auto* rest = static_cast<const RestPattern*>(node);
        if (!rest->pattern) {
          out += "...";
          break;
        }
        out += "(... ";
        pattern(rest->pattern);
        out += ')';
        break;
      }
    }
  }

  void modifiers(const VarModifiers& m) {
    if (m.isExternal) out += " external";
    if (m.isStatic) out += " static";
    if (m.isCovariant) out += " covariant";
    if (m.isLate) out += " late";
    if (m.isFinal) out += " final";
    if (m.isConst) out += " const";
    if (m.isVar) out += " var";
  }

  void declarators(const std::vector<VarDeclarator>& vars) {
    for (const VarDeclarator& var : vars) {
      out += ' ';
      if (var.init) {
        out += '(';
        out += var.name;
        out += ' ';
        expr(var.init);
        out += ')';
      } else {
        out += var.name;
      }
    }
  }

  void varDecl(const VarDeclStmt* decl) {
    out += "(decl";
    modifiers(decl->modifiers);
    if (decl->type) {
      out += ' ';
      type(decl->type);
    }
    declarators(decl->vars);
    out += ')';
  }

  void forParts(const ForLoopParts* parts) {
    if (parts->isForIn) {
      out += "(in ";
      if (parts->loopVariable) {
        varDecl(parts->loopVariable);
      } else if (parts->loopPattern) {
        out += parts->patternIsFinal ? "final " : "var ";
        pattern(parts->loopPattern);
      } else {
        expr(parts->loopTarget);
      }
      out += ' ';
      expr(parts->iterable);
      out += ')';
      return;
    }
    out += "(;";
    if (parts->initDecl) {
      out += ' ';
      varDecl(parts->initDecl);
    } else {
      for (const Expr* init : parts->initExprs) {
        out += ' ';
        expr(init);
      }
    }
    out += ';';
    if (parts->condition) {
      out += ' ';
      expr(parts->condition);
    }
    out += ';';
    for (const Expr* update : parts->updates) {
      out += ' ';
      expr(update);
    }
    out += ')';
  }

  void stmt(const Stmt* node) {
    if (!node) {
      out += "<null>";
      return;
    }
    switch (node->kind) {
      case StmtKind::Block: {
        out += "(block";
        for (const Stmt* s : static_cast<const Block*>(node)->statements) {
          out += ' ';
          stmt(s);
        }
        out += ')';
        break;
      }
      case StmtKind::VarDecl: varDecl(static_cast<const VarDeclStmt*>(node)); break;
      case StmtKind::PatternVarDecl: {
        auto* decl = static_cast<const PatternVarDeclStmt*>(node);
        out += decl->isFinal ? "(pdecl final " : "(pdecl var ";
        pattern(decl->pattern);
        out += ' ';
        expr(decl->init);
        out += ')';
        break;
      }
      case StmtKind::Expr:
        out += "(expr ";
        expr(static_cast<const ExprStmt*>(node)->expr);
        out += ')';
        break;
      case StmtKind::If: {
        auto* ifStmt = static_cast<const IfStmt*>(node);
        out += ifStmt->casePattern ? "(if-case " : "(if ";
        expr(ifStmt->condition);
        caseTail(ifStmt->casePattern, ifStmt->guard);
        out += ' ';
        stmt(ifStmt->thenStmt);
        if (ifStmt->elseStmt) {
          out += ' ';
          stmt(ifStmt->elseStmt);
        }
        out += ')';
        break;
      }
      case StmtKind::For:
      case StmtKind::ForIn: {
        auto* forStmt = static_cast<const ForStmt*>(node);
        out += forStmt->isAwait ? "(await-for " : "(for ";
        forParts(forStmt->parts);
        out += ' ';
        stmt(forStmt->body);
        out += ')';
        break;
      }
      case StmtKind::While: {
        auto* whileStmt = static_cast<const WhileStmt*>(node);
        out += "(while ";
        expr(whileStmt->condition);
        out += ' ';
        stmt(whileStmt->body);
        out += ')';
        break;
      }
      case StmtKind::DoWhile: {
        auto* doWhile = static_cast<const DoWhileStmt*>(node);
        out += "(do ";
        stmt(doWhile->body);
        out += ' ';
        expr(doWhile->condition);
        out += ')';
        break;
      }
      case StmtKind::Switch: {
        auto* switchStmt = static_cast<const SwitchStmt*>(node);
        out += "(switch ";
        expr(switchStmt->subject);
        for (const SwitchMember& member : switchStmt->members) {
          out += " (";
          bool first = true;
          auto separate = [&] {
            if (!first) out += ' ';
            first = false;
          };
          for (Name label : member.labels) {
            separate();
            out += label;
            out += ':';
          }
          for (const SwitchCaseHead& head : member.heads) {
            separate();
            out += "case ";
            pattern(head.pattern);
            if (head.guard) {
              out += " when ";
              expr(head.guard);
            }
            out += ':';
          }
          if (member.isDefault) {
            separate();
            out += "default:";
          }
          for (const Stmt* s : member.body) {
            out += ' ';
            stmt(s);
          }
          out += ')';
        }
        out += ')';
        break;
      }
      case StmtKind::Break:
      case StmtKind::Continue: {
        bool isBreak = node->kind == StmtKind::Break;
        Name label = isBreak ? static_cast<const BreakStmt*>(node)->label
                             : static_cast<const ContinueStmt*>(node)->label;
        out += isBreak ? "(break" : "(continue";
        if (!label.empty()) {
          out += ' ';
          out += label;
        }
        out += ')';
        break;
      }
      case StmtKind::Return: {
        auto* ret = static_cast<const ReturnStmt*>(node);
        out += "(return";
        if (ret->value) {
          out += ' ';
          expr(ret->value);
        }
        out += ')';
        break;
      }
      case StmtKind::Try: {
        auto* tryStmt = static_cast<const TryStmt*>(node);
        out += "(try ";
        stmt(tryStmt->body);
        for (const CatchClause& clause : tryStmt->catches) {
          out += " (";
          bool space = false;
          if (clause.onType) {
            out += "on ";
            type(clause.onType);
            space = true;
          }
          if (!clause.exceptionName.empty()) {
            if (space) out += ' ';
            out += "catch ";
            out += clause.exceptionName;
            if (!clause.stackTraceName.empty()) {
              out += ' ';
              out += clause.stackTraceName;
            }
          }
          out += ' ';
          stmt(clause.body);
          out += ')';
        }
        if (tryStmt->finallyBlock) {
          out += " (finally ";
          stmt(tryStmt->finallyBlock);
          out += ')';
        }
        out += ')';
        break;
      }
      case StmtKind::Labeled: {
        auto* labeled = static_cast<const LabeledStmt*>(node);
        out += "(label";
        for (Name label : labeled->labels) {
          out += ' ';
          out += label;
        }
        out += ' ';
        stmt(labeled->body);
        out += ')';
        break;
      }
      case StmtKind::Assert: {
        auto* assertStmt = static_cast<const AssertStmt*>(node);
        out += "(assert ";
        expr(assertStmt->condition);
        if (assertStmt->message) {
          out += ' ';
          expr(assertStmt->message);
        }
        out += ')';
        break;
      }
      case StmtKind::LocalFunction:
        function(static_cast<const LocalFunctionStmt*>(node)->function, "local-fn");
        break;
      case StmtKind::Yield: {
        auto* yield = static_cast<const YieldStmt*>(node);
        out += yield->isStar ? "(yield* " : "(yield ";
        expr(yield->value);
        out += ')';
        break;
      }
      case StmtKind::Empty: out += "(empty)"; break;
      case StmtKind::Error: out += "<error-stmt>"; break;
    }
  }

  void param(const FormalParam* p) {
    if (p->isRequired) out += "required ";
    if (p->modifiers.isCovariant) out += "covariant ";
    if (p->modifiers.isFinal) out += "final ";
    if (p->modifiers.isVar) out += "var ";
    if (p->type) {
      type(p->type);
      out += ' ';
    }
    if (p->isThisField) out += "this.";
    if (p->isSuperParam) out += "super.";
    out += p->name;
    if (p->defaultValue) {
      out += " = ";
      expr(p->defaultValue);
    }
  }

  void params(const std::vector<FormalParam*>& list) {
    out += '(';
    ParamKind previous = ParamKind::RequiredPositional;
    for (size_t i = 0; i < list.size(); ++i) {
      ParamKind kind = list[i]->kind;
      if (i) out += ", ";
      if (kind != previous || (i == 0 && kind != ParamKind::RequiredPositional)) {
        out += kind == ParamKind::Named ? '{' : '[';
      }
      previous = kind;
      param(list[i]);
    }
    if (previous == ParamKind::Named) out += '}';
    if (previous == ParamKind::OptionalPositional) out += ']';
    out += ')';
  }

  void function(const FunctionDecl* fn, const char* head) {
    out += '(';
    out += head;
    if (fn->isExternal) out += " external";
    if (fn->isStatic) out += " static";
    if (fn->isAbstract) out += " abstract";
    switch (fn->functionKind) {
      case FunctionKind::Getter: out += " get"; break;
      case FunctionKind::Setter: out += " set"; break;
      case FunctionKind::Operator: out += " operator"; break;
      case FunctionKind::Function: break;
    }
    if (fn->returnType) {
      out += ' ';
      type(fn->returnType);
    }
    if (!fn->name.empty()) {
      out += ' ';
      out += fn->name;
    }
    typeParams(fn->typeParams);
    if (fn->hasParamList) {
      out += ' ';
      params(fn->params);
    }
    out += asyncText(fn->asyncKind);
    if (fn->arrowBody) {
      out += " => ";
      expr(fn->arrowBody);
    } else if (fn->blockBody) {
      out += ' ';
      stmt(fn->blockBody);
    } else {
      out += " ;";
    }
    out += ')';
  }

  void initializer(const Initializer* init) {
    switch (init->kind) {
      case InitializerKind::Field:
        out += "(= ";
        out += init->name;
        out += ' ';
        expr(init->value);
        out += ')';
        break;
      case InitializerKind::Super:
      case InitializerKind::Redirect:
        out += init->kind == InitializerKind::Super ? "(super" : "(this";
        if (!init->name.empty()) {
          out += '.';
          out += init->name;
        }
        args(init->args);
        out += ')';
        break;
      case InitializerKind::Assert:
        out += "(assert ";
        expr(init->value);
        if (init->message) {
          out += ' ';
          expr(init->message);
        }
        out += ')';
        break;
    }
  }

  void constructor(const ConstructorDecl* ctor) {
    out += "(ctor";
    if (ctor->isExternal) out += " external";
    if (ctor->isConst) out += " const";
    if (ctor->isFactory) out += " factory";
    out += ' ';
    out += ctor->className;
    if (!ctor->name.empty()) {
      out += '.';
      out += ctor->name;
    }
    out += ' ';
    params(ctor->params);
    if (!ctor->initializers.empty()) {
      out += " (:";
      for (const Initializer* init : ctor->initializers) {
        out += ' ';
        initializer(init);
      }
      out += ')';
    }
    if (ctor->redirectType) {
      out += " = ";
      type(ctor->redirectType);
      if (!ctor->redirectName.empty()) {
        out += '.';
        out += ctor->redirectName;
      }
    } else if (ctor->arrowBody) {
      out += " => ";
      expr(ctor->arrowBody);
    } else if (ctor->blockBody) {
      out += ' ';
      stmt(ctor->blockBody);
    } else {
      out += " ;";
    }
    out += ')';
  }

  void field(const FieldDecl* decl, const char* head) {
    out += '(';
    out += head;
    modifiers(decl->modifiers);
    if (decl->type) {
      out += ' ';
      type(decl->type);
    }
    declarators(decl->vars);
    out += ')';
  }

  void members(const std::vector<MemberDecl>& list) {
    for (const MemberDecl& member : list) {
      out += ' ';
      if (member.field) field(member.field, "field");
      if (member.method) function(member.method, "method");
      if (member.constructor) constructor(member.constructor);
    }
  }

  void typeList(const char* keyword, const std::vector<NamedTypeNode*>& types) {
    if (types.empty()) return;
    out += ' ';
    out += keyword;
    for (size_t i = 0; i < types.size(); ++i) {
      out += i ? ", " : " ";
      type(types[i]);
    }
  }

  void annotations(const std::vector<Expr*>& list) {
    for (const Expr* annotation : list) {
      out += '@';
      expr(annotation);
      out += ' ';
    }
  }

  void decl(const Decl* node) {
    annotations(node->annotations);
    switch (node->kind) {
      case DeclKind::Class: {
        auto* cls = static_cast<const ClassDecl*>(node);
        out += '(';
        const ClassModifiers& m = cls->modifiers;
        if (m.isAbstract) out += "abstract ";
        if (m.isSealed) out += "sealed ";
        if (m.isBase) out += "base ";
        if (m.isInterface) out += "interface ";
        if (m.isFinal) out += "final ";
        if (m.isMixinClass) out += "mixin ";
        out += "class ";
        out += cls->name;
        typeParams(cls->typeParams);
        if (cls->isAlias) out += " =";
        if (cls->superclass) {
          out += cls->isAlias ? " " : " extends ";
          type(cls->superclass);
        }
        typeList("with", cls->mixins);
        typeList("implements", cls->interfaces);
        members(cls->members);
        out += ')';
        break;
      }
      case DeclKind::Mixin: {
        auto* mixin = static_cast<const MixinDecl*>(node);
        out += mixin->isBase ? "(base mixin " : "(mixin ";
        out += mixin->name;
        typeParams(mixin->typeParams);
        typeList("on", mixin->onTypes);
        typeList("implements", mixin->interfaces);
        members(mixin->members);
        out += ')';
        break;
      }
      case DeclKind::Enum: {
        auto* enumDecl = static_cast<const EnumDecl*>(node);
        out += "(enum ";
        out += enumDecl->name;
        typeParams(enumDecl->typeParams);
        typeList("with", enumDecl->mixins);
        typeList("implements", enumDecl->interfaces);
        out += " (values";
        for (const EnumValueDecl& value : enumDecl->values) {
          out += ' ';
          if (!value.hasArgs && value.constructorName.empty() && value.typeArgs.empty()) {
            out += value.name;
            continue;
          }
          out += '(';
          out += value.name;
          typeArgs(value.typeArgs);
          if (!value.constructorName.empty()) {
            out += '.';
            out += value.constructorName;
          }
          args(value.args);
          out += ')';
        }
        out += ')';
        members(enumDecl->members);
        out += ')';
        break;
      }
      case DeclKind::Extension: {
        auto* extension = static_cast<const ExtensionDecl*>(node);
        out += "(extension";
        if (!extension->name.empty()) {
          out += ' ';
          out += extension->name;
        }
        typeParams(extension->typeParams);
        out += " on ";
        type(extension->onType);
        members(extension->members);
        out += ')';
        break;
      }
      case DeclKind::Typedef: {
        auto* typedefDecl = static_cast<const TypedefDecl*>(node);
        out += "(typedef ";
        out += typedefDecl->name;
        typeParams(typedefDecl->typeParams);
        out += " = ";
        type(typedefDecl->aliased);
        out += ')';
        break;
      }
      case DeclKind::Function:
        function(static_cast<const FunctionDeclaration*>(node)->function, "function");
        break;
      case DeclKind::Variable:
        field(static_cast<const VariableDeclaration*>(node)->field, "variable");
        break;
    }
  }

  void directive(const Directive* node) {
    switch (node->kind) {
      case DirectiveKind::Library: out += "(library"; break;
      case DirectiveKind::Import: out += "(import"; break;
      case DirectiveKind::Export: out += "(export"; break;
      case DirectiveKind::Part: out += "(part"; break;
      case DirectiveKind::PartOf: out += "(part-of"; break;
    }
    if (!node->uri.empty()) {
      out += " \"";
      out += node->uri;
      out += '"';
    }
    if (node->isDeferred) out += " deferred";
    if (!node->prefix.empty()) {
      out += " as ";
      out += node->prefix;
    }
    for (const Combinator& combinator : node->combinators) {
      out += combinator.isShow ? " show" : " hide";
      for (Name name : combinator.names) {
        out += ' ';
        out += name;
      }
    }
    out += ')';
  }
};

}  // namespace

std::string printExpr(const ast::Expr* expr) {
  Printer printer;
  printer.expr(expr);
  return printer.out;
}

std::string printStmt(const ast::Stmt* stmt) {
  Printer printer;
  printer.stmt(stmt);
  return printer.out;
}

std::string printPattern(const ast::Pattern* pattern) {
  Printer printer;
  printer.pattern(pattern);
  return printer.out;
}

std::string printType(const ast::TypeNode* type) {
  Printer printer;
  printer.type(type);
  return printer.out;
}

std::string printDecl(const ast::Decl* decl) {
  Printer printer;
  printer.decl(decl);
  return printer.out;
}

std::string printDirective(const ast::Directive* directive) {
  Printer printer;
  printer.directive(directive);
  return printer.out;
}

std::string printUnit(const ast::CompilationUnit* unit) {
  Printer printer;
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
