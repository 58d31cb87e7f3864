#include "sema/ast_scan.h"

#include <vector>

namespace dartc::sema {

namespace {

class Scanner {
 public:
  explicit Scanner(AssignedNames& out) : out_(out) {}

  void assigned(ast::Expr* target) {
    while (target && target->kind == ast::ExprKind::Paren) target = static_cast<ast::ParenExpr*>(target)->inner;
    if (target && target->kind == ast::ExprKind::Identifier) {
      ast::Name n = static_cast<ast::IdentifierExpr*>(target)->name;
      out_.anywhere.insert(n);
      if (closureDepth_ > 0 && !declaredInInnermostFunction(n)) out_.inClosures.insert(n);
    }
  }

  // Names are resolved lexically against the declarations seen so far (parameters of nested
  // functions, block locals, for-loop variables), so that a nested function writing its own local
  // does not count as writing a captured variable of the same name (which keeps the local from
  // being promoted). Declarations this scan does not record (patterns, catch parameters) resolve
  // outward: the write then counts as a captured one, as before. A scope ends exactly where its
  // construct does (`Mark`), so a recorded name never outlives its scope.
  struct Declared {
    ast::Name name;
    int depth;  // closureDepth_ of the function declaring it
  };
  std::vector<Declared> scope_;

  bool declaredInInnermostFunction(ast::Name n) const {
    for (auto it = scope_.rbegin(); it != scope_.rend(); ++it) {
      if (it->name == n) return it->depth == closureDepth_;
    }
    return false;
  }

  void declare(ast::Name n) { scope_.push_back({n, closureDepth_}); }

  // Walks `s` in a scope of its own (a block, a loop, a branch, a case body).
  void scoped(ast::Stmt* s) {
    size_t mark = scope_.size();
    stmt(s);
    scope_.resize(mark);
  }

  // The variables a pattern assignment `(a, b) = ...` writes: its variable patterns.
  void assignedPattern(ast::Pattern* p) {
    if (!p) return;
    using K = ast::PatternKind;
    switch (p->kind) {
      case K::Variable: {
        ast::Name n = static_cast<ast::VariablePattern*>(p)->name;
        out_.anywhere.insert(n);
        if (closureDepth_ > 0) out_.inClosures.insert(n);
        break;
      }
      case K::LogicalOr:
      case K::LogicalAnd:
        assignedPattern(static_cast<ast::BinaryPattern*>(p)->left);
        assignedPattern(static_cast<ast::BinaryPattern*>(p)->right);
        break;
      case K::Cast: assignedPattern(static_cast<ast::CastPattern*>(p)->pattern); break;
      case K::NullCheck:
      case K::NullAssert:
      case K::Paren: assignedPattern(static_cast<ast::UnaryPattern*>(p)->pattern); break;
      case K::Rest: assignedPattern(static_cast<ast::RestPattern*>(p)->pattern); break;
      case K::List:
        for (ast::Pattern* e : static_cast<ast::ListPattern*>(p)->elements) assignedPattern(e);
        break;
      case K::Map:
        for (ast::MapPatternEntry& e : static_cast<ast::MapPattern*>(p)->entries) assignedPattern(e.value);
        break;
      case K::Record:
        for (ast::PatternField& f : static_cast<ast::RecordPattern*>(p)->fields) assignedPattern(f.pattern);
        break;
      case K::Object:
        for (ast::PatternField& f : static_cast<ast::ObjectPattern*>(p)->fields) assignedPattern(f.pattern);
        break;
      default: break;
    }
  }

  void function(ast::FunctionDecl* f) {
    if (!f) return;
    size_t mark = scope_.size();
    ++closureDepth_;
    for (ast::FormalParam* p : f->params) expr(p->defaultValue);
    for (ast::FormalParam* p : f->params) declare(p->name);
    scoped(f->blockBody);
    expr(f->arrowBody);
    --closureDepth_;
    scope_.resize(mark);
  }

