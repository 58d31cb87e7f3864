// Printing statements.
#include "syntax/ast_printer_impl.h"

namespace dartc::syntax::printer {

void Printer::modifiers(const VarModifiers& m) {
  if (m.isExternal) out += " external";
  if (m.isAbstract) out += " abstract";
  if (m.isStatic) out += " static";
  if (m.isCovariant) out += " covariant";
  if (m.isLate) out += " late";
  if (m.isFinal) out += " final";
  if (m.isConst) out += " const";
  if (m.isVar) out += " var";
}

void Printer::declarators(const std::vector<VarDeclarator>& vars) {
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

void Printer::varDecl(const VarDeclStmt* decl) {
  out += "(decl";
  modifiers(decl->modifiers);
  if (decl->type) {
    out += ' ';
    type(decl->type);
  }
  declarators(decl->vars);
  out += ')';
}

void Printer::forParts(const ForLoopParts* parts) {
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
  } else if (parts->initPattern) {
    out += parts->patternIsFinal ? " final " : " var ";
    pattern(parts->initPattern);
    out += " = ";
    expr(parts->initPatternValue);
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

void Printer::stmt(const Stmt* node) {
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

}  // namespace dartc::syntax::printer
