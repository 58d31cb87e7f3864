// Records in registers (docs/records.md, "Returned in registers"): which functions return a
// record's fields instead of a `_Record`, and which locals hold a record as its fields.
//
// A function qualifies when nothing but a direct call (static, super, or a devirtualized instance
// call) can run it, so that every caller is compiled knowing the convention: it is not torn off
// (no closure pseudo-class of it exists), no dispatch-table or dynamic call can reach it (neither
// its method nor its getter selector is in the table, its name is not called dynamically), no
// runtime entry or pragma fixes its ABI, and it is a sync method (async, async* and sync* bodies
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
    if (!p->pragmas.empty() || p == p_.mainProcedure || tornOff.count(p) || mixedIn.count(p)) continue;
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
  std::function<bool(const Expression*, const std::unordered_set<const FunctionNode*>&)> fresh =
      [&](const Expression* e, const std::unordered_set<const FunctionNode*>& returning) -> bool {
    switch (e->kind) {
      case ExprKind::Let: return fresh(static_cast<const Let*>(e)->body, returning);
      case ExprKind::Conditional: {
        auto* c = static_cast<const Conditional*>(e);
        return fresh(c->thenExpr, returning) && fresh(c->elseExpr, returning);
      }
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
  for (bool changed = true; changed;) {
    changed = false;
    for (auto it = candidates.begin(); it != candidates.end();) {
      bool ok = true;
      for (const Expression* r : returns[*it]) ok = ok && r && fresh(r, candidates);
      if (ok) {
        ++it;
      } else {
        it = candidates.erase(it);
        changed = true;
      }
    }
  }
  f_.recordReturns_ = candidates;

  // Locals: declared with a fresh record, then only read field by field.
  std::unordered_set<const Variable*> locals;
  std::unordered_set<const Variable*> spoiled;
  std::unordered_set<const Expression*> fieldReads;  // VariableGets that are `_recordField(v, i)`'s record
  auto declare = [&](const Variable* v) {
    if (v->initializer && !v->isCaptured && !v->isLate && isFixedRecord(v->type) && fresh(v->initializer, candidates)) {
      locals.insert(v);
    }
  };
  Walker w;
  w.onStatement = [&](const kernel::Statement* s) {
    if (s->kind == StmtKind::VariableDecl) declare(static_cast<const VariableDecl*>(s)->variable);
  };
  w.onExpression = [&](const Expression* e) {
    switch (e->kind) {
      case ExprKind::Let: declare(static_cast<const Let*>(e)->variable); break;
      case ExprKind::VariableSet: spoiled.insert(static_cast<const VariableSet*>(e)->variable); break;
      case ExprKind::VariableGet:
        if (!fieldReads.count(e)) spoiled.insert(static_cast<const VariableGet*>(e)->variable);
        break;
      case ExprKind::StaticInvocation: {
        auto* call = static_cast<const StaticInvocation*>(e);
        const auto& args = call->arguments->positional;
        // Visited before its arguments: the record argument is known to be a field read then.
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
  for (const Variable* v : locals) {
    if (!spoiled.count(v)) f_.recordLocals_.insert(v);
  }
}

}  // namespace dartc::tfa