  void element(ast::Element* e) {
    if (!e) return;
    switch (e->kind) {
      case ast::ElementKind::Expr: expr(static_cast<ast::ExprElement*>(e)->expr); break;
      case ast::ElementKind::MapEntry:
        expr(static_cast<ast::MapEntryElement*>(e)->key);
        expr(static_cast<ast::MapEntryElement*>(e)->value);
        break;
      case ast::ElementKind::Spread: expr(static_cast<ast::SpreadElement*>(e)->expr); break;
      case ast::ElementKind::If: {
        auto* i = static_cast<ast::IfElement*>(e);
        expr(i->condition);
        expr(i->guard);
        element(i->thenElement);
        element(i->elseElement);
        break;
      }
      case ast::ElementKind::For: {
        auto* f = static_cast<ast::ForElement*>(e);
        size_t mark = scope_.size();
        loopParts(f->parts);
        element(f->body);
        scope_.resize(mark);
        break;
      }
    }
  }

  void loopParts(ast::ForLoopParts* p) {
    if (!p) return;
    if (p->initDecl) stmt(p->initDecl);
    for (ast::Expr* e : p->initExprs) expr(e);
    expr(p->initPatternValue);
    expr(p->condition);
    for (ast::Expr* e : p->updates) expr(e);
    if (p->loopTarget) assigned(p->loopTarget);
    expr(p->iterable);
  }

  void args(ast::ArgumentList& a) {
    for (ast::Argument& arg : a.args) expr(arg.value);
  }

  void expr(ast::Expr* e) {
    if (!e) return;
    using K = ast::ExprKind;
    switch (e->kind) {
      case K::StringLiteral:
        for (ast::StringPart& p : static_cast<ast::StringLiteralExpr*>(e)->parts) expr(p.expr);
        break;
      case K::ListLiteral:
        for (ast::Element* el : static_cast<ast::ListLiteralExpr*>(e)->elements) element(el);
        break;
      case K::SetOrMapLiteral:
        for (ast::Element* el : static_cast<ast::SetOrMapLiteralExpr*>(e)->elements) element(el);
        break;
      case K::RecordLiteral: {
        auto* r = static_cast<ast::RecordLiteralExpr*>(e);
        for (ast::Expr* p : r->positional) expr(p);
        for (ast::NamedExpr& n : r->named) expr(n.value);
        break;
      }
      case K::Paren: expr(static_cast<ast::ParenExpr*>(e)->inner); break;
      case K::FunctionExpr: function(static_cast<ast::FunctionExprNode*>(e)->function); break;
      case K::PropertyAccess: expr(static_cast<ast::PropertyAccessExpr*>(e)->target); break;
      case K::Index:
        expr(static_cast<ast::IndexExpr*>(e)->target);
        expr(static_cast<ast::IndexExpr*>(e)->index);
        break;
      case K::MethodCall:
        expr(static_cast<ast::MethodCallExpr*>(e)->target);
        args(static_cast<ast::MethodCallExpr*>(e)->args);
        break;
      case K::FunctionCall:
        expr(static_cast<ast::FunctionCallExpr*>(e)->callee);
        args(static_cast<ast::FunctionCallExpr*>(e)->args);
        break;
      case K::InstanceCreation: args(static_cast<ast::InstanceCreationExpr*>(e)->args); break;
      case K::Assignment: {
        auto* a = static_cast<ast::AssignmentExpr*>(e);
        assigned(a->target);
        assignedPattern(a->pattern);
        expr(a->target);
        expr(a->value);
        break;
      }
      case K::Conditional: {
        auto* c = static_cast<ast::ConditionalExpr*>(e);
        expr(c->condition);
        expr(c->thenExpr);
        expr(c->elseExpr);
        break;
      }
      case K::Binary:
        expr(static_cast<ast::BinaryExpr*>(e)->left);
        expr(static_cast<ast::BinaryExpr*>(e)->right);
        break;
      case K::Prefix: {
        auto* p = static_cast<ast::PrefixExpr*>(e);
        if (p->op == ast::PrefixOp::Increment || p->op == ast::PrefixOp::Decrement) assigned(p->operand);
        expr(p->operand);
        break;
      }
      case K::Postfix: {
        auto* p = static_cast<ast::PostfixExpr*>(e);
        if (p->op != ast::PostfixOp::NullAssert) assigned(p->operand);
        expr(p->operand);
        break;
      }
      case K::Await: expr(static_cast<ast::AwaitExpr*>(e)->operand); break;
      case K::Is: expr(static_cast<ast::IsExpr*>(e)->operand); break;
      case K::As: expr(static_cast<ast::AsExpr*>(e)->operand); break;
      case K::Throw: expr(static_cast<ast::ThrowExpr*>(e)->operand); break;
      case K::Cascade: {
        auto* c = static_cast<ast::CascadeExpr*>(e);
        expr(c->target);
        for (ast::Expr* s : c->sections) expr(s);
        break;
      }
      case K::SwitchExpr: {
        auto* s = static_cast<ast::SwitchExprNode*>(e);
        expr(s->subject);
        for (ast::SwitchExprCase& c : s->cases) {
          expr(c.guard);
          expr(c.body);
        }
        break;
      }
      case K::TypeInstantiation: expr(static_cast<ast::TypeInstantiationExpr*>(e)->target); break;
      case K::Identifier:
        if (closureDepth_ == 0) out_.readDirectly.insert(static_cast<ast::IdentifierExpr*>(e)->name);
        break;
      default: break;
    }
  }

