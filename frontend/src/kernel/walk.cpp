#include "frontend/kernel_walk.h"

namespace dartc::kernel {

void Walker::walk(const Arguments* a) const {
  if (!a) return;
  for (const Expression* e : a->positional) walk(e);
  for (const NamedArgument& n : a->named) walk(n.value);
}

void Walker::walkFunction(const FunctionNode* f) const {
  if (!f) return;
  if (onFunction) onFunction(f);
  if (onEnterScope) onEnterScope(f);
  for (const Variable* v : f->positional) {
    if (onDeclare) onDeclare(v);
    if (v->initializer) walk(v->initializer);
  }
  for (const Variable* v : f->named) {
    if (onDeclare) onDeclare(v);
    if (v->initializer) walk(v->initializer);
  }
  if (f->body) walk(f->body);
  if (onExitScope) onExitScope(f);
}

void Walker::walkMember(const Member* m) const {
  switch (m->memberKind) {
    case MemberKind::Field:
      if (static_cast<const Field*>(m)->initializer) walk(static_cast<const Field*>(m)->initializer);
      break;
    case MemberKind::Procedure:
      walkFunction(static_cast<const Procedure*>(m)->function);
      break;
    case MemberKind::Constructor: {
      auto* k = static_cast<const Constructor*>(m);
      if (!k->function) break;
      if (onFunction) onFunction(k->function);
      if (onEnterScope) onEnterScope(k->function);
      for (const Variable* v : k->function->positional) {
        if (onDeclare) onDeclare(v);
        if (v->initializer) walk(v->initializer);
      }
      for (const Variable* v : k->function->named) {
        if (onDeclare) onDeclare(v);
        if (v->initializer) walk(v->initializer);
      }
      for (const Initializer* init : k->initializers) {
        if (init->value) walk(init->value);
        if (init->message) walk(init->message);
        walk(init->arguments);
        if (init->variable) {
          if (onDeclare) onDeclare(init->variable);
          if (init->variable->initializer) walk(init->variable->initializer);
        }
      }
      if (k->function->body) walk(k->function->body);
      if (onExitScope) onExitScope(k->function);
      break;
    }
  }
}

void Walker::walk(const Expression* e) const {
  if (!e) return;
  if (onExpression) onExpression(e);
  switch (e->kind) {
    case ExprKind::VariableSet: walk(static_cast<const VariableSet*>(e)->value); break;
    case ExprKind::StaticSet: walk(static_cast<const StaticSet*>(e)->value); break;
    case ExprKind::StaticInvocation: walk(static_cast<const StaticInvocation*>(e)->arguments); break;
    case ExprKind::ConstructorInvocation: walk(static_cast<const ConstructorInvocation*>(e)->arguments); break;
    case ExprKind::InstanceGet: walk(static_cast<const InstanceGet*>(e)->receiver); break;
    case ExprKind::InstanceSet:
      walk(static_cast<const InstanceSet*>(e)->receiver);
      walk(static_cast<const InstanceSet*>(e)->value);
      break;
    case ExprKind::InstanceInvocation:
      walk(static_cast<const InstanceInvocation*>(e)->receiver);
      walk(static_cast<const InstanceInvocation*>(e)->arguments);
      break;
    case ExprKind::InstanceTearOff: walk(static_cast<const InstanceTearOff*>(e)->receiver); break;
    case ExprKind::SuperSet: walk(static_cast<const SuperSet*>(e)->value); break;
    case ExprKind::SuperInvocation: walk(static_cast<const SuperInvocation*>(e)->arguments); break;
    case ExprKind::DynamicGet: walk(static_cast<const DynamicGet*>(e)->receiver); break;
    case ExprKind::DynamicSet:
      walk(static_cast<const DynamicSet*>(e)->receiver);
      walk(static_cast<const DynamicSet*>(e)->value);
      break;
    case ExprKind::DynamicInvocation:
      walk(static_cast<const DynamicInvocation*>(e)->receiver);
      walk(static_cast<const DynamicInvocation*>(e)->arguments);
      break;
    case ExprKind::FunctionInvocation:
      walk(static_cast<const FunctionInvocation*>(e)->callee);
      walk(static_cast<const FunctionInvocation*>(e)->arguments);
      break;
    case ExprKind::LocalFunctionInvocation: walk(static_cast<const LocalFunctionInvocation*>(e)->arguments); break;
    case ExprKind::FunctionExpression:
      if (enterFunctions) walkFunction(static_cast<const FunctionExpression*>(e)->function);
      break;
    case ExprKind::EqualsCall:
      walk(static_cast<const EqualsCall*>(e)->left);
      walk(static_cast<const EqualsCall*>(e)->right);
      break;
    case ExprKind::EqualsNull: walk(static_cast<const EqualsNull*>(e)->operand); break;
    case ExprKind::Not: walk(static_cast<const Not*>(e)->operand); break;
    case ExprKind::Logical:
      walk(static_cast<const Logical*>(e)->left);
      walk(static_cast<const Logical*>(e)->right);
      break;
    case ExprKind::Conditional:
      walk(static_cast<const Conditional*>(e)->condition);
      walk(static_cast<const Conditional*>(e)->thenExpr);
      walk(static_cast<const Conditional*>(e)->elseExpr);
      break;
    case ExprKind::StringConcat:
      for (const Expression* p : static_cast<const StringConcat*>(e)->parts) walk(p);
      break;
    case ExprKind::Is: walk(static_cast<const IsExpr*>(e)->operand); break;
    case ExprKind::As: walk(static_cast<const AsExpr*>(e)->operand); break;
    case ExprKind::NullCheck: walk(static_cast<const NullCheck*>(e)->operand); break;
    case ExprKind::Throw: walk(static_cast<const Throw*>(e)->operand); break;
    case ExprKind::Let:
      walk(static_cast<const Let*>(e)->variable->initializer);
      if (onDeclare) onDeclare(static_cast<const Let*>(e)->variable);
      walk(static_cast<const Let*>(e)->body);
      break;
    case ExprKind::BlockExpr:
      walk(static_cast<const BlockExpr*>(e)->body);
      walk(static_cast<const BlockExpr*>(e)->value);
      break;
    case ExprKind::ListLiteral:
      for (const Expression* x : static_cast<const ListLiteral*>(e)->elements) walk(x);
      break;
    case ExprKind::SetLiteral:
      for (const Expression* x : static_cast<const SetLiteral*>(e)->elements) walk(x);
      break;
    case ExprKind::MapLiteral:
      for (const MapLiteralEntry& en : static_cast<const MapLiteral*>(e)->entries) {
        walk(en.key);
        walk(en.value);
      }
      break;
    case ExprKind::Instantiation: walk(static_cast<const Instantiation*>(e)->operand); break;
    case ExprKind::RecordLiteral:
      for (const Expression* x : static_cast<const RecordLiteral*>(e)->positional) walk(x);
      for (const NamedArgument& n : static_cast<const RecordLiteral*>(e)->named) walk(n.value);
      break;
    case ExprKind::RecordGet: walk(static_cast<const RecordGet*>(e)->receiver); break;
    case ExprKind::Await: walk(static_cast<const AwaitExpr*>(e)->operand); break;
    default: break;
  }
}

void Walker::walk(const Statement* s) const {
  if (!s) return;
  if (onStatement) onStatement(s);
  switch (s->kind) {
    case StmtKind::Block:
      if (onEnterScope) onEnterScope(s);
      for (const Statement* c : static_cast<const Block*>(s)->statements) walk(c);
      if (onExitScope) onExitScope(s);
      break;
    case StmtKind::ExpressionStmt: walk(static_cast<const ExpressionStmt*>(s)->expression); break;
    case StmtKind::VariableDecl:
      walk(static_cast<const VariableDecl*>(s)->variable->initializer);
      if (onDeclare) onDeclare(static_cast<const VariableDecl*>(s)->variable);
      break;
    case StmtKind::FunctionDecl:
      if (onDeclare) onDeclare(static_cast<const FunctionDecl*>(s)->variable);
      if (enterFunctions) walkFunction(static_cast<const FunctionDecl*>(s)->function);
      break;
    case StmtKind::If:
      walk(static_cast<const IfStmt*>(s)->condition);
      walk(static_cast<const IfStmt*>(s)->thenStmt);
      walk(static_cast<const IfStmt*>(s)->elseStmt);
      break;
    case StmtKind::While:
      walk(static_cast<const WhileStmt*>(s)->condition);
      walk(static_cast<const WhileStmt*>(s)->body);
      break;
    case StmtKind::DoWhile:
      walk(static_cast<const DoWhileStmt*>(s)->body);
      walk(static_cast<const DoWhileStmt*>(s)->condition);
      break;
    case StmtKind::For: {
      auto* f = static_cast<const ForStmt*>(s);
      if (onEnterScope) onEnterScope(s);
      for (const Variable* v : f->variables) {
        walk(v->initializer);
        if (onDeclare) onDeclare(v);
      }
      for (const Expression* x : f->initExprs) walk(x);
      walk(f->condition);
      walk(f->body);
      for (const Expression* x : f->updates) walk(x);
      if (onExitScope) onExitScope(s);
      break;
    }
    case StmtKind::Labeled: walk(static_cast<const LabeledStmt*>(s)->body); break;
    case StmtKind::Switch: {
      auto* sw = static_cast<const SwitchStmt*>(s);
      walk(sw->subject);
      for (const SwitchCase* c : sw->cases) {
        for (const Expression* x : c->expressions) walk(x);
        walk(c->body);
      }
      break;
    }
    case StmtKind::Return: walk(static_cast<const ReturnStmt*>(s)->value); break;
    case StmtKind::TryCatch: {
      auto* t = static_cast<const TryCatchStmt*>(s);
      walk(t->body);
      for (const CatchClause* c : t->catches) {
        if (onEnterScope) onEnterScope(c);
        if (onDeclare && c->exception) onDeclare(c->exception);
        if (onDeclare && c->stackTrace) onDeclare(c->stackTrace);
        walk(c->body);
        if (onExitScope) onExitScope(c);
      }
      break;
    }
    case StmtKind::TryFinally:
      walk(static_cast<const TryFinallyStmt*>(s)->body);
      walk(static_cast<const TryFinallyStmt*>(s)->finalizer);
      break;
    case StmtKind::Assert:
      walk(static_cast<const AssertStmt*>(s)->condition);
      walk(static_cast<const AssertStmt*>(s)->message);
      break;
    case StmtKind::Yield: walk(static_cast<const YieldStmt*>(s)->value); break;
    default: break;
  }
}

}  // namespace dartc::kernel
