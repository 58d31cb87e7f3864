// Matching one pattern against a value (the patterns specification, "Matching (refuting and
// destructuring)"): each pattern becomes a bool expression made of type tests, cached member
// calls and writes of the pattern's variables, joined by `&&` and `||` in the specification's
// order. See patterns.h and docs/patterns.md.
#include "sema/patterns.h"

#include "syntax/ast_locations.h"

namespace dartc::sema {

using kernel::TypeKind;

// --- Small builders ---------------------------------------------------------------------------------

Expression* PatternLowering::trueLiteral(SourceLoc loc) {
  auto* t = b_.make<kernel::BoolLiteral>(loc);
  t->value = true;
  t->type = b_.boolType();
  return t;
}

Expression* PatternLowering::andAlso(Expression* a, Expression* b) {
  if (!a) return b;
  if (!b) return a;
  if (a->kind == kernel::ExprKind::BoolLiteral && static_cast<kernel::BoolLiteral*>(a)->value) return b;
  if (b->kind == kernel::ExprKind::BoolLiteral && static_cast<kernel::BoolLiteral*>(b)->value) return a;
  auto* l = b_.make<kernel::Logical>(a->loc);
  l->op = kernel::LogicalOp::And;
  l->left = a;
  l->right = b;
  l->type = b_.boolType();
  return l;
}

Expression* PatternLowering::orElse(Expression* a, Expression* b) {
  auto* l = b_.make<kernel::Logical>(a->loc);
  l->op = kernel::LogicalOp::Or;
  l->left = a;
  l->right = b;
  l->type = b_.boolType();
  return l;
}

Expression* PatternLowering::notExpr(Expression* a) {
  auto* n = b_.make<kernel::Not>(a->loc);
  n->operand = a;
  n->type = b_.boolType();
  return n;
}

Expression* PatternLowering::read(Variable* v, const DartType* type, SourceLoc loc) {
  Expression* g = b_.get(v, loc);
  if (!type || type == v->type) return g;
  kernel::Procedure* cast = b_.c_.program.findTopLevelProcedure("dart:_internal", "unsafeCast");
  auto* typed = b_.make<kernel::StaticInvocation>(loc);
  typed->target = cast;
  typed->arguments = b_.make<kernel::Arguments>(loc);
  typed->arguments->types.push_back(type);
  typed->arguments->positional.push_back(g);
  typed->type = type;
  return typed;
}

Expression* PatternLowering::matchError(SourceLoc loc, const DartType* type) {
  Class* stateError = nullptr;
  for (kernel::Library* lib : b_.c_.program.libraries) {
    if (lib->uri != "dart:core") continue;
    for (Class* cls : lib->classes) {
      if (cls->name == "StateError") stateError = cls;
    }
  }
  auto* t = b_.make<kernel::Throw>(loc);
  t->type = type ? type : b_.types().neverType();
  if (!stateError || stateError->constructors.empty()) {
    b_.error(loc, "Patterns are not supported by this core library.");
    t->operand = b_.invalid(loc);
    return t;
  }
  auto* message = b_.make<kernel::StringLiteral>(loc);
  message->value = u"Pattern matching error";
  message->type = b_.c_.core().stringType;
  auto* create = b_.make<kernel::ConstructorInvocation>(loc);
  create->target = stateError->constructors.front();
  create->arguments = b_.make<kernel::Arguments>(loc);
  create->arguments->positional.push_back(message);
  create->constructedType = static_cast<const InterfaceType*>(b_.types().interface(stateError));
  create->type = create->constructedType;
  t->operand = create;
  return t;
}

Expression* PatternLowering::effect(Expression* e, SourceLoc loc) {
  auto* es = b_.make<kernel::ExpressionStmt>(loc);
  es->expression = e;
  auto* site = b_.make<kernel::BlockExpr>(loc);
  site->body = b_.make<kernel::Block>(loc);
  site->body->statements.push_back(es);
  site->value = trueLiteral(loc);
  site->type = b_.boolType();
  return site;
}

Expression* PatternLowering::assign(Variable* v, Expression* value, SourceLoc loc) {
  auto* store = b_.make<kernel::VariableSet>(loc);
  store->variable = v;
  store->value = value;
  store->type = v->type;
  return effect(store, loc);
}

Variable* PatternLowering::matchTemp(std::string_view name, const DartType* type, SourceLoc loc) {
  Variable* v = b_.c_.newVariable(loc, name, type);
  v->isSynthetic = true;
  v->owner = b_.functions_.empty() ? nullptr : b_.functions_.back().function;
  auto* decl = b_.make<kernel::VariableDecl>(loc);
  decl->variable = v;
  declarations_.push_back(decl);
  return v;
}

Variable* PatternLowering::subjectTemp(Expression* subject, SourceLoc loc) {
  Variable* v = b_.temp(subject, loc);
  auto* decl = b_.make<kernel::VariableDecl>(loc);
  decl->variable = v;
  declarations_.push_back(decl);
  return v;
}

std::vector<Statement*> PatternLowering::takeDeclarations() {
  std::vector<Statement*> out;
  out.swap(declarations_);
  return out;
}

std::map<Name, Variable*> PatternLowering::takeBindings() {
  std::map<Name, Variable*> out;
  out.swap(bindings_);
  return out;
}

// --- Caching ----------------------------------------------------------------------------------------

Variable* PatternLowering::cached(const std::string& key, Expression* compute, Expression** bind) {
  Cache& c = caches_[key];
  if (!c.value) {
    c.value = b_.c_.newVariable(compute->loc, "#match", compute->type);
    c.value->isSynthetic = true;
    c.value->owner = b_.functions_.empty() ? nullptr : b_.functions_.back().function;
    b_.flow_.markAssigned(c.value);
    cacheOrder_.push_back(key);
  } else if (c.value->type != compute->type) {
    // The same call seen at another static type (`Box<int>(:value)` then `Box(:value)`): the
    // cache holds either, and each use reads it at its own type.
    c.value->type = b_.ts().upperBound(c.value->type, compute->type);
  }
  auto* site = b_.make<kernel::BlockExpr>(compute->loc);
  site->type = b_.boolType();
  c.sites.push_back({site, compute});
  *bind = site;
  return c.value;
}

void PatternLowering::finish() {
  for (const std::string& key : cacheOrder_) {
    Cache& c = caches_[key];
    SourceLoc loc = c.value->loc;
    auto* decl = b_.make<kernel::VariableDecl>(loc);
    decl->variable = c.value;
    declarations_.push_back(decl);
    if (c.sites.size() > 1) {
      c.flag = b_.c_.newVariable(loc, "#matched", b_.boolType());
      c.flag->isSynthetic = true;
      c.flag->owner = c.value->owner;
      auto* no = b_.make<kernel::BoolLiteral>(loc);
      no->value = false;
      no->type = b_.boolType();
      c.flag->initializer = no;
      auto* flagDecl = b_.make<kernel::VariableDecl>(loc);
      flagDecl->variable = c.flag;
      declarations_.push_back(flagDecl);
    }
    for (CacheSite& s : c.sites) {
      Expression* value = s.compute;
      if (value->type != c.value->type) {
        kernel::Procedure* cast = b_.c_.program.findTopLevelProcedure("dart:_internal", "unsafeCast");
        auto* typed = b_.make<kernel::StaticInvocation>(loc);
        typed->target = cast;
        typed->arguments = b_.make<kernel::Arguments>(loc);
        typed->arguments->types.push_back(c.value->type);
        typed->arguments->positional.push_back(value);
        typed->type = c.value->type;
        value = typed;
      }
      auto* store = b_.make<kernel::VariableSet>(loc);
      store->variable = c.value;
      store->value = value;
      store->type = value->type;
      auto* storeStmt = b_.make<kernel::ExpressionStmt>(loc);
      storeStmt->expression = store;
      auto* body = b_.make<kernel::Block>(loc);
      if (c.flag) {
        auto* setFlag = b_.make<kernel::VariableSet>(loc);
        setFlag->variable = c.flag;
        setFlag->value = trueLiteral(loc);
        setFlag->type = b_.boolType();
        auto* setFlagStmt = b_.make<kernel::ExpressionStmt>(loc);
        setFlagStmt->expression = setFlag;
        auto* then = b_.make<kernel::Block>(loc);
        then->statements = {storeStmt, setFlagStmt};
        auto* iff = b_.make<kernel::IfStmt>(loc);
        iff->condition = notExpr(b_.get(c.flag, loc));
        iff->thenStmt = then;
        body->statements.push_back(iff);
      } else {
        body->statements.push_back(storeStmt);
      }
      s.site->body = body;
      s.site->value = trueLiteral(loc);
    }
  }
  caches_.clear();
  cacheOrder_.clear();
}

// --- Helpers ----------------------------------------------------------------------------------------

Expression* PatternLowering::invoke(Expression* receiver, Name name, std::vector<Expression*> args, SourceLoc loc) {
  const DartType* rt = b_.types().nonNullable(b_.ts().resolveToBound(receiver->type));
  Class* cls = rt->kind == TypeKind::Interface ? static_cast<const InterfaceType*>(rt)->cls : nullptr;
  Member* m = cls ? b_.c_.lookupInterfaceMember(cls, name, LookupKind::Getter) : nullptr;
  if (!m || m->memberKind != kernel::MemberKind::Procedure) {
    b_.error(loc, "The method '" + std::string(name) + "' isn't defined for the type '" + receiver->type->toString() + "'.");
    return b_.invalid(loc);
  }
  auto* p = static_cast<Procedure*>(m);
  auto* call = b_.make<kernel::InstanceInvocation>(loc);
  call->receiver = receiver;
  call->name = name;
  call->interfaceTarget = p;
  call->arguments = b_.make<kernel::Arguments>(loc);
  call->siteId = b_.c_.nextSiteId();
  const FunctionType* ft = b_.c_.methodType(p, rt);
  for (size_t i = 0; i < args.size(); ++i) {
    const DartType* param = ft && i < ft->positional.size() ? ft->positional[i] : b_.types().dynamicType();
    call->arguments->positional.push_back(b_.coerce(args[i], param, loc, AssignContext::Argument));
  }
  call->type = ft ? ft->returnType : b_.types().dynamicType();
  return call;
}

std::string PatternLowering::constantKey(Expression* e, SourceLoc loc, kernel::Constant** out) {
  kernel::Constant* k = e->type->kind == TypeKind::Invalid ? nullptr : b_.c_.evaluateConstant(e, false);
  if (!k && e->type->kind != TypeKind::Invalid) b_.error(loc, "The expression of a constant pattern must be a valid constant.");
  if (out) *out = k;
  char buf[32];
  snprintf(buf, sizeof buf, "%p", static_cast<void*>(k));
  return buf;
}

Variable* PatternLowering::declareBinding(SourceLoc loc, Name name, const DartType* type, bool isFinal) {
  if (orLeft_) {
    // The right side of `||` binds the same variables as the left side.
    auto it = orLeft_->find(name);
    if (it != orLeft_->end()) {
      Variable* v = it->second;
      if (v->type != type || v->isFinal != isFinal) {
        b_.error(loc, "The variable '" + std::string(name) +
                          "' has a different type and/or finality in this branch of the logical-or pattern.");
      }
      bindings_[name] = v;
      return v;
    }
  }
  if (bindings_.count(name)) {
    b_.error(loc, "The variable '" + std::string(name) + "' is already defined in this pattern.");
  }
  Variable* v = b_.c_.newVariable(loc, name, type);
  v->isFinal = isFinal;
  v->owner = b_.functions_.empty() ? nullptr : b_.functions_.back().function;
  bindings_[name] = v;
  auto* decl = b_.make<kernel::VariableDecl>(loc);
  decl->variable = v;
  declarations_.push_back(decl);
  return v;
}

const DartType* PatternLowering::resolve(ast::TypeNode* node) {
  auto [it, fresh] = resolved_.try_emplace(node, nullptr);
  if (fresh) it->second = b_.resolveType(node);
  return it->second;
}

void PatternLowering::matchInvalid(ast::Pattern* sub, const std::string& key) {
  Variable* dummy = b_.c_.newVariable(sub->loc, "#invalid", b_.types().invalidType());
  dummy->owner = b_.functions_.empty() ? nullptr : b_.functions_.back().function;
  match(sub, dummy, dummy->type, key + "|invalid");
}

Expression* PatternLowering::refutableInIrrefutable(ast::Pattern* p, ast::Pattern* sub, const std::string& key) {
  b_.error(p->loc, "Refutable patterns can't be used in an irrefutable context.");
  space_ = spaces_.none();
  if (!sub) return trueLiteral(p->loc);
  ++refutableReported_;
  matchInvalid(sub, key);
  --refutableReported_;
  space_ = spaces_.none();
  return trueLiteral(p->loc);
}

Expression* PatternLowering::typeTest(Variable* value, const DartType* matched, const DartType* required, SourceLoc loc,
                                      bool* failed) {
  *failed = false;
  if (b_.ts().isSubtype(matched, required) || required->kind == TypeKind::Invalid || matched->kind == TypeKind::Invalid) {
    return nullptr;
  }
  if (irrefutable() && !matched->isDynamicLike()) {
    b_.error(loc, "The matched value of type '" + matched->toString() + "' isn't assignable to the required type '" +
                      required->toString() + "'.");
    *failed = true;
    return nullptr;
  }
  if (irrefutable()) {
    // A dynamic value in an irrefutable context is cast (a TypeError when it isn't a T).
    auto* as = b_.make<kernel::AsExpr>(loc);
    as->operand = b_.get(value, loc);
    as->type = required;
    as->isImplicit = true;
    return effect(as, loc);
  }
  auto* is = b_.make<kernel::IsExpr>(loc);
  is->operand = b_.get(value, loc);
  is->testedType = required;
  is->type = b_.boolType();
  return is;
}

// --- Matching ---------------------------------------------------------------------------------------

Expression* PatternLowering::match(ast::Pattern* p, Variable* value, const DartType* matched, const std::string& key) {
  if (!matched) matched = b_.types().dynamicType();
  return matchKind(p, value, matched, key);
}

// The type a value has once it matched a pattern of this space (it promotes the matched value
// for the right side of `&&`), or null when the pattern tests no type.
static const DartType* guaranteedType(const SpacePattern* s, const DartType* matched, kernel::TypeStore& types) {
  if (!s) return nullptr;
  using K = SpacePattern::Kind;
  switch (s->kind) {
    case K::Typed:
    case K::List:
    case K::Cast: return s->type;
    case K::NullCheck:
    case K::NullAssert: return types.nonNullable(matched);
    case K::And: {
      const DartType* r = guaranteedType(s->right, matched, types);
      return r ? r : guaranteedType(s->left, matched, types);
    }
    default: return nullptr;
  }
}

Expression* PatternLowering::matchKind(ast::Pattern* p, Variable* value, const DartType* matched, const std::string& key) {
  using K = ast::PatternKind;
  switch (p->kind) {
    case K::Paren: return match(static_cast<ast::UnaryPattern*>(p)->pattern, value, matched, key);
    case K::Wildcard: {
      auto* w = static_cast<ast::WildcardPattern*>(p);
      space_ = spaces_.any();
      if (!w->type) return trueLiteral(p->loc);
      const DartType* t = resolve(w->type);
      space_ = spaces_.typed(t);
      bool failed = false;
      Expression* test = typeTest(value, matched, t, p->loc, &failed);
      return test ? test : trueLiteral(p->loc);
    }
    case K::Variable: return matchVariable(static_cast<ast::VariablePattern*>(p), value, matched);
    case K::Constant: return matchConstant(static_cast<ast::ConstantPattern*>(p), value, matched, key);
    case K::Relational: return matchRelational(static_cast<ast::RelationalPattern*>(p), value, matched, key);
    case K::LogicalAnd: {
      auto* bp = static_cast<ast::BinaryPattern*>(p);
      Expression* l = match(bp->left, value, matched, key);
      SpacePattern* ls = space_;
      // The right side sees the value promoted by the left side's success (`int() && > 3`).
      const DartType* promoted = matched;
      const DartType* guaranteed = guaranteedType(ls, matched, b_.types());
      if (guaranteed && guaranteed->kind != TypeKind::Invalid && !guaranteed->isDynamicLike()) {
        promoted = matched->isDynamicLike() ? guaranteed : b_.ts().promoteTo(matched, guaranteed);
      }
      Expression* r = match(bp->right, value, promoted, key);
      space_ = spaces_.both(ls, space_);
      return andAlso(l, r);
    }
    case K::LogicalOr: return matchOr(static_cast<ast::BinaryPattern*>(p), value, matched, key);
    case K::Cast: {
      auto* cp = static_cast<ast::CastPattern*>(p);
      const DartType* t = resolve(cp->type);
      // `v as T`, then the subpattern against the cast value (a failed cast throws, even when
      // matching).
      auto* as = b_.make<kernel::AsExpr>(p->loc);
      as->operand = b_.get(value, p->loc);
      as->type = t;
      Variable* castValue = matchTemp("#cast", t, p->loc);
      Expression* site = assign(castValue, as, p->loc);
      Expression* inner = match(cp->pattern, castValue, t, key);
      space_ = spaces_.cast(t, space_);
      return andAlso(site, inner);
    }
    case K::NullCheck:
    case K::NullAssert: {
      auto* up = static_cast<ast::UnaryPattern*>(p);
      if (p->kind == K::NullCheck && irrefutable()) return refutableInIrrefutable(p, up->pattern, key);
      const DartType* nn = b_.types().nonNullable(matched);
      if (matched->isDynamicLike()) nn = matched;
      auto* isNull = b_.make<kernel::EqualsNull>(p->loc);
      isNull->operand = b_.get(value, p->loc);
      isNull->type = b_.boolType();
      Expression* test = notExpr(isNull);
      if (p->kind == K::NullAssert) {
        // `v != null || throw TypeError`: through `v!`, which throws as Dart's `!` does.
        auto* check = b_.make<kernel::NullCheck>(p->loc);
        check->operand = b_.get(value, p->loc);
        check->type = nn;
        test = effect(check, p->loc);
      }
      if (!b_.ts().isPotentiallyNullable(matched) && !matched->isDynamicLike()) test = nullptr;
      // The subpattern reads the same value at the non-nullable type.
      Variable* inner = value;
      if (nn != value->type) {
        inner = matchTemp("#nonNull", nn, p->loc);
        test = andAlso(test, assign(inner, read(value, nn, p->loc), p->loc));
      }
      Expression* sub = match(up->pattern, inner, nn, key);
      space_ = p->kind == K::NullCheck ? spaces_.nullCheck(space_) : spaces_.nullAssert(space_);
      return andAlso(test, sub);
    }
    case K::List: return matchList(static_cast<ast::ListPattern*>(p), value, matched, key);
    case K::Map: return matchMap(static_cast<ast::MapPattern*>(p), value, matched, key);
    case K::Record: return matchRecord(static_cast<ast::RecordPattern*>(p), value, matched, key);
    case K::Object: return matchObject(static_cast<ast::ObjectPattern*>(p), value, matched, key);
    case K::Rest:
      b_.error(p->loc, "A rest pattern can only appear in a list pattern.");
      space_ = spaces_.none();
      return trueLiteral(p->loc);
  }
  return trueLiteral(p->loc);
}

Expression* PatternLowering::matchVariable(ast::VariablePattern* p, Variable* value, const DartType* matched) {
  if (context_ == PatternContext::Assignment) {
    // `(a, b) = e`: `a` names an existing local, which gets the value (after a cast from
    // dynamic; other mismatches are compile-time errors).
    NameRef ref = b_.resolveName(p->name, p->loc);
    space_ = spaces_.any();
    if (ref.kind != NameRef::Kind::Local || ref.localFunction) {
      if (ref.kind != NameRef::Kind::None) {
        b_.error(p->loc, "Only local variables can be assigned in a pattern assignment; '" + std::string(p->name) +
                             "' is not supported yet.");
      } else {
        b_.undefinedName(p->loc, p->name);
      }
      return trueLiteral(p->loc);
    }
    Variable* target = ref.variable;
    if (target->isFinal && !target->isLate) {
      b_.error(p->loc, "The final variable '" + std::string(p->name) + "' can only be set once.");
      return trueLiteral(p->loc);
    }
    const DartType* declared = target->type;
    Expression* v = b_.coerce(b_.get(value, p->loc), declared, p->loc, AssignContext::Variable);
    auto* store = b_.make<kernel::VariableSet>(p->loc);
    store->variable = target;
    store->value = v;
    store->type = declared;
    b_.flow_.demote(target);
    b_.flow_.markAssigned(target);
    return effect(store, p->loc);
  }
  const DartType* declared = p->type ? resolve(p->type) : nullptr;
  const DartType* type = declared ? declared : b_.ts().eliminateIntersections(matched);
  if (type->kind == TypeKind::Null && !declared) type = b_.types().dynamicType();
  bool isFinal = p->isFinal || finalDeclaration_;
  Expression* test = nullptr;
  space_ = declared ? spaces_.typed(declared) : spaces_.any();
  bool failed = false;
  if (declared) {
    test = typeTest(value, matched, declared, p->loc, &failed);
    if (test && irrefutable()) test = nullptr;  // a cast from dynamic, below
  }
  Variable* v = declareBinding(p->loc, p->name, type, isFinal);
  Expression* val = read(value, matched, p->loc);
  if (failed) {
    // Reported; the variable is still declared, so its uses report nothing more.
  } else if (declared && !b_.ts().isSubtype(matched, declared)) {
    if (irrefutable()) {
      val = b_.coerce(val, declared, p->loc, AssignContext::Variable);
    } else {
      val = read(value, declared, p->loc);  // after the type test
    }
  } else if (type != matched) {
    val = read(value, type, p->loc);
  }
  return andAlso(test, assign(v, val, p->loc));
}

Expression* PatternLowering::matchConstant(ast::ConstantPattern* p, Variable* value, const DartType* matched,
                                           const std::string& key) {
  if (irrefutable()) return refutableInIrrefutable(p, nullptr, key);
  Expression* c = b_.check(p->expr, matched->isDynamicLike() ? nullptr : matched);
  kernel::Constant* k = nullptr;
  std::string ck = constantKey(c, p->loc, &k);
  space_ = k ? spaces_.constant(k, c->type) : spaces_.none();
  if (k) {
    auto* ce = b_.make<kernel::ConstantExpr>(p->expr->loc);
    ce->constant = k;
    ce->type = c->type;
    c = ce;
  }
  // A constant of an unrelated type is no error (the specification dropped that restriction:
  // a user-defined `==` may still match); the analyzer only warns.
  // `c == v` (the constant is the receiver).
  Expression* eq = b_.equality(c, b_.get(value, p->loc), false, p->loc);
  Expression* bind = nullptr;
  Variable* r = cached(key + "|c==" + ck, eq, &bind);
  return andAlso(bind, read(r, nullptr, p->loc));
}

Expression* PatternLowering::matchRelational(ast::RelationalPattern* p, Variable* value, const DartType* matched,
                                             const std::string& key) {
  if (irrefutable()) return refutableInIrrefutable(p, nullptr, key);
  space_ = spaces_.none();
  using Op = ast::BinaryOp;
  bool isEquality = p->op == Op::Eq || p->op == Op::Ne;
  Expression* operand = b_.check(p->operand, isEquality ? matched : nullptr);
  kernel::Constant* k = nullptr;
  std::string ck = constantKey(operand, p->operand->loc, &k);
  if (k) {
    auto* ce = b_.make<kernel::ConstantExpr>(p->operand->loc);
    ce->constant = k;
    ce->type = operand->type;
    operand = ce;
  }
  Expression* call;
  std::string name;
  if (isEquality) {
    call = b_.equality(read(value, matched, p->loc), operand, false, p->loc);
    name = "==";
  } else {
    switch (p->op) {
      case Op::Lt: name = "<"; break;
      case Op::Gt: name = ">"; break;
      case Op::Le: name = "<="; break;
      default: name = ">="; break;
    }
    call = b_.binaryOperator(read(value, matched, p->loc), b_.c_.keep(name), nullptr, operand, p->loc);
    if (call->type->kind != TypeKind::Invalid && !b_.ts().isSubtype(call->type, b_.boolType())) {
      if (call->type->isDynamicLike()) {
        call = b_.coerce(call, b_.boolType(), p->loc, AssignContext::Other);
      } else {
        b_.error(p->loc, "The return type of operators used in relational patterns must be assignable to 'bool'.");
      }
    }
  }
  Expression* bind = nullptr;
  Variable* r = cached(key + "|" + name + ck, call, &bind);
  Expression* result = read(r, b_.boolType(), p->loc);
  if (p->op == Op::Ne) result = notExpr(result);
  return andAlso(bind, result);
}

Expression* PatternLowering::matchOr(ast::BinaryPattern* p, Variable* value, const DartType* matched, const std::string& key) {
  if (irrefutable()) {
    b_.error(p->loc, "Refutable patterns can't be used in an irrefutable context.");
    ++refutableReported_;
    Expression* e = matchOr(p, value, matched, key);
    --refutableReported_;
    return e;
  }
  std::map<Name, Variable*> outer = bindings_;
  bindings_.clear();
  Expression* l = match(p->left, value, matched, key);
  SpacePattern* ls = space_;
  std::map<Name, Variable*> left = bindings_;
  bindings_.clear();
  const std::map<Name, Variable*>* savedOr = orLeft_;
  orLeft_ = &left;
  Expression* r = match(p->right, value, matched, key);
  orLeft_ = savedOr;
  space_ = spaces_.either(ls, space_);
  for (auto& [name, v] : left) {
    if (!bindings_.count(name)) {
      b_.error(p->right->loc, "Variable pattern '" + std::string(name) + "' is missing in this branch of the logical-or pattern.");
    }
  }
  for (auto& [name, v] : bindings_) {
    if (!left.count(name)) {
      b_.error(p->left->loc, "Variable pattern '" + std::string(name) + "' is missing in this branch of the logical-or pattern.");
    }
  }
  for (auto& [name, v] : bindings_) outer[name] = v;
  bindings_ = std::move(outer);
  return orElse(l, r);
}

Expression* PatternLowering::matchList(ast::ListPattern* p, Variable* value, const DartType* matched, const std::string& key) {
  const auto& core = b_.c_.core();
  const DartType* element = nullptr;
  if (!p->typeArgs.empty()) {
    element = resolve(p->typeArgs[0]);
    if (p->typeArgs.size() != 1) b_.error(p->loc, "A list pattern takes one type argument.");
  } else if (const InterfaceType* asList = b_.ts().asInstanceOfType(b_.types().nonNullable(matched), core.listClass)) {
    element = asList->args[0];
  } else if (const InterfaceType* asIterable = b_.ts().asInstanceOfType(b_.types().nonNullable(matched), core.iterableClass)) {
    element = asIterable->args[0];
  } else {
    element = matched->isDynamicLike() ? b_.types().dynamicType() : core.objectNullableType;
  }
  const DartType* required = b_.types().interface(core.listClass, {element});
  bool failed = false;
  Expression* result = typeTest(value, matched, required, p->loc, &failed);
  // The list read at its required type.
  Variable* list = value;
  if (value->type != required) {
    list = matchTemp("#list", required, p->loc);
    result = andAlso(result, assign(list, read(value, required, p->loc), p->loc));
  }
  size_t restIndex = p->elements.size();
  for (size_t i = 0; i < p->elements.size(); ++i) {
    if (p->elements[i]->kind == ast::PatternKind::Rest) {
      if (restIndex != p->elements.size()) b_.error(p->elements[i]->loc, "At most one rest element is allowed in a list pattern.");
      else restIndex = i;
    }
  }
  bool hasRest = restIndex != p->elements.size();
  size_t h = hasRest ? restIndex : p->elements.size();
  size_t t = hasRest ? p->elements.size() - restIndex - 1 : 0;
  Variable* length = nullptr;
  std::vector<SpacePattern*> headSpaces, tailSpaces;
  SpacePattern* restSpace = nullptr;
  auto intLit = [&](int64_t n) {
    auto* lit = b_.make<kernel::IntLiteral>(p->loc);
    lit->value = n;
    lit->type = core.intType;
    return lit;
  };
  if (!hasRest || h + t > 0) {
    Expression* bind = nullptr;
    length = cached(key + "|length", b_.instanceGet(b_.get(list, p->loc), "length", p->loc, false), &bind);
    result = andAlso(result, bind);
    Expression* cmp;
    Expression* len = read(length, core.intType, p->loc);
    if (hasRest) {
      cmp = b_.binaryOperator(len, ">=", nullptr, intLit(static_cast<int64_t>(h + t)), p->loc);
    } else if (h > 0) {
      cmp = b_.equality(len, intLit(static_cast<int64_t>(h)), false, p->loc);
    } else {
      cmp = b_.binaryOperator(len, "<=", nullptr, intLit(0), p->loc);
    }
    if (irrefutable()) {
      // A length mismatch in an irrefutable context throws.
      auto* cond = b_.make<kernel::Conditional>(p->loc);
      cond->condition = cmp;
      cond->thenExpr = trueLiteral(p->loc);
      cond->elseExpr = matchError(p->loc, b_.boolType());
      cond->type = b_.boolType();
      cmp = cond;
    }
    result = andAlso(result, cmp);
  }
  for (size_t i = 0; i < p->elements.size(); ++i) {
    ast::Pattern* sub = p->elements[i];
    if (failed) {
      // Reported: the elements have no type to check the subpatterns against.
      if (sub->kind != ast::PatternKind::Rest) matchInvalid(sub, key);
      else if (auto* rest = static_cast<ast::RestPattern*>(sub); rest->pattern) matchInvalid(rest->pattern, key);
      continue;
    }
    if (sub->kind == ast::PatternKind::Rest) {
      auto* rest = static_cast<ast::RestPattern*>(sub);
      if (!rest->pattern) continue;
      std::vector<Expression*> args{intLit(static_cast<int64_t>(h))};
      if (t > 0) args.push_back(b_.binaryOperator(read(length, core.intType, p->loc), "-", nullptr, intLit(static_cast<int64_t>(t)), p->loc));
      Expression* bind = nullptr;
      Expression* call = invoke(b_.get(list, sub->loc), "sublist", args, sub->loc);
      Variable* r = cached(key + "|sublist(" + std::to_string(h) + "," + std::to_string(t) + ")", call, &bind);
      result = andAlso(result, bind);
      result = andAlso(result, match(rest->pattern, r, call->type, key + "|sublist(" + std::to_string(h) + "," + std::to_string(t) + ")"));
      restSpace = space_;
      continue;
    }
    ast::Pattern* inner = sub;
    while (inner->kind == ast::PatternKind::Paren) inner = static_cast<ast::UnaryPattern*>(inner)->pattern;
    if (inner->kind == ast::PatternKind::Wildcard && !static_cast<ast::WildcardPattern*>(inner)->type) {
      (i < h ? headSpaces : tailSpaces).push_back(spaces_.any());
      continue;
    }
    Expression* index;
    std::string elementKey;
    if (i < h) {
      index = intLit(static_cast<int64_t>(i));
      elementKey = key + "|[" + std::to_string(i) + "]";
    } else {
      size_t fromEnd = p->elements.size() - i;  // 1 for the last element
      index = b_.binaryOperator(read(length, core.intType, p->loc), "-", nullptr, intLit(static_cast<int64_t>(fromEnd)), sub->loc);
      elementKey = key + "|tail[" + std::to_string(fromEnd - 1) + "]";
    }
    Expression* call = invoke(b_.get(list, sub->loc), "[]", {index}, sub->loc);
    Expression* bind = nullptr;
    Variable* r = cached(elementKey, call, &bind);
    result = andAlso(result, bind);
    result = andAlso(result, match(sub, r, call->type, elementKey));
    (i < h ? headSpaces : tailSpaces).push_back(space_);
  }
  // A rest element with a subpattern that may refute the sublist is beyond the check.
  if (restSpace && !spaces_.isAny(restSpace)) space_ = spaces_.none();
  else space_ = spaces_.list(required, std::move(headSpaces), std::move(tailSpaces), hasRest);
  if (failed) return trueLiteral(p->loc);
  return result ? result : trueLiteral(p->loc);
}

Expression* PatternLowering::matchMap(ast::MapPattern* p, Variable* value, const DartType* matched, const std::string& key) {
  const auto& core = b_.c_.core();
  const DartType* keyType = nullptr;
  const DartType* valueType = nullptr;
  if (p->typeArgs.size() == 2) {
    keyType = resolve(p->typeArgs[0]);
    valueType = resolve(p->typeArgs[1]);
  } else if (!p->typeArgs.empty()) {
    b_.error(p->loc, "A map pattern takes two type arguments.");
  }
  if (!keyType) {
    if (const InterfaceType* asMap = b_.ts().asInstanceOfType(b_.types().nonNullable(matched), core.mapClass)) {
      keyType = asMap->args[0];
      valueType = asMap->args[1];
    } else {
      keyType = valueType = matched->isDynamicLike() ? b_.types().dynamicType() : core.objectNullableType;
    }
  }
  if (p->entries.empty()) b_.error(p->loc, "A map pattern must have at least one entry.");
  const DartType* required = b_.types().interface(core.mapClass, {keyType, valueType});
  bool failed = false;
  Expression* result = typeTest(value, matched, required, p->loc, &failed);
  Variable* map = value;
  if (value->type != required) {
    map = matchTemp("#map", required, p->loc);
    result = andAlso(result, assign(map, read(value, required, p->loc), p->loc));
  }
  std::vector<kernel::Constant*> seen;
  for (ast::MapPatternEntry& entry : p->entries) {
    Expression* k = b_.check(entry.key, keyType);
    kernel::Constant* kc = nullptr;
    std::string ck = constantKey(k, entry.key->loc, &kc);
    if (kc) {
      if (std::find(seen.begin(), seen.end(), kc) != seen.end()) {
        b_.error(entry.key->loc, "Two keys in a map pattern can't be equal.");
      }
      seen.push_back(kc);
    }
    if (failed) {
      matchInvalid(entry.value, key);  // reported: no value type to check it against
      continue;
    }
    auto constantOf = [&]() -> Expression* {
      if (!kc) return b_.invalid(entry.key->loc);
      auto* ce = b_.make<kernel::ConstantExpr>(entry.key->loc);
      ce->constant = kc;
      ce->type = k->type;
      return ce;
    };
    // r = v[k]; r != null || (null is V) && v.containsKey(k)
    Expression* call = invoke(b_.get(map, entry.loc), "[]", {constantOf()}, entry.loc);
    std::string entryKey = key + "|[" + ck + "]";
    Expression* bind = nullptr;
    Variable* r = cached(entryKey, call, &bind);
    result = andAlso(result, bind);
    auto* isNull = b_.make<kernel::EqualsNull>(entry.loc);
    isNull->operand = b_.get(r, entry.loc);
    isNull->type = b_.boolType();
    Expression* present = notExpr(isNull);
    if (b_.ts().isPotentiallyNullable(valueType)) {
      Expression* containsBind = nullptr;
      Expression* contains = invoke(b_.get(map, entry.loc), "containsKey", {constantOf()}, entry.loc);
      Variable* c = cached(key + "|containsKey(" + ck + ")", contains, &containsBind);
      Expression* nullIsV = nullptr;
      if (!valueType->isNullable() && !valueType->isDynamicLike()) {
        auto* is = b_.make<kernel::IsExpr>(entry.loc);
        auto* nul = b_.make<kernel::NullLiteral>(entry.loc);
        nul->type = b_.types().nullType();
        is->operand = nul;
        is->testedType = valueType;
        is->type = b_.boolType();
        nullIsV = is;
      }
      present = orElse(present, andAlso(nullIsV, andAlso(containsBind, read(c, b_.boolType(), entry.loc))));
    }
    if (irrefutable()) {
      auto* cond = b_.make<kernel::Conditional>(entry.loc);
      cond->condition = present;
      cond->thenExpr = trueLiteral(entry.loc);
      cond->elseExpr = matchError(entry.loc, b_.boolType());
      cond->type = b_.boolType();
      present = cond;
    }
    result = andAlso(result, present);
    result = andAlso(result, match(entry.value, r, valueType, entryKey));
  }
  space_ = spaces_.none();
  if (failed) return trueLiteral(p->loc);
  return result ? result : trueLiteral(p->loc);
}

Expression* PatternLowering::matchRecord(ast::RecordPattern* p, Variable* value, const DartType* matched,
                                         const std::string& key) {
  // The record type the pattern requires: its shape, with each field's type from the matched
  // record type when it has that shape, else Object? (dynamic when matching a dynamic value).
  std::vector<ast::PatternField*> positional;
  std::vector<ast::PatternField*> named;
  for (ast::PatternField& f : p->fields) {
    if (f.name.empty()) positional.push_back(&f);
    else named.push_back(&f);
  }
  std::sort(named.begin(), named.end(), [](ast::PatternField* a, ast::PatternField* b) { return a->name < b->name; });
  for (size_t i = 1; i < named.size(); ++i) {
    if (named[i]->name == named[i - 1]->name) b_.error(named[i]->loc, "The field '" + std::string(named[i]->name) + "' is already matched in this pattern.");
  }
  const kernel::RecordType* matchedRecord = nullptr;
  const DartType* bound = b_.types().nonNullable(b_.ts().resolveToBound(matched));
  if (bound->kind == TypeKind::Record) {
    auto* r = static_cast<const kernel::RecordType*>(bound);
    bool same = r->positional.size() == positional.size() && r->named.size() == named.size();
    for (size_t i = 0; same && i < named.size(); ++i) same = r->named[i].name == named[i]->name;
    if (same) matchedRecord = r;
  }
  const DartType* fallback = matched->isDynamicLike() ? b_.types().dynamicType() : b_.c_.core().objectNullableType;
  std::vector<const DartType*> pos;
  std::vector<kernel::NamedParameterType> nam;
  for (size_t i = 0; i < positional.size(); ++i) pos.push_back(matchedRecord ? matchedRecord->positional[i] : fallback);
  for (size_t i = 0; i < named.size(); ++i) {
    kernel::NamedParameterType n;
    n.name = named[i]->name;
    n.type = matchedRecord ? matchedRecord->named[i].type : fallback;
    nam.push_back(n);
  }
  const kernel::RecordType* required = b_.types().record(pos, nam);
  bool failed = false;
  if (!matchedRecord && bound->kind == TypeKind::Record && irrefutable()) {
    b_.error(p->loc, "The matched value of type '" + matched->toString() + "' isn't assignable to the required type '" +
                         required->toString() + "'.");
    failed = true;
  }
  // Type test against the record type with Object? fields (the field types then come from the
  // matched type, which the test doesn't need to check).
  std::vector<const DartType*> anyPos(pos.size(), b_.c_.core().objectNullableType);
  std::vector<kernel::NamedParameterType> anyNamed = nam;
  for (auto& n : anyNamed) n.type = b_.c_.core().objectNullableType;
  const kernel::RecordType* shapeType = b_.types().record(anyPos, anyNamed);
  Expression* result = nullptr;
  if (!b_.ts().isSubtype(matched, required) && !failed) {
    result = typeTest(value, matched, matchedRecord ? static_cast<const DartType*>(required) : shapeType, p->loc, &failed);
  }
  Variable* record = value;
  if (value->type != required) {
    record = matchTemp("#record", required, p->loc);
    result = andAlso(result, assign(record, read(value, required, p->loc), p->loc));
  }
  std::vector<std::pair<Name, SpacePattern*>> fieldSpaces;
  size_t positionalIndex = 0;
  for (ast::PatternField& f : p->fields) {
    if (failed) {
      // Reported: the record's fields have no type to check the subpatterns against.
      matchInvalid(f.pattern, key);
      continue;
    }
    Name getter = f.name;
    if (f.name.empty()) getter = b_.c_.keep("$" + std::to_string(++positionalIndex));
    Expression* read = b_.recordFieldGet(b_.get(record, f.loc), required, getter, f.loc);
    if (!read) {
      b_.error(f.loc, "The record has no field named '" + std::string(getter) + "'.");
      continue;
    }
    std::string fieldKey = key + "|" + std::string(getter);
    Expression* bind = nullptr;
    Variable* r = cached(fieldKey, read, &bind);
    result = andAlso(result, bind);
    result = andAlso(result, match(f.pattern, r, read->type, fieldKey));
    fieldSpaces.push_back({getter, space_});
  }
  space_ = spaces_.typed(matchedRecord ? static_cast<const DartType*>(required) : shapeType, std::move(fieldSpaces));
  if (failed) return trueLiteral(p->loc);
  return result ? result : trueLiteral(p->loc);
}

Expression* PatternLowering::matchObject(ast::ObjectPattern* p, Variable* value, const DartType* matched,
                                         const std::string& key) {
  const DartType* type = resolve(p->type);
  // A generic class named without type arguments takes them from the matched type when that is
  // an instance of the class (the specification infers them; other cases use the bounds).
  if (type->kind == TypeKind::Interface && p->type->typeArgs.empty()) {
    Class* cls = static_cast<const InterfaceType*>(type)->cls;
    if (!cls->typeParams.empty()) {
      if (const InterfaceType* asCls = b_.ts().asInstanceOfType(b_.types().nonNullable(matched), cls)) {
        type = asCls;
      } else if (!matched->isDynamicLike()) {
        type = instantiateFromSupertype(b_, cls, matched);
      }
    }
  }
  if (type->kind == TypeKind::Invalid) {
    // Reported (an undefined class): the fields' variables are still declared.
    for (ast::PatternField& f : p->fields) matchInvalid(f.pattern, key);
    space_ = spaces_.none();
    return trueLiteral(p->loc);
  }
  bool failed = false;
  Expression* result = typeTest(value, matched, type, p->loc, &failed);
  const DartType* objectType = b_.ts().isSubtype(matched, type) ? matched : type;
  if (objectType->isDynamicLike()) objectType = type;
  Variable* object = value;
  if (value->type != objectType) {
    object = matchTemp("#object", objectType, p->loc);
    result = andAlso(result, assign(object, read(value, objectType, p->loc), p->loc));
  }
  std::vector<std::pair<Name, SpacePattern*>> fieldSpaces;
  bool extensionRefutable = false;
  for (ast::PatternField& f : p->fields) {
    if (f.name.empty()) {
      b_.error(f.loc, "The getter name is not specified explicitly, and the pattern is not a variable.");
      continue;
    }
    size_t errors = b_.c_.diags.errorCount();
    Expression* get = b_.instanceGet(b_.get(object, f.loc), f.name, f.loc, false);
    bool bad = b_.c_.diags.errorCount() != errors;
    bool extensionGetter = get->kind != kernel::ExprKind::InstanceGet && get->kind != kernel::ExprKind::InstanceTearOff &&
                           get->kind != kernel::ExprKind::DynamicGet;
    if (bad) {
      matchInvalid(f.pattern, key);
      continue;
    }
    std::string fieldKey = key + "|." + std::string(f.name);
    Expression* bind = nullptr;
    Variable* r = cached(fieldKey, get, &bind);
    result = andAlso(result, bind);
    result = andAlso(result, match(f.pattern, r, get->type, fieldKey));
    if (extensionGetter) {
      // The exhaustiveness check finds a field's type among the class's members, where an
      // extension getter is not. So it sees such a field only when its subpattern matches every
      // value of the getter's type (the field then constrains nothing); otherwise the whole
      // object pattern counts as matching nothing, which can only make the check report a
      // missing case, never accept a switch that can fall through.
      bool coversAll = space_->kind == SpacePattern::Kind::Any ||
                       (space_->kind == SpacePattern::Kind::Typed && space_->fields.empty() && space_->type &&
                        b_.ts().isSubtype(get->type, space_->type));
      if (!coversAll) extensionRefutable = true;
      continue;
    }
    fieldSpaces.push_back({f.name, space_});
  }
  space_ = extensionRefutable ? spaces_.none() : spaces_.typed(type, std::move(fieldSpaces));
  if (failed) return trueLiteral(p->loc);
  return result ? result : trueLiteral(p->loc);
}

// --- Type schemas -----------------------------------------------------------------------------------

const DartType* PatternLowering::typeSchema(ast::Pattern* p) {
  using K = ast::PatternKind;
  switch (p->kind) {
    case K::Paren: return typeSchema(static_cast<ast::UnaryPattern*>(p)->pattern);
    case K::Variable: {
      auto* v = static_cast<ast::VariablePattern*>(p);
      return v->type ? resolve(v->type) : nullptr;
    }
    case K::Record: {
      auto* r = static_cast<ast::RecordPattern*>(p);
      std::vector<const DartType*> pos;
      std::vector<kernel::NamedParameterType> named;
      bool any = false;
      for (ast::PatternField& f : r->fields) {
        const DartType* t = typeSchema(f.pattern);
        if (t) any = true;
        else t = b_.types().dynamicType();  // no constraint: the field keeps its own type
        if (f.name.empty()) {
          pos.push_back(t);
        } else {
          kernel::NamedParameterType n;
          n.name = f.name;
          n.type = t;
          named.push_back(n);
        }
      }
      if (!any) return nullptr;
      std::sort(named.begin(), named.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
      return b_.types().record(pos, named);
    }
    default: return nullptr;
  }
}

}  // namespace dartc::sema