  void stmt(ast::Stmt* s) {
    if (!s) return;
    using K = ast::StmtKind;
    switch (s->kind) {
      case K::Block: {
        size_t mark = scope_.size();
        for (ast::Stmt* c : static_cast<ast::Block*>(s)->statements) stmt(c);
        scope_.resize(mark);
        break;
      }
      case K::VarDecl: {
        auto* decl = static_cast<ast::VarDeclStmt*>(s);
        // A late initializer runs later, like a closure: what it writes counts as captured.
        int deferred = decl->modifiers.isLate ? 1 : 0;
        for (ast::VarDeclarator& v : decl->vars) {
          closureDepth_ += deferred;
          expr(v.init);
          closureDepth_ -= deferred;
          declare(v.name);
        }
        break;
      }
      case K::PatternVarDecl: expr(static_cast<ast::PatternVarDeclStmt*>(s)->init); break;
      case K::Expr: expr(static_cast<ast::ExprStmt*>(s)->expr); break;
      case K::If: {
        auto* i = static_cast<ast::IfStmt*>(s);
        expr(i->condition);
        expr(i->guard);
        scoped(i->thenStmt);
        scoped(i->elseStmt);
        break;
      }
      case K::For: {
        auto* f = static_cast<ast::ForStmt*>(s);
        size_t mark = scope_.size();
        loopParts(f->parts);
        scoped(f->body);
        scope_.resize(mark);
        break;
      }
      case K::While:
        expr(static_cast<ast::WhileStmt*>(s)->condition);
        scoped(static_cast<ast::WhileStmt*>(s)->body);
        break;
      case K::DoWhile:
        scoped(static_cast<ast::DoWhileStmt*>(s)->body);
        expr(static_cast<ast::DoWhileStmt*>(s)->condition);
        break;
      case K::Switch: {
        auto* sw = static_cast<ast::SwitchStmt*>(s);
        expr(sw->subject);
        for (ast::SwitchMember& m : sw->members) {
          for (ast::SwitchCaseHead& h : m.heads) expr(h.guard);
          size_t mark = scope_.size();
          for (ast::Stmt* b : m.body) stmt(b);
          scope_.resize(mark);
        }
        break;
      }
      case K::Return: expr(static_cast<ast::ReturnStmt*>(s)->value); break;
      case K::Try: {
        auto* t = static_cast<ast::TryStmt*>(s);
        scoped(t->body);
        for (ast::CatchClause& c : t->catches) scoped(c.body);
        scoped(t->finallyBlock);
        break;
      }
      case K::Labeled: scoped(static_cast<ast::LabeledStmt*>(s)->body); break;
      case K::Assert:
        expr(static_cast<ast::AssertStmt*>(s)->condition);
        expr(static_cast<ast::AssertStmt*>(s)->message);
        break;
      case K::LocalFunction: function(static_cast<ast::LocalFunctionStmt*>(s)->function); break;
      case K::Yield: expr(static_cast<ast::YieldStmt*>(s)->value); break;
      default: break;
    }
  }

 private:
  AssignedNames& out_;
  int closureDepth_ = 0;
};

}  // namespace

void collectAssignedNames(ast::Stmt* stmt, AssignedNames& out) { Scanner(out).stmt(stmt); }
void collectAssignedNames(ast::Expr* expr, AssignedNames& out) { Scanner(out).expr(expr); }
void collectAssignedNames(ast::Element* element, AssignedNames& out) { Scanner(out).element(element); }
void collectAssignedTarget(ast::Expr* target, AssignedNames& out) {
  Scanner scanner(out);
  scanner.assigned(target);
  scanner.expr(target);
}

}  // namespace dartc::sema
