#include "frontend/kernel_printer.h"

#include <cstdio>

namespace dartc::kernel {

namespace {

std::string utf8(const std::u16string& s) {
  std::string out;
  for (char16_t c : s) {
    if (c == '\n') out += "\\n";
    else if (c == '"') out += "\\\"";
    else if (c < 0x80) out += static_cast<char>(c);
    else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(c));
      out += buf;
    }
  }
  return out;
}

std::string var(const Variable* v) { return std::string(v->name) + "#" + std::to_string(v->id); }

std::string args(const Arguments* a) {
  std::string s;
  if (!a->types.empty()) {
    s += "<";
    for (size_t i = 0; i < a->types.size(); ++i) s += (i ? ", " : "") + a->types[i]->toString();
    s += ">";
  }
  s += "(";
  bool first = true;
  for (const Expression* e : a->positional) {
    s += (first ? "" : ", ") + printExpression(e);
    first = false;
  }
  for (const NamedArgument& n : a->named) {
    s += (first ? "" : ", ") + std::string(n.name) + ": " + printExpression(n.value);
    first = false;
  }
  return s + ")";
}

std::string constant(const Constant* c) {
  switch (c->kind) {
    case ConstantKind::Null: return "null";
    case ConstantKind::Bool: return static_cast<const BoolConstant*>(c)->value ? "true" : "false";
    case ConstantKind::Int: return std::to_string(static_cast<const IntConstant*>(c)->value);
    case ConstantKind::Double: return std::to_string(static_cast<const DoubleConstant*>(c)->value);
    case ConstantKind::String: return "\"" + utf8(static_cast<const StringConstant*>(c)->value) + "\"";
    case ConstantKind::Instance: {
      auto* i = static_cast<const InstanceConstant*>(c);
      std::string s = std::string(i->cls->name) + "{";
      for (size_t k = 0; k < i->fieldValues.size(); ++k) {
        s += (k ? ", " : "") + std::string(i->fieldValues[k].first->name) + ": " + constant(i->fieldValues[k].second);
      }
      return s + "}";
    }
    case ConstantKind::List:
    case ConstantKind::Set: {
      const auto& elems = c->kind == ConstantKind::List ? static_cast<const ListConstant*>(c)->elements
                                                        : static_cast<const SetConstant*>(c)->elements;
      std::string s = c->kind == ConstantKind::List ? "[" : "{";
      for (size_t k = 0; k < elems.size(); ++k) s += (k ? ", " : "") + constant(elems[k]);
      return s + (c->kind == ConstantKind::List ? "]" : "}");
    }
    case ConstantKind::Map: {
      std::string s = "{";
      const auto& entries = static_cast<const MapConstant*>(c)->entries;
      for (size_t k = 0; k < entries.size(); ++k) s += (k ? ", " : "") + constant(entries[k].first) + ": " + constant(entries[k].second);
      return s + "}";
    }
    case ConstantKind::Record: return "(record)";
    case ConstantKind::TypeLiteral: return static_cast<const TypeLiteralConstant*>(c)->literalType->toString();
    case ConstantKind::TearOff: {
      auto* t = static_cast<const TearOffConstant*>(c);
      std::string s = "tearoff " + t->target->qualifiedName();
      for (size_t k = 0; k < t->typeArgs.size(); ++k) s += (k ? ", " : "<") + t->typeArgs[k]->toString();
      return t->typeArgs.empty() ? s : s + ">";
    }
  }
  return "?";
}

}  // namespace

