// Exact list locals (exact_list_locals.h): which local variables only ever hold growable lists
// whose type argument is the local's element type, so that stores into them skip the covariant
// check (unchecked_list_stores.cpp).
#include "exact_list_locals.h"

#include <functional>
#include <unordered_set>
#include <utility>
#include <vector>

#include "exact_list_fields.h"
#include "local_bindings.h"
#include "module.h"

namespace dartc::codegen {

using namespace kernel;

const DartType* ExactListLocals::elementTypeOf(const Variable* v, const CoreTypes& core) {
  if (!v || !v->type || v->type->kind != TypeKind::Interface) return nullptr;
  auto* t = static_cast<const InterfaceType*>(v->type);
  if (t->cls != core.listClass || t->args.size() != 1) return nullptr;
  const DartType* x = t->args[0];
  // A type with type parameters is a different type in every call. (A top type qualifies: the
  // list's argument is then exactly that top type, and every value passes.)
  if (!Module::isClosedType(x)) return nullptr;
  return x;
}

ExactListLocals::ExactListLocals(const Program& program, const tfa::FlowFacts& facts, const ExactListFields& fields) {
  const CoreTypes& core = program.core;
  std::unordered_map<const Variable*, const DartType*> element;  // candidates
  std::vector<std::pair<const Variable*, const Expression*>> sources;
  LocalBindings bindings = collectLocalBindings(program);
  for (const Variable* v : bindings.declared) {
    if (const DartType* x = elementTypeOf(v, core)) {
      element[v] = x;
      if (v->initializer) sources.emplace_back(v, v->initializer);
    }
  }
  sources.insert(sources.end(), bindings.assignments.begin(), bindings.assignments.end());
  const std::unordered_set<const Variable*>& boundElsewhere = bindings.boundElsewhere;
  for (const Variable* v : boundElsewhere) element.erase(v);

  // The greatest fixpoint: drop candidates with a source that is not exact until none is left.
  std::unordered_set<const Variable*> inexact;
  auto exactVariable = [&](const Variable* v, const DartType* x) {
    auto it = element.find(v);
    return it != element.end() && it->second == x && !inexact.count(v);
  };
  auto exactField = [&](const Member* target, const DartType* x) {
    if (!target || target->memberKind != MemberKind::Field) return false;
    auto* f = static_cast<const Field*>(target);
    return fields.isExact(f) && ExactListFields::elementTypeOf(f, core) == x;
  };
  std::function<bool(const Expression*, const DartType*)> gives = [&](const Expression* e, const DartType* x) -> bool {
    if (!e) return false;
    switch (e->kind) {
      case ExprKind::VariableGet: return exactVariable(static_cast<const VariableGet*>(e)->variable, x);
      case ExprKind::InstanceGet: {
        // Type-flow analysis resolved the read to one field (no getter overrides it).
        tfa::SiteTarget site = facts.siteTarget(static_cast<const InstanceGet*>(e)->siteId);
        return site.kind == tfa::SiteKind::Direct && exactField(site.target, x);
      }
      case ExprKind::StaticGet: return exactField(static_cast<const StaticGet*>(e)->target, x);
      case ExprKind::VariableSet: return gives(static_cast<const VariableSet*>(e)->value, x);
      case ExprKind::Let: return gives(static_cast<const Let*>(e)->body, x);
      case ExprKind::BlockExpr: return gives(static_cast<const BlockExpr*>(e)->value, x);
      case ExprKind::Conditional: {
        auto* c = static_cast<const Conditional*>(e);
        return gives(c->thenExpr, x) && gives(c->elseExpr, x);
      }
      default: return ExactListFields::givesExactList(e, x, core);
    }
  };
  for (bool changed = true; changed;) {
    changed = false;
    for (const auto& [v, value] : sources) {
      auto it = element.find(v);
      if (it == element.end() || inexact.count(v) || gives(value, it->second)) continue;
      inexact.insert(v);
      changed = true;
    }
  }
  for (const auto& [v, x] : element) {
    if (!inexact.count(v)) exact_.emplace(v, x);
  }
}

}  // namespace dartc::codegen
