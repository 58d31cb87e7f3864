#include "sema/inference.h"

namespace dartc::sema {

using kernel::FunctionType;
using kernel::TypeKind;
using kernel::TypeParameterType;

bool containsPlaceholder(const DartType* t) {
  switch (t->kind) {
    case TypeKind::TypeParameter:
      return static_cast<const TypeParameterType*>(t)->param->isInferencePlaceholder;
    case TypeKind::Interface:
      for (const DartType* a : static_cast<const InterfaceType*>(t)->args) {
        if (containsPlaceholder(a)) return true;
      }
      return false;
    case TypeKind::Function: {
      auto* f = static_cast<const FunctionType*>(t);
      if (containsPlaceholder(f->returnType)) return true;
      for (const DartType* p : f->positional) {
        if (containsPlaceholder(p)) return true;
      }
      for (const auto& n : f->named) {
        if (containsPlaceholder(n.type)) return true;
      }
      return false;
    }
    case TypeKind::FutureOr:
      return containsPlaceholder(static_cast<const kernel::FutureOrType*>(t)->arg);
    default:
      return false;
  }
}

Inferrer::Inferrer(TypeSystem& ts, const std::vector<TypeParameter*>& params)
    : ts_(ts), params_(params), lower_(params.size()), upper_(params.size()) {
  TypeParameter* p = ts.store().newTypeParameter("_");
  p->isInferencePlaceholder = true;
  placeholder_ = ts.store().typeParameter(p);
}

int Inferrer::indexOf(const DartType* t) const {
  // An intersection `X & B` is a promoted value, not the parameter X being solved.
  if (t->kind != TypeKind::TypeParameter || static_cast<const TypeParameterType*>(t)->promotedBound) return -1;
  const TypeParameter* p = static_cast<const TypeParameterType*>(t)->param;
  for (size_t i = 0; i < params_.size(); ++i) {
    if (params_[i] == p) return static_cast<int>(i);
  }
  return -1;
}

void Inferrer::constrainReturn(const DartType* returnType, const DartType* context) {
  if (!context || context->isDynamicLike() || context->kind == TypeKind::Void || containsPlaceholder(context)) return;
  gather(returnType, context, 0);
}

// Records what `sub <: super` requires of the parameters (either side may mention them).
void Inferrer::gather(const DartType* sub, const DartType* super, int depth) {
  if (depth > 16 || sub->kind == TypeKind::Invalid || super->kind == TypeKind::Invalid) return;
  if (containsPlaceholder(sub) || containsPlaceholder(super)) return;
  int si = indexOf(super);
  if (si >= 0) {
    const DartType* bound = sub;
    if (super->isNullable()) bound = ts_.store().nonNullable(sub);
    if (bound->kind != TypeKind::Null || !super->isNullable()) lower_[si].push_back(bound);
    return;
  }
  int bi = indexOf(sub);
  if (bi >= 0) {
    upper_[bi].push_back(sub->isNullable() ? super : super);
    return;
  }
  if (super->kind == TypeKind::FutureOr) {
    gather(sub, static_cast<const kernel::FutureOrType*>(super)->arg, depth + 1);
    return;
  }
  if (sub->kind == TypeKind::Interface && super->kind == TypeKind::Interface) {
    auto* st = static_cast<const InterfaceType*>(sub);
    auto* pt = static_cast<const InterfaceType*>(super);
    const InterfaceType* asSuper = ts_.asInstanceOf(st, pt->cls);
    if (!asSuper) return;
    for (size_t i = 0; i < pt->args.size() && i < asSuper->args.size(); ++i) gather(asSuper->args[i], pt->args[i], depth + 1);
    return;
  }
  if (sub->kind == TypeKind::Function && super->kind == TypeKind::Function) {
    auto* sf = static_cast<const FunctionType*>(sub);
    auto* pf = static_cast<const FunctionType*>(super);
    gather(sf->returnType, pf->returnType, depth + 1);
    for (size_t i = 0; i < sf->positional.size() && i < pf->positional.size(); ++i) {
      gather(pf->positional[i], sf->positional[i], depth + 1);
    }
    for (const auto& pn : pf->named) {
      for (const auto& sn : sf->named) {
        if (sn.name == pn.name) gather(pn.type, sn.type, depth + 1);
      }
    }
    return;
  }
  if (sub->kind == TypeKind::TypeParameter && !sub->isNullable()) {
    gather(ts_.resolveToBound(sub), super, depth + 1);
  }
}

std::vector<const DartType*> Inferrer::solve(bool partial) {
  std::vector<const DartType*> out;
  for (size_t i = 0; i < params_.size(); ++i) {
    const DartType* t = nullptr;
    for (const DartType* l : lower_[i]) t = t ? ts_.upperBound(t, l) : l;
    if (!t) {
      for (const DartType* u : upper_[i]) {
        if (!t || ts_.isSubtype(u, t)) t = u;
      }
    }
    if (!t) {
      if (partial) {
        t = placeholder_;
      } else {
        const DartType* bound = params_[i]->bound;
        t = !bound || bound == ts_.core().objectNullableType ? ts_.store().dynamicType() : bound;
      }
    }
    out.push_back(ts_.eliminateIntersections(t));
  }
  return out;
}

Substitution Inferrer::substitution(const std::vector<const DartType*>& solution) const {
  Substitution s;
  for (size_t i = 0; i < params_.size() && i < solution.size(); ++i) s[params_[i]] = solution[i];
  return s;
}

}  // namespace dartc::sema
