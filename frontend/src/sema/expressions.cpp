// Expressions: the dispatcher, literals, names, property access, operators, conditionals,
// type tests, throw, cascades and string interpolation.
#include <algorithm>
#include <cerrno>
#include <cstdlib>

#include "sema/body_checker.h"
#include "sema/patterns.h"
#include "sema/inference.h"
#include "syntax/ast_locations.h"

namespace dartc::sema {

using kernel::MemberKind;
using kernel::ProcedureKind;
using kernel::TypeKind;

namespace {

bool isNumericClass(const kernel::CoreTypes& core, const DartType* t) {
  return t == core.intType || t == core.doubleType || t == core.numType;
}

// Parses an int literal's text (decimal, hex, digit separators). Hex literals may use all 64
// bits (two's complement); decimal ones up to 2^63, which only `-` may apply to.
bool parseIntLiteral(std::string_view text, bool negated, int64_t& out) {
  std::string digits;
  for (char c : text) {
    if (c != '_') digits += c;
  }
  bool hex = digits.size() > 2 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X');
  errno = 0;
  char* end = nullptr;
  unsigned long long v = std::strtoull(hex ? digits.c_str() + 2 : digits.c_str(), &end, hex ? 16 : 10);
  if (errno == ERANGE || !end || *end != '\0') return false;
  if (hex) {
    out = static_cast<int64_t>(v);
    if (negated) out = static_cast<int64_t>(0ULL - v);
    return true;
  }
  if (v > 9223372036854775808ULL || (v == 9223372036854775808ULL && !negated)) return false;
  out = negated ? static_cast<int64_t>(0ULL - v) : static_cast<int64_t>(v);
  return true;
}

// Whether `t`, a member's declared type, mentions one of its class's type parameters
// (`classParams`) in a non-covariant position: in a parameter of a function type,
// or in a bound of a generic function type's own type parameter. Class type arguments are
// covariant in Dart, so only function types flip the position.
bool mentionsNonCovariantly(const DartType* t, const std::vector<TypeParameter*>& classParams, bool covariant) {
  switch (t->kind) {
    case TypeKind::TypeParameter:
      return !covariant && std::find(classParams.begin(), classParams.end(),
                                     static_cast<const kernel::TypeParameterType*>(t)->param) != classParams.end();
    case TypeKind::Interface:
      for (const DartType* a : static_cast<const kernel::InterfaceType*>(t)->args) {
        if (mentionsNonCovariantly(a, classParams, covariant)) return true;
      }
      return false;
    case TypeKind::FutureOr:
      return mentionsNonCovariantly(static_cast<const kernel::FutureOrType*>(t)->arg, classParams, covariant);
    case TypeKind::Record: {
      auto* r = static_cast<const kernel::RecordType*>(t);
      for (const DartType* f : r->positional) {
        if (mentionsNonCovariantly(f, classParams, covariant)) return true;
      }
      for (const auto& n : r->named) {
        if (mentionsNonCovariantly(n.type, classParams, covariant)) return true;
      }
      return false;
    }
    case TypeKind::Function: {
      auto* f = static_cast<const kernel::FunctionType*>(t);
      for (const TypeParameter* p : f->typeParams) {
        // A bound is invariant: any mention counts.
        if (p->bound && (mentionsNonCovariantly(p->bound, classParams, true) ||
                         mentionsNonCovariantly(p->bound, classParams, false))) {
          return true;
        }
      }
      if (mentionsNonCovariantly(f->returnType, classParams, covariant)) return true;
      for (const DartType* p : f->positional) {
        if (mentionsNonCovariantly(p, classParams, !covariant)) return true;
      }
      for (const auto& n : f->named) {
        if (mentionsNonCovariantly(n.type, classParams, !covariant)) return true;
      }
      return false;
    }
    default:
      return false;
  }
}

}  // namespace

Expression* BodyChecker::checkForEffect(ast::Expr* e) {
  bool saved = forEffect_;
  forEffect_ = true;
  Expression* r = check(e, nullptr);
  forEffect_ = saved;
  return r;
}

Expression* BodyChecker::check(ast::Expr* e, const DartType* context) {
  using K = ast::ExprKind;
  // Only the outermost expression of an expression statement is evaluated for effect.
  bool effect = forEffect_;
  forEffect_ = false;
  // A selector's target continues the selector chain; anything else ends the null shortening
  // of the `?.` accesses inside it.
  bool continuesChain = selectorTarget_;
  selectorTarget_ = false;
  size_t guardMark = nullGuards_.size();
  Expression* result = nullptr;
  switch (e->kind) {
    case K::IntLiteral: result = checkIntLiteral(static_cast<ast::IntLiteralExpr*>(e), context, false); break;
    case K::DoubleLiteral: {
      auto* d = make<kernel::DoubleLiteral>(e->loc);
      d->value = static_cast<ast::DoubleLiteralExpr*>(e)->value;
      d->type = c_.core().doubleType;
      result = d;
      break;
    }
    case K::StringLiteral: result = checkStringLiteral(static_cast<ast::StringLiteralExpr*>(e)); break;
    case K::BoolLiteral: {
      auto* b = make<kernel::BoolLiteral>(e->loc);
      b->value = static_cast<ast::BoolLiteralExpr*>(e)->value;
      b->type = boolType();
      result = b;
      break;
    }
    case K::NullLiteral: {
      auto* n = make<kernel::NullLiteral>(e->loc);
      n->type = types().nullType();
      result = n;
      break;
    }
    case K::SymbolLiteral: {
      // The name as written, without the spaces tokens may have between them (`#a . b`).
      std::string name;
      for (char ch : static_cast<ast::SymbolLiteralExpr*>(e)->name) {
        if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r') name += ch;
      }
      kernel::Constant* k = c_.symbolConstant(name);
      if (!k) {
        error(e->loc, "Symbol literals are not supported by dartc.");
        result = invalid(e->loc);
        break;
      }
      auto* ce = make<kernel::ConstantExpr>(e->loc);
      ce->constant = k;
      ce->type = k->type;
      result = ce;
      break;
    }
    case K::Identifier: result = checkIdentifier(static_cast<ast::IdentifierExpr*>(e), context); break;
    case K::This: {
      if (!inInstanceContext() || (inConstructorInitializer_ && !inLateInitializer_)) {
        error(e->loc, inConstructorInitializer_ ? "The instance member 'this' can't be accessed in an initializer."
                                                : "Invalid reference to 'this' expression.");
        result = invalid(e->loc);
        break;
      }
      if (extensionThis_) {
        result = get(extensionThis_, e->loc);
        break;
      }
      auto* t = make<kernel::ThisExpr>(e->loc);
      t->type = thisType();
      result = t;
      break;
    }
    case K::Super:
      error(e->loc, "Can't use 'super' as an expression.");
      result = invalid(e->loc);
      break;
    case K::ListLiteral: result = checkListLiteral(static_cast<ast::ListLiteralExpr*>(e), context); break;
    case K::SetOrMapLiteral: result = checkSetOrMapLiteral(static_cast<ast::SetOrMapLiteralExpr*>(e), context); break;
    case K::RecordLiteral: result = checkRecordLiteral(static_cast<ast::RecordLiteralExpr*>(e), context); break;
    case K::Paren: {
      forEffect_ = effect;
      result = check(static_cast<ast::ParenExpr*>(e)->inner, context);
      break;
    }
    case K::FunctionExpr: result = checkFunctionExpr(static_cast<ast::FunctionExprNode*>(e), context); break;
    case K::PropertyAccess: result = checkPropertyAccess(static_cast<ast::PropertyAccessExpr*>(e), context); break;
    case K::Index: result = checkIndex(static_cast<ast::IndexExpr*>(e)); break;
    case K::MethodCall: result = checkMethodCall(static_cast<ast::MethodCallExpr*>(e), context); break;
    case K::FunctionCall: result = checkFunctionCall(static_cast<ast::FunctionCallExpr*>(e), context); break;
    case K::InstanceCreation: result = checkInstanceCreation(static_cast<ast::InstanceCreationExpr*>(e), context); break;
    case K::Assignment:
      forEffect_ = effect;
      result = checkAssignment(static_cast<ast::AssignmentExpr*>(e), context);
      break;
    case K::Conditional: result = checkConditionalExpr(static_cast<ast::ConditionalExpr*>(e), context); break;
    case K::Binary: result = checkBinary(static_cast<ast::BinaryExpr*>(e), context); break;
    case K::Prefix:
      forEffect_ = effect;
      result = checkPrefix(static_cast<ast::PrefixExpr*>(e), context);
      break;
    case K::Postfix:
      forEffect_ = effect;
      result = checkPostfix(static_cast<ast::PostfixExpr*>(e), context);
      break;
    case K::Await: {
      ast::Expr* operand = static_cast<ast::AwaitExpr*>(e)->operand;
      if (functions_.empty() || !functions_.back().asyncFuture) {
        if (!inUnsupportedBody()) error(e->loc, "The await expression can only be used in an async function.");
        check(operand, nullptr);
        result = invalid(e->loc);
        break;
      }
      result = lowerAwait(check(operand, context ? types().futureOr(context) : nullptr), e->loc);
      break;
    }
    case K::Is: result = checkIs(static_cast<ast::IsExpr*>(e)); break;
    case K::As: result = checkAs(static_cast<ast::AsExpr*>(e)); break;
    case K::Throw: result = checkThrow(static_cast<ast::ThrowExpr*>(e)); break;
    case K::Rethrow: {
      if (catchVariables_.empty()) {
        error(e->loc, "A rethrow must be inside of a catch clause.");
        result = invalid(e->loc);
        break;
      }
      auto* r = make<kernel::Rethrow>(e->loc);
      r->exception = catchVariables_.back().first;
      r->stackTrace = catchVariables_.back().second;
      if (r->exception) noteVariableUse(r->exception);
      if (r->stackTrace) noteVariableUse(r->stackTrace);
      r->type = types().neverType();
      flow_ = FlowState::unreachable();
      result = r;
      break;
    }
    case K::Cascade: result = checkCascade(static_cast<ast::CascadeExpr*>(e), context); break;
    case K::CascadeReceiver:
      error(e->loc, "Unexpected cascade receiver.");
      result = invalid(e->loc);
      break;
    case K::SwitchExpr:
      result = PatternLowering::switchExpression(*this, static_cast<ast::SwitchExprNode*>(e), context);
      break;
    case K::TypeInstantiation: {
      auto* ti = static_cast<ast::TypeInstantiationExpr*>(e);
      Expression* target = check(ti->target, nullptr);
      if (target->kind == kernel::ExprKind::TypeLiteral || target->kind == kernel::ExprKind::ConstantExpr) {
        // `List<int>` as a value: a type literal with arguments.
        if (target->type == c_.core().typeType && ti->target->kind == K::Identifier) {
          auto* named = c_.astArena.make<ast::NamedTypeNode>(ti->loc);
          named->name = static_cast<ast::IdentifierExpr*>(ti->target)->name;
          named->typeArgs = ti->typeArgs;
          result = typeLiteral(resolveType(named), ti->loc);
          break;
        }
      }
      const FunctionType* ft = ts().asFunctionType(target->type);
      if (!ft || ft->typeParams.size() != ti->typeArgs.size()) {
        error(e->loc, "The expression can't be instantiated with type arguments.");
        result = invalid(e->loc);
        break;
      }
      std::vector<const DartType*> typeArgs;
      for (ast::TypeNode* t : ti->typeArgs) typeArgs.push_back(resolveType(t));
      result = checkTypeArgumentsAgainstBounds(ft->typeParams, typeArgs, false, e->loc) ? instantiateFunction(target, typeArgs, e->loc)
                                                                                         : invalid(e->loc);
      break;
    }
    case K::Error: result = invalid(e->loc); break;
  }
  if (!result->type) result->type = types().dynamicType();
  if (!continuesChain && nullGuards_.size() > guardMark) result = closeNullShorting(result, guardMark);
  result = instantiateForContext(result, context);
  // An expression whose type is a subtype of Never (Never itself, or a type variable bounded by
  // Never) does not complete: what follows is unreachable.
  if (result->type->kind != TypeKind::Invalid && ts().isSubtype(result->type, types().neverType())) {
    flow_ = FlowState::unreachable();
  }
  return result;
}

Expression* BodyChecker::checkIntLiteral(ast::IntLiteralExpr* e, const DartType* context, bool negated) {
  int64_t value = 0;
  if (!parseIntLiteral(e->text, negated, value)) {
    error(e->loc, "The integer literal " + std::string(negated ? "-" : "") + std::string(e->text) +
                      " can't be represented in 64 bits.");
    return invalid(e->loc);
  }
  // An integer literal in a double context is a double (`double d = 1;`).
  if (context && (context == c_.core().doubleType || context == types().nullable(c_.core().doubleType))) {
    auto* d = make<kernel::DoubleLiteral>(e->loc);
    d->value = static_cast<double>(value);
    d->type = c_.core().doubleType;
    return d;
  }
  auto* i = make<kernel::IntLiteral>(e->loc);
  i->value = value;
  i->type = c_.core().intType;
  return i;
}

Expression* BodyChecker::checkStringLiteral(ast::StringLiteralExpr* e) {
  if (e->isSimple()) {
    auto* s = make<kernel::StringLiteral>(e->loc);
    if (!e->parts.empty()) s->value = std::u16string(e->parts[0].text);
    s->type = c_.core().stringType;
    return s;
  }
  auto* concat = make<kernel::StringConcat>(e->loc);
  for (ast::StringPart& p : e->parts) {
    if (p.expr) {
      Expression* value = check(p.expr, nullptr);
      if (value->type->kind == TypeKind::Void) error(p.expr->loc, "This expression has a type of 'void' so its value can't be used.");
      concat->parts.push_back(value);
    } else if (!p.text.empty()) {
      auto* s = make<kernel::StringLiteral>(e->loc);
      s->value = std::u16string(p.text);
      s->type = c_.core().stringType;
      concat->parts.push_back(s);
    }
  }
  concat->type = c_.core().stringType;
  return concat;
}

Expression* BodyChecker::typeLiteral(const DartType* t, SourceLoc loc) {
  auto* tl = make<kernel::TypeLiteral>(loc);
  tl->literalType = t;
  tl->type = c_.core().typeType;
  return tl;
}

Expression* BodyChecker::classTypeLiteral(Class* cls, SourceLoc loc) {
  // `Null` names the Null type, which is not an interface type (as in a type annotation).
  if (cls == c_.core().nullClass) return typeLiteral(types().nullType(), loc);
  if (cls->typeParams.empty()) return typeLiteral(types().interface(cls), loc);
  return typeLiteral(c_.instantiateToBounds(cls), loc);
}

Expression* BodyChecker::staticGet(Member* m, SourceLoc loc) {
  if (m->memberKind == MemberKind::Procedure) {
    auto* p = static_cast<Procedure*>(m);
    if (p->kind == ProcedureKind::Method || p->kind == ProcedureKind::Factory) {
      auto* t = make<kernel::StaticTearOff>(loc);
      t->target = p;
      if (!p->function && p->enclosingClass) c_.ensureSignatures(p->enclosingClass);
      t->type = p->function ? static_cast<const DartType*>(p->function->type) : types().dynamicType();
      return t;
    }
    if (p->kind == ProcedureKind::Setter) {
      error(loc, "The getter '" + std::string(p->name) + "' isn't defined.");
      return invalid(loc);
    }
  }
  auto* g = make<kernel::StaticGet>(loc);
  g->target = m;
  g->type = c_.getterType(m, nullptr);
  return g;
}

bool BodyChecker::isObjectMember(Name name) const {
  return name == "toString" || name == "hashCode" || name == "runtimeType" || name == "==" || name == "noSuchMethod";
}

void BodyChecker::checkNotNullable(Expression* receiver, Name name, SourceLoc loc, const char* what) {
  const DartType* t = receiver->type;
  if (t->isDynamicLike() || !ts().isPotentiallyNullable(t) || isObjectMember(name)) return;
  if (t->kind == TypeKind::Null) return;  // reported as "isn't defined for the type 'Null'"
  std::string w(what);
  if (w == "method") {
    error(loc, "The method '" + std::string(name) + "' can't be unconditionally invoked because the receiver can be 'null'.");
  } else if (w == "operator") {
    error(loc, "The operator '" + std::string(name) + "' can't be unconditionally invoked because the receiver can be 'null'.");
  } else {
    error(loc, "The property '" + std::string(name) + "' can't be unconditionally accessed because the receiver can be 'null'.");
  }
}

Expression* BodyChecker::checkIdentifier(ast::IdentifierExpr* e, const DartType* context) {
  NameRef ref = resolveName(e->name, e->loc);
  switch (ref.kind) {
    case NameRef::Kind::None:
      // `dynamic` and `Never` are types of dart:core without a class: type literals too.
      if (e->name == "dynamic") return typeLiteral(types().dynamicType(), e->loc);
      if (e->name == "Never") return typeLiteral(types().neverType(), e->loc);
      undefinedName(e->loc, e->name);
      return invalid(e->loc);
    case NameRef::Kind::Local:
    case NameRef::Kind::LocalFunction:
      return readVariable(ref.variable, e->loc);
    case NameRef::Kind::TypeParameter:
      return typeLiteral(typeParameterType(ref.typeParam), e->loc);
    case NameRef::Kind::ThisMember: {
      if (!ref.getter) {
        error(e->loc, "The getter '" + std::string(e->name) + "' isn't defined for the type '" + thisType()->toString() + "'.");
        return invalid(e->loc);
      }
      if (isStaticContext_ || (inConstructorInitializer_ && !inLateInitializer_)) {
        error(e->loc, isStaticContext_ ? "Instance members can't be accessed from a static method."
                                       : "The instance member '" + std::string(e->name) + "' can't be accessed in an initializer.");
        return invalid(e->loc);
      }
      return instanceGet(implicitThis(e->loc), e->name, e->loc, false);
    }
    case NameRef::Kind::ThisExtension:
      return instanceGet(implicitThis(e->loc), e->name, e->loc, false);
    case NameRef::Kind::ExtensionMember: {
      if (isStaticContext_) {
        error(e->loc, "Instance members can't be accessed from a static method.");
        return invalid(e->loc);
      }
      return instanceGet(get(extensionThis_, e->loc), e->name, e->loc, false);
    }
    case NameRef::Kind::StaticMember:
      if (!ref.getter) {
        error(e->loc, "The getter '" + std::string(e->name) + "' isn't defined.");
        return invalid(e->loc);
      }
      return staticGet(ref.getter, e->loc);
    case NameRef::Kind::TopLevel: {
      const TopBinding& b = ref.top;
      if (b.cls) return classTypeLiteral(b.cls, e->loc);
      if (b.typedefInfo) return typeLiteral(c_.expandTypedef(b.typedefInfo, {}, e->loc), e->loc);
      if (b.extension) {
        error(e->loc, "Extension '" + std::string(e->name) + "' can't be used as an expression.");
        return invalid(e->loc);
      }
      if (b.getter) return staticGet(b.getter, e->loc);
      if (b.setter) {
        error(e->loc, "The getter '" + std::string(e->name) + "' isn't defined.");
        return invalid(e->loc);
      }
      error(e->loc, "Undefined name '" + std::string(e->name) + "'.");
      return invalid(e->loc);
    }
  }
  return invalid(e->loc);
}

Expression* BodyChecker::nullAware(Expression* receiver, const std::function<Expression*(Expression*)>& body) {
  return body(shortNullAware(receiver));
}

Expression* BodyChecker::shortNullAware(Expression* receiver) {
  Variable* t = temp(receiver, receiver->loc);
  nullGuards_.push_back({t, flow_});
  // The rest of the chain runs only when the receiver is not null: it reads the temporary with
  // the receiver's non-nullable type, and a local receiver is promoted there.
  if (receiver->kind == kernel::ExprKind::VariableGet) {
    Variable* v = static_cast<kernel::VariableGet*>(receiver)->variable;
    const DartType* nn = types().nonNullable(receiver->type);
    if (nn != receiver->type && !closureWritten_.count(v->name) && !v->isLate && !v->isSynthetic) flow_.promote(v, nn);
  }
  kernel::VariableGet* use = get(t, receiver->loc);
  use->type = types().nonNullable(receiver->type);
  return use;
}

Expression* BodyChecker::checkSelectorTarget(ast::Expr* target, const DartType* context) {
  selectorTarget_ = true;
  return check(target, context);
}

// `let t = receiver in t == null ? null : chain`, innermost guard last, so the receivers are
// tested in evaluation order.
Expression* BodyChecker::closeNullShorting(Expression* chain, size_t mark) {
  Expression* result = chain;
  for (size_t i = nullGuards_.size(); i-- > mark;) {
    const NullGuard& g = nullGuards_[i];
    SourceLoc loc = g.receiver->loc;
    auto* test = make<kernel::EqualsNull>(loc);
    test->operand = get(g.receiver, loc);
    test->type = boolType();
    auto* nul = make<kernel::NullLiteral>(loc);
    nul->type = types().nullType();
    auto* cond = make<kernel::Conditional>(loc);
    cond->condition = test;
    cond->thenExpr = nul;
    cond->elseExpr = result;
    cond->type = types().nullable(result->type);
    result = let(g.receiver, cond);
    flow_ = FlowState::join(g.whenNull, flow_);
  }
  nullGuards_.resize(mark);
  return result;
}

// Instance property read on a checked receiver: field/getter, method tear-off, extension
// getter, record field, or a dynamic get.
Variable* BodyChecker::fieldPromotionKey(Expression* e) {
  if (e->kind == kernel::ExprKind::As && static_cast<kernel::AsExpr*>(e)->isCovarianceCheck) {
    e = static_cast<kernel::AsExpr*>(e)->operand;
  }
  if (e->kind != kernel::ExprKind::InstanceGet) return nullptr;
  auto* g = static_cast<kernel::InstanceGet*>(e);
  if (!g->interfaceTarget || g->interfaceTarget->memberKind != MemberKind::Field) return nullptr;
  // Through `this` (implicit or explicit), a local variable or parameter, or a promotable field
  // read through one of those (field promotion, Dart 3.2: `x._f` is promotable when x is). The
  // key of `x._f` is dropped when x is written (FlowState::markAssigned, forgetAssigned).
  const Variable* base = nullptr;
  if (g->receiver->kind == kernel::ExprKind::VariableGet) {
    base = static_cast<kernel::VariableGet*>(g->receiver)->variable;
    // Not a lowering's temporary; not a variable a closure may write between test and use.
    if (base->isSynthetic || base->isLate || closureWritten_.count(base->name)) return nullptr;
  } else if (g->receiver->kind == kernel::ExprKind::InstanceGet) {
    base = fieldPromotionKey(g->receiver);
    if (!base) return nullptr;
  } else if (g->receiver->kind != kernel::ExprKind::This) {
    return nullptr;
  }
  auto* f = static_cast<Field*>(g->interfaceTarget);
  if (f->library != lib_->library || !c_.isPromotableField(f)) return nullptr;
  auto [it, inserted] = fieldKeys_.try_emplace({base, f}, nullptr);
  if (inserted) {
    // Final: the field never changes while the receiver is the same object; a write of the
    // receiver variable drops it.
    Variable* key = c_.newVariable(f->loc, f->name, c_.fieldType(f));
    key->isFinal = true;
    key->isSynthetic = true;
    key->promotionBase = base;
    it->second = key;
  }
  return it->second;
}

// The CFE's covariance check on a read: a member whose declared type mentions a class type
// parameter in a parameter of a function type (`void Function(T) f`) may hold, for a receiver
// whose static type is a supertype of its real one (`C<num> c = C<int>(...)`), a value that is
// not of the static result type (`void Function(int)` is not a `void Function(num)`). Dart
// checks the value read, as an implicit cast to the static type (a TypeError); without it a
// later call would pass a double where the function reads an int. The same holds for a method's
// result (`void Function(T) m()`). Not needed through `this`, whose type arguments are the
// class's own.
Expression* BodyChecker::covarianceChecked(Expression* value, Expression* receiver, Member* member, const DartType* declared) {
  if (receiver->kind == kernel::ExprKind::This || value->type->isDynamicLike() || !declared) return value;
  Class* owner = member->enclosingClass;
  if (!owner || member->isStatic || !mentionsNonCovariantly(declared, owner->typeParams, true)) return value;
  auto* as = make<kernel::AsExpr>(value->loc);
  as->operand = value;
  as->type = value->type;
  as->isImplicit = true;
  as->isCovarianceCheck = true;
  return as;
}

Expression* BodyChecker::instanceGet(Expression* receiver, Name name, SourceLoc loc, bool forInvocation) {
  const DartType* rt = receiver->type;
  if (rt->kind == TypeKind::Invalid) return invalid(loc);
  if (rt->isDynamicLike()) {
    auto* d = make<kernel::DynamicGet>(loc);
    d->receiver = receiver;
    d->name = name;
    d->siteId = c_.nextSiteId();
    d->type = types().dynamicType();
    return d;
  }
  const DartType* bound = ts().resolveToBound(rt);
  if (bound->kind == TypeKind::Record) {
    if (bound->isNullable()) checkNotNullable(receiver, name, loc, "property");
    if (Expression* field = recordFieldGet(receiver, static_cast<const kernel::RecordType*>(bound), name, loc)) return field;
  }
  Class* cls = nullptr;
  const DartType* lookupType = types().nonNullable(bound);
  // `f.call` on a function (of a function type or of type Function) is the function itself.
  if (name == "call" && (lookupType->kind == TypeKind::Function || lookupType == c_.core().functionType)) {
    checkNotNullable(receiver, name, loc, "property");
    return receiver;
  }
  if (lookupType->kind == TypeKind::Interface) cls = static_cast<const InterfaceType*>(lookupType)->cls;
  else if (lookupType->kind == TypeKind::Function) cls = c_.core().functionClass;
  else if (lookupType->kind == TypeKind::Record) cls = c_.core().recordClass;
  else if (lookupType->kind == TypeKind::Null || lookupType->kind == TypeKind::Never) cls = c_.core().nullClass;
  Member* member = cls ? c_.lookupInterfaceMember(cls, name, LookupKind::Getter) : nullptr;
  if (!member && cls && isObjectMember(name)) member = c_.lookupInterfaceMember(c_.core().objectClass, name, LookupKind::Getter);
  if (member && !(name.size() && name[0] == '_' && member->library != lib_->library && !lib_->isSdk)) {
    checkNotNullable(receiver, name, loc, "property");
    if (member->memberKind == MemberKind::Procedure && static_cast<Procedure*>(member)->kind != ProcedureKind::Getter) {
      auto* p = static_cast<Procedure*>(member);
      auto* t = make<kernel::InstanceTearOff>(loc);
      t->receiver = receiver;
      t->name = name;
      t->interfaceTarget = p;
      t->siteId = c_.nextSiteId();
      t->type = c_.methodType(p, types().nonNullable(rt));
      if (!t->type) t->type = types().dynamicType();
      return t;
    }
    auto* g = make<kernel::InstanceGet>(loc);
    g->receiver = receiver;
    g->name = name;
    g->interfaceTarget = member;
    g->siteId = c_.nextSiteId();
    g->type = c_.getterType(member, types().nonNullable(rt));
    if (Variable* key = fieldPromotionKey(g)) {
      if (const DartType* promoted = flow_.promotedType(key)) g->type = promoted;
    }
    return covarianceChecked(g, receiver, member, c_.declaredGetterType(member));
  }
  // Extension getters and tear-offs.
  ExtensionMember ext;
  std::vector<const DartType*> typeArgs;
  if (Expression* viaExtension = extensionAccess(receiver, name, false, loc, &ext, &typeArgs)) {
    (void)forInvocation;
    return viaExtension;
  }
  error(loc, "The getter '" + std::string(name) + "' isn't defined for the type '" + rt->toString() + "'.");
  return invalid(loc);
}

Expression* BodyChecker::checkPropertyAccess(ast::PropertyAccessExpr* e, const DartType* context) {
  // `prefix.name`, `Class.staticMember`, `Extension.staticMember`, `super.name`.
  if (e->target->kind == ast::ExprKind::Identifier && !e->nullAware) {
    Name first = static_cast<ast::IdentifierExpr*>(e->target)->name;
    NameRef ref = resolveName(first, e->target->loc);
    if (ref.kind == NameRef::Kind::TopLevel && ref.top.empty() && lib_->prefixes.count(first)) {
      const Namespace* ns = c_.lookupPrefix(lib_, first);
      auto it = ns->find(e->name);
      if (it == ns->end()) {
        error(e->nameLoc.valid() ? e->nameLoc : e->loc, "Undefined name '" + std::string(e->name) + "'.");
        return invalid(e->loc);
      }
      const TopBinding& b = it->second;
      if (b.cls) return classTypeLiteral(b.cls, e->loc);
      if (b.typedefInfo) return typeLiteral(c_.expandTypedef(b.typedefInfo, {}, e->loc), e->loc);
      if (b.getter) return staticGet(b.getter, e->loc);
      error(e->loc, "Undefined name '" + std::string(e->name) + "'.");
      return invalid(e->loc);
    }
    Class* staticClass = nullptr;
    if (ref.kind == NameRef::Kind::TopLevel && ref.top.cls) staticClass = ref.top.cls;
    TypedefInfo* alias = ref.kind == NameRef::Kind::TopLevel ? ref.top.typedefInfo : nullptr;
    if (alias) staticClass = classOfAlias(alias, e->loc);
    ExtensionInfo* staticExtensionType = staticClass ? c_.extensionTypeOf(staticClass) : nullptr;
    if (staticExtensionType) {
      auto it = staticExtensionType->staticMembers.find(e->name);
      if (it != staticExtensionType->staticMembers.end()) {
        if (it->second.field) return staticGet(it->second.field, e->loc);
        if (it->second.getter) return staticGet(it->second.getter, e->loc);
      }
      if (!c_.lookupInterfaceMember(staticClass, e->name, LookupKind::Getter) &&
          !staticExtensionType->members.count(e->name)) {
        if (Expression* tearOff = extensionTypeConstructorTearOff(staticExtensionType, e->name == "new" ? Name{} : e->name, e->loc)) {
          return tearOff;
        }
      }
    }
    if (staticClass) {
      Member* m = c_.lookupStaticMember(staticClass, e->name, LookupKind::Getter);
      if (!m) {
        SourceLoc at = e->nameLoc.valid() ? e->nameLoc : e->loc;
        if (c_.lookupInterfaceMember(staticClass, e->name, LookupKind::Getter)) {
          error(at, "Instance member '" + std::string(e->name) + "' can't be accessed using static access.");
          return invalid(e->loc);
        }
        // A constructor tear-off: `C.new`, `C.named`, `Alias.new`.
        if (alias) {
          if (Expression* tearOff = aliasedConstructorTearOff(alias, e->name == "new" ? Name{} : e->name, e->loc)) return tearOff;
        } else if (Procedure* tearOff = c_.constructorTearOff(staticClass, e->name == "new" ? Name{} : e->name)) {
          return staticGet(tearOff, e->loc);
        }
        error(at, "The getter '" + std::string(e->name) + "' isn't defined for the type '" + std::string(staticClass->name) + "'.");
        return invalid(e->loc);
      }
      return staticGet(m, e->loc);
    }
    if (ref.kind == NameRef::Kind::TopLevel && ref.top.extension) {
      auto it = ref.top.extension->staticMembers.find(e->name);
      if (it == ref.top.extension->staticMembers.end() || !(it->second.field || it->second.getter)) {
        error(e->loc, "The getter '" + std::string(e->name) + "' isn't defined for the extension '" + std::string(first) + "'.");
        return invalid(e->loc);
      }
      return staticGet(it->second.field ? static_cast<Member*>(it->second.field) : it->second.getter, e->loc);
    }
  }
  if (e->target->kind == ast::ExprKind::Super) {
    if (!cls_ || isStaticContext_) {
      error(e->target->loc, "Can't use 'super' outside of an instance member.");
      return invalid(e->loc);
    }
    // In a mixin declaration `super` is the superclass constraint (`on T`), as for super calls
    // (calls.cpp): looked up in M itself, M's own override of the getter hid T's.
    Member* m = cls_->isMixinDeclaration
                    ? c_.lookupInterfaceMember(cls_->supertype ? cls_->supertype->cls : cls_, e->name, LookupKind::Getter)
                    : c_.lookupConcreteMember(cls_, e->name, LookupKind::Getter, true);
    if (cls_->isMixinDeclaration && m && m->enclosingClass == cls_) m = nullptr;
    if (!m) {
      error(e->loc, "The getter '" + std::string(e->name) + "' isn't defined in a superclass of '" + std::string(cls_->name) + "'.");
      return invalid(e->loc);
    }
    auto* g = make<kernel::SuperGet>(e->loc);
    g->target = m;
    g->type = c_.getterType(m, cls_->thisType);
    return g;
  }
  if (appliedExtension(e->target)) {
    auto app = checkExtensionApplication(e->target, e->nullAware);
    if (!app) return invalid(e->loc);
    return extensionApplicationGet(*app, e->name, e->nameLoc.valid() ? e->nameLoc : e->loc);
  }
  Expression* receiver = checkSelectorTarget(e->target);
  if (e->nullAware) {
    return nullAware(receiver, [&](Expression* r) { return instanceGet(r, e->name, e->nameLoc.valid() ? e->nameLoc : e->loc, false); });
  }
  return instanceGet(receiver, e->name, e->nameLoc.valid() ? e->nameLoc : e->loc, false);
}

Expression* BodyChecker::checkIndex(ast::IndexExpr* e) {
  if (e->target->kind == ast::ExprKind::Super) {
    Member* m = cls_ ? c_.lookupConcreteMember(cls_, "[]", LookupKind::Getter, true) : nullptr;
    if (!m || m->memberKind != MemberKind::Procedure) {
      error(e->loc, "The operator '[]' isn't defined in a superclass.");
      return invalid(e->loc);
    }
    auto* p = static_cast<Procedure*>(m);
    const FunctionType* ft = c_.methodType(p, cls_->thisType);
    auto* call = make<kernel::SuperInvocation>(e->loc);
    call->target = p;
    call->arguments = make<kernel::Arguments>(e->loc);
    call->arguments->positional.push_back(checkAssignable(e->index, ft->positional[0], AssignContext::Argument));
    call->type = ft->returnType;
    return call;
  }
  ast::MethodCallExpr call;
  call.loc = e->loc;
  call.name = "[]";
  call.args.args.push_back({e->index->loc, Name(), e->index});
  if (appliedExtension(e->target)) {
    auto app = checkExtensionApplication(e->target, e->nullAware);
    if (!app) return invalid(e->loc);
    return extensionApplicationCall(*app, "[]", {}, call.args, nullptr, e->loc);
  }
  Expression* receiver = checkSelectorTarget(e->target);
  auto body = [&](Expression* r) -> Expression* { return instanceInvocation(r, "[]", &call, nullptr, e->loc); };
  if (e->nullAware) return nullAware(receiver, body);
  return body(receiver);
}

Expression* BodyChecker::checkConditionalExpr(ast::ConditionalExpr* e, const DartType* context) {
  FlowState whenTrue, whenFalse;
  Expression* cond = checkCondition(e->condition, whenTrue, whenFalse);
  flow_ = whenTrue;
  Expression* thenE = check(e->thenExpr, context);
  FlowState afterThen = flow_;
  flow_ = whenFalse;
  Expression* elseE = check(e->elseExpr, context);
  flow_ = FlowState::join(afterThen, flow_);
  auto* c = make<kernel::Conditional>(e->loc);
  c->condition = cond;
  c->thenExpr = thenE;
  c->elseExpr = elseE;
  c->type = ts().upperBound(thenE->type, elseE->type);
  // With a context the branches are checked against it; the result keeps the context's type
  // when both fit (e.g. int and double branches in a num context). A context still being
  // inferred (`_`) is no type.
  if (context && !context->isDynamicLike() && !containsPlaceholder(context) && ts().isSubtype(thenE->type, context) && ts().isSubtype(elseE->type, context) &&
      !ts().isSubtype(c->type, context)) {
    c->type = context;
  }
  return c;
}

Expression* BodyChecker::checkIs(ast::IsExpr* e) {
  Expression* operand = check(e->operand, nullptr);
  const DartType* tested = resolveType(e->type);
  auto* is = make<kernel::IsExpr>(e->loc);
  is->operand = operand;
  is->testedType = tested;
  is->type = boolType();
  Expression* result = is;
  if (e->negated) {
    auto* n = make<kernel::Not>(e->loc);
    n->operand = is;
    n->type = boolType();
    result = n;
  }
  // Promotion of a local variable: to the tested type where the test holds, to what is left of
  // its type (factor) where it does not.
  FlowState promoted = flow_, factored = flow_;
  Variable* key = nullptr;
  if (operand->kind == kernel::ExprKind::VariableGet) {
    Variable* v = static_cast<kernel::VariableGet*>(operand)->variable;
    if (!closureWritten_.count(v->name) && !v->isLate) key = v;
  } else {
    key = fieldPromotionKey(operand);
  }
  if (key) {
    const DartType* current = operand->type;
    const DartType* target = ts().promoteTo(current, tested);
    if (target != current) promoted.promote(key, target);
    const DartType* rest = ts().factor(current, tested);
    if (rest != current) factored.promote(key, rest);
  }
  lastCondition_.expr = result;
  lastCondition_.whenTrue = e->negated ? factored : promoted;
  lastCondition_.whenFalse = e->negated ? promoted : factored;
  return result;
}

Expression* BodyChecker::checkAs(ast::AsExpr* e) {
  Expression* operand = check(e->operand, nullptr);
  const DartType* t = resolveType(e->type);
  auto* as = make<kernel::AsExpr>(e->loc);
  as->operand = operand;
  as->type = t;
  // `x as T` promotes a local `x` to T afterwards.
  if (operand->kind == kernel::ExprKind::VariableGet) {
    Variable* v = static_cast<kernel::VariableGet*>(operand)->variable;
    if (!closureWritten_.count(v->name)) {
      const DartType* target = ts().promoteTo(operand->type, t);
      if (target != operand->type) flow_.promote(v, target);
    }
  } else if (Variable* key = fieldPromotionKey(operand)) {
    const DartType* target = ts().promoteTo(operand->type, t);
    if (target != operand->type) flow_.promote(key, target);
  }
  return as;
}

Expression* BodyChecker::checkThrow(ast::ThrowExpr* e) {
  Expression* operand = check(e->operand, nullptr);
  // An extension type that implements no non-nullable type may hold null (`extension type
  // N(int? x)`): throwing needs a subtype of Object.
  bool mayBeNull = ts().isPotentiallyNullable(operand->type) || !ts().isSubtype(operand->type, c_.core().objectType);
  if (mayBeNull && !operand->type->isDynamicLike() && operand->type->kind != TypeKind::Invalid) {
    error(e->operand->loc, "Can't throw a value whose type isn't non-nullable: '" + operand->type->toString() + "'.");
  }
  auto* t = make<kernel::Throw>(e->loc);
  t->operand = operand;
  t->type = types().neverType();
  flow_ = FlowState::unreachable();
  return t;
}

Expression* BodyChecker::checkCascade(ast::CascadeExpr* e, const DartType* context) {
  Expression* target = check(e->target, context);
  Variable* t = temp(target, e->loc);
  auto* block = make<kernel::Block>(e->loc);
  // Sections refer to the target through CascadeReceiverExpr; substitute a variable read.
  Name tempName = c_.keep("#cascade" + std::to_string(t->id));
  t->name = tempName;
  pushScope();
  scopes_.back().variables[tempName] = t;
  flow_.markAssigned(t);
  std::function<void(ast::Expr*)> replace = [&](ast::Expr* x) {
    if (!x) return;
    auto fix = [&](ast::Expr*& slot) {
      if (slot && slot->kind == ast::ExprKind::CascadeReceiver) {
        auto* id = c_.astArena.make<ast::IdentifierExpr>(slot->loc);
        id->name = tempName;
        slot = id;
      } else {
        replace(slot);
      }
    };
    switch (x->kind) {
      case ast::ExprKind::PropertyAccess: fix(static_cast<ast::PropertyAccessExpr*>(x)->target); break;
      case ast::ExprKind::Index: fix(static_cast<ast::IndexExpr*>(x)->target); break;
      case ast::ExprKind::MethodCall: fix(static_cast<ast::MethodCallExpr*>(x)->target); break;
      case ast::ExprKind::FunctionCall: fix(static_cast<ast::FunctionCallExpr*>(x)->callee); break;
      case ast::ExprKind::Assignment: fix(static_cast<ast::AssignmentExpr*>(x)->target); break;
      case ast::ExprKind::Postfix: fix(static_cast<ast::PostfixExpr*>(x)->operand); break;
      case ast::ExprKind::Prefix: fix(static_cast<ast::PrefixExpr*>(x)->operand); break;
      case ast::ExprKind::Cascade: fix(static_cast<ast::CascadeExpr*>(x)->target); break;
      default: break;
    }
  };
  // `target?..a()..b()`: the sections run only when the target is not null, so they see it
  // promoted to non-nullable; afterwards the flow is the join of "ran" and "skipped".
  FlowState skipped = flow_;
  if (e->nullAware) {
    const DartType* nonNull = types().nonNullable(target->type);
    if (nonNull != target->type) flow_.promote(t, nonNull);
  }
  for (ast::Expr* section : e->sections) {
    replace(section);
    auto* es = make<kernel::ExpressionStmt>(section->loc);
    es->expression = checkForEffect(section);
    block->statements.push_back(es);
  }
  if (e->nullAware) flow_ = FlowState::join(flow_, skipped);
  popScope();
  auto* be = make<kernel::BlockExpr>(e->loc);
  be->body = block;
  be->value = get(t, e->loc);
  be->type = target->type;
  if (e->nullAware) {
    // `target?..a()`: the sections run only when target is not null.
    auto* test = make<kernel::EqualsNull>(e->loc);
    test->operand = get(t, e->loc);
    test->type = boolType();
    auto* iff = make<kernel::IfStmt>(e->loc);
    auto* notNull = make<kernel::Not>(e->loc);
    notNull->operand = test;
    notNull->type = boolType();
    iff->condition = notNull;
    iff->thenStmt = block;
    auto* outer = make<kernel::Block>(e->loc);
    outer->statements.push_back(iff);
    be->body = outer;
  }
  return let(t, be);
}

// --- Operators -------------------------------------------------------------------------------------

Expression* BodyChecker::equality(Expression* left, Expression* right, bool negated, SourceLoc loc) {
  Expression* result;
  auto isNullLit = [](Expression* x) { return x->kind == kernel::ExprKind::NullLiteral; };
  if (isNullLit(right) || isNullLit(left)) {
    auto* en = make<kernel::EqualsNull>(loc);
    en->operand = isNullLit(right) ? left : right;
    en->type = boolType();
    result = en;
    // `x == null` / `x != null` promote a local x.
    Expression* operand = en->operand;
    FlowState nonNull = flow_, isNull = flow_;
    if (operand->kind == kernel::ExprKind::VariableGet) {
      Variable* v = static_cast<kernel::VariableGet*>(operand)->variable;
      if (!closureWritten_.count(v->name) && !v->isLate) {
        const DartType* nn = types().nonNullable(operand->type);
        if (nn != operand->type) nonNull.promote(v, nn);
      }
    } else if (Variable* key = fieldPromotionKey(operand)) {
      const DartType* nn = types().nonNullable(operand->type);
      if (nn != operand->type) nonNull.promote(key, nn);
    }
    if (negated) {
      auto* n = make<kernel::Not>(loc);
      n->operand = en;
      n->type = boolType();
      result = n;
    }
    lastCondition_.expr = result;
    lastCondition_.whenTrue = negated ? nonNull : isNull;
    lastCondition_.whenFalse = negated ? isNull : nonNull;
    return result;
  }
  Procedure* target = nullptr;
  const DartType* lt = types().nonNullable(ts().resolveToBound(left->type));
  Class* cls = lt->kind == TypeKind::Interface ? static_cast<const InterfaceType*>(lt)->cls : c_.core().objectClass;
  Member* m = c_.lookupInterfaceMember(cls, "==", LookupKind::Getter);
  if (!m) m = c_.lookupInterfaceMember(c_.core().objectClass, "==", LookupKind::Getter);
  if (m && m->memberKind == MemberKind::Procedure) target = static_cast<Procedure*>(m);
  if (target && target->function && !target->function->positional.empty() && !left->type->isDynamicLike()) {
    const FunctionType* ft = c_.methodType(target, lt);
    const DartType* param = ft && !ft->positional.empty() ? ft->positional[0] : nullptr;
    // `==` is never called with null (null operands are handled before the call), so the
    // right operand only has to fit the parameter made nullable: `int?`, or a type variable
    // whose bound is nullable, may be compared with an int.
    if (param && !ts().isAssignable(right->type, types().nullable(param))) {
      error(right->loc, "The argument type '" + right->type->toString() + "' can't be assigned to the parameter type '" +
                            param->toString() + "'.");
    }
  }
  auto* eq = make<kernel::EqualsCall>(loc);
  eq->left = left;
  eq->right = right;
  eq->interfaceTarget = target;
  eq->siteId = c_.nextSiteId();
  eq->type = boolType();
  result = eq;
  if (negated) {
    auto* n = make<kernel::Not>(loc);
    n->operand = eq;
    n->type = boolType();
    result = n;
  }
  return result;
}

Expression* BodyChecker::binaryOperator(Expression* left, Name op, ast::Expr* rightNode, Expression* rightChecked,
                                        SourceLoc loc) {
  const DartType* lt = left->type;
  if (lt->kind == TypeKind::Invalid) {
    if (rightNode) check(rightNode, nullptr);
    return invalid(loc);
  }
  if (lt->isDynamicLike()) {
    auto* d = make<kernel::DynamicInvocation>(loc);
    d->receiver = left;
    d->name = op;
    d->arguments = make<kernel::Arguments>(loc);
    d->arguments->positional.push_back(rightChecked ? rightChecked : check(rightNode, nullptr));
    d->siteId = c_.nextSiteId();
    d->type = types().dynamicType();
    return d;
  }
  const DartType* bound = types().nonNullable(ts().resolveToBound(lt));
  Class* cls = bound->kind == TypeKind::Interface ? static_cast<const InterfaceType*>(bound)->cls : nullptr;
  Member* m = cls ? c_.lookupInterfaceMember(cls, op, LookupKind::Getter) : nullptr;
  if (!m || m->memberKind != MemberKind::Procedure) {
    // Extension operators.
    ExtensionMember ext;
    if (findExtension(left->type, op, false, loc, &ext)) {
      ast::MethodCallExpr call;
      call.loc = loc;
      call.name = op;
      if (rightNode) call.args.args.push_back({rightNode->loc, Name(), rightNode});
      return instanceInvocation(left, op, &call, nullptr, loc);
    }
    error(loc, "The operator '" + std::string(op) + "' isn't defined for the type '" + lt->toString() + "'.");
    if (rightNode) check(rightNode, nullptr);
    return invalid(loc);
  }
  checkNotNullable(left, op, loc, "operator");
  auto* p = static_cast<Procedure*>(m);
  const FunctionType* ft = c_.methodType(p, bound);
  const DartType* paramType = ft && !ft->positional.empty() ? ft->positional[0] : types().dynamicType();
  // Numeric operands: the context of the right operand is the left's type for int/double (so
  // `d + 1` reads 1 as a double only when the parameter asks for it: it asks for num).
  Expression* right = rightChecked ? rightChecked : check(rightNode, isNumericClass(c_.core(), bound) ? nullptr : paramType);
  right = coerce(right, paramType, rightNode ? rightNode->loc : loc, AssignContext::Argument);
  const DartType* resultType = ft ? ft->returnType : types().dynamicType();
  // The special typing of int and double arithmetic (Dart spec 17.31): int op int is int,
  // int op double is double, double op num is double.
  if (op == "+" || op == "-" || op == "*" || op == "%" || op == "remainder") {
    resultType = numberOperationType(bound, {right->type}, resultType);
  }
  auto* call = make<kernel::InstanceInvocation>(loc);
  call->receiver = left;
  call->name = op;
  call->interfaceTarget = p;
  call->arguments = make<kernel::Arguments>(loc);
  call->arguments->positional.push_back(right);
  call->siteId = c_.nextSiteId();
  call->type = resultType;
  return call;
}

// Null safety's number operation typing: `e1 op e2` (op one of + - * % and `remainder`) with
// e1 of type int is int when e2 is an int and double when it is a double, and with e1 a double it
// is double; `e.clamp(e1, e2)` is int when all three are ints and double when all are doubles. A
// type variable counts as its bound. Otherwise the member's declared type (`fallback`) stays.
const DartType* BodyChecker::numberOperationType(const DartType* receiverBound, const std::vector<const DartType*>& argTypes,
                                                 const DartType* fallback) {
  const auto& core = c_.core();
  if (!ts().isSubtype(receiverBound, core.numType) || receiverBound->kind == TypeKind::Never) return fallback;
  bool receiverInt = ts().isSubtype(receiverBound, core.intType);
  bool receiverDouble = ts().isSubtype(receiverBound, core.doubleType);
  bool argsInt = true, argsDouble = true, argsNum = true;
  for (const DartType* a : argTypes) {
    const DartType* t = types().nonNullable(ts().resolveToBound(a));
    argsInt &= ts().isSubtype(t, core.intType);
    argsDouble &= ts().isSubtype(t, core.doubleType);
    argsNum &= ts().isSubtype(t, core.numType);
  }
  if (argTypes.size() == 2) {  // clamp
    if (receiverInt && argsInt) return core.intType;
    if (receiverDouble && argsDouble) return core.doubleType;
    return fallback;
  }
  if (receiverInt && argsInt) return core.intType;
  if (receiverInt && argsDouble) return core.doubleType;
  if (receiverDouble && argsNum) return core.doubleType;
  return fallback;
}

Expression* BodyChecker::checkBinary(ast::BinaryExpr* e, const DartType* context) {
  using Op = ast::BinaryOp;
  SourceLoc opLoc = e->opLoc.valid() ? e->opLoc : e->loc;
  switch (e->op) {
    case Op::LogicalAnd:
    case Op::LogicalOr: {
      bool isAnd = e->op == Op::LogicalAnd;
      FlowState lt, lf;
      ConditionUse use = isAnd ? ConditionUse::LogicalAnd : ConditionUse::LogicalOr;
      Expression* left = checkCondition(e->left, lt, lf, use);
      flow_ = isAnd ? lt : lf;
      FlowState rt, rf;
      Expression* right = checkCondition(e->right, rt, rf, use);
      auto* l = make<kernel::Logical>(e->loc);
      l->op = isAnd ? kernel::LogicalOp::And : kernel::LogicalOp::Or;
      l->left = left;
      l->right = right;
      l->type = boolType();
      FlowState whenTrue = isAnd ? rt : FlowState::join(lt, rt);
      FlowState whenFalse = isAnd ? FlowState::join(lf, rf) : rf;
      flow_ = FlowState::join(whenTrue, whenFalse);
      lastCondition_.expr = l;
      lastCondition_.whenTrue = whenTrue;
      lastCondition_.whenFalse = whenFalse;
      return l;
    }
    case Op::IfNull: {
      Expression* left = check(e->left, context ? types().nullable(context) : nullptr);
      Variable* t = temp(left, e->loc);
      FlowState before = flow_;
      Expression* right = check(e->right, context ? context : types().nonNullable(left->type));
      flow_ = FlowState::join(before, flow_);
      auto* test = make<kernel::EqualsNull>(e->loc);
      test->operand = get(t, e->loc);
      test->type = boolType();
      auto* nonNull = get(t, e->loc);
      nonNull->type = types().nonNullable(left->type);
      auto* c = make<kernel::Conditional>(e->loc);
      c->condition = test;
      c->thenExpr = right;
      c->elseExpr = nonNull;
      c->type = ts().upperBound(types().nonNullable(left->type), right->type);
      return let(t, c);
    }
    case Op::Eq:
    case Op::Ne: {
      if (e->left->kind == ast::ExprKind::Super) return superEquality(e->right, e->op == Op::Ne, opLoc, e->loc);
      Expression* left = check(e->left, nullptr);
      Expression* right = check(e->right, nullptr);
      return equality(left, right, e->op == Op::Ne, e->loc);
    }
    default: break;
  }
  static const char* names[] = {"??", "||", "&&", "==", "!=", "<", ">", "<=", ">=", "|", "^", "&",
                                "<<", ">>", ">>>", "+", "-", "*", "/", "~/", "%"};
  Name op = names[static_cast<int>(e->op)];
  if (e->left->kind == ast::ExprKind::Super) return superBinaryOperator(op, e->right, opLoc, e->loc);
  if (appliedExtension(e->left)) {  // `E(x) + y`
    auto app = checkExtensionApplication(e->left, false);
    if (!app) return invalid(e->loc);
    ast::ArgumentList args;
    args.args.push_back({e->right->loc, Name(), e->right});
    return extensionApplicationCall(*app, op, {}, args, nullptr, opLoc);
  }
  Expression* left = check(e->left, nullptr);
  return binaryOperator(left, op, e->right, nullptr, opLoc);
}

Expression* BodyChecker::checkPrefix(ast::PrefixExpr* e, const DartType* context) {
  switch (e->op) {
    case ast::PrefixOp::Not: {
      FlowState t, f;
      Expression* operand = checkCondition(e->operand, t, f, ConditionUse::Negation);
      auto* n = make<kernel::Not>(e->loc);
      n->operand = operand;
      n->type = boolType();
      flow_ = FlowState::join(t, f);
      lastCondition_.expr = n;
      lastCondition_.whenTrue = f;
      lastCondition_.whenFalse = t;
      return n;
    }
    case ast::PrefixOp::Negate: {
      if (e->operand->kind == ast::ExprKind::IntLiteral) {
        return checkIntLiteral(static_cast<ast::IntLiteralExpr*>(e->operand), context, true);
      }
      if (e->operand->kind == ast::ExprKind::Super) return superUnaryOperator("unary-", e->loc);
      if (appliedExtension(e->operand)) {  // `-E(x)`
        auto app = checkExtensionApplication(e->operand, false);
        if (!app) return invalid(e->loc);
        ast::ArgumentList none;
        return extensionApplicationCall(*app, "unary-", {}, none, nullptr, e->loc);
      }
      Expression* operand = check(e->operand, nullptr);
      if (operand->kind == kernel::ExprKind::DoubleLiteral && e->operand->kind == ast::ExprKind::DoubleLiteral) {
        static_cast<kernel::DoubleLiteral*>(operand)->value = -static_cast<kernel::DoubleLiteral*>(operand)->value;
        return operand;
      }
      ast::MethodCallExpr call;
      call.loc = e->loc;
      call.name = "unary-";
      return instanceInvocation(operand, "unary-", &call, nullptr, e->loc);
    }
    case ast::PrefixOp::BitNot: {
      if (e->operand->kind == ast::ExprKind::Super) return superUnaryOperator("~", e->loc);
      if (appliedExtension(e->operand)) {  // `~E(x)`
        auto app = checkExtensionApplication(e->operand, false);
        if (!app) return invalid(e->loc);
        ast::ArgumentList none;
        return extensionApplicationCall(*app, "~", {}, none, nullptr, e->loc);
      }
      Expression* operand = check(e->operand, nullptr);
      ast::MethodCallExpr call;
      call.loc = e->loc;
      call.name = "~";
      return instanceInvocation(operand, "~", &call, nullptr, e->loc);
    }
    case ast::PrefixOp::Increment:
    case ast::PrefixOp::Decrement:
      return checkIncDec(e->operand, e->op == ast::PrefixOp::Increment, true, e->loc);
  }
  return invalid(e->loc);
}

Expression* BodyChecker::checkPostfix(ast::PostfixExpr* e, const DartType* context) {
  if (e->op == ast::PostfixOp::NullAssert) {
    Expression* operand = checkSelectorTarget(e->operand, context ? types().nullable(context) : nullptr);
    auto* n = make<kernel::NullCheck>(e->loc);
    n->operand = operand;
    n->type = types().nonNullable(operand->type);
    // `x!` promotes a local to non-null from here on, as in Dart.
    if (operand->kind == kernel::ExprKind::VariableGet && operand->type->isNullable()) {
      Variable* v = static_cast<kernel::VariableGet*>(operand)->variable;
      if (!closureWritten_.count(v->name) && !v->isLate && !v->isSynthetic) flow_.promote(v, n->type);
    } else if (Variable* key = fieldPromotionKey(operand); key && operand->type->isNullable()) {
      flow_.promote(key, n->type);
    }
    return n;
  }
  return checkIncDec(e->operand, e->op == ast::PostfixOp::Increment, false, e->loc);
}

// --- Coercion and conditions ---------------------------------------------------------------------------

Expression* BodyChecker::checkAssignable(ast::Expr* e, const DartType* target, AssignContext ctx) {
  Expression* value = check(e, target);
  return coerce(value, target, ast::startLoc(e), ctx);
}

Expression* BodyChecker::coerce(Expression* e, const DartType* target, SourceLoc loc, AssignContext ctx) {
  const DartType* from = e->type;
  if (!target || target->kind == TypeKind::Invalid || from->kind == TypeKind::Invalid) return e;
  if (from->kind == TypeKind::Void && target->kind != TypeKind::Void && !target->isDynamicLike()) {
    error(loc, "This expression has a type of 'void' so its value can't be used.");
    return e;
  }
  if (ts().isSubtype(from, target)) return e;
  // A generic function where a function type is expected: instantiated by inference.
  if (Expression* inst = instantiateForContext(e, target); inst != e) {
    if (inst->type->kind == TypeKind::Invalid) return inst;
    return coerce(inst, target, loc, ctx);
  }
  // An object of a class with a `call` method, where a function is expected: `.call` is torn off
  // implicitly (the language's implicit call tear-off).
  const DartType* wanted = types().nonNullable(target);
  if (from->kind == TypeKind::Interface && !from->isNullable() &&
      (wanted->kind == TypeKind::Function || wanted == c_.core().functionType)) {
    Class* cls = static_cast<const InterfaceType*>(from)->cls;
    Member* call = c_.lookupInterfaceMember(cls, "call", LookupKind::Getter);
    if (call && call->memberKind == MemberKind::Procedure && static_cast<Procedure*>(call)->kind == ProcedureKind::Method) {
      Expression* torn = instanceGet(e, "call", e->loc, false);
      if (torn->type->kind != TypeKind::Invalid && ts().isSubtype(torn->type, target)) return torn;
    }
  }
  if (from->isDynamicLike()) {
    // An implicit downcast from dynamic, checked at run time (against FutureOr<X> too: codegen
    // tests X, then Future<X>).
    auto* as = make<kernel::AsExpr>(e->loc);
    as->operand = e;
    as->isImplicit = true;
    as->type = target;
    return as;
  }
  std::string f = "'" + from->toString() + "'";
  std::string t = "'" + target->toString() + "'";
  switch (ctx) {
    case AssignContext::Argument:
      error(loc, "The argument type " + f + " can't be assigned to the parameter type " + t + ".");
      break;
    case AssignContext::Return:
      if (!functions_.empty() && functions_.back().isClosure) {
        error(loc, "The return type " + f + " isn't a " + t + ", as required by the closure's context.");
      } else {
        std::string name = functions_.empty() ? "" : std::string(functions_.back().name);
        // An async function's returns are checked against FutureOr<V>; Dart names the declared type.
        if (!functions_.empty() && functions_.back().asyncFuture && functions_.back().function->returnType) {
          t = "'" + functions_.back().function->returnType->toString() + "'";
        }
        // The outermost function of a class or extension member is a method.
        const char* kind = (cls_ || ext_) && functions_.size() == 1 ? "method" : "function";
        error(loc, "A value of type " + f + " can't be returned from the " + kind + " '" + name +
                       "' because it has a return type of " + t + ".");
      }
      break;
    case AssignContext::ListElement:
      error(loc, "The element type " + f + " can't be assigned to the list type " + t + ".");
      break;
    case AssignContext::SetElement:
      error(loc, "The element type " + f + " can't be assigned to the set type " + t + ".");
      break;
    case AssignContext::MapKey:
      error(loc, "The element type " + f + " can't be assigned to the map key type " + t + ".");
      break;
    case AssignContext::MapValue:
      error(loc, "The element type " + f + " can't be assigned to the map value type " + t + ".");
      break;
    case AssignContext::FieldFormal:
      error(loc, "The parameter type " + f + " is incompatible with the field type " + t + ".");
      break;
    case AssignContext::FieldInitializer:
      error(loc, "The initializer type " + f + " can't be assigned to the field type " + t + ".");
      break;
    default:
      error(loc, "A value of type " + f + " can't be assigned to a variable of type " + t + ".");
      break;
  }
  auto* bad = invalid(e->loc);
  return bad;
}

Expression* BodyChecker::checkCondition(ast::Expr* e, FlowState& whenTrue, FlowState& whenFalse, ConditionUse what) {
  lastCondition_.expr = nullptr;
  Expression* cond = check(e, boolType());
  if (lastCondition_.expr == cond) {
    whenTrue = lastCondition_.whenTrue;
    whenFalse = lastCondition_.whenFalse;
  } else {
    whenTrue = flow_;
    whenFalse = flow_;
  }
  // `true`/`false` literals make one branch unreachable (while (true) ...).
  if (cond->kind == kernel::ExprKind::BoolLiteral) {
    (static_cast<kernel::BoolLiteral*>(cond)->value ? whenFalse : whenTrue) = FlowState::unreachable();
  }
  if (!ts().isAssignable(cond->type, boolType()) && cond->type->kind != TypeKind::Invalid) {
    SourceLoc at = ast::startLoc(e);
    switch (what) {
      case ConditionUse::Condition:
        if (cond->type->isNullable() && types().nonNullable(cond->type) == boolType()) {
          error(at, "A nullable expression can't be used as a condition.");
        } else {
          error(at, "Conditions must have a static type of 'bool'.");
        }
        break;
      case ConditionUse::Negation: error(at, "A negation operand must have a static type of 'bool'."); break;
      case ConditionUse::LogicalAnd: error(at, "The operands of the operator '&&' must be assignable to 'bool'."); break;
      case ConditionUse::LogicalOr: error(at, "The operands of the operator '||' must be assignable to 'bool'."); break;
      case ConditionUse::Assert: error(at, "The expression in an assert must be of type 'bool'."); break;
    }
    return invalid(e->loc);
  }
  if (cond->type->isDynamicLike() && cond->type->kind != TypeKind::Invalid) cond = coerce(cond, boolType(), e->loc, AssignContext::Other);
  return cond;
}

}  // namespace dartc::sema
