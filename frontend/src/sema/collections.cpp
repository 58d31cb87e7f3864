// Collection literals. Plain literals become List/Set/MapLiteral nodes; literals with spread,
// `if` or `for` elements become a block expression that fills a fresh collection:
//   [a, ...b, if (c) d]  =>  { final t = [a]; t.addAll(b); if (c) t.add(d); } => t
// Elements are checked first (their types decide an uninferred element type), then emitted.
#include "sema/ast_scan.h"
#include "sema/body_checker.h"
#include "sema/patterns.h"
#include "sema/inference.h"

namespace dartc::sema {

using kernel::MemberKind;
using kernel::TypeKind;

struct BodyChecker::CheckedElement {
  ast::ElementKind kind = ast::ElementKind::Expr;
  SourceLoc loc;
  Expression* value = nullptr;  // Expr: the element; Spread: the collection; MapEntry: the value
  Expression* key = nullptr;    // MapEntry
  bool nullAware = false;       // `...?`; Expr `?e`; MapEntry `k: ?v`
  bool keyNullAware = false;    // MapEntry `?k: v`
  const DartType* type = nullptr;     // element type contributed (Expr, Spread: iterable's element)
  const DartType* keyType = nullptr;  // maps
  // If
  Expression* condition = nullptr;
  std::vector<kernel::Statement*> prelude;  // `if (e case P)`: the pattern's declarations
  std::vector<CheckedElement> thenElements, elseElements;
  // For
  kernel::Statement* loop = nullptr;     // ForStmt or a lowered for-in loop, with an empty body slot
  kernel::Block* loopBody = nullptr;     // where the body's statements go
  std::vector<CheckedElement> body;
};

// --- for-in lowering ---------------------------------------------------------------------------------

BodyChecker::ForInParts BodyChecker::forInParts(Expression* iterable, SourceLoc loc, bool isMapSpread) {
  ForInParts parts;
  const DartType* t = iterable->type;
  const auto& core = c_.core();
  if (t->isDynamicLike()) {
    auto* as = make<kernel::AsExpr>(loc);
    as->operand = iterable;
    as->isImplicit = true;
    as->type = types().interface(core.iterableClass, {types().dynamicType()});
    iterable = as;
    t = as->type;
  }
  const InterfaceType* asIterable = ts().asInstanceOfType(types().nonNullable(t), core.iterableClass);
  if (!asIterable) {
    if (!isMapSpread && t->kind != TypeKind::Invalid) {
      error(loc, "The type '" + t->toString() + "' used in the 'for' loop must implement 'Iterable'.");
    }
    return parts;
  }
  parts.elementType = asIterable->args.empty() ? types().dynamicType() : asIterable->args[0];
  Member* iteratorGetter = c_.lookupInterfaceMember(core.iterableClass, "iterator", LookupKind::Getter);
  auto* getIterator = make<kernel::InstanceGet>(loc);
  getIterator->receiver = iterable;
  getIterator->name = "iterator";
  getIterator->interfaceTarget = iteratorGetter;
  getIterator->siteId = c_.nextSiteId();
  getIterator->type = types().interface(core.iteratorClass, {parts.elementType});
  parts.iterator = temp(getIterator, loc);
  Member* moveNext = c_.lookupInterfaceMember(core.iteratorClass, "moveNext", LookupKind::Getter);
  auto* call = make<kernel::InstanceInvocation>(loc);
  call->receiver = get(parts.iterator, loc);
  call->name = "moveNext";
  call->interfaceTarget = static_cast<Procedure*>(moveNext);
  call->arguments = make<kernel::Arguments>(loc);
  call->siteId = c_.nextSiteId();
  call->type = boolType();
  parts.moveNext = call;
  Member* current = c_.lookupInterfaceMember(core.iteratorClass, "current", LookupKind::Getter);
  auto* cur = make<kernel::InstanceGet>(loc);
  cur->receiver = get(parts.iterator, loc);
  cur->name = "current";
  cur->interfaceTarget = current;
  cur->siteId = c_.nextSiteId();
  cur->type = parts.elementType;
  parts.current = cur;
  return parts;
}

// { final it = iterable.iterator; while (it.moveNext()) body }  — returns the outer block; the
// while loop is `*loopOut` (the target of break/continue).
kernel::Block* BodyChecker::forInLoop(const ForInParts& parts, kernel::Statement* body, SourceLoc loc, kernel::WhileStmt** loopOut) {
  auto* outer = make<kernel::Block>(loc);
  auto* decl = make<kernel::VariableDecl>(loc);
  decl->variable = parts.iterator;
  outer->statements.push_back(decl);
  auto* loop = make<kernel::WhileStmt>(loc);
  loop->condition = parts.moveNext;
  loop->body = body;
  outer->statements.push_back(loop);
  if (loopOut) *loopOut = loop;
  return outer;
}

// --- Checking elements ------------------------------------------------------------------------------------

BodyChecker::CheckedElement BodyChecker::checkElement(ast::Element* el, const DartType* elementContext,
                                                      const DartType* keyContext, bool isMap, bool undecided) {
  CheckedElement out;
  out.kind = el->kind;
  out.loc = el->loc;
  switch (el->kind) {
    case ast::ElementKind::Expr: {
      auto* e = static_cast<ast::ExprElement*>(el);
      if (isMap) {
        error(el->loc, "Expected a map entry ('key: value') in a map literal.");
        out.value = invalid(el->loc);
        out.type = types().invalidType();
        break;
      }
      // `?e` (null-aware elements feature specification): e is inferred with the context E? and
      // contributes NonNull of its type.
      out.nullAware = e->nullAware;
      out.value = check(e->expr, e->nullAware && elementContext ? types().nullable(elementContext) : elementContext);
      out.type = e->nullAware ? ts().promoteNonNull(out.value->type) : out.value->type;
      break;
    }
    case ast::ElementKind::MapEntry: {
      auto* e = static_cast<ast::MapEntryElement*>(el);
      if (!isMap) {
        error(el->loc, "A map entry can only be used in a map literal.");
      }
      out.keyNullAware = e->keyNullAware;
      out.nullAware = e->valueNullAware;
      out.key = check(e->key, e->keyNullAware && keyContext ? types().nullable(keyContext) : keyContext);
      out.value = check(e->value, e->valueNullAware && elementContext ? types().nullable(elementContext) : elementContext);
      out.keyType = e->keyNullAware ? ts().promoteNonNull(out.key->type) : out.key->type;
      out.type = e->valueNullAware ? ts().promoteNonNull(out.value->type) : out.value->type;
      break;
    }
    case ast::ElementKind::Spread: {
      auto* e = static_cast<ast::SpreadElement*>(el);
      out.nullAware = e->nullAware;
      // Without an element type from the context, the spread is inferred on its own (`[...[1]]`
      // is a List<int>), not against Iterable<dynamic>.
      const DartType* ctx = nullptr;
      if (isMap && (keyContext || elementContext)) {
        ctx = types().interface(c_.core().mapClass, {keyContext ? keyContext : types().dynamicType(),
                                                     elementContext ? elementContext : types().dynamicType()});
      } else if (!isMap && elementContext) {
        ctx = types().interface(c_.core().iterableClass, {elementContext});
      }
      if (e->nullAware && ctx) ctx = types().nullable(ctx);
      out.value = check(e->expr, undecided ? nullptr : ctx);
      if (!undecided) spreadElementTypes(out, e->expr->loc, isMap);
      break;
    }
    case ast::ElementKind::If: {
      auto* e = static_cast<ast::IfElement*>(el);
      if (e->casePattern) {
        // `if (e case P when g) then else other` (sema/pattern_statements.cpp).
        PatternLowering::CaseCondition c = PatternLowering::caseCondition(*this, e->condition, e->casePattern, e->guard, el->loc);
        out.condition = c.condition;
        out.prelude = std::move(c.declarations);
        out.thenElements.push_back(checkElement(e->thenElement, elementContext, keyContext, isMap, undecided));
        popScope();
        FlowState afterThen = flow_;
        flow_ = c.otherwise;
        if (e->elseElement) out.elseElements.push_back(checkElement(e->elseElement, elementContext, keyContext, isMap, undecided));
        flow_ = FlowState::join(afterThen, flow_);
        break;
      }
      FlowState whenTrue, whenFalse;
      out.condition = checkCondition(e->condition, whenTrue, whenFalse);
      flow_ = whenTrue;
      out.thenElements.push_back(checkElement(e->thenElement, elementContext, keyContext, isMap, undecided));
      FlowState afterThen = flow_;
      flow_ = whenFalse;
      if (e->elseElement) out.elseElements.push_back(checkElement(e->elseElement, elementContext, keyContext, isMap, undecided));
      flow_ = FlowState::join(afterThen, flow_);
      break;
    }
    case ast::ElementKind::For: {
      auto* e = static_cast<ast::ForElement*>(el);
      pushScope();
      // The loop may run its body any number of times: what it assigns loses its promotions and
      // definite unassignment, at the head and after the loop.
      AssignedNames names;
      collectAssignedNames(el, names);
      forgetAssigned(flow_, names);
      FlowState before = flow_;
      kernel::Block* body = make<kernel::Block>(el->loc);
      out.loopBody = body;
      ast::ForLoopParts* p = e->parts;
      if (p->isForIn) {
        // As in a for-in statement: the loop variable's declared type is the only context.
        // `await for` (in async bodies) iterates a Stream as the statement does
        // (async_star_lowering.cpp): the block the literal becomes awaits inside.
        Class* streamClass = e->isAwait ? c_.program.findClass("dart:async", "Stream") : nullptr;
        const DartType* iterableContext = nullptr;
        if (p->loopVariable && p->loopVariable->type) {
          iterableContext = types().interface(streamClass ? streamClass : c_.core().iterableClass,
                                              {resolveType(p->loopVariable->type)});
        }
        Expression* iterable = check(p->iterable, iterableContext);
        ForInParts parts = e->isAwait ? awaitForParts(iterable, p->iterable->loc) : forInParts(iterable, el->loc, false);
        if (!parts.iterator) {
          popScope();
          out.loop = make<kernel::EmptyStmt>(el->loc);
          break;
        }
        auto* inner = make<kernel::Block>(el->loc);
        appendLoopBinding(inner, p, bindLoopVariable(p, parts, el->loc));
        out.body.push_back(checkElement(e->body, elementContext, keyContext, isMap, undecided));
        inner->statements.push_back(body);
        kernel::WhileStmt* whileLoop = nullptr;
        kernel::Block* loop = forInLoop(parts, inner, el->loc, &whileLoop);
        if (e->isAwait) {
          // { it = _StreamIterator(s); try { while (await it.moveNext()) ... } finally { cancel } }
          loop->statements.back() = awaitForCleanup(parts.iterator, whileLoop, el->loc);
        }
        out.loop = loop;
      } else {
        auto* loop = make<kernel::ForStmt>(el->loc);
        kernel::Block* patternInit = p->initPattern ? PatternLowering::forLoopDeclaration(*this, p, loop->variables) : nullptr;
        if (p->initDecl) {
          kernel::Statement* decls = checkVarDecl(p->initDecl);
          collectDeclaredVariables(decls, loop->variables);
        }
        for (ast::Expr* x : p->initExprs) loop->initExprs.push_back(checkForEffect(x));
        FlowState whenTrue, whenFalse;
        if (p->condition) {
          loop->condition = checkCondition(p->condition, whenTrue, whenFalse);
          flow_ = whenTrue;
        }
        out.body.push_back(checkElement(e->body, elementContext, keyContext, isMap, undecided));
        for (ast::Expr* u : p->updates) loop->updates.push_back(checkForEffect(u));
        loop->body = body;
        out.loop = loop;
        if (patternInit) {
          patternInit->statements.push_back(loop);
          out.loop = patternInit;
        }
      }
      popScope();
      flow_ = before;
      break;
    }
  }
  return out;
}

// The element type (and key type) a spread contributes, from its expression's static type.
void BodyChecker::spreadElementTypes(CheckedElement& out, SourceLoc exprLoc, bool isMap) {
  const DartType* t = out.value->type;
  if (ts().isPotentiallyNullable(t) && !out.nullAware && !t->isDynamicLike() && t->kind != TypeKind::Null) {
    error(exprLoc, "An expression whose value can be 'null' must be null-checked before it can be dereferenced.");
  }
  const DartType* nn = types().nonNullable(t);
  if (t->isDynamicLike()) {
    out.type = types().dynamicType();
    out.keyType = types().dynamicType();
  } else if (isMap) {
    const InterfaceType* asMap = ts().asInstanceOfType(nn, c_.core().mapClass);
    if (!asMap) {
      if (t->kind != TypeKind::Null && t->kind != TypeKind::Invalid) error(exprLoc, "Spread elements in map literals must implement 'Map'.");
      out.type = out.keyType = types().invalidType();
    } else {
      out.keyType = asMap->args[0];
      out.type = asMap->args[1];
    }
  } else {
    const InterfaceType* asIt = ts().asInstanceOfType(nn, c_.core().iterableClass);
    if (!asIt) {
      if (t->kind != TypeKind::Null && t->kind != TypeKind::Invalid) error(exprLoc, "Spread elements in list or set literals must implement 'Iterable'.");
      out.type = types().invalidType();
    } else {
      out.type = asIt->args[0];
    }
  }
  if (t->kind == TypeKind::Null) out.type = types().neverType();
}

void BodyChecker::collectDeclaredVariables(kernel::Statement* s, std::vector<Variable*>& out) {
  if (s->kind == kernel::StmtKind::VariableDecl) {
    out.push_back(static_cast<kernel::VariableDecl*>(s)->variable);
  } else if (s->kind == kernel::StmtKind::Block) {
    for (kernel::Statement* c : static_cast<kernel::Block*>(s)->statements) collectDeclaredVariables(c, out);
  }
}

// The upper bound of the element types an element contributes (for uninferred literals).
static void collectElementTypes(const BodyChecker::CheckedElement& e, std::vector<const DartType*>& values,
                                std::vector<const DartType*>& keys) {
  switch (e.kind) {
    case ast::ElementKind::Expr:
    case ast::ElementKind::Spread:
    case ast::ElementKind::MapEntry:
      if (e.type) values.push_back(e.type);
      if (e.keyType) keys.push_back(e.keyType);
      break;
    case ast::ElementKind::If:
      for (const auto& t : e.thenElements) collectElementTypes(t, values, keys);
      for (const auto& t : e.elseElements) collectElementTypes(t, values, keys);
      break;
    case ast::ElementKind::For:
      for (const auto& t : e.body) collectElementTypes(t, values, keys);
      break;
  }
}

// Set or map: what the leaf elements of a `{...}` literal say (the language specification's
// disambiguation of set and map literals, looking through `if` and `for` elements): an
// expression makes a set (`{if (c) [1]}`, `{for (...) {i: i}}`: a set of a list, of maps), a
// `key: value` entry a map, and a spread by its expression's static type.
struct LeafKinds {
  bool set = false;
  bool map = false;
};

static void collectLeafKinds(const ast::Element* el, LeafKinds& k) {
  switch (el->kind) {
    case ast::ElementKind::Expr: k.set = true; break;
    case ast::ElementKind::MapEntry: k.map = true; break;
    case ast::ElementKind::Spread: break;  // decided by its type, once checked
    case ast::ElementKind::If: {
      auto* e = static_cast<const ast::IfElement*>(el);
      if (e->thenElement) collectLeafKinds(e->thenElement, k);
      if (e->elseElement) collectLeafKinds(e->elseElement, k);
      break;
    }
    case ast::ElementKind::For: {
      auto* e = static_cast<const ast::ForElement*>(el);
      if (e->body) collectLeafKinds(e->body, k);
      break;
    }
  }
}

static void collectSpreadKinds(const BodyChecker::CheckedElement& e, TypeSystem& ts, const kernel::CoreTypes& core,
                               LeafKinds& k) {
  switch (e.kind) {
    case ast::ElementKind::Spread: {
      if (!e.value) break;
      const DartType* t = ts.store().nonNullable(e.value->type);
      bool isMap = ts.asInstanceOfType(t, core.mapClass) != nullptr;
      bool isIterable = ts.asInstanceOfType(t, core.iterableClass) != nullptr;
      if (isMap && !isIterable) k.map = true;
      if (isIterable && !isMap) k.set = true;
      break;
    }
    case ast::ElementKind::If:
      for (const auto& x : e.thenElements) collectSpreadKinds(x, ts, core, k);
      for (const auto& x : e.elseElements) collectSpreadKinds(x, ts, core, k);
      break;
    case ast::ElementKind::For:
      for (const auto& x : e.body) collectSpreadKinds(x, ts, core, k);
      break;
    default: break;
  }
}

const DartType* BodyChecker::upperBoundOf(const std::vector<const DartType*>& list) {
  const DartType* t = nullptr;
  for (const DartType* x : list) t = t ? ts().upperBound(t, x) : x;
  return t ? ts().eliminateIntersections(t) : types().dynamicType();
}

// --- Emitting ------------------------------------------------------------------------------------------

kernel::Statement* BodyChecker::emitElement(CheckedElement& e, Variable* target, const DartType* elementType,
                                            const DartType* keyType, CollectionKind kind) {
  SourceLoc loc = e.loc;
  const auto& core = c_.core();
  Class* cls = kind == CollectionKind::List ? core.listClass : kind == CollectionKind::Set ? core.setClass : core.mapClass;
  auto call = [&](Name name, std::vector<Expression*> args) -> kernel::Statement* {
    auto* ii = make<kernel::InstanceInvocation>(loc);
    ii->receiver = get(target, loc);
    ii->name = name;
    Member* m = c_.lookupInterfaceMember(cls, name, LookupKind::Getter);
    ii->interfaceTarget = m && m->memberKind == MemberKind::Procedure ? static_cast<Procedure*>(m) : nullptr;
    ii->arguments = make<kernel::Arguments>(loc);
    ii->arguments->positional = std::move(args);
    ii->siteId = c_.nextSiteId();
    ii->type = types().voidType();
    auto* es = make<kernel::ExpressionStmt>(loc);
    es->expression = ii;
    return es;
  };
  AssignContext ctx = kind == CollectionKind::List ? AssignContext::ListElement
                      : kind == CollectionKind::Set ? AssignContext::SetElement : AssignContext::MapValue;
  // `if (v != null) then`, v read at its non-nullable type by `then` (`...?` and null-aware
  // elements).
  auto ifNotNull = [&](Variable* v, kernel::Statement* then) -> kernel::Statement* {
    auto* test = make<kernel::EqualsNull>(loc);
    test->operand = get(v, loc);
    test->type = boolType();
    auto* notNull = make<kernel::Not>(loc);
    notNull->operand = test;
    notNull->type = boolType();
    auto* iff = make<kernel::IfStmt>(loc);
    iff->condition = notNull;
    iff->thenStmt = then;
    return iff;
  };
  auto nonNullGet = [&](Variable* v) {
    auto* g = get(v, loc);
    g->type = ts().promoteNonNull(v->type);
    return g;
  };
  auto declare = [&](kernel::Block* block, Variable* v) {
    auto* decl = make<kernel::VariableDecl>(loc);
    decl->variable = v;
    block->statements.push_back(decl);
  };
  switch (e.kind) {
    case ast::ElementKind::Expr:
      if (e.nullAware && e.value->type->kind != TypeKind::Invalid) {
        // { final v = e; if (v != null) t.add(v); }
        Variable* v = temp(e.value, loc);
        auto* block = make<kernel::Block>(loc);
        declare(block, v);
        block->statements.push_back(ifNotNull(v, call(kind == CollectionKind::Map ? Name("[]=") : Name("add"),
                                                      {coerce(nonNullGet(v), elementType, loc, ctx)})));
        return block;
      }
      return call(kind == CollectionKind::Map ? Name("[]=") : Name("add"), {coerce(e.value, elementType, loc, ctx)});
    case ast::ElementKind::MapEntry:
      if ((e.nullAware || e.keyNullAware) && e.key->type->kind != TypeKind::Invalid &&
          e.value->type->kind != TypeKind::Invalid) {
        // { final k = key; if (k != null) { final v = value; if (v != null) t[k] = v; } }, with
        // the tests only for the null-aware parts: the key is evaluated first, the value only
        // when the entry isn't already skipped.
        Variable* k = temp(e.key, loc);
        auto* block = make<kernel::Block>(loc);
        declare(block, k);
        auto* inner = make<kernel::Block>(loc);
        Variable* v = temp(e.value, loc);
        declare(inner, v);
        Expression* key = coerce(e.keyNullAware ? nonNullGet(k) : get(k, loc), keyType, loc, AssignContext::MapKey);
        Expression* value = coerce(e.nullAware ? nonNullGet(v) : get(v, loc), elementType, loc, ctx);
        kernel::Statement* store = call("[]=", {key, value});
        inner->statements.push_back(e.nullAware ? ifNotNull(v, store) : store);
        block->statements.push_back(e.keyNullAware ? ifNotNull(k, inner) : inner);
        return block;
      }
      return call("[]=", {coerce(e.key, keyType, loc, AssignContext::MapKey), coerce(e.value, elementType, loc, ctx)});
    case ast::ElementKind::Spread: {
      if (e.value->type->kind == TypeKind::Invalid) return make<kernel::EmptyStmt>(loc);
      Variable* spread = temp(e.value, loc);
      kernel::Statement* fill;
      bool exact = kind == CollectionKind::Map
                       ? ts().isSubtype(e.type, elementType) && ts().isSubtype(e.keyType, keyType)
                       : ts().isSubtype(e.type, elementType);
      if (exact) {
        auto* g = get(spread, loc);
        g->type = types().nonNullable(spread->type);
        fill = call("addAll", {g});
      } else if (kind == CollectionKind::Map) {
        // Entry by entry, each key and value checked against the literal's types:
        //   for (final entry in (spread as Map).entries) t[entry.key as K] = entry.value as V;
        Expression* source = get(spread, loc);
        source->type = types().nonNullable(spread->type);
        if (source->type->isDynamicLike()) {
          auto* as = make<kernel::AsExpr>(loc);
          as->operand = source;
          as->isImplicit = true;
          as->type = types().interface(core.mapClass, {types().dynamicType(), types().dynamicType()});
          source = as;
        }
        const InterfaceType* asMap = ts().asInstanceOfType(source->type, core.mapClass);
        if (!asMap) return make<kernel::EmptyStmt>(loc);
        const DartType* entryType = types().interface(core.mapEntryClass, asMap->args);
        auto* entries = make<kernel::InstanceGet>(loc);
        entries->receiver = source;
        entries->name = "entries";
        entries->interfaceTarget = c_.lookupInterfaceMember(core.mapClass, "entries", LookupKind::Getter);
        entries->siteId = c_.nextSiteId();
        entries->type = types().interface(core.iterableClass, {entryType});
        ForInParts parts = forInParts(entries, loc, false);
        if (!parts.iterator) return make<kernel::EmptyStmt>(loc);
        Variable* entry = temp(parts.current, loc);
        auto field = [&](Name name, const DartType* type) {
          auto* g = make<kernel::InstanceGet>(loc);
          g->receiver = get(entry, loc);
          g->name = name;
          g->interfaceTarget = c_.lookupInterfaceMember(core.mapEntryClass, name, LookupKind::Getter);
          g->siteId = c_.nextSiteId();
          g->type = type;
          return g;
        };
        CheckedElement one;
        one.kind = ast::ElementKind::MapEntry;
        one.loc = loc;
        one.key = field("key", asMap->args[0]);
        one.value = field("value", asMap->args[1]);
        auto* body = make<kernel::Block>(loc);
        auto* decl = make<kernel::VariableDecl>(loc);
        decl->variable = entry;
        body->statements.push_back(decl);
        body->statements.push_back(emitElement(one, target, elementType, keyType, kind));
        fill = forInLoop(parts, body, loc, nullptr);
      } else {
        // Element-wise, each element checked against the literal's element type.
        auto* g = get(spread, loc);
        g->type = types().nonNullable(spread->type);
        ForInParts parts = forInParts(g, loc, false);
        if (!parts.iterator) return make<kernel::EmptyStmt>(loc);
        CheckedElement one;
        one.kind = ast::ElementKind::Expr;
        one.loc = loc;
        one.value = parts.current;
        one.type = parts.elementType;
        fill = forInLoop(parts, emitElement(one, target, elementType, keyType, kind), loc, nullptr);
      }
      auto* block = make<kernel::Block>(loc);
      declare(block, spread);
      block->statements.push_back(e.nullAware ? ifNotNull(spread, fill) : fill);
      return block;
    }
    case ast::ElementKind::If: {
      auto* iff = make<kernel::IfStmt>(loc);
      iff->condition = e.condition;
      iff->thenStmt = e.thenElements.empty() ? make<kernel::EmptyStmt>(loc)
                                             : emitElement(e.thenElements[0], target, elementType, keyType, kind);
      if (!e.elseElements.empty()) iff->elseStmt = emitElement(e.elseElements[0], target, elementType, keyType, kind);
      if (e.prelude.empty()) return iff;
      auto* withPattern = make<kernel::Block>(loc);
      withPattern->statements = std::move(e.prelude);
      withPattern->statements.push_back(iff);
      return withPattern;
    }
    case ast::ElementKind::For: {
      for (CheckedElement& b : e.body) e.loopBody->statements.push_back(emitElement(b, target, elementType, keyType, kind));
      return e.loop;
    }
  }
  return make<kernel::EmptyStmt>(loc);
}

Expression* BodyChecker::buildCollection(std::vector<CheckedElement>& elements, CollectionKind kind, const DartType* elementType,
                                         const DartType* keyType, bool isConst, SourceLoc loc) {
  const auto& core = c_.core();
  const DartType* type = kind == CollectionKind::List  ? types().interface(core.listClass, {elementType})
                         : kind == CollectionKind::Set ? types().interface(core.setClass, {elementType})
                                                       : types().interface(core.mapClass, {keyType, elementType});
  // Plain: an element that goes into the literal as it is (not null-aware, not control flow).
  auto isPlain = [](const CheckedElement& e) {
    return (e.kind == ast::ElementKind::Expr || e.kind == ast::ElementKind::MapEntry) && !e.nullAware && !e.keyNullAware;
  };
  bool plain = true;
  for (const CheckedElement& e : elements) plain &= isPlain(e);
  Expression* result = nullptr;
  auto literalOf = [&](size_t count) -> Expression* {
    AssignContext ctx = kind == CollectionKind::List ? AssignContext::ListElement
                        : kind == CollectionKind::Set ? AssignContext::SetElement : AssignContext::MapValue;
    if (kind == CollectionKind::Map) {
      auto* m = make<kernel::MapLiteral>(loc);
      m->keyType = keyType;
      m->valueType = elementType;
      for (size_t i = 0; i < count; ++i) {
        if (!elements[i].key) continue;
        m->entries.push_back({coerce(elements[i].key, keyType, elements[i].loc, AssignContext::MapKey),
                              coerce(elements[i].value, elementType, elements[i].loc, ctx)});
      }
      m->type = type;
      return m;
    }
    if (kind == CollectionKind::Set) {
      auto* s = make<kernel::SetLiteral>(loc);
      s->elementType = elementType;
      for (size_t i = 0; i < count; ++i) s->elements.push_back(coerce(elements[i].value, elementType, elements[i].loc, ctx));
      s->type = type;
      return s;
    }
    auto* l = make<kernel::ListLiteral>(loc);
    l->elementType = elementType;
    for (size_t i = 0; i < count; ++i) l->elements.push_back(coerce(elements[i].value, elementType, elements[i].loc, ctx));
    l->type = type;
    return l;
  };
  // Constant collections may have spread and `if` elements (evaluated by constants.cpp from the
  // lowered form below), never `for` elements (the language specification, "Constant semantics"
  // of collection literals).
  std::function<const CheckedElement*(const CheckedElement&)> forElement = [&](const CheckedElement& e) -> const CheckedElement* {
    if (e.kind == ast::ElementKind::For) return &e;
    for (const auto& x : e.thenElements) {
      if (const CheckedElement* f = forElement(x)) return f;
    }
    for (const auto& x : e.elseElements) {
      if (const CheckedElement* f = forElement(x)) return f;
    }
    return nullptr;
  };
  if (isConst) {
    for (const CheckedElement& e : elements) {
      if (const CheckedElement* f = forElement(e)) {
        error(f->loc, "Constant expressions don't support 'for' elements.");
        return invalid(loc);
      }
    }
  }
  if (plain) {
    result = literalOf(elements.size());
  } else {
    // Leading plain elements go into the literal; the rest are added in order.
    size_t leading = 0;
    while (leading < elements.size() && isPlain(elements[leading])) ++leading;
    Variable* t = temp(literalOf(leading), loc);
    auto* block = make<kernel::Block>(loc);
    for (size_t i = leading; i < elements.size(); ++i) {
      block->statements.push_back(emitElement(elements[i], t, elementType, keyType, kind));
    }
    auto* be = make<kernel::BlockExpr>(loc);
    be->body = block;
    be->value = get(t, loc);
    be->type = type;
    result = let(t, be);
  }
  if (isConst) {
    kernel::Constant* value = c_.evaluateConstant(result, true);
    if (!value) return invalid(loc);
    auto* ce = make<kernel::ConstantExpr>(loc);
    ce->constant = value;
    ce->type = type;
    return ce;
  }
  return result;
}

Expression* BodyChecker::checkListLiteral(ast::ListLiteralExpr* e, const DartType* context) {
  const DartType* elementType = nullptr;
  if (!e->typeArgs.empty()) {
    elementType = resolveType(e->typeArgs[0]);
  } else if (context && !context->isDynamicLike()) {
    const InterfaceType* asIterable = ts().asInstanceOfType(types().nonNullable(context), c_.core().iterableClass);
    if (asIterable && !asIterable->args.empty() && !asIterable->args[0]->isDynamicLike()) elementType = asIterable->args[0];
    else if (asIterable && !asIterable->args.empty()) elementType = asIterable->args[0];
    // A context from a generic call still being inferred (`List<_>`) doesn't fix the element
    // type: the elements decide it, and the call learns it from the literal.
    if (elementType && containsPlaceholder(elementType)) elementType = nullptr;
  }
  std::vector<CheckedElement> elements;
  for (ast::Element* el : e->elements) elements.push_back(checkElement(el, elementType, nullptr, false));
  if (!elementType) {
    std::vector<const DartType*> values, keys;
    for (const auto& el : elements) collectElementTypes(el, values, keys);
    elementType = upperBoundOf(values);
    if (elementType->kind == TypeKind::Never) elementType = types().dynamicType();
  }
  return buildCollection(elements, CollectionKind::List, elementType, nullptr, e->isConst, e->loc);
}

Expression* BodyChecker::checkSetOrMapLiteral(ast::SetOrMapLiteralExpr* e, const DartType* context) {
  const auto& core = c_.core();
  // Decide set or map: type arguments, then elements, then context.
  int decided = 0;  // 1 set, 2 map
  if (e->typeArgs.size() == 1) decided = 1;
  else if (e->typeArgs.size() == 2) decided = 2;
  else if (e->typeArgs.size() > 2) error(e->loc, "A set or map literal takes one or two type arguments.");
  if (!decided) {
    LeafKinds leaves;
    for (ast::Element* el : e->elements) collectLeafKinds(el, leaves);
    if (leaves.set && leaves.map) {
      error(e->loc, "The literal can't be either a map or a set because it contains at least one literal map entry or a "
                    "spread operator spreading a 'Map', and at least one element which is neither of these.");
      return invalid(e->loc);
    }
    decided = leaves.set ? 1 : leaves.map ? 2 : 0;
  }
  const DartType* nnContext = context ? types().nonNullable(context) : nullptr;
  if (!decided && nnContext) {
    if (ts().asInstanceOfType(nnContext, core.mapClass)) decided = 2;
    else if (ts().asInstanceOfType(nnContext, core.iterableClass)) decided = 1;
  }
  // Only spreads, and no context to decide: their static types decide, once they are checked.
  std::vector<CheckedElement> elements;
  if (!decided && !e->elements.empty()) {
    for (ast::Element* el : e->elements) elements.push_back(checkElement(el, nullptr, nullptr, false, true));
    LeafKinds spreads;
    for (const CheckedElement& el : elements) collectSpreadKinds(el, ts(), core, spreads);
    if (spreads.set && spreads.map) {
      error(e->loc, "The literal can't be either a map or a set because it contains at least one literal map entry or a "
                    "spread operator spreading a 'Map', and at least one element which is neither of these.");
      return invalid(e->loc);
    }
    if (!spreads.set && !spreads.map) {
      error(e->loc, "This literal must be either a map or a set, but the elements don't have enough information for type "
                    "inference to work.");
      return invalid(e->loc);
    }
    decided = spreads.set ? 1 : 2;
    std::function<void(CheckedElement&)> typeSpreads = [&](CheckedElement& el) {
      if (el.kind == ast::ElementKind::Spread && el.value) spreadElementTypes(el, el.value->loc, decided == 2);
      for (auto& x : el.thenElements) typeSpreads(x);
      for (auto& x : el.elseElements) typeSpreads(x);
      for (auto& x : el.body) typeSpreads(x);
    };
    for (CheckedElement& el : elements) typeSpreads(el);
  }
  if (!decided) decided = 2;  // `{}` is a map
  bool isMap = decided == 2;
  const DartType* elementType = nullptr;
  const DartType* keyType = nullptr;
  if (isMap && e->typeArgs.size() == 2) {
    keyType = resolveType(e->typeArgs[0]);
    elementType = resolveType(e->typeArgs[1]);
  } else if (!isMap && e->typeArgs.size() == 1) {
    elementType = resolveType(e->typeArgs[0]);
  } else if (nnContext && !nnContext->isDynamicLike()) {
    if (isMap) {
      if (const InterfaceType* m = ts().asInstanceOfType(nnContext, core.mapClass)) {
        keyType = m->args[0];
        elementType = m->args[1];
      }
    } else if (const InterfaceType* it = ts().asInstanceOfType(nnContext, core.iterableClass)) {
      elementType = it->args[0];
    }
    // As for lists: a partially inferred context leaves the types to the elements.
    if ((elementType && containsPlaceholder(elementType)) || (keyType && containsPlaceholder(keyType))) {
      elementType = nullptr;
      keyType = nullptr;
    }
  }
  if (elements.empty()) {
    for (ast::Element* el : e->elements) elements.push_back(checkElement(el, elementType, keyType, isMap));
  }
  if (!elementType || (isMap && !keyType)) {
    std::vector<const DartType*> values, keys;
    for (const auto& el : elements) collectElementTypes(el, values, keys);
    if (!elementType) elementType = upperBoundOf(values);
    if (isMap && !keyType) keyType = upperBoundOf(keys);
    if (elementType->kind == TypeKind::Never) elementType = types().dynamicType();
    if (keyType && keyType->kind == TypeKind::Never) keyType = types().dynamicType();
  }
  return buildCollection(elements, isMap ? CollectionKind::Map : CollectionKind::Set, elementType, keyType, e->isConst, e->loc);
}

}  // namespace dartc::sema
