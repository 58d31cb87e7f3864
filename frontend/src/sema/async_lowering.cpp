// `async` functions: their types (Dart's future value type and flatten) and the lowering of
// their bodies for codegen's resumable functions (docs/async.md).
//
// While the body is checked, every `await e` becomes
//
//   { :future._await(e); <suspend>; } value unsafeCast<flatten(T)>(:future._awaitResult())
//
// (a BlockExpr whose suspension point is the kernel AwaitExpr), and once it is checked the body
// becomes
//
//   :future = _AsyncFuture<V>(_coroutineFrame());  :result = null;
//   L: try { body, with `return e;` -> `{ :result = e; break L; }` }
//      catch (e, s) { :future._throw(e, s); return; }
//   :future._return(:result); return;
//
// so that `finally` blocks run before the future completes, and an error from the body, an
// awaited future or a `finally` completes it with that error. Codegen only adds the frame, the
// suspensions and the end (codegen/src/coroutines.cpp); dart:async's _AsyncFuture does the rest.
#include "body_checker.h"

namespace dartc::sema {

using namespace kernel;

namespace {

// Replaces the returns of `s` (not those of nested functions, which are expressions) with an
// assignment of the result and a break out of `exit`.
struct ReturnRewriter {
  BodyChecker& checker;
  Variable* result;
  LabeledStmt* exit;
  std::function<Statement*(ReturnStmt*)> rewriteReturn;