std::string printExpression(const Expression* e) {
  if (!e) return "<null>";
  switch (e->kind) {
    case ExprKind::IntLiteral: return std::to_string(static_cast<const IntLiteral*>(e)->value);
    case ExprKind::DoubleLiteral: {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%gd", static_cast<const DoubleLiteral*>(e)->value);
      return buf;
    }
    case ExprKind::BoolLiteral: return static_cast<const BoolLiteral*>(e)->value ? "true" : "false";
    case ExprKind::NullLiteral: return "null";
    case ExprKind::StringLiteral: return "\"" + utf8(static_cast<const StringLiteral*>(e)->value) + "\"";
    case ExprKind::ConstantExpr: return "const " + constant(static_cast<const ConstantExpr*>(e)->constant);
    case ExprKind::This: return "this";
    case ExprKind::VariableGet: return var(static_cast<const VariableGet*>(e)->variable);
    case ExprKind::VariableSet: {
      auto* s = static_cast<const VariableSet*>(e);
      return var(s->variable) + " = " + printExpression(s->value);
    }
    case ExprKind::StaticGet: return static_cast<const StaticGet*>(e)->target->qualifiedName();
    case ExprKind::StaticSet: {
      auto* s = static_cast<const StaticSet*>(e);
      return s->target->qualifiedName() + " = " + printExpression(s->value);
    }
    case ExprKind::StaticInvocation: {
      auto* s = static_cast<const StaticInvocation*>(e);
      return s->target->qualifiedName() + args(s->arguments);
    }
    case ExprKind::StaticTearOff: return "tearoff " + static_cast<const StaticTearOff*>(e)->target->qualifiedName();
    case ExprKind::ConstructorInvocation: {
      auto* c = static_cast<const ConstructorInvocation*>(e);
      return "new " + c->target->qualifiedName() + args(c->arguments);
    }
    case ExprKind::InstanceGet: {
      auto* g = static_cast<const InstanceGet*>(e);
      return printExpression(g->receiver) + "." + std::string(g->name);
    }
    case ExprKind::InstanceSet: {
      auto* s = static_cast<const InstanceSet*>(e);
      return printExpression(s->receiver) + "." + std::string(s->name) + " = " + printExpression(s->value);
    }
    case ExprKind::InstanceInvocation: {
      auto* i = static_cast<const InstanceInvocation*>(e);
      return printExpression(i->receiver) + "." + std::string(i->name) + args(i->arguments);
    }
    case ExprKind::InstanceTearOff: {
      auto* t = static_cast<const InstanceTearOff*>(e);
      return printExpression(t->receiver) + ".tearoff " + std::string(t->name);
    }
    case ExprKind::SuperGet: return "super." + std::string(static_cast<const SuperGet*>(e)->target->name);
    case ExprKind::SuperSet: {
      auto* s = static_cast<const SuperSet*>(e);
      return "super." + std::string(s->target->name) + " = " + printExpression(s->value);
    }
    case ExprKind::SuperInvocation: {
      auto* s = static_cast<const SuperInvocation*>(e);
      return "super." + std::string(s->target->name) + args(s->arguments);
    }
    case ExprKind::DynamicGet: {
      auto* g = static_cast<const DynamicGet*>(e);
      return printExpression(g->receiver) + ".dyn " + std::string(g->name);
    }
    case ExprKind::DynamicSet: {
      auto* s = static_cast<const DynamicSet*>(e);
      return printExpression(s->receiver) + ".dyn " + std::string(s->name) + " = " + printExpression(s->value);
    }
    case ExprKind::DynamicInvocation: {
      auto* d = static_cast<const DynamicInvocation*>(e);
      return printExpression(d->receiver) + ".dyn " + std::string(d->name) + args(d->arguments);
    }
    case ExprKind::FunctionInvocation: {
      auto* f = static_cast<const FunctionInvocation*>(e);
      return printExpression(f->callee) + ".call" + args(f->arguments);
    }
    case ExprKind::LocalFunctionInvocation: {
      auto* f = static_cast<const LocalFunctionInvocation*>(e);
      return var(f->variable) + args(f->arguments);
    }
    case ExprKind::FunctionExpression: {
      auto* f = static_cast<const FunctionExpression*>(e);
      std::string s = "(";
      for (size_t i = 0; i < f->function->positional.size(); ++i) s += (i ? ", " : "") + var(f->function->positional[i]);
      return s + ") => " + printStatement(f->function->body, 0);
    }
    case ExprKind::EqualsCall: {
      auto* q = static_cast<const EqualsCall*>(e);
      return "(" + printExpression(q->left) + " == " + printExpression(q->right) + ")";
    }
    case ExprKind::EqualsNull: return "(" + printExpression(static_cast<const EqualsNull*>(e)->operand) + " == null)";
    case ExprKind::Not: return "!" + printExpression(static_cast<const Not*>(e)->operand);
    case ExprKind::Logical: {
      auto* l = static_cast<const Logical*>(e);
      return "(" + printExpression(l->left) + (l->op == LogicalOp::And ? " && " : " || ") + printExpression(l->right) + ")";
    }
    case ExprKind::Conditional: {
      auto* c = static_cast<const Conditional*>(e);
      return "(" + printExpression(c->condition) + " ? " + printExpression(c->thenExpr) + " : " + printExpression(c->elseExpr) + ")";
    }
    case ExprKind::StringConcat: {
      std::string s = "concat(";
      const auto& parts = static_cast<const StringConcat*>(e)->parts;
      for (size_t i = 0; i < parts.size(); ++i) s += (i ? ", " : "") + printExpression(parts[i]);
      return s + ")";
    }
    case ExprKind::Is: {
      auto* i = static_cast<const IsExpr*>(e);
      return "(" + printExpression(i->operand) + " is " + i->testedType->toString() + ")";
    }
    case ExprKind::As: {
      auto* a = static_cast<const AsExpr*>(e);
      return "(" + printExpression(a->operand) + (a->isImplicit ? " as{implicit} " : " as ") + a->type->toString() + ")";
    }
    case ExprKind::NullCheck: return printExpression(static_cast<const NullCheck*>(e)->operand) + "!";
    case ExprKind::Throw: return "throw " + printExpression(static_cast<const Throw*>(e)->operand);
    case ExprKind::Rethrow: return "rethrow";
    case ExprKind::Let: {
      auto* l = static_cast<const Let*>(e);
      return "let " + var(l->variable) + " = " + printExpression(l->variable->initializer) + " in " + printExpression(l->body);
    }
    case ExprKind::BlockExpr: {
      auto* b = static_cast<const BlockExpr*>(e);
      return "block " + printStatement(b->body, 0) + " => " + printExpression(b->value);
    }
    case ExprKind::ListLiteral: {
      auto* l = static_cast<const ListLiteral*>(e);
      std::string s = "<" + l->elementType->toString() + ">[";
      for (size_t i = 0; i < l->elements.size(); ++i) s += (i ? ", " : "") + printExpression(l->elements[i]);
      return s + "]";
    }
    case ExprKind::SetLiteral: {
      auto* l = static_cast<const SetLiteral*>(e);
      std::string s = "<" + l->elementType->toString() + ">{";
      for (size_t i = 0; i < l->elements.size(); ++i) s += (i ? ", " : "") + printExpression(l->elements[i]);
      return s + "}";
    }
    case ExprKind::MapLiteral: {
      auto* m = static_cast<const MapLiteral*>(e);
      std::string s = "<" + m->keyType->toString() + ", " + m->valueType->toString() + ">{";
      for (size_t i = 0; i < m->entries.size(); ++i) {
        s += (i ? ", " : "") + printExpression(m->entries[i].key) + ": " + printExpression(m->entries[i].value);
      }
      return s + "}";
    }
    case ExprKind::TypeLiteral: return static_cast<const TypeLiteral*>(e)->literalType->toString();
    case ExprKind::Instantiation: return printExpression(static_cast<const Instantiation*>(e)->operand) + "<...>";
    case ExprKind::RecordLiteral: return "(record literal)";
    case ExprKind::RecordGet: return printExpression(static_cast<const RecordGet*>(e)->receiver) + ".$field";
    case ExprKind::Await: return "await " + printExpression(static_cast<const AwaitExpr*>(e)->operand);
    case ExprKind::Invalid: return "<invalid>";
  }
  return "?";
}

