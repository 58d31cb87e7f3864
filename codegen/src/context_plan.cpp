#include "context_plan.h"

#include <algorithm>

#include "frontend/kernel_walk.h"

namespace dartc::codegen {

using namespace kernel;

std::unique_ptr<ContextPlan> planContexts(const Member* member) {
  // Pass 1: the tree of candidate scopes, the captured variables declared in each, and the
  // candidate scope in effect where each closure is created.
  struct Candidate {
    const void* node;
    const FunctionNode* owner;
    int parent;
    std::vector<const Variable*> captured;
    bool holdsThis = false;
    bool holdsTypeArgs = false;
  };
  std::vector<Candidate> candidates;
  std::vector<int> stack;
  std::vector<const FunctionNode*> functions;
  std::vector<std::pair<const FunctionNode*, int>> closures;
  int memberScope = -1;
  bool thisInClosure = false;
  auto plan = std::make_unique<ContextPlan>();
  std::unordered_map<const FunctionNode*, int> candidateOf;      // function scopes
  std::unordered_map<const FunctionNode*, bool> hasInnerClosures;  // generic local functions

  Walker w;
  w.onFunction = [&](const FunctionNode* f) {
    const FunctionNode* outer = functions.empty() ? nullptr : functions.back();
    uint32_t base = outer ? plan->functionBase[outer] + static_cast<uint32_t>(outer->typeParams.size()) : 0;
    plan->functionBase[f] = base;
    for (const TypeParameter* p : f->typeParams) plan->typeParamBase[p] = base;
    for (size_t i = 1; i < functions.size(); ++i) {
      if (functions[i] && !functions[i]->typeParams.empty()) hasInnerClosures[functions[i]] = true;
    }
    if (!functions.empty()) closures.push_back({f, stack.empty() ? -1 : stack.back()});
    plan->parameters.insert(f->positional.begin(), f->positional.end());
    plan->parameters.insert(f->named.begin(), f->named.end());
  };
  w.onEnterScope = [&](const void* node) {
    const FunctionNode* owner = functions.empty() ? nullptr : functions.back();
    // A FunctionNode scope belongs to that function itself.
    bool isFunction = false;
    for (const auto& [f, at] : closures) isFunction |= f == node;
    if (functions.empty() || isFunction) {
      owner = static_cast<const FunctionNode*>(node);
      functions.push_back(owner);
      candidateOf[owner] = static_cast<int>(candidates.size());
    }
    candidates.push_back({node, owner, stack.empty() ? -1 : stack.back(), {}});
    if (memberScope < 0) memberScope = static_cast<int>(candidates.size()) - 1;
    stack.push_back(static_cast<int>(candidates.size()) - 1);
  };
  w.onExitScope = [&](const void* node) {
    stack.pop_back();
    if (!functions.empty() && functions.back() == node) functions.pop_back();
  };
  w.onDeclare = [&](const Variable* v) {
    if (v->isCaptured && !stack.empty()) candidates[stack.back()].captured.push_back(v);
  };
  w.onExpression = [&](const Expression* e) {
    // `super.m()`, `super.x` and `super.x = v` read `this` too.
    const bool readsThis = e->kind == ExprKind::This || e->kind == ExprKind::SuperGet ||
                           e->kind == ExprKind::SuperSet || e->kind == ExprKind::SuperInvocation;
    if (readsThis && functions.size() > 1) thisInClosure = true;
    if (e->kind == ExprKind::VariableSet) plan->assigned.insert(static_cast<const VariableSet*>(e)->variable);
  };
  // A generative constructor runs the class's field initializers in its own scope
  // (lowerConstructorBody): closures in them are created there and may need the instance's type
  // arguments, which they reach through `this` in the constructor's context.
  if (member->memberKind == MemberKind::Constructor) {
    auto* k = static_cast<const Constructor*>(member);
    bool redirects = std::any_of(k->initializers.begin(), k->initializers.end(),
                                 [](const Initializer* i) { return i->kind == InitializerKind::Redirecting; });
    if (k->function && !redirects) {
      auto enter = w.onEnterScope;
      w.onEnterScope = [&, enter, k](const void* node) {
        enter(node);
        if (node != k->function) return;
        for (const Field* f : k->enclosingClass->fields) {
          if (!f->isStatic && !f->isLate && f->initializer) w.walk(f->initializer);
        }
      };
    }
  }
  if (member->memberKind == MemberKind::Field) {
    // A lazy initializer: its closures hang off a synthetic function scope.
    candidates.push_back({member, nullptr, -1, {}});
    memberScope = 0;
    stack.push_back(0);
    functions.push_back(nullptr);
    w.walk(static_cast<const Field*>(member)->initializer);
  } else {
    w.walkMember(member);
  }
  // Closures in code that has reified type arguments may need them (a type test on `T`, a
  // `<T>[]` literal): they reach the instance's through `this` and the function's through the
  // member's context. Kept whenever there are closures; a precise scan is not worth the code.
  bool hasClosures = !closures.empty();
  const FunctionNode* memberFunction = nullptr;
  if (member->memberKind == MemberKind::Procedure) memberFunction = static_cast<const Procedure*>(member)->function;
  bool genericInstance = false;
  if (member->enclosingClass && (member->isInstanceMember() || member->memberKind == MemberKind::Constructor)) {
    for (const Class* k = member->enclosingClass; k; k = k->superclass()) genericInstance |= !k->typeParams.empty();
  }
  if (hasClosures && genericInstance) thisInClosure = true;
  if (thisInClosure && memberScope >= 0) candidates[memberScope].holdsThis = true;
  if (hasClosures && memberFunction && !memberFunction->typeParams.empty() && memberScope >= 0) {
    candidates[memberScope].holdsTypeArgs = true;
  }
  // A generic local function keeps its vector in its context for the closures inside it.
  for (const auto& [f, inner] : hasInnerClosures) {
    auto c = candidateOf.find(f);
    if (inner && c != candidateOf.end()) candidates[c->second].holdsTypeArgs = true;
  }

  // Pass 2: scopes with captured variables (or `this`) get contexts.
  std::vector<int> realOf(candidates.size(), -1);
  auto nearestReal = [&](int c) {
    while (c >= 0 && realOf[c] < 0) c = candidates[c].parent;
    return c < 0 ? -1 : realOf[c];
  };
  for (size_t i = 0; i < candidates.size(); ++i) {
    Candidate& c = candidates[i];
    if (c.captured.empty() && !c.holdsThis && !c.holdsTypeArgs) continue;
    ContextPlan::Scope s;
    s.node = c.node;
    s.owner = c.owner;
    s.parent = nearestReal(c.parent);
    s.depth = s.parent < 0 ? 0 : plan->scopes[s.parent].depth + 1;
    s.variables = c.captured;
    s.holdsThis = c.holdsThis;
    s.holdsTypeArgs = c.holdsTypeArgs;
    realOf[i] = static_cast<int>(plan->scopes.size());
    plan->scopeOfNode[c.node] = realOf[i];
    int base = ContextPlan::slotBase(s);
    for (size_t k = 0; k < s.variables.size(); ++k) plan->slotOf[s.variables[k]] = {realOf[i], base + static_cast<int>(k)};
    if (s.holdsThis) plan->thisScope = realOf[i];
    if (s.holdsTypeArgs && static_cast<int>(i) == memberScope) plan->typeArgsScope = realOf[i];
    if (s.holdsTypeArgs && static_cast<int>(i) != memberScope) {
      plan->localTypeArgsScope[static_cast<const FunctionNode*>(c.node)] = realOf[i];
    }
    plan->scopes.push_back(std::move(s));
  }
  for (const auto& [f, at] : closures) plan->closureScope[f] = nearestReal(at);
  return plan;
}

}  // namespace dartc::codegen
