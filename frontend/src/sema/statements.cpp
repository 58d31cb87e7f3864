// Statements: blocks and local declarations, control flow with flow analysis, loops (for-in lowered
// to the iterator protocol), switch over constants, try/catch/finally, labels and jumps.
#include "sema/ast_scan.h"
#include "sema/body_checker.h"
#include "sema/patterns.h"
#include "syntax/ast_locations.h"

namespace dartc::sema {

using kernel::TypeKind;

// --- Blocks and declarations ----------------------------------------------------------------------------

void BodyChecker::collectBlockDeclarations(const std::vector<ast::Stmt*>& statements) {
  // A local's scope is its whole block: a use above the declaration is an error even when an
  // outer variable has the same name.
  Scope& scope = scopes_.back();
  for (ast::Stmt* s : statements) {
    if (s->kind == ast::StmtKind::VarDecl) {
      for (ast::VarDeclarator& v : static_cast<ast::VarDeclStmt*>(s)->vars) scope.declaredLater.insert(v.name);
    } else if (s->kind == ast::StmtKind::LocalFunction) {
      scope.declaredLater.insert(static_cast<ast::LocalFunctionStmt*>(s)->function->name);
    }
  }
}

void BodyChecker::appendStatement(kernel::Block* into, ast::Stmt* s) {
  Statement* r = checkStatement(s);
  // Declarations lowered to several statements (`int a = 1, b;`, `var (a, b) = e;`) declare
  // their variables in the enclosing block, not in a nested one: a nested block would be the
  // variables' scope, and closures created after it could not capture them.
  bool declares = s->kind == ast::StmtKind::VarDecl || s->kind == ast::StmtKind::PatternVarDecl;
  if (declares && r->kind == kernel::StmtKind::Block) {
    for (Statement* x : static_cast<kernel::Block*>(r)->statements) into->statements.push_back(x);
  } else {
    into->statements.push_back(r);
  }
}

void BodyChecker::appendLoopBinding(kernel::Block* into, ast::ForLoopParts* p, Statement* binding) {
  // A pattern's variables belong to the loop body's scope (see appendStatement).
  if (p->loopPattern && binding->kind == kernel::StmtKind::Block) {
    for (Statement* x : static_cast<kernel::Block*>(binding)->statements) into->statements.push_back(x);
  } else {
    into->statements.push_back(binding);
  }
}

kernel::Block* BodyChecker::checkBlock(ast::Block* b) {
  auto* block = make<kernel::Block>(b->loc);
  pushScope();
  collectBlockDeclarations(b->statements);
  for (ast::Stmt* s : b->statements) {
    if (c_.diags.limitReached()) break;
    appendStatement(block, s);
  }
  popScope();
  return block;
}

// A statement that is the body of an if/loop gets its own scope.
static bool needsOwnScope(ast::Stmt* s) {
  return s->kind == ast::StmtKind::VarDecl || s->kind == ast::StmtKind::LocalFunction;
}

Statement* BodyChecker::checkStatement(ast::Stmt* s) {
  using K = ast::StmtKind;
  switch (s->kind) {
    case K::Block: return checkBlock(static_cast<ast::Block*>(s));
    case K::VarDecl: return checkVarDecl(static_cast<ast::VarDeclStmt*>(s));
    case K::PatternVarDecl: return PatternLowering::declaration(*this, static_cast<ast::PatternVarDeclStmt*>(s));
    case K::Expr: {
      auto* es = make<kernel::ExpressionStmt>(s->loc);
      es->expression = checkForEffect(static_cast<ast::ExprStmt*>(s)->expr);
      return es;
    }
    case K::If: return checkIf(static_cast<ast::IfStmt*>(s));
    case K::For:
    case K::ForIn:
      return static_cast<ast::ForStmt*>(s)->parts->isForIn ? checkForIn(static_cast<ast::ForStmt*>(s))
                                                            : checkFor(static_cast<ast::ForStmt*>(s));
    case K::While: return checkWhile(static_cast<ast::WhileStmt*>(s));
    case K::DoWhile: return checkDoWhile(static_cast<ast::DoWhileStmt*>(s));
    case K::Switch: return checkSwitch(static_cast<ast::SwitchStmt*>(s));
    case K::Break: return checkBreakContinue(s, true);
    case K::Continue: return checkBreakContinue(s, false);
    case K::Return: return checkReturn(static_cast<ast::ReturnStmt*>(s));
    case K::Try: return checkTry(static_cast<ast::TryStmt*>(s));
    case K::Labeled: return checkLabeled(static_cast<ast::LabeledStmt*>(s));
    case K::Assert: {
      auto* a = static_cast<ast::AssertStmt*>(s);
      FlowState t, f;
      auto* as = make<kernel::AssertStmt>(s->loc);
      FlowState before = flow_;
      as->condition = checkCondition(a->condition, t, f, ConditionUse::Assert);
      if (a->message) {
        flow_ = f;
        as->message = check(a->message, nullptr);
      }
      // After an assert, execution continues whether or not asserts are enabled.
      flow_ = before;
      if (!c_.options.enableAsserts) return make<kernel::EmptyStmt>(s->loc);
      return as;
    }
    case K::LocalFunction: return checkLocalFunctionStmt(static_cast<ast::LocalFunctionStmt*>(s));
    case K::Yield: return checkYield(static_cast<ast::YieldStmt*>(s));
    case K::Empty: return make<kernel::EmptyStmt>(s->loc);
    case K::Error: return make<kernel::EmptyStmt>(s->loc);
  }
  return make<kernel::EmptyStmt>(s->loc);
}

Statement* BodyChecker::checkVarDecl(ast::VarDeclStmt* s) {
  const DartType* declared = s->type ? resolveType(s->type) : nullptr;
  auto* block = s->vars.size() > 1 ? make<kernel::Block>(s->loc) : nullptr;
  Statement* single = nullptr;
  for (ast::VarDeclarator& d : s->vars) {
    Expression* init = nullptr;
    size_t errorsBefore = c_.diags.errorCount();
    // The variable is not in scope in its own initializer.
    if (d.init) {
      // A late initializer runs at the first read, like a closure: it starts from the state a
      // closure would, and what it does to the flow state does not happen here.
      std::optional<FlowState> beforeLate;
      if (s->modifiers.isLate) {
        inLateInitializer_ = true;
        AssignedNames inside;
        collectAssignedNames(d.init, inside);
        beforeLate = flow_;
        flow_ = deferredCodeEntry(flow_, inside);
      }
      errorsBefore = c_.diags.errorCount();
      init = declared ? checkAssignable(d.init, declared, AssignContext::Variable) : check(d.init, nullptr);
      inLateInitializer_ = false;
      if (beforeLate) flow_ = *beforeLate;
      if (init->type->kind == TypeKind::Void && !declared) {
        error(d.init->loc, "This expression has a type of 'void' so its value can't be used.");
      }
    }
    const DartType* type = declared;
    if (!type) {
      // `var y = x` where x is promoted to `X & B`: y is declared X and starts promoted to X & B.
      type = init ? ts().eliminateIntersections(init->type) : types().dynamicType();
      if (type->kind == TypeKind::Null || type->kind == TypeKind::Void) type = types().dynamicType();
    }
    if (s->modifiers.isConst) {
      if (!init) {
        error(d.loc, "The constant '" + std::string(d.name) + "' must be initialized.");
      } else if (kernel::Constant* k = c_.evaluateConstant(init, ConstantErrors::SpecificOnly)) {
        auto* ce = make<kernel::ConstantExpr>(init->loc);
        ce->constant = k;
        ce->type = init->type;
        init = ce;
      } else if (init->type->kind != TypeKind::Invalid && c_.diags.errorCount() == errorsBefore) {
        // Only when the initializer itself reported nothing (one root cause, one error).
        error(ast::startLoc(d.init), "Const variables must be initialized with a constant value.");
      }
    }
    Variable* v = declareLocal(d.loc, d.name, type, init != nullptr);
    v->isFinal = s->modifiers.isFinal || s->modifiers.isConst;
    v->isConst = s->modifiers.isConst;
    v->isLate = s->modifiers.isLate;
    if (v->isLate && !init) flow_.unassigned.push_back(v);
    v->initializer = init;
    if (init && !declared && init->type != type && ts().promotedBoundOf(init->type) && !closureWritten_.count(d.name)) {
      flow_.promote(v, init->type);
    }
    // `int? x = 5;` promotes x to int (assignment of a non-nullable value).
    if (init && type->isNullable() && declared && !init->type->admitsNull() && init->type->kind != TypeKind::Never &&
        ts().isSubtype(init->type, types().nonNullable(type)) && !closureWritten_.count(d.name)) {
      flow_.promote(v, types().nonNullable(type));
    }
    auto* decl = make<kernel::VariableDecl>(d.loc);
    decl->variable = v;
    if (block) block->statements.push_back(decl);
    else single = decl;
  }
  return block ? static_cast<Statement*>(block) : single;
}

Statement* BodyChecker::checkLocalFunctionStmt(ast::LocalFunctionStmt* s) {
  ast::FunctionDecl* fd = s->function;
  Variable* v = c_.newVariable(fd->loc, fd->name, types().dynamicType());
  v->isFinal = true;
  v->owner = functions_.empty() ? nullptr : functions_.back().function;
  // Declared before its body is checked, so it can call itself.
  auto* fn = make<FunctionNode>(fd->loc);
  declareLocalFunction(fd->name, v, fn);
  checkLocalFunction(fd, nullptr, v, fn);
  auto* decl = make<kernel::FunctionDecl>(fd->loc);
  decl->variable = v;
  decl->function = fn;
  v->type = fn->type;
  return decl;
}

// --- Conditionals --------------------------------------------------------------------------------------------

Statement* BodyChecker::checkIf(ast::IfStmt* s) {
  if (s->casePattern) return PatternLowering::ifCase(*this, s);
  FlowState whenTrue, whenFalse;
  auto* iff = make<kernel::IfStmt>(s->loc);
  iff->condition = checkCondition(s->condition, whenTrue, whenFalse);
  auto branch = [&](ast::Stmt* body) -> Statement* {
    if (!needsOwnScope(body)) return checkStatement(body);
    pushScope();
    Statement* r = checkStatement(body);
    popScope();
    return r;
  };
  flow_ = whenTrue;
  iff->thenStmt = branch(s->thenStmt);
  FlowState afterThen = flow_;
  flow_ = whenFalse;
  if (s->elseStmt) iff->elseStmt = branch(s->elseStmt);
  flow_ = FlowState::join(afterThen, flow_);
  return iff;
}

// --- Loops -------------------------------------------------------------------------------------------------

void BodyChecker::demoteAssignedIn(ast::Stmt* body, ast::Expr* extra1, ast::Expr* extra2) {
  AssignedNames names;
  if (body) collectAssignedNames(body, names);
  if (extra1) collectAssignedNames(extra1, names);
  if (extra2) collectAssignedNames(extra2, names);
  forgetAssigned(flow_, names);
}

void BodyChecker::forgetAssigned(FlowState& state, const AssignedNames& names) {
  // By name: a shadowing inner variable of the same name only makes this more conservative.
  std::vector<Variable*> demote;
  for (const auto& entry : state.promoted) {
    if (names.anywhere.count(entry.first->name) || names.anywhere.count(FlowState::promotionRoot(entry.first)->name)) {
      demote.push_back(entry.first);
    }
  }
  for (Variable* v : demote) state.demote(v);
  std::erase_if(state.unassigned, [&](const Variable* v) { return names.anywhere.count(v->name) != 0; });
}

namespace {

FlowState joinAll(FlowState base, const std::vector<FlowState>& others) {
  for (const FlowState& s : others) base = FlowState::join(base, s);
  return base;
}

}  // namespace

Statement* BodyChecker::checkWhile(ast::WhileStmt* s) {
  auto* loop = make<kernel::WhileStmt>(s->loc);
  demoteAssignedIn(s->body, s->condition);
  FlowState whenTrue, whenFalse;
  loop->condition = checkCondition(s->condition, whenTrue, whenFalse);
  jumpTargets_.push_back({loop, std::move(pendingLabels_), true, false, {}, {}, {}});
  pendingLabels_.clear();
  flow_ = whenTrue;
  pushScope();
  loop->body = checkStatement(s->body);
  popScope();
  JumpTarget target = std::move(jumpTargets_.back());
  jumpTargets_.pop_back();
  flow_ = joinAll(whenFalse, target.breakStates);
  return loop;
}

Statement* BodyChecker::checkDoWhile(ast::DoWhileStmt* s) {
  auto* loop = make<kernel::DoWhileStmt>(s->loc);
  demoteAssignedIn(s->body, s->condition);
  jumpTargets_.push_back({loop, std::move(pendingLabels_), true, false, {}, {}, {}});
  pendingLabels_.clear();
  pushScope();
  loop->body = checkStatement(s->body);
  popScope();
  flow_ = joinAll(flow_, jumpTargets_.back().continueStates);
  FlowState whenTrue, whenFalse;
  loop->condition = checkCondition(s->condition, whenTrue, whenFalse);
  JumpTarget target = std::move(jumpTargets_.back());
  jumpTargets_.pop_back();
  flow_ = joinAll(whenFalse, target.breakStates);
  return loop;
}

Statement* BodyChecker::checkFor(ast::ForStmt* s) {
  ast::ForLoopParts* p = s->parts;
  auto* loop = make<kernel::ForStmt>(s->loc);
  pushScope();
  kernel::Block* patternInit = p->initPattern ? PatternLowering::forLoopDeclaration(*this, p, loop->variables) : nullptr;
  if (p->initDecl) collectDeclaredVariables(checkVarDecl(p->initDecl), loop->variables);
  for (ast::Expr* e : p->initExprs) loop->initExprs.push_back(checkForEffect(e));
  AssignedNames names;
  collectAssignedNames(s->body, names);
  for (ast::Expr* u : p->updates) collectAssignedNames(u, names);
  if (p->condition) collectAssignedNames(p->condition, names);
  forgetAssigned(flow_, names);
  FlowState whenTrue = flow_, whenFalse = FlowState::unreachable();
  if (p->condition) loop->condition = checkCondition(p->condition, whenTrue, whenFalse);
  jumpTargets_.push_back({loop, std::move(pendingLabels_), true, false, {}, {}, {}});
  pendingLabels_.clear();
  flow_ = whenTrue;
  pushScope();
  loop->body = checkStatement(s->body);
  popScope();
  flow_ = joinAll(flow_, jumpTargets_.back().continueStates);
  for (ast::Expr* u : p->updates) loop->updates.push_back(checkForEffect(u));
  JumpTarget target = std::move(jumpTargets_.back());
  jumpTargets_.pop_back();
  flow_ = joinAll(whenFalse, target.breakStates);
  popScope();
  if (patternInit) {
    patternInit->statements.push_back(loop);
    return patternInit;
  }
  return loop;
}

Statement* BodyChecker::bindLoopVariable(ast::ForLoopParts* p, const ForInParts& parts, SourceLoc loc) {
  if (p->loopVariable) {
    ast::VarDeclStmt* decl = p->loopVariable;
    const DartType* declared = decl->type ? resolveType(decl->type) : parts.elementType;
    ast::VarDeclarator& d = decl->vars[0];
    Expression* current = coerce(parts.current, declared, d.loc, AssignContext::Variable);
    if (!ts().isSubtype(parts.elementType, declared) && parts.elementType->kind != TypeKind::Invalid &&
        !parts.elementType->isDynamicLike() && current->kind == kernel::ExprKind::Invalid) {
      // coerce reported the mismatch in assignment words; Dart words it for loops.
    }
    Variable* v = declareLocal(d.loc, d.name, declared, true);
    v->isFinal = decl->modifiers.isFinal;
    v->initializer = current;
    auto* vd = make<kernel::VariableDecl>(d.loc);
    vd->variable = v;
    return vd;
  }
  if (p->loopTarget) {
    // `for (x in e)` assigns each element to an existing variable or property.
    auto* assign = c_.astArena.make<ast::AssignmentExpr>(loc);
    assign->target = p->loopTarget;
    auto* marker = c_.astArena.make<ast::IdentifierExpr>(loc);
    Name tempName = c_.keep("#current" + std::to_string(loopTempCounter_++));
    marker->name = tempName;
    assign->value = marker;
    Variable* cur = c_.newVariable(loc, tempName, parts.elementType);
    cur->initializer = parts.current;
    cur->isSynthetic = true;
    cur->owner = functions_.empty() ? nullptr : functions_.back().function;
    scopes_.back().variables[tempName] = cur;
    flow_.markAssigned(cur);
    auto* block = make<kernel::Block>(loc);
    auto* vd = make<kernel::VariableDecl>(loc);
    vd->variable = cur;
    block->statements.push_back(vd);
    auto* es = make<kernel::ExpressionStmt>(loc);
    es->expression = checkForEffect(assign);
    block->statements.push_back(es);
    return block;
  }
  return PatternLowering::forInBinding(*this, p, parts.current, parts.elementType, loc);
}

Statement* BodyChecker::checkForIn(ast::ForStmt* s) {
  ast::ForLoopParts* p = s->parts;
  ForInParts parts;
  if (s->isAwait) {
    // `await for`: over a Stream (async_star_lowering.cpp).
    Class* stream = c_.program.findClass("dart:async", "Stream");
    const DartType* streamContext = nullptr;
    if (stream && p->loopVariable && p->loopVariable->type) {
      streamContext = types().interface(stream, {resolveType(p->loopVariable->type)});
    }
    parts = awaitForParts(check(p->iterable, streamContext), p->iterable->loc);
  } else {
    const DartType* iterableContext = nullptr;
    if (p->loopVariable && p->loopVariable->type) {
      iterableContext = types().interface(c_.core().iterableClass, {resolveType(p->loopVariable->type)});
    }
    Expression* iterable = check(p->iterable, iterableContext);
    if (ts().isPotentiallyNullable(iterable->type) && !iterable->type->isDynamicLike() && iterable->type->kind != TypeKind::Invalid) {
      if (iterable->type->isNullable() && ts().asInstanceOfType(types().nonNullable(iterable->type), c_.core().iterableClass)) {
        error(p->iterable->loc, "A nullable expression can't be used as an iterator in a for-in loop.");
      } else {
        error(p->iterable->loc, "The type '" + iterable->type->toString() +
                                    "' used in the 'for' loop must implement 'Iterable'.");
      }
    }
    parts = forInParts(iterable, p->iterable->loc, false);
  }
  if (!parts.iterator) {
    // The error is reported; the body is still checked, with the loop variable declared (as
    // invalid, which silences its uses) and the loop a target for break/continue, so the one
    // mistake doesn't cascade.
    jumpTargets_.push_back({make<kernel::WhileStmt>(s->loc), std::move(pendingLabels_), true, false, {}, {}, {}});
    pendingLabels_.clear();
    pushScope();
    if (p->loopVariable && !p->loopVariable->vars.empty()) {
      ast::VarDeclarator& d = p->loopVariable->vars[0];
      Variable* v = declareLocal(d.loc, d.name, p->loopVariable->type ? resolveType(p->loopVariable->type) : types().invalidType(), true);
      v->isFinal = p->loopVariable->modifiers.isFinal;
    }
    FlowState before = flow_;
    checkStatement(s->body);
    flow_ = before;
    popScope();
    jumpTargets_.pop_back();
    return make<kernel::EmptyStmt>(s->loc);
  }
  AssignedNames names;
  collectAssignedNames(s->body, names);
  if (p->loopTarget) collectAssignedTarget(p->loopTarget, names);
  forgetAssigned(flow_, names);
  FlowState exit = flow_;
  auto* loop = make<kernel::WhileStmt>(s->loc);
  loop->condition = parts.moveNext;
  jumpTargets_.push_back({loop, std::move(pendingLabels_), true, false, {}, {}, {}});
  pendingLabels_.clear();
  pushScope();
  auto* body = make<kernel::Block>(s->loc);
  appendLoopBinding(body, p, bindLoopVariable(p, parts, s->loc));
  pushScope();
  body->statements.push_back(checkStatement(s->body));
  popScope();
  popScope();
  loop->body = body;
  JumpTarget target = std::move(jumpTargets_.back());
  jumpTargets_.pop_back();
  flow_ = joinAll(exit, target.breakStates);
  auto* outer = make<kernel::Block>(s->loc);
  auto* decl = make<kernel::VariableDecl>(s->loc);
  decl->variable = parts.iterator;
  outer->statements.push_back(decl);
  outer->statements.push_back(s->isAwait ? awaitForCleanup(parts.iterator, loop, s->loc) : loop);
  return outer;
}

// --- Switch -------------------------------------------------------------------------------------------------

Statement* BodyChecker::checkSwitch(ast::SwitchStmt* s) {
  auto* sw = make<kernel::SwitchStmt>(s->loc);
  sw->subject = check(s->subject, nullptr);
  // Patterns, guards, and exhaustive types other than enums and bool: sema/pattern_statements.cpp.
  if (PatternLowering::needsPatternSwitch(*this, s, sw->subject->type)) {
    return PatternLowering::switchStatement(*this, s, sw->subject);
  }
  const DartType* subjectType = sw->subject->type;
  jumpTargets_.push_back({sw, std::move(pendingLabels_), false, true, {}, {}, {}});
  pendingLabels_.clear();
  FlowState entry = flow_;
  // `continue label;` can reach a case from a later one: what any case assigns may be assigned
  // at every case's start.
  bool hasCaseLabels = std::any_of(s->members.begin(), s->members.end(), [](const ast::SwitchMember& m) { return !m.labels.empty(); });
  if (hasCaseLabels) {
    AssignedNames inCases;
    for (ast::SwitchMember& m : s->members) {
      for (ast::Stmt* st : m.body) collectAssignedNames(st, inCases);
    }
    forgetAssigned(entry, inCases);
  }
  std::vector<FlowState> ends;
  bool hasDefault = false;
  std::vector<kernel::Constant*> seen;
  // Case labels first, so `continue label;` can jump forward.
  std::vector<kernel::SwitchCase*> cases;
  for (ast::SwitchMember& m : s->members) {
    auto* c = make<kernel::SwitchCase>(m.loc);
    cases.push_back(c);
    for (Name label : m.labels) jumpTargets_.back().caseLabels[label] = c;
  }
  kernel::SwitchCase* pending = nullptr;  // an empty case that falls through into the next
  for (size_t i = 0; i < s->members.size(); ++i) {
    ast::SwitchMember& m = s->members[i];
    kernel::SwitchCase* c = pending ? pending : cases[i];
    if (pending && !m.labels.empty()) {
      for (Name label : m.labels) jumpTargets_.back().caseLabels[label] = pending;
    }
    if (m.isDefault) {
      c->isDefault = true;
      hasDefault = true;
    }
    for (ast::SwitchCaseHead& h : m.heads) {
      if (h.guard) error(h.guard->loc, "'when' clauses in switch cases are not supported yet.");
      if (h.pattern->kind != ast::PatternKind::Constant) {
        error(h.pattern->loc, "Patterns in switch cases are not supported yet; use constant cases.");
        continue;
      }
      ast::Expr* ce = static_cast<ast::ConstantPattern*>(h.pattern)->expr;
      Expression* value = check(ce, subjectType);
      kernel::Constant* k = c_.evaluateConstant(value, false);
      if (!k) {
        if (value->type->kind != TypeKind::Invalid) error(ce->loc, "Case expressions must be constant.");
        continue;
      }
      if (!ts().isAssignable(value->type, subjectType) && !ts().isAssignable(subjectType, value->type)) {
        error(ce->loc, "The switch case expression type '" + value->type->toString() +
                           "' must be a subtype of the switch expression type '" + subjectType->toString() + "'.");
      }
      if (std::find(seen.begin(), seen.end(), k) != seen.end()) {
        // Dart reports this as dead code (a warning), not an error.
        c_.diags.warning(ce->loc, "This case is covered by the previous cases.");
      }
      seen.push_back(k);
      auto* cexpr = make<kernel::ConstantExpr>(ce->loc);
      cexpr->constant = k;
      cexpr->type = value->type;
      c->expressions.push_back(cexpr);
    }
    if (m.body.empty() && !m.isDefault && i + 1 < s->members.size()) {
      pending = c;  // falls through into the next case's body
      continue;
    }
    pending = nullptr;
    flow_ = entry;
    pushScope();
    collectBlockDeclarations(m.body);
    auto* body = make<kernel::Block>(m.loc);
    for (ast::Stmt* st : m.body) appendStatement(body, st);
    popScope();
    c->body = body;
    ends.push_back(flow_);
    sw->cases.push_back(c);
  }
  // Enum and bool switches without a default must cover every value (Dart 3).
  bool exhaustive = hasDefault;
  const DartType* nn = subjectType;
  if (!hasDefault && nn->kind == TypeKind::Interface && !nn->isNullable()) {
    Class* cls = static_cast<const InterfaceType*>(nn)->cls;
    std::vector<std::string> missing;
    if (cls->isEnum) {
      for (kernel::Field* f : cls->fields) {
        if (!f->isStatic || f->name == "values" || !c_.fieldConstants.count(f)) continue;
        kernel::Constant* k = c_.fieldConstants[f];
        if (k->type != nn) continue;
        if (std::find(seen.begin(), seen.end(), k) == seen.end()) missing.push_back(std::string(cls->name) + "." + std::string(f->name));
      }
      if (missing.empty()) exhaustive = true;
      else error(s->loc, "The type '" + nn->toString() + "' isn't exhaustively matched by the switch cases since it doesn't match the pattern '" + missing[0] + "'.");
    } else if (cls == c_.core().boolClass) {
      bool t = false, f = false;
      for (kernel::Constant* k : seen) {
        if (k->kind == kernel::ConstantKind::Bool) (static_cast<kernel::BoolConstant*>(k)->value ? t : f) = true;
      }
      exhaustive = t && f;
      if (!exhaustive) error(s->loc, "The type 'bool' isn't exhaustively matched by the switch cases since it doesn't match the pattern '" + std::string(t ? "false" : "true") + "'.");
    }
  }
  sw->isExhaustive = exhaustive;
  // A switch reported as not exhaustive is treated as exhaustive from here on, so the missing
  // case isn't reported again as a body that might complete normally.
  bool reportedNotExhaustive = !exhaustive && !hasDefault && nn->kind == TypeKind::Interface && !nn->isNullable() &&
                               (static_cast<const InterfaceType*>(nn)->cls->isEnum ||
                                static_cast<const InterfaceType*>(nn)->cls == c_.core().boolClass);
  JumpTarget target = std::move(jumpTargets_.back());
  jumpTargets_.pop_back();
  FlowState after = exhaustive || reportedNotExhaustive ? FlowState::unreachable() : entry;
  for (const FlowState& e : ends) after = FlowState::join(after, e);
  flow_ = joinAll(after, target.breakStates);
  return sw;
}

// --- Jumps ------------------------------------------------------------------------------------------------

Statement* BodyChecker::checkLabeled(ast::LabeledStmt* s) {
  ast::Stmt* body = s->body;
  bool isLoopOrSwitch = body->kind == ast::StmtKind::For || body->kind == ast::StmtKind::While ||
                        body->kind == ast::StmtKind::DoWhile || body->kind == ast::StmtKind::Switch;
  if (isLoopOrSwitch) {
    pendingLabels_ = s->labels;
    return checkStatement(body);
  }
  auto* labeled = make<kernel::LabeledStmt>(s->loc);
  jumpTargets_.push_back({labeled, s->labels, false, false, {}, {}, {}});
  labeled->body = checkStatement(body);
  JumpTarget target = std::move(jumpTargets_.back());
  jumpTargets_.pop_back();
  flow_ = joinAll(flow_, target.breakStates);
  return labeled;
}

Statement* BodyChecker::checkBreakContinue(ast::Stmt* s, bool isBreak) {
  Name label = isBreak ? static_cast<ast::BreakStmt*>(s)->label : static_cast<ast::ContinueStmt*>(s)->label;
  // Jumps never leave the function they are in.
  size_t floor = 0;
  for (size_t i = jumpTargets_.size(); i-- > 0;) {
    if (jumpTargets_[i].statement == nullptr) {
      floor = i + 1;
      break;
    }
  }
  for (size_t i = jumpTargets_.size(); i-- > floor;) {
    JumpTarget& t = jumpTargets_[i];
    if (!label.empty()) {
      if (!isBreak) {
        auto caseIt = t.caseLabels.find(label);
        if (caseIt != t.caseLabels.end()) {
          auto* cs = make<kernel::ContinueSwitchStmt>(s->loc);
          cs->target = caseIt->second;
          flow_ = FlowState::unreachable();
          return cs;
        }
      }
      if (std::find(t.labels.begin(), t.labels.end(), label) == t.labels.end()) continue;
      if (!isBreak && !t.isLoop) {
        error(s->loc, "The label used in a 'continue' statement must be defined on either a loop or a switch member.");
        return make<kernel::EmptyStmt>(s->loc);
      }
    } else {
      if (isBreak && !t.isLoop && !t.isSwitch) continue;
      if (!isBreak && !t.isLoop) continue;
    }
    if (isBreak) {
      t.breakStates.push_back(flow_);
      auto* b = make<kernel::BreakStmt>(s->loc);
      b->target = t.statement;
      flow_ = FlowState::unreachable();
      return b;
    }
    t.continueStates.push_back(flow_);
    auto* c = make<kernel::ContinueStmt>(s->loc);
    c->target = t.statement;
    flow_ = FlowState::unreachable();
    return c;
  }
  if (!label.empty()) {
    error(s->loc, "Can't reference an undefined label '" + std::string(label) + "'.");
  } else {
    error(s->loc, isBreak ? "A break statement can't be used outside of a loop or switch statement."
                          : "A continue statement can't be used outside of a loop or switch statement.");
  }
  return make<kernel::EmptyStmt>(s->loc);
}

Statement* BodyChecker::checkReturn(ast::ReturnStmt* s) {
  // Not a reference: checking the value may push closures' contexts and move functions_.
  auto ctx = [&]() -> FunctionContext& { return functions_.back(); };
  auto* r = make<kernel::ReturnStmt>(s->loc);
  const DartType* ret = ctx().returnType;
  bool inConstructor = ctx().function && ret && ret->kind == TypeKind::Void && ctx().name.empty() && cls_ && !ctx().isClosure &&
                       false;
  (void)inConstructor;
  if (s->value) {
    if (!ret) {
      Expression* v = check(s->value, ctx().returnContext);
      // An async closure's actual returned type is the union of the flattened types (the
      // spec's function literal return type inference): `return future;` returns its value.
      bool async = ctx().function && ctx().function->asyncMarker == kernel::AsyncMarker::Async;
      ctx().returnedTypes.push_back(async ? flattenType(v->type) : v->type);
      ctx().inferredReturns.push_back(r);
      r->value = v;
    } else if (ret->kind == TypeKind::Void) {
      Expression* v = check(s->value, nullptr);
      if (v->type->kind != TypeKind::Void && !v->type->isDynamicLike() && v->type->kind != TypeKind::Null) {
        error(s->value->loc, "A value of type '" + v->type->toString() + "' can't be returned from the function '" +
                                 std::string(ctx().name) + "' because it has a return type of 'void'.");
      }
      r->value = v;
    } else {
      r->value = checkAssignable(s->value, ret, AssignContext::Return);
    }
  } else {
    if (!ret) {
      ctx().returnedTypes.push_back(types().nullType());
    } else if (ret->kind != TypeKind::Void && !ret->isDynamicLike() && !ts().isPotentiallyNullable(ret) &&
               ret->kind != TypeKind::Invalid) {
      error(s->loc, "The return value is missing after 'return'.");
    }
  }
  flow_ = FlowState::unreachable();
  return r;
}

// --- Exceptions -------------------------------------------------------------------------------------------

Statement* BodyChecker::checkTry(ast::TryStmt* s) {
  FlowState before = flow_;
  AssignedNames names;
  collectAssignedNames(s->body, names);
  kernel::Block* body = checkBlock(s->body);
  FlowState afterBody = flow_;
  // A catch can start anywhere in the body: promotions of variables the body assigns are gone.
  FlowState catchEntry = before;
  forgetAssigned(catchEntry, names);
  Statement* result = body;
  FlowState after = afterBody;
  if (!s->catches.empty()) {
    auto* tc = make<kernel::TryCatchStmt>(s->loc);
    tc->body = body;
    for (ast::CatchClause& c : s->catches) {
      auto* clause = make<kernel::CatchClause>(c.loc);
      clause->guard = c.onType ? resolveType(c.onType) : c_.core().objectType;
      flow_ = catchEntry;
      pushScope();
      if (!c.exceptionName.empty()) {
        clause->exception = declareLocal(c.exceptionLoc.valid() ? c.exceptionLoc : c.loc, c.exceptionName, clause->guard, true);
        clause->exception->isFinal = true;
      }
      if (!c.stackTraceName.empty()) {
        clause->stackTrace = declareLocal(c.stackTraceLoc.valid() ? c.stackTraceLoc : c.loc, c.stackTraceName,
                                          c_.core().stackTraceType, true);
        clause->stackTrace->isFinal = true;
      }
      // `rethrow` needs the caught values even when the clause did not name them.
      if (!clause->exception) {
        clause->exception = c_.newVariable(c.loc, "#exception", clause->guard);
        clause->exception->isSynthetic = true;
        clause->exception->owner = functions_.back().function;
      }
      if (!clause->stackTrace) {
        clause->stackTrace = c_.newVariable(c.loc, "#stackTrace", c_.core().stackTraceType);
        clause->stackTrace->isSynthetic = true;
        clause->stackTrace->owner = functions_.back().function;
      }
      catchVariables_.push_back({clause->exception, clause->stackTrace});
      clause->body = checkBlock(c.body);
      catchVariables_.pop_back();
      popScope();
      after = FlowState::join(after, flow_);
      tc->catches.push_back(clause);
    }
    result = tc;
  }
  if (s->finallyBlock) {
    auto* tf = make<kernel::TryFinallyStmt>(s->loc);
    tf->body = result;
    flow_ = FlowState::join(catchEntry, after);
    flow_.reachable = true;
    // A catch clause may throw (or jump) halfway: what it assigns is possibly assigned here.
    AssignedNames inCatches;
    for (ast::CatchClause& c : s->catches) collectAssignedNames(c.body, inCatches);
    forgetAssigned(flow_, inCatches);
    tf->finalizer = checkBlock(s->finallyBlock);
    bool finallyCompletes = flow_.reachable;
    flow_ = after;
    if (!finallyCompletes) flow_ = FlowState::unreachable();
    return tf;
  }
  flow_ = after;
  return result;
}

}  // namespace dartc::sema