std::string printStatement(const Statement* s, int indent) {
  if (!s) return "<none>";
  std::string pad(indent * 2, ' ');
  switch (s->kind) {
    case StmtKind::Block: {
      std::string out = "{\n";
      for (const Statement* c : static_cast<const Block*>(s)->statements) out += pad + "  " + printStatement(c, indent + 1) + "\n";
      return out + pad + "}";
    }
    case StmtKind::ExpressionStmt: return printExpression(static_cast<const ExpressionStmt*>(s)->expression) + ";";
    case StmtKind::VariableDecl: {
      const Variable* v = static_cast<const VariableDecl*>(s)->variable;
      std::string out = std::string(v->isFinal ? "final " : "var ") + v->type->toString() + " " + var(v);
      if (v->initializer) out += " = " + printExpression(v->initializer);
      return out + ";";
    }
    case StmtKind::FunctionDecl: {
      auto* f = static_cast<const FunctionDecl*>(s);
      return "fun " + var(f->variable) + " " + printStatement(f->function->body, indent);
    }
    case StmtKind::If: {
      auto* i = static_cast<const IfStmt*>(s);
      std::string out = "if (" + printExpression(i->condition) + ") " + printStatement(i->thenStmt, indent);
      if (i->elseStmt) out += " else " + printStatement(i->elseStmt, indent);
      return out;
    }
    case StmtKind::While: {
      auto* w = static_cast<const WhileStmt*>(s);
      return "while (" + printExpression(w->condition) + ") " + printStatement(w->body, indent);
    }
    case StmtKind::DoWhile: {
      auto* d = static_cast<const DoWhileStmt*>(s);
      return "do " + printStatement(d->body, indent) + " while (" + printExpression(d->condition) + ");";
    }
    case StmtKind::For: {
      auto* f = static_cast<const ForStmt*>(s);
      std::string out = "for (";
      for (const Variable* v : f->variables) out += var(v) + " = " + printExpression(v->initializer) + ", ";
      out += "; " + printExpression(f->condition) + "; ";
      for (const Expression* u : f->updates) out += printExpression(u) + ", ";
      return out + ") " + printStatement(f->body, indent);
    }
    case StmtKind::Labeled: return "label: " + printStatement(static_cast<const LabeledStmt*>(s)->body, indent);
    case StmtKind::Break: return "break;";
    case StmtKind::Continue: return "continue;";
    case StmtKind::Switch: {
      auto* sw = static_cast<const SwitchStmt*>(s);
      std::string out = "switch (" + printExpression(sw->subject) + ") {\n";
      for (const SwitchCase* c : sw->cases) {
        out += pad + "  ";
        for (const Expression* e : c->expressions) out += "case " + printExpression(e) + ": ";
        if (c->isDefault) out += "default: ";
        out += printStatement(c->body, indent + 1) + "\n";
      }
      return out + pad + "}";
    }
    case StmtKind::ContinueSwitch: return "continue <case>;";
    case StmtKind::Return: {
      auto* r = static_cast<const ReturnStmt*>(s);
      return r->value ? "return " + printExpression(r->value) + ";" : "return;";
    }
    case StmtKind::TryCatch: {
      auto* t = static_cast<const TryCatchStmt*>(s);
      std::string out = "try " + printStatement(t->body, indent);
      for (const CatchClause* c : t->catches) out += " on " + c->guard->toString() + " catch " + printStatement(c->body, indent);
      return out;
    }
    case StmtKind::TryFinally: {
      auto* t = static_cast<const TryFinallyStmt*>(s);
      return "try " + printStatement(t->body, indent) + " finally " + printStatement(t->finalizer, indent);
    }
    case StmtKind::Assert: return "assert(" + printExpression(static_cast<const AssertStmt*>(s)->condition) + ");";
    case StmtKind::Yield: return "yield " + printExpression(static_cast<const YieldStmt*>(s)->value) + ";";
    case StmtKind::Empty: return ";";
  }
  return "?";
}

