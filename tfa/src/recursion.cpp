// Which functions need a stack overflow check (docs/stack-overflow.md).
//
// Only a cycle of calls can exhaust the stack; a call chain without one is bounded by the call
// graph and fits in the reserve the runtime leaves below the stack limit. So it is enough that
// every cycle of the run-time call graph passes through at least one checked function. The static
// call graph here has an edge for every call whose target is known at compile time (static,
// super, constructor, local-function and devirtualized instance calls, and the core library
// members codegen calls for collection literals); a function that makes a call whose target is
// not known (through the dispatch table, a closure, `dynamic`, or toString in string
// interpolation) is checked itself, because that call may close any cycle. A cycle made only of
// known edges lies within one strongly connected component, whose functions are all checked.
// Functions codegen calls from anywhere without a kernel call (the `_throw*` helpers, the
// uncaught-exception report) and lazy initializers (checked by codegen unconditionally) are
// checked too, so cycles through them need no edges. Leaves and functions that only call
// non-recursive code, most of a typical program, pay nothing.
#include <unordered_map>
#include <vector>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>

#include "frontend/kernel_walk.h"
#include "tfa/flow_facts.h"

namespace dartc::tfa {

using namespace kernel;

class RecursionAnalysis {
 public:
  RecursionAnalysis(const Program& p, FlowFacts& f) : p_(p), f_(f) {}

