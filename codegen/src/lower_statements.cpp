// Statements: blocks, declarations, branches, loops, switch, return, jumps, and zero-cost
// exception handling (LLVM invoke/landingpad; DESIGN.md §5). A `try` costs nothing until
// something throws: calls inside it become invokes whose unwind edge leads to a landing pad.
#include <llvm/IR/Constants.h>

#include "function_lowering.h"

namespace dartc::codegen {

using namespace kernel;

void FunctionLowering::lower(const Statement* s) {
  if (!s) return;
  if (b_.GetInsertBlock()->getTerminator()) startDeadBlock();
  PositionScope position(*this, s->loc);
  switch (s->kind) {
    case StmtKind::Block: lowerBlock(static_cast<const Block*>(s)); break;
    case StmtKind::ExpressionStmt: lower(static_cast<const ExpressionStmt*>(s)->expression); break;
    case StmtKind::VariableDecl: {
      const Variable* v = static_cast<const VariableDecl*>(s)->variable;
      if (v->isLate) {
        // Late locals start unset; an initializer runs on the first read.
        home(v);
        storeLateWord(v, m_.lateSentinel());
        break;
      }
      if (v->initializer || m_.facts.holdsRecordFields(v)) {
        declareLocal(v);
        break;
      }
      declareVariable(v, TypedValue{});
      break;
    }
    case StmtKind::FunctionDecl: {
      // The closure object is the local function's value (calls by name go to it directly).
      auto* f = static_cast<const FunctionDecl*>(s);
      m_.localFunctionNames.emplace(f->function, f->variable->name);
      const Module::ClosureEntries& entries = m_.closureEntries(f->function, pending_.member, Module::ClosureKind::Closure);
      auto scope = plan_->closureScope.find(f->function);
      llvm::Value* context = scope != plan_->closureScope.end() && scope->second >= 0
                                 ? contextFor(scope->second)
                                 : llvm::ConstantPointerNull::get(m_.ptr);
      declareVariable(f->variable, {makeClosure(entries, context), Rep::Value});
      break;
    }
    case StmtKind::If: lowerIf(static_cast<const IfStmt*>(s)); break;
    case StmtKind::While: lowerWhile(static_cast<const WhileStmt*>(s)); break;
    case StmtKind::DoWhile: lowerDoWhile(static_cast<const DoWhileStmt*>(s)); break;
    case StmtKind::For: lowerFor(static_cast<const ForStmt*>(s)); break;
    case StmtKind::Labeled: {
      auto* l = static_cast<const LabeledStmt*>(s);
      llvm::BasicBlock* after = newBlock("label.end");
      jumpTargets_.push_back({l, after, nullptr, finalizers_.size(), handlers_.size()});
      lower(l->body);
      jumpTargets_.pop_back();
      if (!b_.GetInsertBlock()->getTerminator()) b_.CreateBr(after);
      b_.SetInsertPoint(after);
      break;
    }
    case StmtKind::Break: lowerJump(static_cast<const BreakStmt*>(s)->target, false); break;
    case StmtKind::Continue: lowerJump(static_cast<const ContinueStmt*>(s)->target, true); break;
    case StmtKind::Switch: lowerSwitch(static_cast<const SwitchStmt*>(s)); break;
    case StmtKind::ContinueSwitch: {
      auto* c = static_cast<const ContinueSwitchStmt*>(s);
      auto it = caseBlocks_.find(c->target);
      if (it == caseBlocks_.end()) break;
      runFinalizersDownTo(it->second.finallyDepth);
      if (!b_.GetInsertBlock()->getTerminator()) b_.CreateBr(it->second.block);
      break;
    }
    case StmtKind::Return: lowerReturn(static_cast<const ReturnStmt*>(s)); break;
    case StmtKind::TryCatch: lowerTryCatch(static_cast<const TryCatchStmt*>(s)); break;
    case StmtKind::TryFinally: lowerTryFinally(static_cast<const TryFinallyStmt*>(s)); break;
    case StmtKind::Assert: {
      auto* a = static_cast<const AssertStmt*>(s);
      llvm::Value* ok = lowerCondition(a->condition);
      llvm::BasicBlock* fail = newBlock("assert.fail");
      llvm::BasicBlock* cont = newBlock("assert.ok");
      b_.CreateCondBr(ok, cont, fail);
      b_.SetInsertPoint(fail);
      TypedValue message = a->message ? convert(lower(a->message), Rep::Value)
                                      : TypedValue{llvm::ConstantPointerNull::get(m_.ptr), Rep::Value};
      callThrowHelper(m_.facts.implicit().throwAssertionError, {message}, a->loc);
      b_.SetInsertPoint(cont);
      break;
    }
    case StmtKind::Yield: m_.unsupported(s->loc, "'yield'"); break;
    case StmtKind::Empty: break;
  }
}

void FunctionLowering::lowerBlock(const Block* b) {
  enterScope(b);
  for (const Statement* s : b->statements) lower(s);
  exitScope(b);
}

void FunctionLowering::lowerIf(const IfStmt* s) {
  llvm::Value* cond = lowerCondition(s->condition);
  llvm::BasicBlock* thenBB = newBlock("if.then");
  llvm::BasicBlock* elseBB = s->elseStmt ? newBlock("if.else") : nullptr;
  llvm::BasicBlock* done = newBlock("if.end");
  b_.CreateCondBr(cond, thenBB, elseBB ? elseBB : done);
  b_.SetInsertPoint(thenBB);
  lower(s->thenStmt);
  if (!b_.GetInsertBlock()->getTerminator()) b_.CreateBr(done);
  if (elseBB) {
    b_.SetInsertPoint(elseBB);
    lower(s->elseStmt);
    if (!b_.GetInsertBlock()->getTerminator()) b_.CreateBr(done);
  }
  b_.SetInsertPoint(done);
}

void FunctionLowering::lowerWhile(const WhileStmt* s) {
  llvm::BasicBlock* head = newBlock("while.cond");
  llvm::BasicBlock* body = newBlock("while.body");
  llvm::BasicBlock* done = newBlock("while.end");
  b_.CreateBr(head);
  b_.SetInsertPoint(head);
  b_.CreateCondBr(lowerCondition(s->condition), body, done);
  b_.SetInsertPoint(body);
  jumpTargets_.push_back({s, done, head, finalizers_.size(), handlers_.size()});
  lower(s->body);
  jumpTargets_.pop_back();
  if (!b_.GetInsertBlock()->getTerminator()) b_.CreateBr(head);
  b_.SetInsertPoint(done);
}

void FunctionLowering::lowerDoWhile(const DoWhileStmt* s) {
  llvm::BasicBlock* body = newBlock("do.body");
  llvm::BasicBlock* cond = newBlock("do.cond");
  llvm::BasicBlock* done = newBlock("do.end");
  b_.CreateBr(body);
  b_.SetInsertPoint(body);
  jumpTargets_.push_back({s, done, cond, finalizers_.size(), handlers_.size()});
  lower(s->body);
  jumpTargets_.pop_back();
  if (!b_.GetInsertBlock()->getTerminator()) b_.CreateBr(cond);
  b_.SetInsertPoint(cond);
  b_.CreateCondBr(lowerCondition(s->condition), body, done);
  b_.SetInsertPoint(done);
}

void FunctionLowering::lowerFor(const ForStmt* s) {
  enterScope(s);
  for (const Variable* v : s->variables) declareVariable(v, v->initializer ? lower(v->initializer) : TypedValue{});
  for (const Expression* e : s->initExprs) lower(e);
  llvm::BasicBlock* head = newBlock("for.cond");
  llvm::BasicBlock* body = newBlock("for.body");
  llvm::BasicBlock* update = newBlock("for.update");
  llvm::BasicBlock* done = newBlock("for.end");
  b_.CreateBr(head);
  b_.SetInsertPoint(head);
  if (s->condition) b_.CreateCondBr(lowerCondition(s->condition), body, done);
  else b_.CreateBr(body);
  b_.SetInsertPoint(body);
  jumpTargets_.push_back({s, done, update, finalizers_.size(), handlers_.size()});
  lower(s->body);
  jumpTargets_.pop_back();
  if (!b_.GetInsertBlock()->getTerminator()) b_.CreateBr(update);
  b_.SetInsertPoint(update);
  // Loop variables captured by closures: each iteration gets a fresh binding, holding the
  // current values, before the updates run (Dart's for-loop semantics).
  auto scope = plan_->scopeOfNode.find(s);
  if (scope != plan_->scopeOfNode.end()) {
    std::vector<TypedValue> values;
    for (const Variable* v : s->variables) values.push_back(readVariable(v));
    enterScope(s);
    for (size_t i = 0; i < s->variables.size(); ++i) declareVariable(s->variables[i], values[i]);
  }
  for (const Expression* e : s->updates) lower(e);
  b_.CreateBr(head);
  b_.SetInsertPoint(done);
  exitScope(s);
}

void FunctionLowering::lowerSwitch(const SwitchStmt* s) {
  TypedValue subject = lower(s->subject);
  llvm::BasicBlock* done = newBlock("switch.end");
  std::vector<llvm::BasicBlock*> bodies;
  llvm::BasicBlock* defaultBB = done;
  for (const SwitchCase* c : s->cases) {
    llvm::BasicBlock* bb = newBlock(c->isDefault ? "switch.default" : "switch.case");
    bodies.push_back(bb);
    caseBlocks_[c] = {bb, finalizers_.size()};
    if (c->isDefault) defaultBB = bb;
  }
  bool allInts = subject.rep == Rep::Int;
  for (const SwitchCase* c : s->cases) {
    for (const Expression* e : c->expressions) {
      const Constant* k = e->kind == ExprKind::ConstantExpr ? static_cast<const ConstantExpr*>(e)->constant : nullptr;
      allInts &= k && k->kind == ConstantKind::Int;
    }
  }
  if (allInts) {
    llvm::SwitchInst* sw = b_.CreateSwitch(subject.value, defaultBB);
    for (size_t i = 0; i < s->cases.size(); ++i) {
      for (const Expression* e : s->cases[i]->expressions) {
        auto* k = static_cast<const IntConstant*>(static_cast<const ConstantExpr*>(e)->constant);
        sw->addCase(llvm::ConstantInt::get(m_.i64, k->value), bodies[i]);
      }
    }
  } else {
    // Cases are tried in order; each is a constant pattern (see caseMatches).
    for (size_t i = 0; i < s->cases.size(); ++i) {
      for (const Expression* e : s->cases[i]->expressions) {
        llvm::Value* match = caseMatches(static_cast<const ConstantExpr*>(e)->constant, subject);
        llvm::BasicBlock* next = newBlock("switch.test");
        b_.CreateCondBr(match, bodies[i], next);
        b_.SetInsertPoint(next);
      }
    }
    b_.CreateBr(defaultBB);
  }
  jumpTargets_.push_back({s, done, nullptr, finalizers_.size(), handlers_.size()});
  for (size_t i = 0; i < s->cases.size(); ++i) {
    b_.SetInsertPoint(bodies[i]);
    lower(s->cases[i]->body);
    // Dart 3: a case body that completes normally leaves the switch.
    if (!b_.GetInsertBlock()->getTerminator()) b_.CreateBr(done);
  }
  jumpTargets_.pop_back();
  b_.SetInsertPoint(done);
}

// The class whose `==` decides whether a constant equals another value.
static const Class* equalityClassOf(const Constant* k, const CoreTypes& core, const tfa::ImplicitMembers& implicit) {
  switch (k->kind) {
    case ConstantKind::Int: return core.intClass;
    case ConstantKind::Double: return core.doubleClass;
    case ConstantKind::String: return core.stringClass;
    case ConstantKind::Instance: return static_cast<const InstanceConstant*>(k)->cls;
    case ConstantKind::TypeLiteral: return implicit.typeClass;
    case ConstantKind::TearOff: return implicit.closureClass;
    default: return nullptr;  // null, bools, and const collections: equal only to themselves
  }
}

llvm::Value* FunctionLowering::caseMatches(const Constant* k, TypedValue subject) {
  // Dart 3 matches a constant pattern by evaluating `k == subject` (patterns specification,
  // "Constant pattern"): the constant's `==` decides, on a subject of any type; `==` with a null
  // operand is true only for null.
  if (subject.rep == Rep::Int && k->kind == ConstantKind::Int) {
    return b_.CreateICmpEQ(subject.value, llvm::ConstantInt::get(m_.i64, static_cast<const IntConstant*>(k)->value));
  }
  if ((subject.rep == Rep::Int || subject.rep == Rep::Double) && (k->kind == ConstantKind::Int || k->kind == ConstantKind::Double)) {
    return b_.CreateFCmpOEQ(convert(subject, Rep::Double).value, m_.constantAs(k, Rep::Double));
  }
  if (subject.rep == Rep::Bool && k->kind == ConstantKind::Bool) {
    return b_.CreateICmpEQ(subject.value, m_.constantAs(k, Rep::Bool));
  }
  llvm::Value* word = toValueWord(subject);
  llvm::Value* constant = m_.constant(k);
  const Class* cls = equalityClassOf(k, m_.core(), m_.facts.implicit());
  const Member* eq = cls ? tfa::lookupImplementation(cls, tfa::selectorOf(tfa::SelectorKind::Method, "==", nullptr)) : nullptr;
  if (!eq || eq->enclosingClass == m_.core().objectClass) return b_.CreateICmpEQ(word, constant);
  llvm::BasicBlock* start = b_.GetInsertBlock();
  llvm::BasicBlock* callBB = newBlock("case.eq");
  llvm::BasicBlock* done = newBlock("case.done");
  b_.CreateCondBr(b_.CreateIsNull(word), done, callBB);
  b_.SetInsertPoint(callBB);
  Signature sig = m_.signatureOf(eq);
  llvm::Value* receiver = sig.receiver == Rep::Value ? constant : m_.constantAs(k, sig.receiver);
  llvm::Value* r = call(m_.directFunction(eq), {receiver, convert({word, Rep::Value}, sig.params[0]).value});
  llvm::Value* eqResult = convert({r, sig.result}, Rep::Bool).value;
  return mergeInto(done, eqResult, llvm::ConstantInt::getFalse(m_.llvm), start, "case.match");
}

void FunctionLowering::runFinalizersDownTo(size_t depth) {
  // Jumps and returns leaving try-finally statements run their finally blocks, innermost first;
  // exceptions from a finally block go to the handlers outside its try.
  std::vector<Finalizer> saved = finalizers_;
  std::vector<llvm::BasicBlock*> savedHandlers = handlers_;
  while (finalizers_.size() > depth) {
    Finalizer f = finalizers_.back();
    finalizers_.pop_back();
    handlers_.resize(f.handlerDepth);
    lower(f.body);
    if (b_.GetInsertBlock()->getTerminator()) break;
  }
  finalizers_ = saved;
  handlers_ = savedHandlers;
}

void FunctionLowering::lowerReturn(const ReturnStmt* s) {
  if (isCoroutine()) {
    // Lowered async bodies return no value: the future was completed already.
    if (s->value) lower(s->value);
    runFinalizersDownTo(0);
    if (!b_.GetInsertBlock()->getTerminator()) finishCoroutine();
    return;
  }
  TypedValue v;
  if (s->value) v = sig_.result == Rep::Record ? lowerRecordFields(s->value, sig_.record) : lower(s->value);
  if (!finalizers_.empty()) {
    // The value must survive the finally blocks: keep it in a slot.
    if (v.value && sig_.result != Rep::Void) {
      TypedValue converted = convert(v, sig_.result);
      llvm::AllocaInst* slot = allocaBuilder_.CreateAlloca(fn_->getReturnType(), nullptr, "ret.value");
      b_.CreateStore(converted.value, slot);
      runFinalizersDownTo(0);
      if (b_.GetInsertBlock()->getTerminator()) return;
      v = {b_.CreateLoad(fn_->getReturnType(), slot), sig_.result, sig_.record};
    } else {
      runFinalizersDownTo(0);
      if (b_.GetInsertBlock()->getTerminator()) return;
    }
  }
  if (sig_.result == Rep::Void) {
    b_.CreateRetVoid();
  } else {
    returnValue(v.value ? v : convert({llvm::ConstantPointerNull::get(m_.ptr), Rep::Value}, sig_.result));
  }
}

void FunctionLowering::lowerJump(const Statement* target, bool isContinue) {
  for (auto it = jumpTargets_.rbegin(); it != jumpTargets_.rend(); ++it) {
    if (it->statement != target) continue;
    runFinalizersDownTo(it->finallyDepth);
    if (b_.GetInsertBlock()->getTerminator()) return;
    b_.CreateBr(isContinue ? it->continueBlock : it->breakBlock);
    return;
  }
  m_.error("internal: jump to an unknown target");
}

void FunctionLowering::lowerTryCatch(const TryCatchStmt* s) {
  fn_->setPersonalityFn(m_.rt.personality());
  llvm::BasicBlock* landing = newBlock("catch.landing");
  llvm::BasicBlock* done = newBlock("try.end");
  handlers_.push_back(landing);
  lower(s->body);
  handlers_.pop_back();
  if (!b_.GetInsertBlock()->getTerminator()) b_.CreateBr(done);

  // Catch-all landing pad: the Dart type tests happen here, in order; no match rethrows.
  b_.SetInsertPoint(landing);
  auto* lpType = llvm::StructType::get(m_.llvm, {m_.ptr, m_.i32});
  llvm::LandingPadInst* lp = b_.CreateLandingPad(lpType, 1);
  lp->addClause(llvm::ConstantPointerNull::get(m_.ptr));
  llvm::Value* unwind = b_.CreateExtractValue(lp, 0);
  llvm::Value* exception = b_.CreateCall(m_.rt.exceptionValue(), {unwind});
  llvm::Value* trace = b_.CreateCall(m_.rt.exceptionStackTrace(), {unwind});
  b_.CreateCall(m_.rt.endCatch(), {unwind});
  for (const CatchClause* c : s->catches) {
    llvm::BasicBlock* body = newBlock("catch.body");
    llvm::BasicBlock* next = newBlock("catch.next");
    llvm::Value* matches = c->guard == m_.core().objectType || c->guard->isTop()
                               ? static_cast<llvm::Value*>(llvm::ConstantInt::getTrue(m_.llvm))
                               : isInstanceOf(exception, c->guard);
    b_.CreateCondBr(matches, body, next);
    b_.SetInsertPoint(body);
    enterScope(c);
    if (c->exception) declareVariable(c->exception, convert({exception, Rep::Value}, m_.repOf(c->exception->type) == Rep::Void ? Rep::Value : m_.repOf(c->exception->type)));
    if (c->stackTrace) declareVariable(c->stackTrace, {trace, Rep::Value});
    lower(c->body);
    exitScope(c);
    if (!b_.GetInsertBlock()->getTerminator()) b_.CreateBr(done);
    b_.SetInsertPoint(next);
  }
  call(m_.rt.rethrowException(), {exception, trace});
  b_.CreateUnreachable();
  b_.SetInsertPoint(done);
}

void FunctionLowering::lowerTryFinally(const TryFinallyStmt* s) {
  fn_->setPersonalityFn(m_.rt.personality());
  llvm::BasicBlock* cleanup = newBlock("finally.landing");
  llvm::BasicBlock* done = newBlock("finally.end");
  size_t handlerDepth = handlers_.size();
  handlers_.push_back(cleanup);
  finalizers_.push_back({s->finalizer, handlerDepth});
  lower(s->body);
  finalizers_.pop_back();
  handlers_.pop_back();
  // Normal completion runs the finally block and continues.
  if (!b_.GetInsertBlock()->getTerminator()) {
    lower(s->finalizer);
    if (!b_.GetInsertBlock()->getTerminator()) b_.CreateBr(done);
  }
  // An exception runs it too, then keeps unwinding (a cleanup pad ends in resume).
  b_.SetInsertPoint(cleanup);
  auto* lpType = llvm::StructType::get(m_.llvm, {m_.ptr, m_.i32});
  llvm::LandingPadInst* lp = b_.CreateLandingPad(lpType, 0);
  lp->setCleanup(true);
  lower(s->finalizer);
  if (!b_.GetInsertBlock()->getTerminator()) {
    if (handlers_.empty()) {
      b_.CreateResume(lp);
    } else {
      // A try of this function encloses this one: `resume` would skip its handler (the unwinder
      // only found this cleanup for the call site), so end this unwind and throw the same value
      // and trace again from here, where the enclosing landing pad covers the call.
      llvm::Value* unwind = b_.CreateExtractValue(lp, 0);
      llvm::Value* exception = b_.CreateCall(m_.rt.exceptionValue(), {unwind});
      llvm::Value* trace = b_.CreateCall(m_.rt.exceptionStackTrace(), {unwind});
      b_.CreateCall(m_.rt.endCatch(), {unwind});
      call(m_.rt.rethrowException(), {exception, trace});
      b_.CreateUnreachable();
    }
  }
  b_.SetInsertPoint(done);
}

}  // namespace dartc::codegen
