// Records in registers (docs/records.md, "Returned in registers"): which functions return a
// record's fields instead of a `_Record`, and which locals hold a record as its fields.
//
// A function qualifies when nothing but a direct call (static, super, or a devirtualized instance
// call) can run it, so that every caller is compiled knowing the convention: it is not torn off
// (no closure pseudo-class of it exists), no dispatch-table or dynamic call can reach it (neither
// its method nor its getter selector is in the table, its name is not called dynamically), no
// runtime entry (`vm:entry-point`) fixes its ABI, and it is a sync method (async, async* and sync* bodies
// return their future or iterable). Its return type must be a non-nullable record type of one to
// three fields (a caller that needs the object boxes with `_makeRecord1..3`; a nullable record
// would need a null flag beside the fields).
//
// It must also return a *fresh* record on every path: a record literal, or a call of another such
// function, possibly under `let` temporaries or a conditional. Returning an existing record (a
// field, a variable, a constant) does not qualify: its caller's box would be a new object where
// Dart returns the same one, which `identical` could observe. A fresh record is observed only
// through the caller's box, so boxing at the call site behaves as the callee's allocation did.
//
// A local holds a record's fields when its initializer is such a fresh record and every use of
// it reads a field (`_recordField(v, i)`, what destructuring and record patterns lower to): not
// captured, never assigned, never passed on. It then never exists as an object.
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "facts_builder.h"
#include "frontend/kernel_walk.h"