  Statement* rewrite(Statement* s) {
    if (!s) return s;
    switch (s->kind) {
      case StmtKind::Return: return rewriteReturn(static_cast<ReturnStmt*>(s));
      case StmtKind::Block:
        for (Statement*& child : static_cast<Block*>(s)->statements) child = rewrite(child);
        return s;
      case StmtKind::If: {
        auto* i = static_cast<IfStmt*>(s);
        i->thenStmt = rewrite(i->thenStmt);
        i->elseStmt = rewrite(i->elseStmt);
        return s;
      }
      case StmtKind::While: static_cast<WhileStmt*>(s)->body = rewrite(static_cast<WhileStmt*>(s)->body); return s;
      case StmtKind::DoWhile: static_cast<DoWhileStmt*>(s)->body = rewrite(static_cast<DoWhileStmt*>(s)->body); return s;
      case StmtKind::For: static_cast<ForStmt*>(s)->body = rewrite(static_cast<ForStmt*>(s)->body); return s;
      case StmtKind::Labeled: static_cast<LabeledStmt*>(s)->body = rewrite(static_cast<LabeledStmt*>(s)->body); return s;
      case StmtKind::Switch:
        for (SwitchCase* c : static_cast<SwitchStmt*>(s)->cases) c->body = rewrite(c->body);
        return s;
      case StmtKind::TryCatch: {
        auto* t = static_cast<TryCatchStmt*>(s);
        t->body = rewrite(t->body);
        for (CatchClause* c : t->catches) c->body = rewrite(c->body);
        return s;
      }
      case StmtKind::TryFinally: {
        auto* t = static_cast<TryFinallyStmt*>(s);
        t->body = rewrite(t->body);
        t->finalizer = rewrite(t->finalizer);
        return s;
      }
      default: return s;
    }
  }
};

}  // namespace

const DartType* BodyChecker::futureValueType(const DartType* declared) {
  // Dart's futureValueType: Future<T> and FutureOr<T> give T (also when nullable); void, dynamic
  // and Object? give themselves, Object gives Object?.
  if (!declared) return types().dynamicType();
  if (declared->kind == TypeKind::FutureOr) return static_cast<const FutureOrType*>(declared)->arg;
  if (declared->kind == TypeKind::Interface && c_.core().futureClass &&
      static_cast<const InterfaceType*>(declared)->cls == c_.core().futureClass) {
    const auto* it = static_cast<const InterfaceType*>(declared);
    return it->args.empty() ? types().dynamicType() : it->args[0];
  }
  if (declared->kind == TypeKind::Void || declared->isDynamicLike()) return declared;
  return types().dynamicType();
}

const DartType* BodyChecker::flattenType(const DartType* t) {
  if (t->kind == TypeKind::FutureOr) return static_cast<const FutureOrType*>(t)->arg;
  if (t->isNullable() && t->kind != TypeKind::Null && !t->isDynamicLike() && t->kind != TypeKind::Void) {
    const DartType* inner = flattenType(types().nonNullable(t));
    return types().nullable(inner);
  }
  if (c_.core().futureClass && t->kind == TypeKind::Interface) {
    if (const InterfaceType* f = ts().asInstanceOf(static_cast<const InterfaceType*>(t), c_.core().futureClass)) {
      return f->args.empty() ? types().dynamicType() : f->args[0];
    }
  }
  return t;
}

const DartType* BodyChecker::asyncReturnContext(const DartType* value) {
  if (value->kind == TypeKind::Void || value->isDynamicLike()) return value;
  return types().futureOr(value);
}

bool BodyChecker::checkAsyncReturnType(const DartType* declared, SourceLoc loc) {
  // Functions marked async must have a return type that Future<Never> is assignable to
  // (the analyzer's ILLEGAL_ASYNC_RETURN_TYPE).
  if (!declared || declared->kind == TypeKind::Invalid || !c_.core().futureClass) return true;
  const DartType* futureOfNever = types().interface(c_.core().futureClass, {types().neverType()});
  if (declared->kind == TypeKind::Void || ts().isSubtype(futureOfNever, declared)) return true;
  error(loc, "Functions marked 'async' must have a return type which is a supertype of 'Future'.");
  return false;
}

bool BodyChecker::beginAsyncBody(FunctionContext& ctx, FunctionNode* fn, SourceLoc loc) {
  Class* impl = c_.program.findClass("dart:async", "_AsyncFuture");
  if (!impl || !c_.core().futureClass) {
    error(loc, "'async' functions need dart:async, which was not found; is dartc installed correctly?");
    return false;
  }
  Variable* future = c_.newVariable(loc, ":future", types().interface(impl, {types().dynamicType()}));
  future->isFinal = true;
  future->isSynthetic = true;
  future->owner = fn;
  ctx.asyncFuture = future;
  return true;
}

Procedure* BodyChecker::asyncFutureMethod(std::string_view name) {
  Class* impl = c_.program.findClass("dart:async", "_AsyncFuture");
  for (Procedure* p : impl->procedures) {
    if (p->name == name) return p;
  }
  return nullptr;
}

Expression* BodyChecker::callAsyncFuture(Variable* future, std::string_view name, std::vector<Expression*> args,
                                         SourceLoc loc) {
  auto* call = make<kernel::InstanceInvocation>(loc);
  auto* receiver = make<kernel::VariableGet>(loc);
  receiver->variable = future;
  receiver->type = future->type;
  call->receiver = receiver;
  call->name = name;
  call->interfaceTarget = asyncFutureMethod(name);
  call->arguments = make<kernel::Arguments>(loc);
  call->arguments->positional = std::move(args);
  call->siteId = c_.nextSiteId();
  call->type = call->interfaceTarget ? call->interfaceTarget->function->returnType : types().dynamicType();
  return call;
}

Statement* BodyChecker::suspendStatement(SourceLoc loc) {
  auto* suspend = make<kernel::AwaitExpr>(loc);
  auto* null = make<kernel::NullLiteral>(loc);
  null->type = types().nullType();
  suspend->operand = null;
  suspend->type = types().nullType();
  auto* stmt = make<kernel::ExpressionStmt>(loc);
  stmt->expression = suspend;
  return stmt;
}

Expression* BodyChecker::lowerAwait(Expression* operand, SourceLoc loc) {
  Variable* future = functions_.back().asyncFuture;
  const DartType* type = flattenType(operand->type);
  auto* block = make<kernel::Block>(loc);
  auto* prepare = make<kernel::ExpressionStmt>(loc);
  prepare->expression = callAsyncFuture(future, "_await", {operand}, loc);
  block->statements.push_back(prepare);
  block->statements.push_back(suspendStatement(loc));
  auto* cast = make<kernel::StaticInvocation>(loc);
  cast->target = c_.program.findTopLevelProcedure("dart:_internal", "unsafeCast");
  cast->arguments = make<kernel::Arguments>(loc);
  cast->arguments->types.push_back(type);
  cast->arguments->positional.push_back(callAsyncFuture(future, "_awaitResult", {}, loc));
  cast->type = type;
  auto* result = make<kernel::BlockExpr>(loc);
  result->body = block;
  result->value = cast;
  result->type = type;
  return result;
}

Statement* BodyChecker::rewriteReturns(FunctionNode* fn, Statement* body, kernel::LabeledStmt* exit, Variable* result) {
  (void)fn;
  ReturnRewriter rewriter{*this, result, exit, nullptr};
  rewriter.rewriteReturn = [&](ReturnStmt* r) -> Statement* {
    auto* brk = make<kernel::BreakStmt>(r->loc);
    brk->target = exit;
    if (!r->value || !result) return brk;
    auto* set = make<kernel::VariableSet>(r->loc);
    set->variable = result;
    set->value = r->value;
    set->type = r->value->type;
    auto* es = make<kernel::ExpressionStmt>(r->loc);
    es->expression = set;
    auto* b = make<kernel::Block>(r->loc);
    b->statements = {es, brk};
    return b;
  };
  return rewriter.rewrite(body);
}

kernel::CatchClause* BodyChecker::catchAllAndReturn(FunctionNode* fn, SourceLoc loc,
                                                    const std::function<Expression*(Variable*, Variable*)>& report) {
  auto* clause = make<kernel::CatchClause>(loc);
  clause->guard = c_.core().objectType;
  clause->exception = c_.newVariable(loc, ":exception", c_.core().objectType);
  clause->exception->isSynthetic = true;
  clause->exception->owner = fn;
  clause->stackTrace = c_.newVariable(loc, ":stackTrace", c_.core().stackTraceType);
  clause->stackTrace->isSynthetic = true;
  clause->stackTrace->owner = fn;
  auto* reportStmt = make<kernel::ExpressionStmt>(loc);
  reportStmt->expression = report(clause->exception, clause->stackTrace);
  auto* body = make<kernel::Block>(loc);
  body->statements = {reportStmt, make<kernel::ReturnStmt>(loc)};
  clause->body = body;
  return clause;
}

kernel::StaticInvocation* BodyChecker::coroutineFrame(SourceLoc loc) {
  auto* frame = make<kernel::StaticInvocation>(loc);
  frame->target = c_.program.findTopLevelProcedure("dart:async", "_coroutineFrame");
  frame->arguments = make<kernel::Arguments>(loc);
  frame->type = c_.core().objectType;
  return frame;
}

kernel::ConstructorInvocation* BodyChecker::constructState(Class* cls, const DartType* typeArg, Expression* arg,
                                                           SourceLoc loc) {
  auto* create = make<kernel::ConstructorInvocation>(loc);
  create->target = cls->constructors.front();
  create->arguments = make<kernel::Arguments>(loc);
  create->arguments->types.push_back(typeArg);
  create->arguments->positional.push_back(arg);
  const auto* constructed = static_cast<const InterfaceType*>(types().interface(cls, {typeArg}));
  create->constructedType = constructed;
  create->type = constructed;
  return create;
}

Statement* BodyChecker::finishAsyncBody(FunctionNode* fn, Variable* future, const DartType* valueType, Statement* body,
                                        SourceLoc loc) {
  Class* impl = c_.program.findClass("dart:async", "_AsyncFuture");
  auto* result = c_.newVariable(loc, ":result", c_.core().objectNullableType);
  result->isSynthetic = true;
  result->owner = fn;
  auto* nullInit = make<kernel::NullLiteral>(loc);
  nullInit->type = types().nullType();
  result->initializer = nullInit;
  auto* exit = make<kernel::LabeledStmt>(loc);
  body = rewriteReturns(fn, body, exit, result);

  // :future = _AsyncFuture<V>(_coroutineFrame());
  const DartType* v = valueType->kind == TypeKind::Void ? types().dynamicType() : valueType;
  future->initializer = constructState(impl, v, coroutineFrame(loc), loc);
  auto* declareFuture = make<kernel::VariableDecl>(loc);
  declareFuture->variable = future;
  auto* declareResult = make<kernel::VariableDecl>(loc);
  declareResult->variable = result;

  // catch (e, s) { :future._throw(e, s); return; }
  kernel::CatchClause* clause = catchAllAndReturn(fn, loc, [&](Variable* e, Variable* st) {
    return callAsyncFuture(future, "_throw", {get(e, loc), get(st, loc)}, loc);
  });
  auto* tryCatch = make<kernel::TryCatchStmt>(loc);
  tryCatch->body = body;
  tryCatch->catches.push_back(clause);
  exit->body = tryCatch;

  auto* complete = make<kernel::ExpressionStmt>(loc);
  complete->expression = callAsyncFuture(future, "_return", {get(result, loc)}, loc);
  auto* lowered = make<kernel::Block>(loc);
  lowered->statements = {declareFuture, declareResult, exit, complete, make<kernel::ReturnStmt>(loc)};
  fn->asyncFuture = future;
  return lowered;
}

}  // namespace dartc::sema
