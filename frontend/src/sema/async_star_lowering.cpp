// `async*` functions (their types and the lowering of their bodies) and `await for` (docs/async.md).
// Both reuse the coroutine lowering of `async` (async_lowering.cpp): codegen sees only a frame,
// suspension points (kernel AwaitExpr) and returns. An async* body becomes
//
//   :future = _AsyncFuture<dynamic>(_coroutineFrame());         // resumes the body after an await
//   :controller = _AsyncStarStreamController<T>(:future);
//   :stream = :controller.stream;                              // what the call returns
//   L: try { <suspend>;                                        // until the stream is listened to
//            if (:controller._resumedCanceled()) break L;
//            body, with `return;` -> `break L;` }
//      catch (e, s) { :controller._throw(e, s); return; }
//   :controller._return(); return;
//
// `yield e`  -> { if (:controller._yield(e)) break L; <suspend>; if (:controller._resumedCanceled()) break L; }
// `yield* s` -> the same with `_yieldStar(s)`
//
// and `await for (x in s) body` becomes (as the CFE lowers it for the VM)
//
//   { final it = _StreamIterator<E>(s);
//     try { while (await it.moveNext()) { x = it.current; body } }
//     finally { if (it._isListening) await it.cancel(); } }
#include "body_checker.h"

namespace dartc::sema {

using namespace kernel;

namespace {

constexpr const char* kAsyncLib = "dart:async";

}  // namespace

Expression* BodyChecker::callMember(Expression* receiver, Class* cls, std::string_view name,
                                    std::vector<Expression*> args, SourceLoc loc) {
  Member* target = c_.lookupInterfaceMember(cls, c_.keep(std::string(name)), LookupKind::Getter);
  auto* proc = target && target->memberKind == MemberKind::Procedure ? static_cast<Procedure*>(target) : nullptr;
  if (proc && proc->kind == ProcedureKind::Getter) {
    auto* g = make<kernel::InstanceGet>(loc);
    g->receiver = receiver;
    g->name = proc->name;
    g->interfaceTarget = proc;
    g->siteId = c_.nextSiteId();
    g->type = proc->function->returnType;
    return g;
  }
  auto* call = make<kernel::InstanceInvocation>(loc);
  call->receiver = receiver;
  call->name = proc ? proc->name : c_.keep(std::string(name));
  call->interfaceTarget = proc;
  call->arguments = make<kernel::Arguments>(loc);
  call->arguments->positional = std::move(args);
  call->siteId = c_.nextSiteId();
  call->type = proc ? proc->function->returnType : types().dynamicType();
  return call;
}

bool BodyChecker::checkAsyncStarReturnType(const DartType* declared, SourceLoc loc) {
  // The analyzer's ILLEGAL_ASYNC_GENERATOR_RETURN_TYPE: Stream<Never> must be assignable to it,
  // and `void` is rejected although it is a top type (its return-type verifier says so for every
  // generator).
  Class* stream = c_.program.findClass(kAsyncLib, "Stream");
  if (!declared || declared->kind == TypeKind::Invalid || !stream) return true;
  bool isVoid = declared->kind == TypeKind::Void;
  if (!isVoid && ts().isSubtype(types().interface(stream, {types().neverType()}), declared)) return true;
  error(loc, "Functions marked 'async*' must have a return type that is a supertype of 'Stream<T>' for some type 'T'.");
  return false;
}

const DartType* BodyChecker::streamElementType(const DartType* declared) {
  Class* stream = c_.program.findClass(kAsyncLib, "Stream");
  if (!declared || !stream || declared->kind != TypeKind::Interface) return types().dynamicType();
  const InterfaceType* s = ts().asInstanceOf(static_cast<const InterfaceType*>(types().nonNullable(declared)), stream);
  if (!s || s->args.empty()) return types().dynamicType();
  return s->args[0];
}

bool BodyChecker::beginAsyncStarBody(FunctionContext& ctx, FunctionNode* fn, SourceLoc loc) {
  Class* futureImpl = c_.program.findClass(kAsyncLib, "_AsyncFuture");
  Class* controllerImpl = c_.program.findClass(kAsyncLib, "_AsyncStarStreamController");
  if (!futureImpl || !controllerImpl) {
    error(loc, "'async*' functions need dart:async, which was not found; is dartc installed correctly?");
    return false;
  }
  auto synthetic = [&](std::string_view name, const DartType* type) {
    Variable* v = c_.newVariable(loc, name, type);
    v->isFinal = true;
    v->isSynthetic = true;
    v->owner = fn;
    return v;
  };
  ctx.asyncFuture = synthetic(":future", types().interface(futureImpl, {types().dynamicType()}));
  ctx.asyncStarController = synthetic(":controller", types().interface(controllerImpl, {types().dynamicType()}));
  ctx.asyncStarExit = make<kernel::LabeledStmt>(loc);
  fn->asyncMarker = AsyncMarker::AsyncStar;
  return true;
}

Statement* BodyChecker::checkYield(ast::YieldStmt* s) {
  const size_t index = functions_.size() - 1;
  const bool isSyncStar = functions_[index].syncStarState != nullptr;
  if (!functions_[index].asyncStarController && !isSyncStar) {
    // Only in a generator whose signature was already reported (the parser rejects the rest).
    if (!inUnsupportedBody()) error(s->loc, "'yield' can only be used in 'sync*' or 'async*' methods.");
    return make<kernel::EmptyStmt>(s->loc);
  }
  // The values a generator yields: elements of its Stream (async*) or Iterable (sync*).
  Class* container = isSyncStar ? c_.program.findClass("dart:core", "Iterable") : c_.program.findClass(kAsyncLib, "Stream");
  const DartType* element = functions_[index].yieldType;  // null while inferring
  Expression* value = nullptr;
  if (!s->isStar) {
    value = check(s->value, element);
    if (!element) {
      functions_[index].yieldedTypes.push_back(value->type);
    } else if (value->type->kind != TypeKind::Invalid && !value->type->isDynamicLike() &&
               value->type->kind != TypeKind::Void && !ts().isAssignable(value->type, element)) {
      error(s->value->loc, "A yielded value of type '" + value->type->toString() + "' must be assignable to '" +
                               element->toString() + "'.");
    } else {
      value = coerce(value, element, s->value->loc, AssignContext::Other);
    }
  } else {
    const DartType* target = types().interface(container, {element ? element : types().dynamicType()});
    value = check(s->value, element ? target : nullptr);
    if (value->type->kind != TypeKind::Invalid && !value->type->isDynamicLike() && !ts().isAssignable(value->type, target)) {
      error(s->value->loc, "The type '" + value->type->toString() + "' implied by the 'yield*' expression must be assignable to '" +
                               target->toString() + "'.");
    } else {
      value = coerce(value, target, s->value->loc, AssignContext::Other);
      if (!element) {
        functions_[index].yieldedTypes.push_back(isSyncStar ? iterableElementType(value->type) : streamElementType(value->type));
      }
    }
  }
  if (isSyncStar) return lowerSyncStarYield(s, value);
  const FunctionContext& ctx = functions_[index];
  auto exitIf = [&](Expression* condition) {
    auto* brk = make<kernel::BreakStmt>(s->loc);
    brk->target = ctx.asyncStarExit;
    auto* i = make<kernel::IfStmt>(s->loc);
    i->condition = condition;
    i->thenStmt = brk;
    return i;
  };
  Class* controller = static_cast<const InterfaceType*>(ctx.asyncStarController->type)->cls;
  auto* block = make<kernel::Block>(s->loc);
  block->statements.push_back(exitIf(callMember(get(ctx.asyncStarController, s->loc), controller,
                                                s->isStar ? "_yieldStar" : "_yield", {value}, s->loc)));
  block->statements.push_back(suspendStatement(s->loc));
  block->statements.push_back(
      exitIf(callMember(get(ctx.asyncStarController, s->loc), controller, "_resumedCanceled", {}, s->loc)));
  return block;
}

Statement* BodyChecker::finishAsyncStarBody(FunctionNode* fn, const FunctionContext& ctx, const DartType* elementType,
                                            Statement* body, SourceLoc loc) {
  Class* futureImpl = c_.program.findClass(kAsyncLib, "_AsyncFuture");
  Class* controllerImpl = c_.program.findClass(kAsyncLib, "_AsyncStarStreamController");
  Class* stream = c_.program.findClass(kAsyncLib, "Stream");
  kernel::LabeledStmt* exit = ctx.asyncStarExit;
  body = rewriteReturns(fn, body, exit, nullptr);
  auto declare = [&](Variable* v) {
    auto* d = make<kernel::VariableDecl>(loc);
    d->variable = v;
    return d;
  };
  auto call = [&](std::string_view name, std::vector<Expression*> args) {
    return callMember(get(ctx.asyncStarController, loc), controllerImpl, name, std::move(args), loc);
  };
  auto statement = [&](Expression* e) {
    auto* es = make<kernel::ExpressionStmt>(loc);
    es->expression = e;
    return es;
  };
  ctx.asyncFuture->initializer = constructState(futureImpl, types().dynamicType(), coroutineFrame(loc), loc);
  ctx.asyncStarController->initializer = constructState(controllerImpl, elementType, get(ctx.asyncFuture, loc), loc);
  Variable* result = c_.newVariable(loc, ":stream", types().interface(stream, {elementType}));
  result->isFinal = true;
  result->isSynthetic = true;
  result->owner = fn;
  Expression* streamGet = call("stream", {});
  streamGet->type = result->type;
  result->initializer = streamGet;

  // catch (e, s) { :controller._throw(e, s); return; }
  kernel::CatchClause* clause = catchAllAndReturn(fn, loc, [&](Variable* e, Variable* st) {
    return call("_throw", {get(e, loc), get(st, loc)});
  });
  // The first suspension lasts until the stream is listened to; a listener that canceled
  // before the body started makes it return at once.
  auto* startCanceled = make<kernel::BreakStmt>(loc);
  startCanceled->target = exit;
  auto* start = make<kernel::IfStmt>(loc);
  start->condition = call("_resumedCanceled", {});
  start->thenStmt = startCanceled;
  auto* guarded = make<kernel::Block>(loc);
  guarded->statements = {suspendStatement(loc), start, body};
  auto* tryCatch = make<kernel::TryCatchStmt>(loc);
  tryCatch->body = guarded;
  tryCatch->catches.push_back(clause);
  exit->body = tryCatch;

  auto* lowered = make<kernel::Block>(loc);
  lowered->statements = {declare(ctx.asyncFuture),
                         declare(ctx.asyncStarController),
                         declare(result),
                         exit,
                         statement(call("_return", {})),
                         make<kernel::ReturnStmt>(loc)};
  fn->asyncFuture = result;
  return lowered;
}

BodyChecker::ForInParts BodyChecker::awaitForParts(Expression* stream, SourceLoc loc) {
  ForInParts parts;
  Class* streamClass = c_.program.findClass(kAsyncLib, "Stream");
  Class* iteratorClass = c_.program.findClass(kAsyncLib, "_StreamIterator");
  if (!streamClass || !iteratorClass || functions_.empty() || !functions_.back().asyncFuture) return parts;
  const DartType* t = stream->type;
  if (t->isDynamicLike()) {
    auto* as = make<kernel::AsExpr>(loc);
    as->operand = stream;
    as->isImplicit = true;
    as->type = types().interface(streamClass, {types().dynamicType()});
    stream = as;
    t = as->type;
  }
  if (t->kind == TypeKind::Invalid) return parts;
  const InterfaceType* asStream = ts().asInstanceOfType(types().nonNullable(t), streamClass);
  if (!asStream) {
    error(loc, "The type '" + t->toString() + "' used in the 'for' loop must implement 'Stream'.");
    return parts;
  }
  if (t->isNullable()) {
    error(loc, "A nullable expression can't be used as an iterator in a for-in loop.");
    return parts;
  }
  parts.elementType = asStream->args.empty() ? types().dynamicType() : asStream->args[0];
  auto* create = make<kernel::ConstructorInvocation>(loc);
  create->target = iteratorClass->constructors.front();
  create->arguments = make<kernel::Arguments>(loc);
  create->arguments->types.push_back(parts.elementType);
  create->arguments->positional.push_back(stream);
  const auto* iteratorType = static_cast<const InterfaceType*>(types().interface(iteratorClass, {parts.elementType}));
  create->constructedType = iteratorType;
  create->type = iteratorType;
  parts.iterator = temp(create, loc);
  Expression* moveNext = callMember(get(parts.iterator, loc), iteratorClass, "moveNext", {}, loc);
  moveNext->type = types().interface(c_.core().futureClass, {boolType()});
  parts.moveNext = lowerAwait(moveNext, loc);
  Expression* current = callMember(get(parts.iterator, loc), iteratorClass, "current", {}, loc);
  current->type = parts.elementType;
  parts.current = current;
  return parts;
}

Statement* BodyChecker::awaitForCleanup(Variable* iterator, Statement* loop, SourceLoc loc) {
  Class* iteratorClass = static_cast<const InterfaceType*>(iterator->type)->cls;
  auto* cancel = make<kernel::ExpressionStmt>(loc);
  cancel->expression = lowerAwait(callMember(get(iterator, loc), iteratorClass, "cancel", {}, loc), loc);
  auto* ifListening = make<kernel::IfStmt>(loc);
  ifListening->condition = callMember(get(iterator, loc), iteratorClass, "_isListening", {}, loc);
  ifListening->thenStmt = cancel;
  auto* tryFinally = make<kernel::TryFinallyStmt>(loc);
  tryFinally->body = loop;
  tryFinally->finalizer = ifListening;
  return tryFinally;
}

}  // namespace dartc::sema
