#include "sema/inference.h"

namespace dartc::sema {

using kernel::FunctionType;
using kernel::FutureOrType;
using kernel::NamedParameterType;
using kernel::TypeKind;
using kernel::TypeParameterType;

namespace {

bool isPlaceholder(const DartType* t) {
  return t->kind == TypeKind::TypeParameter && !t->isNullable() &&
         static_cast<const TypeParameterType*>(t)->param->isInferencePlaceholder;
}

// The nullable types whose `?` the constraint rules peel off (`dynamic`, `void` and `Null` are
// matched by their own rules).
bool isQuestionType(const DartType* t) {
  return t->isNullable() && t->kind != TypeKind::Dynamic && t->kind != TypeKind::Void && t->kind != TypeKind::Null &&
         t->kind != TypeKind::Invalid;
}

}  // namespace

bool containsPlaceholder(const DartType* t) {
  return mentionsTypeParameter(t, [](const TypeParameter* p) { return p->isInferencePlaceholder; });
}

Inferrer::Inferrer(TypeSystem& ts, const std::vector<TypeParameter*>& params)
    : ts_(ts), params_(params), fixed_(params.size(), nullptr) {
  TypeParameter* p = ts.store().newTypeParameter("_");
  p->isInferencePlaceholder = true;
  placeholder_ = ts.store().typeParameter(p);
  previous_.assign(params.size(), placeholder_);
}

int Inferrer::indexOf(const DartType* t) const {
  // `X?` is matched through the nullable rules, and an intersection `X & B` is a promoted value,
  // not the parameter X being solved.
  if (t->kind != TypeKind::TypeParameter || t->isNullable() || static_cast<const TypeParameterType*>(t)->promotedBound) {
    return -1;
  }
  const TypeParameter* p = static_cast<const TypeParameterType*>(t)->param;
  for (size_t i = 0; i < params_.size(); ++i) {
    if (params_[i] == p) return static_cast<int>(i);
  }
  return -1;
}

bool Inferrer::isParam(const TypeParameter* p) const {
  for (const TypeParameter* q : params_) {
    if (q == p) return true;
  }
  return false;
}

bool Inferrer::mentionsParams(const DartType* t) const {
  return mentionsTypeParameter(t, [&](const TypeParameter* p) { return isParam(p); });
}

void Inferrer::constrainReturn(const DartType* returnType, const DartType* context) {
  // No context, or `dynamic`, which the front ends treat as no context at all.
  if (!context || context->isDynamicLike()) return;
  record(returnType, context);
}

void Inferrer::constrainArgument(const DartType* actual, const DartType* formal) {
  if (!actual || !formal) return;
  record(actual, formal);
}

void Inferrer::record(const DartType* p, const DartType* q) {
  std::vector<Constraint> out;
  // A failed match constrains nothing: the argument is reported as not assignable later.
  if (match(p, q, out, 0)) constraints_.insert(constraints_.end(), out.begin(), out.end());
}

// Subtype constraint generation, the rules in the specification's order ("Subtype constraint
// generation" in inference.md). Only one side mentions the parameters being solved; only one
// side may be a schema with `_`. A failed alternative rolls back what it appended.
bool Inferrer::match(const DartType* p, const DartType* q, std::vector<Constraint>& out, int depth) {
  if (depth > 32) return false;
  if (p->kind == TypeKind::Invalid || q->kind == TypeKind::Invalid) return true;
  if (isPlaceholder(p) || isPlaceholder(q)) return true;
  if (int i = indexOf(p); i >= 0) {
    out.push_back({i, nullptr, q});
    return true;
  }
  if (int i = indexOf(q); i >= 0) {
    // Inference using bounds: a lower bound outside X's bound (over-approximated) is no
    // solution for X; the match fails instead.
    const DartType* bound = params_[i]->bound;
    if (!bound || bound->isTop() ||
        ts_.isSubtype(schemaClosure(p, false),
                      ts_.closureOver(bound, [&](const TypeParameter* t) { return isParam(t); }, true, ts_.core().objectNullableType))) {
      out.push_back({i, p, nullptr});
      return true;
    }
  }
  if (p == q) return true;
  kernel::TypeStore& types = ts_.store();
  const kernel::CoreTypes& core = ts_.core();
  size_t mark = out.size();
  auto rollback = [&] { out.resize(mark); };
  // Q is FutureOr<Q0>.
  if (q->kind == TypeKind::FutureOr && !q->isNullable()) {
    const DartType* q0 = static_cast<const FutureOrType*>(q)->arg;
    if (p->kind == TypeKind::FutureOr && !p->isNullable()) {
      if (match(static_cast<const FutureOrType*>(p)->arg, q0, out, depth + 1)) return true;
      rollback();
    }
    bool withFuture = core.futureClass && match(p, types.interface(core.futureClass, {q0}), out, depth + 1);
    if (withFuture && out.size() > mark) return true;
    rollback();
    if (match(p, q0, out, depth + 1)) return true;
    rollback();
    return withFuture;
  }
  // Q is Q0?.
  if (isQuestionType(q)) {
    const DartType* q0 = types.nonNullable(q);
    if (isQuestionType(p)) {
      if (match(types.nonNullable(p), q0, out, depth + 1)) return true;
      rollback();
    }
    if (p->kind == TypeKind::Dynamic || p->kind == TypeKind::Void) {
      if (match(core.objectType, q0, out, depth + 1)) return true;
      rollback();
    }
    if (match(p, q0, out, depth + 1) && out.size() > mark) return true;
    rollback();
    if (match(p, types.nullType(), out, depth + 1)) return true;
    rollback();
    if (match(p, q0, out, depth + 1)) return true;
    rollback();
    return false;
  }
  // P is FutureOr<P0>: Future<P0> <# Q and P0 <# Q.
  if (p->kind == TypeKind::FutureOr && !p->isNullable()) {
    const DartType* p0 = static_cast<const FutureOrType*>(p)->arg;
    if ((!core.futureClass || match(types.interface(core.futureClass, {p0}), q, out, depth + 1)) &&
        match(p0, q, out, depth + 1)) {
      return true;
    }
    rollback();
  }
  // P is P0?: P0 <# Q and Null <# Q.
  if (isQuestionType(p)) {
    if (match(types.nonNullable(p), q, out, depth + 1) && match(types.nullType(), q, out, depth + 1)) return true;
    rollback();
  }
  if (q->isTop()) return true;
  if (p->kind == TypeKind::Never && !p->isNullable()) return true;
  if (q == core.objectType) return ts_.isStrictlyNonNullable(schemaClosure(p, false));
  if (p->kind == TypeKind::Null) return q->admitsNull();
  // P is a type variable X (not being solved) with bound B, or a promoted X & B.
  if (p->kind == TypeKind::TypeParameter) {
    auto* x = static_cast<const TypeParameterType*>(p);
    if (q->kind == TypeKind::TypeParameter && !q->isNullable() && static_cast<const TypeParameterType*>(q)->param == x->param) {
      return true;
    }
    if (x->promotedBound) {
      if (match(x->promotedBound, q, out, depth + 1)) return true;
      rollback();
      return match(types.typeParameter(x->param), q, out, depth + 1);
    }
    return match(ts_.resolveToBound(p), q, out, depth + 1);
  }
  if (p->kind == TypeKind::Interface && q->kind == TypeKind::Interface) {
    auto* qi = static_cast<const InterfaceType*>(q);
    const InterfaceType* asQ = ts_.asInstanceOf(static_cast<const InterfaceType*>(p), qi->cls);
    if (!asQ) return false;
    for (size_t i = 0; i < qi->args.size() && i < asQ->args.size(); ++i) {
      if (!match(asQ->args[i], qi->args[i], out, depth + 1)) {
        rollback();
        return false;
      }
    }
    return true;
  }
  if (p->kind == TypeKind::Function && q == core.functionType) return true;
  if (p->kind == TypeKind::Function && q->kind == TypeKind::Function) {
    if (matchFunctions(static_cast<const FunctionType*>(p), static_cast<const FunctionType*>(q), out, depth)) return true;
    rollback();
    return false;
  }
  // Anything else (records, mixed kinds) constrains nothing: plain subtyping decides.
  if (!mentionsParams(p) && !mentionsParams(q)) return ts_.isSubtype(schemaClosure(p, false), schemaClosure(q, true));
  return false;
}

bool Inferrer::matchFunctions(const FunctionType* p, const FunctionType* q, std::vector<Constraint>& out, int depth) {
  if (p->typeParams.size() != q->typeParams.size()) return false;
  kernel::TypeStore& types = ts_.store();
  if (!p->typeParams.empty()) {
    // Both generic: speak of q's type parameters on both sides (they stand for the spec's fresh
    // variables Z), require equal bounds, and close the new constraints over them.
    std::vector<const DartType*> zs;
    for (TypeParameter* z : q->typeParams) zs.push_back(types.typeParameter(z));
    Substitution toZ;
    for (size_t i = 0; i < p->typeParams.size(); ++i) toZ[p->typeParams[i]] = zs[i];
    size_t mark = out.size();
    for (size_t i = 0; i < p->typeParams.size(); ++i) {
      const DartType* pb = p->typeParams[i]->bound ? ts_.substitute(p->typeParams[i]->bound, toZ) : ts_.core().objectNullableType;
      const DartType* qb = q->typeParams[i]->bound ? q->typeParams[i]->bound : ts_.core().objectNullableType;
      if (!match(pb, qb, out, depth + 1) || !match(qb, pb, out, depth + 1)) return false;
    }
    if (!matchFunctions(ts_.instantiate(p, zs), ts_.instantiate(q, zs), out, depth + 1)) return false;
    auto isZ = [&](const TypeParameter* t) {
      for (const TypeParameter* z : q->typeParams) {
        if (z == t) return true;
      }
      return false;
    };
    for (size_t i = mark; i < out.size(); ++i) {
      if (out[i].lower) out[i].lower = ts_.closureOver(out[i].lower, isZ, true, ts_.core().objectNullableType);
      if (out[i].upper) out[i].upper = ts_.closureOver(out[i].upper, isZ, false, ts_.core().objectNullableType);
    }
    return true;
  }
  if (!match(p->returnType, q->returnType, out, depth + 1)) return false;
  // p must accept every call q accepts.
  if (p->requiredPositionalCount > q->requiredPositionalCount || q->positional.size() > p->positional.size()) return false;
  for (size_t i = 0; i < q->positional.size(); ++i) {
    if (!match(q->positional[i], p->positional[i], out, depth + 1)) return false;
  }
  for (const NamedParameterType& pn : p->named) {
    const NamedParameterType* qn = nullptr;
    for (const NamedParameterType& n : q->named) {
      if (n.name == pn.name) qn = &n;
    }
    if (!qn) {
      if (pn.isRequired) return false;
      continue;
    }
    if (pn.isRequired && !qn->isRequired) return false;
    if (!match(qn->type, pn.type, out, depth + 1)) return false;
  }
  for (const NamedParameterType& qn : q->named) {
    bool found = false;
    for (const NamedParameterType& pn : p->named) found |= pn.name == qn.name;
    if (!found) return false;
  }
  return true;
}

const DartType* Inferrer::schemaClosure(const DartType* t, bool greatest) const {
  if (!containsPlaceholder(t)) return t;
  return ts_.closureOver(t, [](const TypeParameter* p) { return p->isInferencePlaceholder; }, greatest,
                         ts_.store().dynamicType());
}

const DartType* Inferrer::schemaUpper(const DartType* a, const DartType* b) {
  if (!containsPlaceholder(a) && !containsPlaceholder(b)) return ts_.upperBound(a, b);
  // UP over schemas compares least closures (inference.md, "Upper bound").
  const DartType* la = schemaClosure(a, false);
  const DartType* lb = schemaClosure(b, false);
  if (ts_.isSubtype(la, lb)) return b;
  if (ts_.isSubtype(lb, la)) return a;
  return ts_.upperBound(la, lb);
}

const DartType* Inferrer::schemaLower(const DartType* a, const DartType* b) {
  if (!containsPlaceholder(a) && !containsPlaceholder(b)) return ts_.lowerBound(a, b);
  // DOWN over schemas compares greatest closures.
  const DartType* ga = schemaClosure(a, true);
  const DartType* gb = schemaClosure(b, true);
  if (ts_.isSubtype(ga, gb)) return a;
  if (ts_.isSubtype(gb, ga)) return b;
  return ts_.lowerBound(ga, gb);
}

std::pair<const DartType*, const DartType*> Inferrer::merged(int i, const std::vector<Constraint>& extra) {
  const DartType* lower = nullptr;
  const DartType* upper = nullptr;
  auto add = [&](const Constraint& c) {
    if (c.param != i) return;
    if (c.lower) lower = lower ? schemaUpper(lower, c.lower) : c.lower;
    if (c.upper) upper = upper ? schemaLower(upper, c.upper) : c.upper;
  };
  for (const Constraint& c : constraints_) add(c);
  for (const Constraint& c : extra) add(c);
  return {lower, upper};
}

// The spec's "constraint solution for a type variable" (grounded: its closure to a type).
const DartType* Inferrer::choose(const DartType* lower, const DartType* upper, bool grounded) const {
  if (isKnown(lower)) return lower;
  if (isKnown(upper)) return upper;
  if (lower) return grounded ? schemaClosure(lower, false) : lower;
  if (upper) return grounded ? schemaClosure(upper, true) : upper;
  return nullptr;
}

std::vector<const DartType*> Inferrer::solve(bool partial) {
  std::vector<const DartType*> current = previous_;
  // Constraints derived from the bounds in this phase (inference using bounds); they join the
  // phase's constraint set, so later parameters see them too.
  std::vector<Constraint> extra;
  for (size_t i = 0; i < params_.size(); ++i) {
    if (fixed_[i]) {
      current[i] = fixed_[i];
      continue;
    }
    const TypeParameter* param = params_[i];
    const DartType* bound = param->bound;
    bool hasBound = bound && bound != ts_.core().objectNullableType && !bound->isTop();
    auto [lower, upper] = merged(static_cast<int>(i), extra);
    if (partial) {
      const DartType* t = choose(lower, upper, false);
      // The bound only refines a choice that is about to be fixed.
      if (!isKnown(t)) {
        current[i] = t ? t : placeholder_;
        continue;
      }
    }
    if (hasBound) {
      if (lower) {
        std::vector<Constraint> fromBound;
        if (match(lower, bound, fromBound, 0)) {
          extra.insert(extra.end(), fromBound.begin(), fromBound.end());
          std::tie(lower, upper) = merged(static_cast<int>(i), extra);
        }
      }
      Substitution s;
      for (size_t j = 0; j < params_.size(); ++j) s[params_[j]] = current[j];
      const DartType* extends = ts_.substitute(bound, s);
      upper = upper ? schemaLower(upper, extends) : extends;
    }
    const DartType* t = choose(lower, upper, !partial);
    if (!partial && !t) t = ts_.store().dynamicType();  // unconstrained and unbounded
    current[i] = t ? t : placeholder_;
    if (partial && isKnown(t)) fixed_[i] = ts_.eliminateIntersections(t);
  }
  if (partial) {
    previous_ = current;
    return current;
  }
  for (const DartType*& t : current) t = ts_.eliminateIntersections(t);
  return current;
}

Substitution Inferrer::substitution(const std::vector<const DartType*>& solution) const {
  Substitution s;
  for (size_t i = 0; i < params_.size() && i < solution.size(); ++i) s[params_[i]] = solution[i];
  return s;
}

}  // namespace dartc::sema
