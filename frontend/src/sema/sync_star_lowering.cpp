// `sync*` functions (docs/generators.md): their types (the analyzer's rules and texts) and the
// lowering of their bodies onto the coroutine machinery of async/async* (codegen sees only a
// frame, suspension points and returns). A sync* function
//
//   Iterable<T> f(p, q) sync* { body }          // body assigns q
//
// becomes a plain function returning a lazy iterable whose every `iterator` calls a closure,
// the inner coroutine, that starts a fresh run of the body:
//
//   return _SyncStarIterable<T>(() {
//     :state = _SyncStarIterator<T>(_coroutineFrame());
//     <suspend>;                                 // the closure returns :state here
//     L: try { var q = q;                        // a fresh copy of each parameter the body
//                                                // assigns or reads (outside nested functions)
//              body, with `return;` -> `break L;` }
//        catch (e, s) { :state._throw(e, s); return; }
//     :state._end(); return;
//   });
//
// `yield e`  -> { _setRunningCoroutineFrameValue(_coroutineFrame(), e); <suspend>; }
// `yield* e` -> { :state._yieldStar(e); <suspend>; :state._resumeAfterYieldStar(); }
//
// The body is checked directly as the closure's (its locals belong to the closure, the
// parameters it reads are captured), so nothing is moved between functions afterwards.
// dart:async's _SyncStarIterator (async/sync_star.dart) drives the runs.
#include "body_checker.h"
#include "sema/ast_scan.h"

