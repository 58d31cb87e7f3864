// Local bindings (local_bindings.h): one walk over every member of the program.
#include "local_bindings.h"

#include "frontend/kernel_walk.h"

namespace dartc::codegen {

using namespace kernel;

LocalBindings collectLocalBindings(const Program& program) {
  LocalBindings out;
  Walker w;
  w.onFunction = [&](const FunctionNode* f) {
    for (const Variable* p : f->positional) out.boundElsewhere.insert(p);
    for (const Variable* p : f->named) out.boundElsewhere.insert(p);
  };
  w.onStatement = [&](const Statement* s) {
    switch (s->kind) {
      case StmtKind::VariableDecl: out.declared.push_back(static_cast<const VariableDecl*>(s)->variable); break;
      case StmtKind::For:
        for (const Variable* v : static_cast<const ForStmt*>(s)->variables) out.declared.push_back(v);
        break;
      case StmtKind::FunctionDecl: out.boundElsewhere.insert(static_cast<const FunctionDecl*>(s)->variable); break;
      case StmtKind::TryCatch:
        for (const CatchClause* c : static_cast<const TryCatchStmt*>(s)->catches) {
          out.boundElsewhere.insert(c->exception);
          out.boundElsewhere.insert(c->stackTrace);
        }
        break;
      default: break;
    }
  };
  w.onExpression = [&](const Expression* e) {
    if (e->kind == ExprKind::Let) out.declared.push_back(static_cast<const Let*>(e)->variable);
    if (e->kind == ExprKind::VariableSet) {
      auto* s = static_cast<const VariableSet*>(e);
      out.assignments.emplace_back(s->variable, s->value);
    }
  };
  for (Member* m : program.allMembers()) {
    if (m->memberKind == MemberKind::Constructor) {
      for (const Initializer* init : static_cast<const Constructor*>(m)->initializers) out.boundElsewhere.insert(init->variable);
    }
    w.walkMember(m);
  }
  return out;
}

}  // namespace dartc::codegen