std::string printMember(const Member* m) {
  std::string out;
  switch (m->memberKind) {
    case MemberKind::Field: {
      auto* f = static_cast<const Field*>(m);
      out = std::string(f->isStatic ? "static " : "") + "field " + (f->type ? f->type->toString() : "?") + " " + m->qualifiedName();
      if (f->initializer) out += " = " + printExpression(f->initializer);
      return out + ";\n";
    }
    case MemberKind::Procedure: {
      auto* p = static_cast<const Procedure*>(m);
      if (!p->function) return m->qualifiedName() + " <no signature>\n";
      out = p->function->returnType->toString() + " " + m->qualifiedName() + "(";
      for (size_t i = 0; i < p->function->positional.size(); ++i) {
        const Variable* v = p->function->positional[i];
        out += (i ? ", " : "") + v->type->toString() + " " + var(v);
      }
      for (const Variable* v : p->function->named) out += ", {" + v->type->toString() + " " + var(v) + "}";
      out += ") ";
      if (p->isExternal) return out + "external;\n";
      return out + printStatement(p->function->body, 0) + "\n";
    }
    case MemberKind::Constructor: {
      auto* k = static_cast<const Constructor*>(m);
      out = "constructor " + m->qualifiedName() + "(";
      if (k->function) {
        for (size_t i = 0; i < k->function->positional.size(); ++i) out += (i ? ", " : "") + var(k->function->positional[i]);
      }
      out += ")";
      for (const Initializer* init : k->initializers) {
        if (init->kind == InitializerKind::Field) out += " : " + std::string(init->field->name) + " = " + printExpression(init->value);
        else if (init->kind == InitializerKind::Super) out += " : super " + init->target->qualifiedName() + args(init->arguments);
        else if (init->kind == InitializerKind::Redirecting) out += " : this " + init->target->qualifiedName() + args(init->arguments);
      }
      if (k->function) out += " " + printStatement(k->function->body, 0);
      return out + "\n";
    }
  }
  return out;
}

std::string printProgram(const Program& p, bool includeCore) {
  std::string out;
  for (const Library* lib : p.libraries) {
    if (lib->isCore && !includeCore) continue;
    out += "library " + lib->uri + "\n";
    for (const Field* f : lib->fields) out += printMember(f);
    for (const Procedure* proc : lib->procedures) out += printMember(proc);
    for (const Class* c : lib->classes) {
      out += "class " + std::string(c->name);
      if (c->supertype) out += " extends " + c->supertype->toString();
      out += " {\n";
      for (const Field* f : c->fields) out += "  " + printMember(f);
      for (const Constructor* k : c->constructors) out += "  " + printMember(k);
      for (const Procedure* proc : c->procedures) out += "  " + printMember(proc);
      out += "}\n";
    }
  }
  return out;
}

}  // namespace dartc::kernel
