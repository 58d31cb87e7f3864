// The constructs that match patterns (docs/patterns.md), lowered to blocks, `if` chains and
// conditional expressions around the matching code of patterns.cpp:
//   if (e case P when g) S1 else S2   =>  { decls; if (match(P) && g) S1 else S2 }
//   switch (e) { case P1: S1 ... }    =>  label: { decls; if (m1) {S1} else if ... }  (break -> label)
//     with labels on cases (`continue L;`): label: { decls; if (m1) #case = 0 else if ...;
//                                                    switch (#case) { case 0: S1 ... } }
//   switch (e) { P1 => e1, ... }      =>  BlockExpr{ decls; m1 ? e1 : m2 ? e2 : throw }
//   var (a, b) = e;                   =>  { decls; if (!match) throw StateError }
#include "sema/patterns.h"

#include <set>

#include "sema/ast_scan.h"
#include "syntax/ast_locations.h"

namespace dartc::sema {

using kernel::TypeKind;

namespace {

std::string nonExhaustiveMessage(const DartType* type, const std::string& missing) {
  return "The type '" + type->toString() + "' isn't exhaustively matched by the switch cases since it doesn't match the pattern '" +
         missing + "'.";
}

}  // namespace

// Makes the variables a pattern bound visible in the current scope.
void bindIntoScope(BodyChecker& b, const std::map<Name, Variable*>& bindings);

Statement* PatternLowering::ifCase(BodyChecker& b, ast::IfStmt* s) {
  PatternLowering m(b, PatternContext::Matching);
  Expression* subject = b.check(s->condition, nullptr);
  Variable* subj = m.subjectTemp(subject, s->loc);
  Expression* cond = m.match(s->casePattern, subj, subject->type, "");
  m.finish();
  FlowState entry = b.flow_;
  b.pushScope();
  bindIntoScope(b, m.bindings());
  if (s->guard) {
    FlowState t, f;
    Expression* g = b.checkCondition(s->guard, t, f);
    cond = m.andAlso(cond, g);
    b.flow_ = t;
    // The else branch runs when the pattern fails or when the guard does, after its writes.
    entry = FlowState::join(entry, f);
  }
  auto* iff = b.make<kernel::IfStmt>(s->loc);
  iff->condition = cond;
  b.pushScope();
  iff->thenStmt = b.checkStatement(s->thenStmt);
  b.popScope();
  b.popScope();
  FlowState afterThen = b.flow_;
  b.flow_ = entry;
  if (s->elseStmt) {
    b.pushScope();
    iff->elseStmt = b.checkStatement(s->elseStmt);
    b.popScope();
  }
  b.flow_ = FlowState::join(afterThen, b.flow_);
  auto* block = b.make<kernel::Block>(s->loc);
  block->statements = m.takeDeclarations();
  block->statements.push_back(iff);
  return block;
}

void bindIntoScope(BodyChecker& b, const std::map<Name, Variable*>& bindings) {
  for (auto& [name, v] : bindings) {
    b.scopes_.back().variables[name] = v;
    b.scopes_.back().declaredLater.erase(name);
    b.flow_.markAssigned(v);
  }
}

PatternLowering::CaseCondition PatternLowering::caseCondition(BodyChecker& b, ast::Expr* subjectExpr, ast::Pattern* pattern,
                                                             ast::Expr* guard, SourceLoc loc) {
  PatternLowering m(b, PatternContext::Matching);
  Expression* subject = b.check(subjectExpr, nullptr);
  Variable* subj = m.subjectTemp(subject, loc);
  Expression* cond = m.match(pattern, subj, subject->type, "");
  m.finish();
  CaseCondition out{nullptr, {}, b.flow_};
  b.pushScope();
  bindIntoScope(b, m.bindings());
  if (guard) {
    FlowState t, f;
    cond = m.andAlso(cond, b.checkCondition(guard, t, f));
    b.flow_ = t;
    out.otherwise = FlowState::join(out.otherwise, f);  // a failed guard has run its writes
  }
  out.condition = cond;
  out.declarations = m.takeDeclarations();
  return out;
}

kernel::ConstantExpr* PatternLowering::intConstant(BodyChecker& b, int64_t value, SourceLoc loc) {
  auto k = std::make_unique<kernel::IntConstant>();
  k->value = value;
  k->type = b.c_.core().intType;
  auto* e = b.make<kernel::ConstantExpr>(loc);
  e->constant = b.c_.program.constants.canonicalize(std::move(k));
  e->type = b.c_.core().intType;
  return e;
}

// For a switch with labels on its cases: one kernel case per group of members sharing a body,
// its labels registered for `continue` (before any body is checked, so jumps may go forward);
// `entry` forgets what any body assigns, since a body may be reached from another. Empty when
// no case has a label.
std::vector<kernel::SwitchCase*> PatternLowering::labeledSwitchCases(BodyChecker& b, ast::SwitchStmt* s, FlowState& entry) {
  std::vector<kernel::SwitchCase*> groups;
  bool hasLabels = std::any_of(s->members.begin(), s->members.end(), [](const ast::SwitchMember& m) { return !m.labels.empty(); });
  if (!hasLabels) return groups;
  AssignedNames inCases;
  kernel::SwitchCase* current = nullptr;
  for (size_t i = 0; i < s->members.size(); ++i) {
    ast::SwitchMember& member = s->members[i];
    for (ast::Stmt* st : member.body) collectAssignedNames(st, inCases);
    if (!current) current = b.make<kernel::SwitchCase>(member.loc);
    for (Name label : member.labels) b.jumpTargets_.back().caseLabels[label] = current;
    if (member.body.empty() && i + 1 < s->members.size()) continue;
    groups.push_back(current);
    current = nullptr;
  }
  b.forgetAssigned(entry, inCases);
  return groups;
}

bool PatternLowering::needsPatternSwitch(BodyChecker& b, ast::SwitchStmt* s, const DartType* subjectType) {
  for (ast::SwitchMember& m : s->members) {
    for (ast::SwitchCaseHead& h : m.heads) {
      if (h.guard || h.pattern->kind != ast::PatternKind::Constant) return true;
    }
  }
  // Constant cases over a sealed class or a record still need the exhaustiveness check.
  const DartType* t = b.types().nonNullable(subjectType);
  if (t->kind == TypeKind::Record) return true;
  if (t->kind == TypeKind::Interface && static_cast<const InterfaceType*>(t)->cls->isSealed) return true;
  if (subjectType->isNullable() && isAlwaysExhaustive(b, subjectType)) return true;
  return false;
}

Statement* PatternLowering::switchStatement(BodyChecker& b, ast::SwitchStmt* s, Expression* subject) {
  PatternLowering m(b, PatternContext::Matching);
  const DartType* subjectType = subject->type;
  Variable* subj = m.subjectTemp(subject, s->loc);
  auto* labeled = b.make<kernel::LabeledStmt>(s->loc);
  b.jumpTargets_.push_back({labeled, std::move(b.pendingLabels_), false, true, {}, {}, {}});
  b.pendingLabels_.clear();
  FlowState entry = b.flow_;
  // Labels on cases: `continue L;` runs L's body without matching its pattern again, so the
  // bodies become the cases of an int switch over the index of the case that matched.
  std::vector<kernel::SwitchCase*> groupCases = labeledSwitchCases(b, s, entry);
  if (!groupCases.empty()) {
    // A `continue` may reach a body after any guard ran: what any guard writes is demoted
    // everywhere (the bodies' writes are, by labeledSwitchCases).
    AssignedNames inGuards;
    for (ast::SwitchMember& member : s->members) {
      for (ast::SwitchCaseHead& h : member.heads) {
        if (h.guard) collectAssignedNames(h.guard, inGuards);
      }
    }
    b.forgetAssigned(entry, inGuards);
  }
  // A guard runs whenever its pattern matched, also when its case is then not taken: each head
  // starts from the state after every earlier guard may have failed (`tried`), and a body from
  // its heads' states, with their guards' writes (Dart's flow analysis joins the same way; the
  // promotions a pattern or a guard proves are not carried into the body).
  FlowState tried = entry;
  std::vector<FlowState> ends;
  std::vector<SpacePattern*> spaces;
  bool hasDefault = false;
  struct Arm {
    Expression* condition;  // null: the default
    Statement* body;
    size_t group;
  };
  std::vector<Arm> arms;
  Statement* defaultBody = nullptr;
  size_t defaultGroup = 0;
  // Members with no statements share the next member's body.
  std::vector<ast::SwitchCaseHead*> heads;
  bool groupHasDefault = false;
  bool groupHasLabel = false;
  size_t group = 0;
  for (size_t i = 0; i < s->members.size(); ++i) {
    ast::SwitchMember& member = s->members[i];
    for (ast::SwitchCaseHead& h : member.heads) heads.push_back(&h);
    if (member.isDefault) groupHasDefault = true;
    if (!member.labels.empty()) groupHasLabel = true;
    if (member.body.empty() && i + 1 < s->members.size()) continue;
    // Each head: its own variables, visible in its guard; the body sees the variables every
    // head declares with the same type and finality.
    Expression* condition = nullptr;
    std::vector<std::map<Name, Variable*>> headBindings;
    std::vector<Expression*> headConditions;
    std::optional<FlowState> bodyEntry;
    if (groupHasDefault) bodyEntry = tried;  // `default` runs after every earlier head failed
    for (ast::SwitchCaseHead* h : heads) {
      FlowState before = tried;
      b.flow_ = tried;
      Expression* c = m.match(h->pattern, subj, subjectType, "");
      if (!h->guard) spaces.push_back(m.lastSpace());
      std::map<Name, Variable*> bound = m.takeBindings();
      if (h->guard) {
        b.pushScope();
        bindIntoScope(b, bound);
        FlowState t, f;
        c = m.andAlso(c, b.checkCondition(h->guard, t, f));
        b.popScope();
        before = FlowState::join(before, t);
        tried = FlowState::join(tried, f);
      }
      bodyEntry = bodyEntry ? FlowState::join(*bodyEntry, before) : before;
      headBindings.push_back(std::move(bound));
      headConditions.push_back(c);
    }
    std::map<Name, Variable*> shared;
    std::set<Name> partial;
    if (!headBindings.empty()) {
      for (auto& [name, v] : headBindings[0]) {
        // A body that `default` or a `continue` can reach sees no pattern variables.
        bool everywhere = !groupHasDefault && !groupHasLabel;
        for (size_t k = 1; k < headBindings.size() && everywhere; ++k) {
          auto it = headBindings[k].find(name);
          everywhere = it != headBindings[k].end() && it->second->type == v->type && it->second->isFinal == v->isFinal;
        }
        if (everywhere) shared[name] = v;
      }
      for (auto& hb : headBindings) {
        for (auto& [name, v] : hb) {
          if (!shared.count(name)) partial.insert(name);
        }
      }
    }
    if (headBindings.size() > 1) {
      // One body variable per shared name, assigned by whichever head matched.
      for (auto& [name, v] : shared) {
        Variable* bodyVar = b.c_.newVariable(v->loc, name, v->type);
        bodyVar->isFinal = v->isFinal;
        bodyVar->owner = v->owner;
        auto* decl = b.make<kernel::VariableDecl>(v->loc);
        decl->variable = bodyVar;
        m.declarations_.push_back(decl);
        for (size_t k = 0; k < headBindings.size(); ++k) {
          headConditions[k] = m.andAlso(headConditions[k], m.assign(bodyVar, b.get(headBindings[k][name], v->loc), v->loc));
        }
        shared[name] = bodyVar;
      }
    }
    for (Expression* c : headConditions) condition = condition ? m.orElse(condition, c) : c;
    b.flow_ = bodyEntry ? *bodyEntry : tried;
    b.pushScope();
    bindIntoScope(b, shared);
    for (Name name : partial) {
      b.scopes_.back().unavailable[name] =
          groupHasDefault || groupHasLabel
              ? "The variable '" + std::string(name) + "' is not available because there is a label or 'default' case."
              : "The variable '" + std::string(name) + "' is available in some, but not all cases that share this body.";
      for (auto& hb : headBindings) {
        if (!hb.count(name)) continue;
        b.scopes_.back().variables[name] = hb[name];
        b.flow_.markAssigned(hb[name]);
      }
    }
    b.pushScope();
    b.collectBlockDeclarations(member.body);
    auto* body = b.make<kernel::Block>(member.loc);
    for (ast::Stmt* st : member.body) b.appendStatement(body, st);
    b.popScope();
    b.popScope();
    ends.push_back(b.flow_);
    if (groupHasDefault) {
      hasDefault = true;
      spaces.push_back(m.spaces_.any());
      defaultBody = body;  // cases sharing the default's body need no test of their own
      defaultGroup = group;
    } else {
      arms.push_back({condition, body, group});
    }
    heads.clear();
    groupHasDefault = false;
    groupHasLabel = false;
    ++group;
  }
  m.finish();
  b.flow_ = entry;
  bool exhaustiveType = isAlwaysExhaustive(b, subjectType);
  bool reported = false;
  if (!hasDefault && exhaustiveType && subjectType->kind != TypeKind::Invalid) {
    if (std::optional<std::string> missing = missingCase(b, subjectType, spaces)) {
      b.error(s->loc, nonExhaustiveMessage(subjectType, *missing));
      reported = true;
    }
  }
  // With case labels, each arm of the chain stores its group's index into `#case` and the
  // bodies run from a switch over it; without, the chain runs them directly.
  Variable* which = groupCases.empty() ? nullptr : m.matchTemp("#case", b.c_.core().intType, s->loc);
  auto select = [&](int64_t index) -> Statement* {
    auto* es = b.make<kernel::ExpressionStmt>(s->loc);
    es->expression = m.assign(which, intConstant(b, index, s->loc), s->loc);
    return es;
  };
  Statement* tail = defaultBody ? (which ? select(static_cast<int64_t>(defaultGroup)) : defaultBody) : nullptr;
  if (!tail && exhaustiveType) {
    // Unreachable in sound code: the switch is exhaustive.
    auto* es = b.make<kernel::ExpressionStmt>(s->loc);
    es->expression = m.matchError(s->loc, nullptr);
    tail = es;
  }
  if (!tail && which) tail = select(-1);
  for (size_t i = arms.size(); i-- > 0;) {
    auto* iff = b.make<kernel::IfStmt>(s->loc);
    iff->condition = arms[i].condition;
    iff->thenStmt = which ? select(static_cast<int64_t>(arms[i].group)) : arms[i].body;
    iff->elseStmt = tail;
    tail = iff;
  }
  auto* block = b.make<kernel::Block>(s->loc);
  block->statements = m.takeDeclarations();
  if (tail) block->statements.push_back(tail);
  if (which) {
    auto* sw = b.make<kernel::SwitchStmt>(s->loc);
    sw->subject = b.get(which, s->loc);
    for (const Arm& arm : arms) {
      groupCases[arm.group]->body = arm.body;
      groupCases[arm.group]->expressions.push_back(intConstant(b, static_cast<int64_t>(arm.group), s->loc));
      sw->cases.push_back(groupCases[arm.group]);
    }
    if (defaultBody) {
      groupCases[defaultGroup]->body = defaultBody;
      groupCases[defaultGroup]->isDefault = true;
      sw->cases.push_back(groupCases[defaultGroup]);
    }
    block->statements.push_back(sw);
  }
  labeled->body = block;
  BodyChecker::JumpTarget target = std::move(b.jumpTargets_.back());
  b.jumpTargets_.pop_back();
  FlowState after = hasDefault || exhaustiveType || reported ? FlowState::unreachable() : tried;
  for (const FlowState& e : ends) after = FlowState::join(after, e);
  for (const FlowState& e : target.breakStates) after = FlowState::join(after, e);
  b.flow_ = after;
  return labeled;
}

Expression* PatternLowering::switchExpression(BodyChecker& b, ast::SwitchExprNode* e, const DartType* context) {
  PatternLowering m(b, PatternContext::Matching);
  Expression* subject = b.check(e->subject, nullptr);
  const DartType* subjectType = subject->type;
  Variable* subj = m.subjectTemp(subject, e->loc);
  FlowState entry = b.flow_;
  std::vector<FlowState> ends;
  std::vector<SpacePattern*> spaces;
  std::vector<Expression*> conditions;
  std::vector<Expression*> bodies;
  // As for switch statements: each case starts after every earlier guard may have failed.
  FlowState tried = entry;
  for (ast::SwitchExprCase& c : e->cases) {
    b.flow_ = tried;
    Expression* cond = m.match(c.pattern, subj, subjectType, "");
    if (!c.guard) spaces.push_back(m.lastSpace());
    b.pushScope();
    bindIntoScope(b, m.takeBindings());
    if (c.guard) {
      FlowState t, f;
      cond = m.andAlso(cond, b.checkCondition(c.guard, t, f));
      b.flow_ = t;
      tried = FlowState::join(tried, f);
    }
    Expression* body = b.check(c.body, context);
    b.popScope();
    ends.push_back(b.flow_);
    conditions.push_back(cond);
    bodies.push_back(body);
  }
  m.finish();
  if (subjectType->kind != TypeKind::Invalid) {
    if (std::optional<std::string> missing = missingCase(b, subjectType, spaces)) {
      b.error(e->loc, nonExhaustiveMessage(subjectType, *missing));
    }
  }
  // The static type: the least upper bound of the cases' types (the context's type when every
  // case fits it and the bound doesn't, as for conditional expressions).
  const DartType* type = nullptr;
  for (Expression* body : bodies) type = type ? b.ts().upperBound(type, body->type) : body->type;
  if (!type) type = b.types().neverType();
  if (context && !context->isDynamicLike() && !b.ts().isSubtype(type, context)) {
    bool allFit = std::all_of(bodies.begin(), bodies.end(), [&](Expression* x) { return b.ts().isSubtype(x->type, context); });
    if (allFit && !bodies.empty()) type = context;
  }
  // { decls; var #r; if (m1) #r = e1; else if ... else throw; } #r: the cases are statements
  // inside the block that declares the pattern variables, which closures in them may capture.
  Variable* result = b.c_.newVariable(e->loc, "#switch", type);
  result->isSynthetic = true;
  result->owner = b.functions_.empty() ? nullptr : b.functions_.back().function;
  auto* throwStmt = b.make<kernel::ExpressionStmt>(e->loc);
  throwStmt->expression = m.matchError(e->loc, nullptr);
  Statement* chain = throwStmt;
  for (size_t i = bodies.size(); i-- > 0;) {
    auto* store = b.make<kernel::VariableSet>(e->cases[i].loc);
    store->variable = result;
    store->value = bodies[i];
    store->type = type;
    auto* es = b.make<kernel::ExpressionStmt>(e->cases[i].loc);
    es->expression = store;
    auto* iff = b.make<kernel::IfStmt>(e->cases[i].loc);
    iff->condition = conditions[i];
    iff->thenStmt = es;
    iff->elseStmt = chain;
    chain = iff;
  }
  FlowState after = FlowState::unreachable();
  for (const FlowState& s : ends) after = FlowState::join(after, s);
  b.flow_ = after;
  auto* block = b.make<kernel::BlockExpr>(e->loc);
  block->body = b.make<kernel::Block>(e->loc);
  block->body->statements = m.takeDeclarations();
  auto* resultDecl = b.make<kernel::VariableDecl>(e->loc);
  resultDecl->variable = result;
  block->body->statements.push_back(resultDecl);
  block->body->statements.push_back(chain);
  block->value = b.get(result, e->loc);
  block->type = type;
  return block;
}

// `if (!matched) throw StateError(...)`: an irrefutable pattern that fails at run time (a
// list of the wrong length, a dynamic value of the wrong type).
Statement* PatternLowering::requireMatch(Expression* cond, SourceLoc loc) {
  PatternLowering& m = *this;
  BodyChecker& b = b_;
  auto* es = b.make<kernel::ExpressionStmt>(loc);
  if (cond->kind == kernel::ExprKind::BoolLiteral) {
    es->expression = cond;
    return es;
  }
  auto* iff = b.make<kernel::IfStmt>(loc);
  iff->condition = m.notExpr(cond);
  es->expression = m.matchError(loc, nullptr);
  iff->thenStmt = es;
  return iff;
}

Statement* PatternLowering::declaration(BodyChecker& b, ast::PatternVarDeclStmt* s) {
  PatternLowering m(b, PatternContext::Declaration, s->isFinal);
  const DartType* schema = m.typeSchema(s->pattern);
  Expression* init = b.check(s->init, schema);
  if (init->type->kind == TypeKind::Void) {
    b.error(s->init->loc, "This expression has a type of 'void' so its value can't be used.");
  }
  Variable* subj = m.subjectTemp(init, s->loc);
  Expression* cond = m.match(s->pattern, subj, init->type, "");
  m.finish();
  bindIntoScope(b, m.bindings());
  auto* block = b.make<kernel::Block>(s->loc);
  block->statements = m.takeDeclarations();
  block->statements.push_back(m.requireMatch(cond, s->loc));
  return block;
}

kernel::Block* PatternLowering::forLoopDeclaration(BodyChecker& b, ast::ForLoopParts* p, std::vector<Variable*>& loopVariables) {
  SourceLoc loc = p->initPattern->loc;
  PatternLowering m(b, PatternContext::Declaration, p->patternIsFinal);
  const DartType* schema = m.typeSchema(p->initPattern);
  Expression* init = b.check(p->initPatternValue, schema);
  if (init->type->kind == TypeKind::Void) {
    b.error(p->initPatternValue->loc, "This expression has a type of 'void' so its value can't be used.");
  }
  Variable* subj = m.subjectTemp(init, loc);
  Expression* cond = m.match(p->initPattern, subj, init->type, "");
  m.finish();
  auto* block = b.make<kernel::Block>(loc);
  block->statements = m.takeDeclarations();
  block->statements.push_back(m.requireMatch(cond, loc));
  for (auto& [name, bound] : m.bindings()) {
    Variable* v = b.declareLocal(bound->loc, name, bound->type, true);
    v->isFinal = bound->isFinal;
    v->initializer = b.get(bound, bound->loc);
    loopVariables.push_back(v);
  }
  return block;
}

Statement* PatternLowering::forInBinding(BodyChecker& b, ast::ForLoopParts* p, Expression* current, const DartType* elementType,
                                         SourceLoc loc) {
  PatternLowering m(b, PatternContext::Declaration, p->patternIsFinal);
  Variable* subj = m.subjectTemp(current, loc);
  Expression* cond = m.match(p->loopPattern, subj, elementType, "");
  m.finish();
  bindIntoScope(b, m.bindings());
  auto* block = b.make<kernel::Block>(loc);
  block->statements = m.takeDeclarations();
  block->statements.push_back(m.requireMatch(cond, loc));
  return block;
}

Expression* PatternLowering::assignment(BodyChecker& b, ast::AssignmentExpr* e) {
  if (e->op != ast::AssignOp::Assign) {
    b.error(e->loc, "A pattern can't be the target of a compound assignment.");
    b.check(e->value, nullptr);
    return b.invalid(e->loc);
  }
  PatternLowering m(b, PatternContext::Assignment);
  Expression* value = b.check(e->value, nullptr);
  Variable* subj = m.subjectTemp(value, e->loc);
  Expression* cond = m.match(e->pattern, subj, value->type, "");
  m.finish();
  auto* block = b.make<kernel::BlockExpr>(e->loc);
  block->body = b.make<kernel::Block>(e->loc);
  block->body->statements = m.takeDeclarations();
  block->body->statements.push_back(m.requireMatch(cond, e->loc));
  block->value = b.get(subj, e->loc);
  block->type = value->type;
  return block;
}

}  // namespace dartc::sema
