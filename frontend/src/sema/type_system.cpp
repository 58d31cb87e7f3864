#include "sema/type_system.h"

#include <algorithm>

namespace dartc::sema {

using kernel::FutureOrType;
using kernel::NamedParameterType;
using kernel::Nullability;
using kernel::RecordType;
using kernel::TypeKind;
using kernel::TypeParameterType;

bool mentionsTypeParameter(const DartType* t, const std::function<bool(const TypeParameter*)>& which) {
  auto any = [&](const auto& types) {
    for (const DartType* a : types) {
      if (mentionsTypeParameter(a, which)) return true;
    }
    return false;
  };
  switch (t->kind) {
    case TypeKind::TypeParameter: return which(static_cast<const TypeParameterType*>(t)->param);
    case TypeKind::Interface: return any(static_cast<const InterfaceType*>(t)->args);
    case TypeKind::Function: {
      auto* f = static_cast<const FunctionType*>(t);
      if (mentionsTypeParameter(f->returnType, which) || any(f->positional)) return true;
      for (const auto& n : f->named) {
        if (mentionsTypeParameter(n.type, which)) return true;
      }
      return false;
    }
    case TypeKind::Record: {
      auto* r = static_cast<const RecordType*>(t);
      if (any(r->positional)) return true;
      for (const auto& n : r->named) {
        if (mentionsTypeParameter(n.type, which)) return true;
      }
      return false;
    }
    case TypeKind::FutureOr: return mentionsTypeParameter(static_cast<const FutureOrType*>(t)->arg, which);
    default: return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Class hierarchy.

const std::unordered_map<const Class*, const InterfaceType*>& TypeSystem::supertypesOf(const Class* cls) {
  auto found = supertypes_.find(cls);
  if (found != supertypes_.end()) return found->second;
  // Insert first so that a (malformed) cycle terminates; the checker reports cycles before.
  auto& result = supertypes_[cls];
  result[cls] = cls->thisType;
  auto addFrom = [&](const InterfaceType* direct) {
    if (!direct) return;
    Substitution s = substitutionFor(direct);
    for (const auto& [superClass, superType] : supertypesOf(direct->cls)) {
      if (result.count(superClass)) continue;
      result[superClass] = static_cast<const InterfaceType*>(substitute(superType, s));
    }
  };
  addFrom(cls->supertype);
  for (const InterfaceType* i : cls->interfaces) addFrom(i);
  return supertypes_[cls];
}

const InterfaceType* TypeSystem::asInstanceOf(const InterfaceType* type, const Class* target) {
  if (type->cls == target) return static_cast<const InterfaceType*>(types_.nonNullable(type));
  const auto& supers = supertypesOf(type->cls);
  auto it = supers.find(target);
  if (it == supers.end()) return nullptr;
  if (type->args.empty()) return it->second;
  return static_cast<const InterfaceType*>(substitute(it->second, substitutionFor(type)));
}

const InterfaceType* TypeSystem::asInstanceOfType(const DartType* type, const Class* target) {
  type = resolveToBound(type);
  if (type->kind == TypeKind::Interface) return asInstanceOf(static_cast<const InterfaceType*>(type), target);
  if (type->kind == TypeKind::Function && target == core().functionClass) return core().functionType;
  if (type->kind == TypeKind::Record && target == core().recordClass) return core().recordType;
  if ((type->kind == TypeKind::Function || type->kind == TypeKind::Record) && target == core().objectClass) {
    return core().objectType;
  }
  return nullptr;
}

int TypeSystem::depth(const Class* cls) {
  auto it = depths_.find(cls);
  if (it != depths_.end()) return it->second;
  depths_[cls] = 0;  // cycle guard
  int d = 0;
  if (cls->supertype) d = std::max(d, depth(cls->supertype->cls) + 1);
  for (const InterfaceType* i : cls->interfaces) d = std::max(d, depth(i->cls) + 1);
  depths_[cls] = d;
  return d;
}

// ---------------------------------------------------------------------------------------------
// Substitution.

Substitution TypeSystem::substitutionFor(const InterfaceType* type) {
  Substitution s;
  const auto& params = type->cls->typeParams;
  for (size_t i = 0; i < params.size() && i < type->args.size(); ++i) s[params[i]] = type->args[i];
  return s;
}

const DartType* TypeSystem::substitute(const DartType* type, const Substitution& s) {
  if (s.empty()) return type;
  switch (type->kind) {
    case TypeKind::TypeParameter: {
      const auto* tp = static_cast<const TypeParameterType*>(type);
      auto it = s.find(tp->param);
      if (it == s.end()) {
        return tp->promotedBound ? types_.intersection(tp->param, substitute(tp->promotedBound, s)) : type;
      }
      // `X & B` with X replaced: the replacement (a subtype of B only when promoted there).
      return type->isNullable() ? types_.nullable(it->second) : it->second;
    }
    case TypeKind::Interface: {
      const auto* t = static_cast<const InterfaceType*>(type);
      if (t->args.empty()) return type;
      std::vector<const DartType*> args;
      args.reserve(t->args.size());
      bool changed = false;
      for (const DartType* a : t->args) {
        args.push_back(substitute(a, s));
        changed |= args.back() != a;
      }
      return changed ? types_.interface(t->cls, std::move(args), t->nullability) : type;
    }
    case TypeKind::Function: {
      const auto* f = static_cast<const FunctionType*>(type);
      std::vector<const DartType*> positional;
      for (const DartType* p : f->positional) positional.push_back(substitute(p, s));
      std::vector<NamedParameterType> named;
      for (const auto& n : f->named) named.push_back({n.name, substitute(n.type, s), n.isRequired});
      const DartType* ret = substitute(f->returnType, s);
      std::vector<TypeParameter*> typeParams = f->typeParams;
      // Bounds of the function's own type parameters may mention substituted variables; such
      // bounds are rare in practice and are left as written.
      return types_.function(std::move(typeParams), std::move(positional), f->requiredPositionalCount,
                             std::move(named), ret, f->nullability);
    }
    case TypeKind::Record: {
      const auto* r = static_cast<const RecordType*>(type);
      std::vector<const DartType*> positional;
      for (const DartType* p : r->positional) positional.push_back(substitute(p, s));
      std::vector<NamedParameterType> named;
      for (const auto& n : r->named) named.push_back({n.name, substitute(n.type, s), false});
      return types_.record(std::move(positional), std::move(named), r->nullability);
    }
    case TypeKind::FutureOr: {
      const auto* f = static_cast<const FutureOrType*>(type);
      return types_.futureOr(substitute(f->arg, s), f->nullability);
    }
    default:
      return type;
  }
}

const FunctionType* TypeSystem::instantiate(const FunctionType* type, const std::vector<const DartType*>& args) {
  Substitution s;
  for (size_t i = 0; i < type->typeParams.size() && i < args.size(); ++i) s[type->typeParams[i]] = args[i];
  std::vector<const DartType*> positional;
  for (const DartType* p : type->positional) positional.push_back(substitute(p, s));
  std::vector<NamedParameterType> named;
  for (const auto& n : type->named) named.push_back({n.name, substitute(n.type, s), n.isRequired});
  return types_.function({}, std::move(positional), type->requiredPositionalCount, std::move(named),
                         substitute(type->returnType, s), type->nullability);
}

// ---------------------------------------------------------------------------------------------
// Subtyping (the Dart 3 subtype rules, in the order the specification lists them).

const DartType* TypeSystem::resolveToBound(const DartType* t) {
  int guard = 0;
  while (t->kind == TypeKind::TypeParameter && guard++ < 64) {
    const auto* p = static_cast<const TypeParameterType*>(t);
    if (p->promotedBound) return p->promotedBound;  // never nullable
    const DartType* bound = p->param->bound ? p->param->bound : core().objectNullableType;
    t = p->isNullable() ? types_.nullable(bound) : bound;
  }
  return t;
}

bool TypeSystem::isSubtype(const DartType* s, const DartType* t) {
  if (s == t) return true;
  if (s->kind == TypeKind::Invalid || t->kind == TypeKind::Invalid) return true;
  // Right top.
  if (t->isTop()) return true;
  // Left bottom.
  if (s->kind == TypeKind::Never && !s->isNullable()) return true;
  // Right intersection: S <: X & B iff S <: X and S <: B.
  if (const DartType* b = promotedBoundOf(t)) {
    return isSubtype(s, types_.typeParameter(static_cast<const TypeParameterType*>(t)->param)) && isSubtype(s, b);
  }
  // Right Object.
  if (isObject(t)) {
    if (s->kind == TypeKind::TypeParameter && !s->isNullable()) return isSubtype(resolveToBound(s), t);
    if (s->kind == TypeKind::FutureOr && !s->isNullable()) {
      return isSubtype(static_cast<const FutureOrType*>(s)->arg, t);
    }
    if (s->kind == TypeKind::Interface && isExtensionType(static_cast<const InterfaceType*>(s)->cls) && !s->isNullable()) {
      return isNonNullableExtensionType(static_cast<const InterfaceType*>(s)->cls);
    }
    return !s->admitsNull() && s->kind != TypeKind::Dynamic && s->kind != TypeKind::Void;
  }
  // Left Null.
  if (s->kind == TypeKind::Null || (s->kind == TypeKind::Never && s->isNullable())) {
    if (t->kind == TypeKind::Null) return true;
    if (t->isNullable()) return true;
    if (t->kind == TypeKind::FutureOr) return isSubtype(s, static_cast<const FutureOrType*>(t)->arg);
    return false;
  }
  // Left top (dynamic/void/Object? are only subtypes of tops, handled above).
  if (s->isTop()) return false;
  // Left FutureOr.
  if (s->kind == TypeKind::FutureOr && !s->isNullable()) {
    const auto* f = static_cast<const FutureOrType*>(s);
    if (!core().futureClass) return isSubtype(f->arg, t);
    const DartType* future = types_.interface(core().futureClass, {f->arg});
    return isSubtype(future, t) && isSubtype(f->arg, t);
  }
  // Left nullable: S0? <: T iff S0 <: T and Null <: T.
  if (s->isNullable()) {
    return isSubtype(types_.nonNullable(s), t) && isSubtype(types_.nullType(), t);
  }
  // Right FutureOr.
  if (t->kind == TypeKind::FutureOr) {
    const auto* f = static_cast<const FutureOrType*>(t);
    if (t->isNullable() && isSubtype(s, types_.nullType())) return true;
    if (core().futureClass && isSubtype(s, types_.interface(core().futureClass, {f->arg}))) return true;
    return isSubtype(s, f->arg);
  }
  // Right nullable: S <: T0? iff S <: T0 (S is non-nullable here).
  if (t->isNullable()) return isSubtype(s, types_.nonNullable(t));
  // Type variables.
  if (s->kind == TypeKind::TypeParameter) {
    const auto* sp = static_cast<const TypeParameterType*>(s);
    if (t->kind == TypeKind::TypeParameter && sp->param == static_cast<const TypeParameterType*>(t)->param) {
      return true;
    }
    // Left intersection: X & B <: T iff X <: T or B <: T.
    if (sp->promotedBound) return isSubtype(sp->promotedBound, t) || isSubtype(types_.typeParameter(sp->param), t);
    const DartType* bound = resolveToBound(s);
    return bound != s && isSubtype(bound, t);
  }
  if (t->kind == TypeKind::TypeParameter) return false;
  if (s->kind == TypeKind::Never) return true;
  // Functions.
  if (s->kind == TypeKind::Function) {
    if (t->kind == TypeKind::Interface) {
      const Class* c = static_cast<const InterfaceType*>(t)->cls;
      return c == core().functionClass || c == core().objectClass;
    }
    if (t->kind != TypeKind::Function) return false;
    return functionSubtype(static_cast<const FunctionType*>(s), static_cast<const FunctionType*>(t));
  }
  // Records.
  if (s->kind == TypeKind::Record) {
    if (t->kind == TypeKind::Interface) {
      const Class* c = static_cast<const InterfaceType*>(t)->cls;
      return c == core().recordClass || c == core().objectClass;
    }
    if (t->kind != TypeKind::Record) return false;
    const auto* rs = static_cast<const RecordType*>(s);
    const auto* rt = static_cast<const RecordType*>(t);
    if (rs->positional.size() != rt->positional.size() || rs->named.size() != rt->named.size()) return false;
    for (size_t i = 0; i < rs->positional.size(); ++i) {
      if (!isSubtype(rs->positional[i], rt->positional[i])) return false;
    }
    for (size_t i = 0; i < rs->named.size(); ++i) {
      if (rs->named[i].name != rt->named[i].name || !isSubtype(rs->named[i].type, rt->named[i].type)) return false;
    }
    return true;
  }
  if (s->kind == TypeKind::Interface && t->kind == TypeKind::Interface) {
    return interfaceSubtype(static_cast<const InterfaceType*>(s), static_cast<const InterfaceType*>(t));
  }
  return false;
}

bool TypeSystem::interfaceSubtype(const InterfaceType* s, const InterfaceType* t) {
  const InterfaceType* asT = asInstanceOf(s, t->cls);
  if (!asT) {
    // A class with a `call` method is not a subtype of function types, but is of Function only
    // through its declared supertypes; nothing more to do here.
    return false;
  }
  if (asT->args.size() != t->args.size()) return t->args.empty();
  for (size_t i = 0; i < t->args.size(); ++i) {
    if (!isSubtype(asT->args[i], t->args[i])) return false;
  }
  return true;
}

bool TypeSystem::functionSubtype(const FunctionType* s, const FunctionType* t) {
  if (s->typeParams.size() != t->typeParams.size()) return false;
  const FunctionType* sf = s;
  if (!s->typeParams.empty()) {
    // Rename s's type parameters to t's so both sides speak of the same variables.
    std::vector<const DartType*> args;
    for (TypeParameter* p : t->typeParams) args.push_back(types_.typeParameter(p));
    sf = instantiate(s, args);
    std::vector<const DartType*> tArgs = args;
    t = instantiate(t, tArgs);
  }
  if (!isSubtype(sf->returnType, t->returnType)) return false;
  // s must accept at least what t accepts.
  if (sf->requiredPositionalCount > t->requiredPositionalCount) return false;
  if (sf->positional.size() < t->positional.size()) return false;
  for (size_t i = 0; i < t->positional.size(); ++i) {
    if (!isSubtype(t->positional[i], sf->positional[i])) return false;
  }
  // Named: every named parameter of t exists in s (contravariant); s's extra ones are optional.
  size_t j = 0;
  for (const auto& sn : sf->named) {
    while (j < t->named.size() && t->named[j].name < sn.name) return false;  // t has a name s lacks
    if (j < t->named.size() && t->named[j].name == sn.name) {
      if (sn.isRequired && !t->named[j].isRequired) return false;
      if (!isSubtype(t->named[j].type, sn.type)) return false;
      ++j;
    } else if (sn.isRequired) {
      return false;
    }
  }
  return j == t->named.size();
}

bool TypeSystem::isPotentiallyNullable(const DartType* t) {
  if (t->admitsNull()) return true;
  if (t->kind == TypeKind::TypeParameter) return resolveToBound(t)->admitsNull();
  return false;
}

bool TypeSystem::isStrictlyNonNullable(const DartType* t) { return !isPotentiallyNullable(t); }

const DartType* TypeSystem::promoteTo(const DartType* t, const DartType* tested) {
  if (isSubtype(tested, t)) return tested;
  if (t->isDynamicLike()) return tested;
  if (t->kind != TypeKind::TypeParameter || tested->admitsNull()) return t;
  // `X`, `X?` or `X & R` tested against a subtype S of X's (promoted) bound: `X & S`. (For `X?`
  // the value is then also known to be non-null, so it is an X.)
  const auto* x = static_cast<const TypeParameterType*>(t);
  const DartType* bound = resolveToBound(types_.nonNullable(t));
  if (!isSubtype(tested, bound)) return t;
  return types_.intersection(x->param, tested);
}

const DartType* TypeSystem::factor(const DartType* t, const DartType* tested) {
  // The flow analysis specification's factor(T, S), without its Never result (a false branch
  // that cannot be taken keeps T: nothing is promoted to Never by a type test).
  if (isSubtype(t, tested)) return t;
  const bool plainNullable = t->isNullable() && t->kind != TypeKind::Dynamic && t->kind != TypeKind::Void &&
                             t->kind != TypeKind::Null && t->kind != TypeKind::Invalid;
  if (plainNullable) {
    const DartType* r = types_.nonNullable(t);
    const DartType* factored = factor(r, tested);
    if (isSubtype(types_.nullType(), tested)) return factored;
    return factored == r ? t : types_.nullable(factored);
  }
  if (t->kind == TypeKind::FutureOr && core().futureClass) {
    const DartType* r = static_cast<const FutureOrType*>(t)->arg;
    const DartType* future = types_.interface(core().futureClass, {r});
    if (isSubtype(future, tested) && !isSubtype(r, tested)) return factor(r, tested);
    if (isSubtype(r, tested) && !isSubtype(future, tested)) return factor(future, tested);
  }
  return t;
}

const DartType* TypeSystem::promotedBoundOf(const DartType* t) {
  return t->kind == TypeKind::TypeParameter ? static_cast<const TypeParameterType*>(t)->promotedBound : nullptr;
}

const DartType* TypeSystem::eliminateIntersections(const DartType* t) {
  switch (t->kind) {
    case TypeKind::TypeParameter: {
      const auto* p = static_cast<const TypeParameterType*>(t);
      return p->promotedBound ? types_.typeParameter(p->param) : t;
    }
    case TypeKind::Interface: {
      const auto* it = static_cast<const InterfaceType*>(t);
      std::vector<const DartType*> args;
      bool changed = false;
      for (const DartType* a : it->args) {
        args.push_back(eliminateIntersections(a));
        changed |= args.back() != a;
      }
      return changed ? types_.interface(it->cls, std::move(args), it->nullability) : t;
    }
    case TypeKind::Function: {
      const auto* f = static_cast<const FunctionType*>(t);
      std::vector<const DartType*> positional;
      for (const DartType* p : f->positional) positional.push_back(eliminateIntersections(p));
      std::vector<NamedParameterType> named;
      for (const auto& n : f->named) named.push_back({n.name, eliminateIntersections(n.type), n.isRequired});
      return types_.function(f->typeParams, std::move(positional), f->requiredPositionalCount, std::move(named),
                             eliminateIntersections(f->returnType), f->nullability);
    }
    case TypeKind::Record: {
      const auto* r = static_cast<const RecordType*>(t);
      std::vector<const DartType*> positional;
      for (const DartType* p : r->positional) positional.push_back(eliminateIntersections(p));
      std::vector<NamedParameterType> named;
      for (const auto& n : r->named) named.push_back({n.name, eliminateIntersections(n.type), false});
      return types_.record(std::move(positional), std::move(named), r->nullability);
    }
    case TypeKind::FutureOr: {
      const auto* f = static_cast<const FutureOrType*>(t);
      return types_.futureOr(eliminateIntersections(f->arg), f->nullability);
    }
    default:
      return t;
  }
}

const FunctionType* TypeSystem::asFunctionType(const DartType* t) {
  t = resolveToBound(t);
  if (t->kind == TypeKind::Function) return static_cast<const FunctionType*>(t);
  return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Upper bound.

const DartType* TypeSystem::upperBound(const DartType* a, const DartType* b) {
  if (a == b) return a;
  if (a->kind == TypeKind::Invalid || b->kind == TypeKind::Invalid) return types_.invalidType();
  // UP(X & B, T) is T when X <: T, else UP(B, T); symmetrically on the right.
  if (const DartType* bound = promotedBoundOf(a)) {
    const DartType* x = types_.typeParameter(static_cast<const TypeParameterType*>(a)->param);
    return isSubtype(x, b) ? b : upperBound(bound, b);
  }
  if (promotedBoundOf(b)) return upperBound(b, a);
  if (a->isTop() || b->isTop()) {
    if (a->kind == TypeKind::Dynamic || b->kind == TypeKind::Dynamic) return types_.dynamicType();
    if (a->kind == TypeKind::Void || b->kind == TypeKind::Void) return types_.voidType();
    return core().objectNullableType;
  }
  if (a->kind == TypeKind::Never && !a->isNullable()) return b;
  if (b->kind == TypeKind::Never && !b->isNullable()) return a;
  if (isSubtype(a, b)) return b;
  if (isSubtype(b, a)) return a;
  bool nullable = a->admitsNull() || b->admitsNull();
  if (a->kind == TypeKind::Null || (a->kind == TypeKind::Never)) return types_.nullable(b);
  if (b->kind == TypeKind::Null || (b->kind == TypeKind::Never)) return types_.nullable(a);
  // UP(X extends B, T) is T when X <: T, X when T <: X (both checked above), else UP(B', T)
  // with B' the greatest closure of B with respect to X (upper-lower-bounds.md). The bound keeps
  // its own nullability: an unbounded X has bound Object?, so UP(X, int) is Object?, not Object.
  if (a->kind == TypeKind::TypeParameter && !a->isNullable()) return upperBound(boundClosure(a), b);
  if (b->kind == TypeKind::TypeParameter && !b->isNullable()) return upperBound(a, boundClosure(b));
  const DartType* an = types_.nonNullable(resolveToBound(a));
  const DartType* bn = types_.nonNullable(resolveToBound(b));
  const DartType* result = nullptr;
  if (an->kind == TypeKind::Interface && bn->kind == TypeKind::Interface) {
    result = interfaceUpperBound(static_cast<const InterfaceType*>(an), static_cast<const InterfaceType*>(bn));
  } else if (an->kind == TypeKind::Function && bn->kind == TypeKind::Function) {
    result = functionUpperBound(static_cast<const FunctionType*>(an), static_cast<const FunctionType*>(bn));
  } else if (isSubtype(an, bn)) {
    result = bn;
  } else if (isSubtype(bn, an)) {
    result = an;
  } else if ((an->kind == TypeKind::Function || an->kind == TypeKind::Record) && bn->kind == TypeKind::Interface) {
    result = interfaceUpperBound(an->kind == TypeKind::Function ? core().functionType : core().recordType,
                                 static_cast<const InterfaceType*>(bn));
  } else if ((bn->kind == TypeKind::Function || bn->kind == TypeKind::Record) && an->kind == TypeKind::Interface) {
    result = interfaceUpperBound(static_cast<const InterfaceType*>(an),
                                 bn->kind == TypeKind::Function ? core().functionType : core().recordType);
  } else {
    result = core().objectType;
  }
  return nullable ? types_.nullable(result) : result;
}

const DartType* TypeSystem::boundClosure(const DartType* x) {
  const TypeParameter* param = static_cast<const TypeParameterType*>(x)->param;
  if (!param->bound) return core().objectNullableType;
  return closureOver(param->bound, [&](const TypeParameter* p) { return p == param; }, true, core().objectNullableType);
}

// DOWN(a, b): the subtype when one is; `?` kept only when both sides have it; function types of
// the same shape meet parameter-wise (UP of parameters, DOWN of returns); otherwise Never.
const DartType* TypeSystem::lowerBound(const DartType* a, const DartType* b) {
  if (a == b) return a;
  if (a->kind == TypeKind::Invalid || b->kind == TypeKind::Invalid) return types_.invalidType();
  if (isSubtype(a, b)) return a;
  if (isSubtype(b, a)) return b;
  const DartType* na = types_.nonNullable(a);
  const DartType* nb = types_.nonNullable(b);
  if ((na != a || nb != b) && !a->isTop() && !b->isTop()) {
    const DartType* r = lowerBound(na, nb);
    return a->admitsNull() && b->admitsNull() ? types_.nullable(r) : r;
  }
  if (a->kind == TypeKind::Function && b->kind == TypeKind::Function) {
    auto* fa = static_cast<const FunctionType*>(a);
    auto* fb = static_cast<const FunctionType*>(b);
    bool sameShape = fa->typeParams.empty() && fb->typeParams.empty() && fa->positional.size() == fb->positional.size() &&
                     fa->requiredPositionalCount == fb->requiredPositionalCount && fa->named.size() == fb->named.size();
    for (size_t i = 0; sameShape && i < fa->named.size(); ++i) sameShape = fa->named[i].name == fb->named[i].name;
    if (sameShape) {
      std::vector<const DartType*> positional;
      for (size_t i = 0; i < fa->positional.size(); ++i) positional.push_back(upperBound(fa->positional[i], fb->positional[i]));
      std::vector<NamedParameterType> named;
      for (size_t i = 0; i < fa->named.size(); ++i) {
        named.push_back({fa->named[i].name, upperBound(fa->named[i].type, fb->named[i].type),
                         fa->named[i].isRequired && fb->named[i].isRequired});
      }
      return types_.function({}, std::move(positional), fa->requiredPositionalCount, std::move(named),
                             lowerBound(fa->returnType, fb->returnType));
    }
  }
  return types_.neverType();
}

const DartType* TypeSystem::closureOver(const DartType* t, const std::function<bool(const TypeParameter*)>& isTarget,
                                        bool greatest, const DartType* top) {
  switch (t->kind) {
    case TypeKind::TypeParameter: {
      if (!isTarget(static_cast<const TypeParameterType*>(t)->param)) return t;
      const DartType* r = greatest ? top : types_.neverType();
      return t->isNullable() ? types_.nullable(r) : r;
    }
    case TypeKind::Interface: {
      auto* it = static_cast<const InterfaceType*>(t);
      std::vector<const DartType*> args;
      bool changed = false;
      for (const DartType* a : it->args) {
        args.push_back(closureOver(a, isTarget, greatest, top));
        changed |= args.back() != a;
      }
      return changed ? types_.interface(it->cls, std::move(args), it->nullability) : t;
    }
    case TypeKind::Function: {
      auto* f = static_cast<const FunctionType*>(t);
      std::vector<const DartType*> positional;
      for (const DartType* p : f->positional) positional.push_back(closureOver(p, isTarget, !greatest, top));
      std::vector<NamedParameterType> named;
      for (const auto& n : f->named) named.push_back({n.name, closureOver(n.type, isTarget, !greatest, top), n.isRequired});
      return types_.function(f->typeParams, std::move(positional), f->requiredPositionalCount, std::move(named),
                             closureOver(f->returnType, isTarget, greatest, top), f->nullability);
    }
    case TypeKind::Record: {
      auto* r = static_cast<const RecordType*>(t);
      std::vector<const DartType*> positional;
      for (const DartType* p : r->positional) positional.push_back(closureOver(p, isTarget, greatest, top));
      std::vector<NamedParameterType> named;
      for (const auto& n : r->named) named.push_back({n.name, closureOver(n.type, isTarget, greatest, top), false});
      return types_.record(std::move(positional), std::move(named), r->nullability);
    }
    case TypeKind::FutureOr: {
      auto* f = static_cast<const FutureOrType*>(t);
      return types_.futureOr(closureOver(f->arg, isTarget, greatest, top), f->nullability);
    }
    default:
      return t;
  }
}

// UP of two function types: the parameters' lower bound and the returns' upper bound when the
// shapes match (same positional counts and named parameters, no type parameters); else
// `Function`. Parameters' lower bound is only taken when one is a subtype of the other (the
// general GLB isn't needed by the programs dartc compiles).
const DartType* TypeSystem::functionUpperBound(const FunctionType* a, const FunctionType* b) {
  const DartType* fallback = core().functionType;
  if (!a->typeParams.empty() || !b->typeParams.empty() || a->positional.size() != b->positional.size() ||
      a->requiredPositionalCount != b->requiredPositionalCount || a->named.size() != b->named.size()) {
    return fallback;
  }
  auto lower = [&](const DartType* x, const DartType* y) -> const DartType* {
    if (isSubtype(x, y)) return x;
    if (isSubtype(y, x)) return y;
    return nullptr;
  };
  std::vector<const DartType*> positional;
  for (size_t i = 0; i < a->positional.size(); ++i) {
    const DartType* p = lower(a->positional[i], b->positional[i]);
    if (!p) return fallback;
    positional.push_back(p);
  }
  std::vector<kernel::NamedParameterType> named;
  for (size_t i = 0; i < a->named.size(); ++i) {
    if (a->named[i].name != b->named[i].name) return fallback;
    const DartType* p = lower(a->named[i].type, b->named[i].type);
    if (!p) return fallback;
    named.push_back({a->named[i].name, p, a->named[i].isRequired || b->named[i].isRequired});
  }
  return types_.function({}, std::move(positional), a->requiredPositionalCount, std::move(named),
                         upperBound(a->returnType, b->returnType));
}

const DartType* TypeSystem::interfaceUpperBound(const InterfaceType* a, const InterfaceType* b) {
  if (a->cls == b->cls && a->args.size() == b->args.size()) {
    std::vector<const DartType*> args;
    for (size_t i = 0; i < a->args.size(); ++i) args.push_back(upperBound(a->args[i], b->args[i]));
    return types_.interface(a->cls, std::move(args));
  }
  // The classic algorithm: among the common superinterfaces, take the unique one of greatest depth.
  const auto& sa = supertypesOf(a->cls);
  std::vector<std::pair<int, const InterfaceType*>> candidates;
  for (const auto& [cls, superOfA] : sa) {
    const InterfaceType* inA = asInstanceOf(a, cls);
    const InterfaceType* inB = asInstanceOf(b, cls);
    if (!inA || !inB || inA != inB) continue;
    candidates.push_back({depth(cls), inA});
  }
  std::sort(candidates.begin(), candidates.end(),
            [](const auto& x, const auto& y) { return x.first > y.first; });
  for (size_t i = 0; i < candidates.size();) {
    size_t j = i;
    while (j < candidates.size() && candidates[j].first == candidates[i].first) ++j;
    if (j - i == 1) return candidates[i].second;
    i = j;
  }
  return core().objectType;
}

}  // namespace dartc::sema