  void run() {
    for (const Member* m : f_.reachableMembers()) scanMember(m);
    const ImplicitMembers& im = f_.implicit_;
    for (const Procedure* helper : {im.throwNullCheck, im.throwCastError, im.throwNoSuchMethod, im.throwIntegerDivisionByZero,
                                    im.throwNonFiniteToInt,
                                    im.throwRangeError, im.throwLateInitialization, im.throwCyclicInitialization,
                                    im.throwAssertionError, im.reportUnhandled, im.throwArgumentError,
                                    im.throwParameterTypeError, im.throwOutOfMemory, im.mainArguments}) {
      if (helper && helper->function) check(helper->function);
    }
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
    Graph g(nodes_.size());
    std::vector<bool> selfLoop(nodes_.size(), false);
    for (const auto& [from, to] : edges_) {
      if (from == to) selfLoop[from] = true;
      else boost::add_edge(from, to, g);
    }
    std::vector<size_t> component(nodes_.size());
    size_t count = boost::strong_components(g, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, g)));
    std::vector<size_t> size(count, 0);
    for (size_t c : component) ++size[c];
    for (size_t i = 0; i < nodes_.size(); ++i) {
      if (selfLoop[i] || size[component[i]] > 1) check(nodes_[i]);
    }
  }

 private:
  size_t node(const FunctionNode* f) {
    auto [it, fresh] = ids_.emplace(f, nodes_.size());
    if (fresh) nodes_.push_back(f);
    return it->second;
  }

  void check(const FunctionNode* f) { f_.stackChecked_.insert(f); }

  void callTo(const FunctionNode* from, const Member* target) {
    if (!target) return;
    const FunctionNode* to = nullptr;
    if (target->memberKind == MemberKind::Procedure) to = static_cast<const Procedure*>(target)->function;
    else if (target->memberKind == MemberKind::Constructor) to = static_cast<const Constructor*>(target)->function;
    // A field access calls no Dart code, except a late field's initializer, which is a function
    // of its own that always checks.
    if (to) edges_.emplace_back(node(from), node(to));
  }

  // A call whose target is not known here: the caller takes the check.
  void unknownCall(const FunctionNode* from) { check(from); }

  void site(const FunctionNode* from, uint32_t siteId) {
    if (const Member* target = f_.singleTarget(siteId)) callTo(from, target);
    else unknownCall(from);
  }

  bool printsWithoutDispatch(const DartType* t) const {
    const CoreTypes& core = p_.core;
    return t == core.stringType || t == core.intType || t == core.doubleType || t == core.boolType;
  }

  void scanMember(const Member* m) {
    const FunctionNode* own = nullptr;
    if (m->memberKind == MemberKind::Procedure) own = static_cast<const Procedure*>(m)->function;
    else if (m->memberKind == MemberKind::Constructor) own = static_cast<const Constructor*>(m)->function;
    // Fields: their initializers are lowered into constructors (scanned below) or into lazy
    // initializer functions, which codegen always checks.
    if (!own) return;
    node(own);
    std::vector<const FunctionNode*> stack{own};  // the function whose code is being scanned
    Walker w;
    w.onFunction = [&](const FunctionNode* f) {
      if (f != own) stack.push_back(f);
      node(f);
    };
    w.onExitScope = [&](const void* scope) {
      if (stack.size() > 1 && scope == stack.back()) stack.pop_back();
    };
    w.onExpression = [&](const Expression* e) { expression(stack.back(), e); };
    w.walkMember(m);
    if (m->memberKind == MemberKind::Constructor) {
      auto* k = static_cast<const Constructor*>(m);
      for (const Initializer* init : k->initializers) callTo(own, init->target);
      // Codegen evaluates the class's field initializers in the constructor's code.
      for (const Field* fld : k->enclosingClass->fields) {
        if (!fld->isStatic && !fld->isLate && fld->initializer) w.walk(fld->initializer);
      }
    }
  }

  void expression(const FunctionNode* from, const Expression* e) {
    const ImplicitMembers& im = f_.implicit_;
    switch (e->kind) {
      case ExprKind::StaticInvocation: {
        const Procedure* target = static_cast<const StaticInvocation*>(e)->target;
        // Resuming a coroutine calls its resume function: a sync* body that pulls from another
        // iterator (prime_sieve's filters) recurses through moveNext without any other call.
        if (target && target == im.resumeCoroutine) unknownCall(from);
        else callTo(from, target);
        break;
      }
      case ExprKind::StaticGet: callTo(from, static_cast<const StaticGet*>(e)->target); break;
      case ExprKind::StaticSet: callTo(from, static_cast<const StaticSet*>(e)->target); break;
      case ExprKind::ConstructorInvocation: callTo(from, static_cast<const ConstructorInvocation*>(e)->target); break;
      case ExprKind::SuperGet: callTo(from, static_cast<const SuperGet*>(e)->target); break;
      case ExprKind::SuperSet: callTo(from, static_cast<const SuperSet*>(e)->target); break;
      case ExprKind::SuperInvocation: callTo(from, static_cast<const SuperInvocation*>(e)->target); break;
      case ExprKind::InstanceGet: site(from, static_cast<const InstanceGet*>(e)->siteId); break;
      case ExprKind::InstanceSet: site(from, static_cast<const InstanceSet*>(e)->siteId); break;
      case ExprKind::InstanceInvocation: site(from, static_cast<const InstanceInvocation*>(e)->siteId); break;
      case ExprKind::EqualsCall: site(from, static_cast<const EqualsCall*>(e)->siteId); break;
      case ExprKind::InstanceTearOff:
        // Devirtualized, a tear-off only builds a closure; otherwise it calls a table entry.
        if (!f_.singleTarget(static_cast<const InstanceTearOff*>(e)->siteId)) unknownCall(from);
        break;
      case ExprKind::LocalFunctionInvocation: {
        const FunctionNode* to = static_cast<const LocalFunctionInvocation*>(e)->function;
        if (to) edges_.emplace_back(node(from), node(to));
        break;
      }
      case ExprKind::DynamicGet:
      case ExprKind::DynamicSet:
      case ExprKind::DynamicInvocation:
      case ExprKind::FunctionInvocation: unknownCall(from); break;
      case ExprKind::StringConcat:
        for (const Expression* part : static_cast<const StringConcat*>(e)->parts) {
          if (!printsWithoutDispatch(part->type)) unknownCall(from);
        }
        break;
      case ExprKind::ListLiteral: callTo(from, im.growableListFromArray); break;
      case ExprKind::MapLiteral:
        callTo(from, im.linkedHashMapNew);
        callTo(from, im.linkedHashMapPut);
        break;
      case ExprKind::SetLiteral:
        callTo(from, im.linkedHashSetNew);
        callTo(from, im.linkedHashSetAdd);
        break;
      default: break;
    }
  }

  const Program& p_;
  FlowFacts& f_;
  std::unordered_map<const FunctionNode*, size_t> ids_;
  std::vector<const FunctionNode*> nodes_;
  std::vector<std::pair<size_t, size_t>> edges_;
};

void findRecursion(const Program& program, FlowFacts& facts) { RecursionAnalysis(program, facts).run(); }

}  // namespace dartc::tfa
