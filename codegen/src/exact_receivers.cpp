// Exact receivers (exact_receivers.h): locals and final fields that only ever hold the object one
// generative constructor invocation made, whose type arguments are then exactly the invocation's.
#include "exact_receivers.h"

#include <unordered_set>

#include "frontend/kernel_walk.h"
#include "module.h"

namespace dartc::codegen {

using namespace kernel;

namespace {

// The type a generative constructor invocation allocates (a factory is a StaticInvocation and may
// return an instance of another class or with other type arguments), or null.
const InterfaceType* allocatedType(const Expression* e) {
  if (!e || e->kind != ExprKind::ConstructorInvocation) return nullptr;
  return static_cast<const ConstructorInvocation*>(e)->constructedType;
}

}  // namespace

ExactReceivers::ExactReceivers(const Program& program) {
  std::unordered_set<const Variable*> boundElsewhere;  // parameters, catch variables, ...
  std::unordered_set<const Variable*> assigned;
  auto declare = [&](const Variable* v) {
    if (v && !v->isLate) {
      if (const InterfaceType* t = allocatedType(v->initializer)) locals_[v] = t;
    }
  };
  Walker w;
  w.onFunction = [&](const FunctionNode* f) {
    for (const Variable* p : f->positional) boundElsewhere.insert(p);
    for (const Variable* p : f->named) boundElsewhere.insert(p);
  };
  w.onStatement = [&](const Statement* s) {
    switch (s->kind) {
      case StmtKind::VariableDecl: declare(static_cast<const VariableDecl*>(s)->variable); break;
      case StmtKind::For:
        for (const Variable* v : static_cast<const ForStmt*>(s)->variables) declare(v);
        break;
      case StmtKind::FunctionDecl: boundElsewhere.insert(static_cast<const FunctionDecl*>(s)->variable); break;
      case StmtKind::TryCatch:
        for (const CatchClause* c : static_cast<const TryCatchStmt*>(s)->catches) {
          boundElsewhere.insert(c->exception);
          boundElsewhere.insert(c->stackTrace);
        }
        break;
      default: break;
    }
  };
  w.onExpression = [&](const Expression* e) {
    if (e->kind == ExprKind::Let) declare(static_cast<const Let*>(e)->variable);
    if (e->kind == ExprKind::VariableSet) assigned.insert(static_cast<const VariableSet*>(e)->variable);
  };
  for (Member* m : program.allMembers()) {
    if (m->memberKind == MemberKind::Constructor) {
      for (const Initializer* init : static_cast<const Constructor*>(m)->initializers) boundElsewhere.insert(init->variable);
    }
    if (m->memberKind == MemberKind::Field) {
      // A final field with an initializer: no constructor, setter or initializing formal writes it.
      auto* f = static_cast<const Field*>(m);
      const InterfaceType* t = allocatedType(f->initializer);
      if (f->isFinal && !f->isLate && t && Module::isClosedType(t)) fields_[f] = t;
    }
    w.walkMember(m);
  }
  for (auto it = locals_.begin(); it != locals_.end();) {
    if (boundElsewhere.count(it->first) || assigned.count(it->first)) it = locals_.erase(it);
    else ++it;
  }
}

}  // namespace dartc::codegen