namespace dartc::tfa {

using namespace kernel;

namespace {

// The boxing path calls `_makeRecord<n>`, which exists for one to three fields.
constexpr size_t kMaxFields = 3;

bool isFixedRecord(const DartType* t) {
  if (!t || t->kind != TypeKind::Record || t->isNullable()) return false;
  auto* r = static_cast<const RecordType*>(t);
  size_t n = r->positional.size() + r->named.size();
  return n >= 1 && n <= kMaxFields;
}

// The runtime calls it with value words (its ABI is fixed).
bool isEntryPoint(const Procedure* p) {
  for (const auto& [name, option] : p->pragmas) {
    if (name == "vm:entry-point") return true;
  }
  return false;
}

}  // namespace

void FactsBuilder::recordReturns() {
  const ImplicitMembers& im = f_.implicit_;
  if (!im.recordField || !im.makeRecord[1] || !im.makeRecord[2] || !im.makeRecord[3]) return;

  // Members something other than a direct call may run.
  std::unordered_set<const Member*> tornOff;
  const ClassHierarchy& h = a_.hierarchy();
  for (ClassId c = static_cast<ClassId>(h.kernelClassCount()); c < h.size(); ++c) {
    const ClosureClass& k = h.closureClass(c);
    if (k.kind != ClosureKind::Function) tornOff.insert(k.member);
  }
  std::unordered_set<Selector, SelectorHash> table(f_.tableSelectors_.begin(), f_.tableSelectors_.end());
  // Mixin applications copy members; keep both the copy and the original out (one FunctionNode
  // may stand for several members).
  std::unordered_set<const Procedure*> mixedIn;
  for (const Member* m : f_.reachableOrder_) {
    if (m->memberKind != MemberKind::Procedure) continue;
    auto* p = static_cast<const Procedure*>(m);
    if (p->mixedInFrom) {
      mixedIn.insert(p);
      mixedIn.insert(p->mixedInFrom);
    }
  }

  std::unordered_set<const FunctionNode*> candidates;
  for (const Member* m : f_.reachableOrder_) {
    if (m->memberKind != MemberKind::Procedure) continue;
    auto* p = static_cast<const Procedure*>(m);
    const FunctionNode* fn = p->function;
    if (p->kind != ProcedureKind::Method || p->isAbstract || p->isExternal || !fn || !fn->body) continue;
    if (fn->asyncMarker != AsyncMarker::Sync || !isFixedRecord(fn->returnType)) continue;
    if (isEntryPoint(p) || p == p_.mainProcedure || tornOff.count(p) || mixedIn.count(p)) continue;
    if (p->isInstanceMember()) {
      if (p->name == "call" || p->name == "noSuchMethod" || f_.dynamicNames_.count(p->name)) continue;
      if (table.count(selectorOf(SelectorKind::Method, p)) || table.count(selectorOf(SelectorKind::Getter, p))) continue;
    }
    candidates.insert(fn);
  }

  // A record the expression makes afresh, field values at hand: a literal, or a call of a
  // function in `returning`, under lets and conditionals.
  auto calleeOf = [&](const Expression* e) -> const FunctionNode* {
    const Member* target = nullptr;
    if (e->kind == ExprKind::StaticInvocation) target = static_cast<const StaticInvocation*>(e)->target;
    else if (e->kind == ExprKind::SuperInvocation) target = static_cast<const SuperInvocation*>(e)->target;
    else if (e->kind == ExprKind::InstanceInvocation) target = f_.singleTarget(static_cast<const InstanceInvocation*>(e)->siteId);
    if (!target || target->memberKind != MemberKind::Procedure) return nullptr;
    return static_cast<const Procedure*>(target)->function;
  };
  // Locals that may hold fields (shrinks with the functions below).
  std::unordered_set<const Variable*> locals;
  std::function<bool(const Expression*, const std::unordered_set<const FunctionNode*>&)> fresh =
      [&](const Expression* e, const std::unordered_set<const FunctionNode*>& returning) -> bool {
    switch (e->kind) {
      case ExprKind::Let: return fresh(static_cast<const Let*>(e)->body, returning);
      case ExprKind::Conditional: {
        auto* c = static_cast<const Conditional*>(e);
        return fresh(c->thenExpr, returning) && fresh(c->elseExpr, returning);
      }
      // A switch expression: `block { ...; #switch = <case value>; ... } => #switch`.
      case ExprKind::BlockExpr: return fresh(static_cast<const BlockExpr*>(e)->value, returning);
      case ExprKind::VariableGet: return locals.count(static_cast<const VariableGet*>(e)->variable) != 0;
      case ExprKind::StaticInvocation: {
        const Procedure* target = static_cast<const StaticInvocation*>(e)->target;
        for (size_t n = 1; n <= kMaxFields; ++n) {
          if (target == im.makeRecord[n]) return true;
        }
        break;
      }
      default: break;
    }
    const FunctionNode* callee = calleeOf(e);
    return callee && returning.count(callee);
  };

  // Every return of a candidate, then drop candidates until all their returns are fresh.
  std::unordered_map<const FunctionNode*, std::vector<const Expression*>> returns;
  for (const FunctionNode* fn : candidates) {
    std::vector<const Expression*>& out = returns[fn];
    bool bare = false;
    Walker w;
    w.enterFunctions = false;
    w.onStatement = [&](const kernel::Statement* s) {
      if (s->kind != StmtKind::Return) return;
      const Expression* value = static_cast<const ReturnStmt*>(s)->value;
      if (value) out.push_back(value);
      else bare = true;
    };
    w.walkFunction(fn);
    if (bare) out.push_back(nullptr);
  }
  // Every local of a record type that is not captured or late, with what is assigned to it
  // (initializer and assignments) and its reads; the reads that are the record of a field read.
  std::unordered_map<const Variable*, std::vector<const Expression*>> assigned;
  std::unordered_map<const Variable*, std::vector<const Expression*>> reads;
  std::unordered_set<const Expression*> fieldReads;
  auto declare = [&](const Variable* v) {
    if (v->isCaptured || v->isLate || !isFixedRecord(v->type)) return;
    locals.insert(v);
    if (v->initializer) assigned[v].push_back(v->initializer);
  };
  Walker w;
  w.onStatement = [&](const kernel::Statement* s) {
    if (s->kind == StmtKind::VariableDecl) declare(static_cast<const VariableDecl*>(s)->variable);
  };
  w.onExpression = [&](const Expression* e) {
    switch (e->kind) {
      case ExprKind::Let: declare(static_cast<const Let*>(e)->variable); break;
      case ExprKind::VariableSet: {
        auto* set = static_cast<const VariableSet*>(e);
        assigned[set->variable].push_back(set->value);
        break;
      }
      case ExprKind::VariableGet: reads[static_cast<const VariableGet*>(e)->variable].push_back(e); break;
      case ExprKind::StaticInvocation: {
        auto* call = static_cast<const StaticInvocation*>(e);
        const auto& args = call->arguments->positional;
        if (call->target == im.recordField && args.size() == 2 && args[0]->kind == ExprKind::VariableGet &&
            args[1]->kind == ExprKind::IntLiteral) {
          fieldReads.insert(args[0]);
        }
        break;
      }
      default: break;
    }
  };
  for (const Member* m : f_.reachableOrder_) w.walkMember(m);

  // Reads that pass the fields on: a local read where a fresh record is expected (a return of a
  // function in `candidates`, what is assigned to a local in `locals`).
  std::unordered_set<const Expression*> passedOn;
  std::function<void(const Expression*)> collectPassedOn = [&](const Expression* e) {
    switch (e->kind) {
      case ExprKind::Let: collectPassedOn(static_cast<const Let*>(e)->body); break;
      case ExprKind::Conditional:
        collectPassedOn(static_cast<const Conditional*>(e)->thenExpr);
        collectPassedOn(static_cast<const Conditional*>(e)->elseExpr);
        break;
      case ExprKind::BlockExpr: collectPassedOn(static_cast<const BlockExpr*>(e)->value); break;
      case ExprKind::VariableGet: passedOn.insert(e); break;
      default: break;
    }
  };

  // Drop functions with a return that is not fresh, and locals with an assignment that is not
  // fresh or a read that is neither a field read nor passed on, until nothing changes.
  for (bool changed = true; changed;) {
    changed = false;
    passedOn.clear();
    for (const FunctionNode* fn : candidates) {
      for (const Expression* r : returns[fn]) {
        if (r) collectPassedOn(r);
      }
    }
    for (const Variable* v : locals) {
      for (const Expression* value : assigned[v]) collectPassedOn(value);
    }
    for (auto it = candidates.begin(); it != candidates.end();) {
      bool ok = !returns[*it].empty();  // a function that never returns makes no record to box
      for (const Expression* r : returns[*it]) ok = ok && r && fresh(r, candidates);
      if (ok) {
        ++it;
      } else {
        it = candidates.erase(it);
        changed = true;
      }
    }
    for (auto it = locals.begin(); it != locals.end();) {
      bool ok = true;
      for (const Expression* value : assigned[*it]) ok = ok && fresh(value, candidates);
      for (const Expression* read : reads[*it]) ok = ok && (fieldReads.count(read) || passedOn.count(read));
      if (ok) {
        ++it;
      } else {
        it = locals.erase(it);
        changed = true;
      }
    }
  }
  f_.recordReturns_ = candidates;
  f_.recordLocals_ = locals;
}

}  // namespace dartc::tfa
