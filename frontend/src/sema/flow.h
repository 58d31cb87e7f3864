// Flow analysis state for one point of a function body: reachability, promotion chains of local
// variables, which variables are definitely assigned, and which `late` locals are definitely
// unassigned. Small vectors: a function rarely has more than a handful of promoted or
// not-yet-assigned variables at a time.
#pragma once

#include <algorithm>
#include <utility>
#include <vector>

#include "frontend/kernel.h"

namespace dartc::sema {

struct FlowState {
  bool reachable = true;
  // Per promoted variable its promotion chain (flow analysis's `promotedTypes`): every type it
  // was promoted to on the way here, each a subtype of the one before; the last is its type.
  std::vector<std::pair<kernel::Variable*, std::vector<const kernel::DartType*>>> promoted;
  std::vector<kernel::Variable*> assigned;  // variables declared without initializer, now assigned
  // `late` locals declared without initializer that no path has assigned yet. Forgetting one is
  // always safe (it only silences the error), so states built from scratch start empty.
  std::vector<kernel::Variable*> unassigned;

  const kernel::DartType* promotedType(const kernel::Variable* v) const {
    for (const auto& [var, chain] : promoted) {
      if (var == v) return chain.back();
    }
    return nullptr;
  }
  // Promotes `v` further, to `t` (a subtype of its current type).
  void promote(kernel::Variable* v, const kernel::DartType* t) {
    for (auto& [var, chain] : promoted) {
      if (var != v) continue;
      if (chain.back() != t) chain.push_back(t);
      return;
    }
    promoted.push_back({v, {t}});
  }
  void demote(const kernel::Variable* v) {
    promoted.erase(std::remove_if(promoted.begin(), promoted.end(), [&](const auto& p) { return p.first == v; }),
                   promoted.end());
  }
  bool isAssigned(const kernel::Variable* v) const {
    return std::find(assigned.begin(), assigned.end(), v) != assigned.end();
  }
  void markAssigned(kernel::Variable* v) {
    if (!isAssigned(v)) assigned.push_back(v);
    forgetUnassigned(v);
    // `v._f` is another object's field once v is written.
    std::erase_if(promoted, [&](const auto& p) { return p.first != v && derivesFrom(p.first, v); });
  }
  // Whether `key` is v, or the promotion key of a field read through v (`v._f`, `v._f._g`).
  static bool derivesFrom(const kernel::Variable* key, const kernel::Variable* v) {
    for (const kernel::Variable* k = key; k; k = k->promotionBase) {
      if (k == v) return true;
    }
    return false;
  }
  // The variable a promotion key's field reads start from (the key itself when it has none).
  static const kernel::Variable* promotionRoot(const kernel::Variable* key) {
    while (key->promotionBase) key = key->promotionBase;
    return key;
  }
  bool isDefinitelyUnassigned(const kernel::Variable* v) const {
    return std::find(unassigned.begin(), unassigned.end(), v) != unassigned.end();
  }
  void forgetUnassigned(const kernel::Variable* v) {
    unassigned.erase(std::remove(unassigned.begin(), unassigned.end(), v), unassigned.end());
  }

  static FlowState unreachable() {
    FlowState s;
    s.reachable = false;
    return s;
  }

  // The state where two paths meet: promotions, assignments and unassignments that hold on both.
  static FlowState join(const FlowState& a, const FlowState& b) {
    if (!a.reachable) return b;
    if (!b.reachable) return a;
    FlowState out;
    // Promotions: the types both chains contain, in order (`p1 ^ p2` in flow-analysis.md), so
    // `if (x is B) { if (x is C) ...; }` keeps x a B after the inner if.
    for (const auto& [v, chain] : a.promoted) {
      const std::vector<const kernel::DartType*>* other = nullptr;
      for (const auto& [w, c] : b.promoted) {
        if (w == v) other = &c;
      }
      if (!other) continue;
      std::vector<const kernel::DartType*> common;
      for (const kernel::DartType* t : chain) {
        if (std::find(other->begin(), other->end(), t) != other->end()) common.push_back(t);
      }
      if (!common.empty()) out.promoted.push_back({v, std::move(common)});
    }
    for (kernel::Variable* v : a.assigned) {
      if (b.isAssigned(v)) out.assigned.push_back(v);
    }
    for (kernel::Variable* v : a.unassigned) {
      if (b.isDefinitelyUnassigned(v)) out.unassigned.push_back(v);
    }
    return out;
  }
};

}  // namespace dartc::sema
