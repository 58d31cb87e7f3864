// Flow analysis state for one point of a function body: reachability, promoted types of local
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
  std::vector<std::pair<kernel::Variable*, const kernel::DartType*>> promoted;
  std::vector<kernel::Variable*> assigned;  // variables declared without initializer, now assigned
  // `late` locals declared without initializer that no path has assigned yet. Forgetting one is
  // always safe (it only silences the error), so states built from scratch start empty.
  std::vector<kernel::Variable*> unassigned;

  const kernel::DartType* promotedType(const kernel::Variable* v) const {
    for (const auto& [var, type] : promoted) {
      if (var == v) return type;
    }
    return nullptr;
  }
  void promote(kernel::Variable* v, const kernel::DartType* t) {
    for (auto& p : promoted) {
      if (p.first == v) {
        p.second = t;
        return;
      }
    }
    promoted.push_back({v, t});
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
    for (const auto& [v, t] : a.promoted) {
      if (b.promotedType(v) == t) out.promoted.push_back({v, t});
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