namespace dartc::sema {

using namespace kernel;

namespace {

constexpr const char* kAsyncLib = "dart:async";

}  // namespace

bool BodyChecker::rejectSyncStarReturnType(ast::FunctionDecl* decl, const DartType* declaredReturn) {
  // The analyzer's ILLEGAL_SYNC_GENERATOR_RETURN_TYPE (its return-type verifier): `void` is an
  // error for any generator, otherwise Iterable<Never> must be a subtype of the declared type.
  // Without a declared type (closures, or `dynamic` implied) there is nothing to check.
  if (!decl->returnType || !declaredReturn || declaredReturn->kind == TypeKind::Invalid) return false;
  Class* iterable = c_.program.findClass("dart:core", "Iterable");
  const bool isVoid = declaredReturn->kind == TypeKind::Void;
  if (isVoid || (iterable && !ts().isSubtype(types().interface(iterable, {types().neverType()}), declaredReturn))) {
    error(decl->returnType->loc,
          "Functions marked 'sync*' must have a return type that is a supertype of 'Iterable<T>' for some type 'T'.");
    return true;
  }
  return false;
}

const DartType* BodyChecker::iterableElementType(const DartType* declared) {
  Class* iterable = c_.program.findClass("dart:core", "Iterable");
  if (!declared || !iterable || declared->kind != TypeKind::Interface) return types().dynamicType();
  const InterfaceType* it = ts().asInstanceOf(static_cast<const InterfaceType*>(types().nonNullable(declared)), iterable);
  if (!it || it->args.empty()) return types().dynamicType();
  return it->args[0];
}

Statement* BodyChecker::checkSyncStarBody(FunctionNode* outer, ast::FunctionDecl* decl, const DartType* element,
                                          const AssignedNames& assigned, const DartType** elementOut) {
  const SourceLoc loc = decl->loc;
  Class* iterableImpl = c_.program.findClass(kAsyncLib, "_SyncStarIterable");
  Class* iteratorImpl = c_.program.findClass(kAsyncLib, "_SyncStarIterator");
  if (!iterableImpl || !iteratorImpl) {
    error(loc, "'sync*' functions need dart:async, which was not found; is dartc installed correctly?");
    functions_.back().unsupportedBody = true;
    return checkBody(decl->blockBody, nullptr, true);
  }
  auto* inner = make<FunctionNode>(loc);
  inner->parent = outer;
  inner->asyncMarker = AsyncMarker::SyncStar;
  FunctionContext ctx;
  ctx.function = inner;
  ctx.returnType = types().voidType();  // `return;` only (the parser rejects a value)
  ctx.isClosure = true;
  ctx.name = functions_.back().name;
  ctx.scopeDepth = scopes_.size();
  ctx.yieldType = element;
  ctx.syncStarState = c_.newVariable(loc, ":state", types().interface(iteratorImpl, {types().dynamicType()}));
  ctx.syncStarState->isFinal = true;
  ctx.syncStarState->isSynthetic = true;
  ctx.syncStarState->owner = inner;
  ctx.asyncStarExit = make<kernel::LabeledStmt>(loc);
  functions_.push_back(ctx);
  jumpTargets_.push_back({});
  pushScope();
  // A parameter the body assigns gets a copy per run, so the next `iterator` starts from the
  // argument again. So does one the body reads outside nested functions, though nothing
  // assigns it: a copy is a local of the coroutine, which lives in its frame with the local's
  // representation (an `int` unboxed), loaded with one instruction after each resumption
  // instead of the closure context, the captured variable and its unboxing ("The cost of a hop"
  // in docs/generators.md). Parameters only nested functions read are captured as they are.
  std::vector<Statement*> prologue;
  auto copyParameter = [&](Variable* p) {
    if (p->name == "this" || (!assigned.anywhere.count(p->name) && !assigned.readDirectly.count(p->name))) return;
    Expression* argument = get(p, p->loc);
    Variable* copy = declareLocal(p->loc, p->name, p->type, true);
    copy->initializer = argument;
    auto* d = make<kernel::VariableDecl>(p->loc);
    d->variable = copy;
    prologue.push_back(d);
  };
  for (Variable* p : outer->positional) copyParameter(p);
  for (Variable* p : outer->named) copyParameter(p);
  Statement* body = checkBody(decl->blockBody, nullptr, true);
  if (!body) body = make<kernel::EmptyStmt>(loc);
  popScope();
  jumpTargets_.pop_back();
  const FunctionContext done = functions_.back();
  functions_.pop_back();

  if (!element) {
    for (const DartType* t : done.yieldedTypes) element = element ? ts().upperBound(element, t) : t;
    element = element ? ts().eliminateIntersections(element) : types().dynamicType();
  }
  if (elementOut) *elementOut = element;

  auto statement = [&](Expression* e) {
    auto* es = make<kernel::ExpressionStmt>(loc);
    es->expression = e;
    return es;
  };
  Variable* state = done.syncStarState;
  state->type = types().interface(iteratorImpl, {element});
  state->initializer = constructState(iteratorImpl, element, coroutineFrame(loc), loc);
  // Reads of the inner function's own variables, built after its context was popped: not
  // get(), which would note them as captures of the outer function.
  auto read = [&](Variable* v) {
    auto* g = make<kernel::VariableGet>(loc);
    g->variable = v;
    g->type = v->type;
    return g;
  };
  auto call = [&](std::string_view name, std::vector<Expression*> args) {
    return callMember(read(state), iteratorImpl, name, std::move(args), loc);
  };

  kernel::LabeledStmt* exit = done.asyncStarExit;
  body = rewriteReturns(inner, body, exit, nullptr);
  auto* guarded = make<kernel::Block>(loc);
  guarded->statements.push_back(body);
  auto* tryCatch = make<kernel::TryCatchStmt>(loc);
  tryCatch->body = guarded;
  tryCatch->catches.push_back(catchAllAndReturn(inner, loc, [&](Variable* e, Variable* st) {
    return call("_throw", {read(e), read(st)});
  }));
  exit->body = tryCatch;
  auto* declareState = make<kernel::VariableDecl>(loc);
  declareState->variable = state;
  auto* lowered = make<kernel::Block>(loc);
  // The copies are made before the first suspension, when `iterator` starts the run: nothing
  // can assign the captured parameters in between (see copyParameter), and the closure context
  // is then dead at every suspension, so the coroutine frame has no slot for it (a smaller
  // frame: a hop touches fewer cache lines; docs/generators.md, "The hand-over in the frame").
  lowered->statements = {declareState};
  lowered->statements.insert(lowered->statements.end(), prologue.begin(), prologue.end());
  lowered->statements.insert(lowered->statements.end(),
                             {suspendStatement(loc), exit, statement(call("_end", {})), make<kernel::ReturnStmt>(loc)});
  inner->body = lowered;
  inner->asyncFuture = state;
  inner->returnType = state->type;
  inner->type = types().function({}, {}, 0, {}, inner->returnType);

  // The outer function: return _SyncStarIterable<T>(inner);
  auto* closure = make<kernel::FunctionExpression>(loc);
  closure->function = inner;
  closure->type = inner->type;
  auto* ret = make<kernel::ReturnStmt>(loc);
  ret->value = constructState(iterableImpl, element, closure, loc);
  outer->asyncMarker = AsyncMarker::Sync;
  return ret;
}

Statement* BodyChecker::lowerSyncStarYield(ast::YieldStmt* s, Expression* value) {
  const FunctionContext& ctx = functions_.back();
  Class* iteratorImpl = static_cast<const InterfaceType*>(ctx.syncStarState->type)->cls;
  auto call = [&](std::string_view name, std::vector<Expression*> args) {
    auto* es = make<kernel::ExpressionStmt>(s->loc);
    es->expression = callMember(get(ctx.syncStarState, s->loc), iteratorImpl, name, std::move(args), s->loc);
    return es;
  };
  auto* block = make<kernel::Block>(s->loc);
  if (s->isStar) {
    block->statements.push_back(call("_yieldStar", {value}));
  } else {
    // The value goes into the body's own frame, which the iterator reads it from: no load of
    // :state and no barrier (a running frame is a root), and the store lands in the frame's
    // first cache line, which the resumer touches anyway (docs/generators.md, "The hand-over
    // in the frame").
    auto* store = make<kernel::StaticInvocation>(s->loc);
    store->target = c_.program.findTopLevelProcedure(kAsyncLib, "_setRunningCoroutineFrameValue");
    store->arguments = make<kernel::Arguments>(s->loc);
    store->arguments->positional = {coroutineFrame(s->loc), value};
    store->type = types().voidType();
    auto* es = make<kernel::ExpressionStmt>(s->loc);
    es->expression = store;
    block->statements.push_back(es);
  }
  block->statements.push_back(suspendStatement(s->loc));
  if (s->isStar) block->statements.push_back(call("_resumeAfterYieldStar", {}));
  return block;
}

}  // namespace dartc::sema
