// Exact list fields (exact_list_fields.h): which fields only ever hold growable lists whose type
// argument is the field's element type, so that stores into them skip the covariant check.
#include "exact_list_fields.h"

#include <string_view>
#include <unordered_map>
#include <vector>

#include "frontend/kernel_walk.h"
#include "module.h"

namespace dartc::codegen {

using namespace kernel;

const DartType* ExactListFields::elementTypeOf(const Field* field, const CoreTypes& core) {
  // Fields of the core library are left alone: natives and intrinsics write some of them.
  if (!field->library || field->library->isCore || !field->type || field->type->kind != TypeKind::Interface) return nullptr;
  auto* t = static_cast<const InterfaceType*>(field->type);
  if (t->cls != core.listClass || t->args.size() != 1) return nullptr;
  const DartType* x = t->args[0];
  // A type with type parameters is a different type in every instance or call.
  if (!Module::isClosedType(x) || x->isTop()) return nullptr;
  return x;
}

const DartType* ExactListFields::selfTypedElementOf(const Field* field, const CoreTypes& core) {
  if (!field->library || field->library->isCore || !field->enclosingClass || field->isStatic || !field->type ||
      field->type->kind != TypeKind::Interface) {
    return nullptr;
  }
  auto* t = static_cast<const InterfaceType*>(field->type);
  if (t->cls != core.listClass || t->args.size() != 1) return nullptr;
  // `T` or `T?`, T a type parameter of the field's own class (som's `List<E?> _storage`), or an
  // interface type over such parameters (som's `List<_DictEntry<K, V>?> _buckets`).
  const DartType* x = t->args[0];
  if (x->kind != TypeKind::TypeParameter && x->kind != TypeKind::Interface) return nullptr;
  if (Module::isClosedType(x) || !overOwnParameters(x, field->enclosingClass)) return nullptr;
  return x;
}

bool ExactListFields::overOwnParameters(const DartType* t, const Class* cls) {
  switch (t->kind) {
    case TypeKind::TypeParameter: {
      auto* p = static_cast<const TypeParameterType*>(t);
      return !p->promotedBound && !p->param->isFunctionTypeParam && p->param->declaringClass == cls;
    }
    case TypeKind::Interface:
      for (const DartType* a : static_cast<const InterfaceType*>(t)->args) {
        if (!overOwnParameters(a, cls)) return false;
      }
      return true;
    // FutureOr (normalized by the runtime when instantiated), records, function types: left out.
    default: return Module::isClosedType(t) && t->kind != TypeKind::FutureOr && t->kind != TypeKind::Function;
  }
}

bool ExactListFields::alwaysPasses(const DartType* value, const DartType* target) {
  if (!value || !target) return false;
  if (target->isTop() || value == target) return true;
  // T (or a promotion T & B) into T?: a type parameter's value always passes its nullable form.
  if (value->kind == TypeKind::TypeParameter && target->kind == TypeKind::TypeParameter && target->isNullable() &&
      !static_cast<const TypeParameterType*>(target)->promotedBound &&
      static_cast<const TypeParameterType*>(value)->param == static_cast<const TypeParameterType*>(target)->param) {
    return true;
  }
  if (value->kind == TypeKind::Never && !value->isNullable()) return true;
  if (target->kind != TypeKind::Interface) return false;
  auto* to = static_cast<const InterfaceType*>(target);
  if (value->kind == TypeKind::Null) return target->isNullable();
  if (value->kind != TypeKind::Interface) return false;
  auto* from = static_cast<const InterfaceType*>(value);
  if (from->isNullable() && !to->isNullable()) return false;
  // The same class with the same arguments (types are interned), or a supertype without any.
  if (from->cls == to->cls && from->args == to->args) return true;
  return to->args.empty() && to->cls->typeParams.empty() && Module::isSubclassOrImplements(from->cls, to->cls);
}

namespace {

// Whether evaluating `e` gives null, a non-growable list, or a growable list allocated with
// exactly <x> (x null: only null or a constant list). `locals` are the variables declared by
// local variable declarations (not parameters, whose initializer is only a default value).
// `nonEmptyConstant`, when given, is set if a value may be null or a constant list with elements.
bool givesExactListWith(const Expression* e, const DartType* x, const CoreTypes& core,
                        const std::unordered_set<const Variable*>& locals, int depth = 0,
                        bool* nonEmptyConstant = nullptr) {
  if (!e || depth > 8) return false;
  switch (e->kind) {
    case ExprKind::Let: {
      // A cascade `List<X>.filled(...)..setRange(...)`: `let t = target in {sections; t}`, t final.
      auto* l = static_cast<const Let*>(e);
      const Expression* body = l->body;
      if (body && body->kind == ExprKind::BlockExpr) body = static_cast<const BlockExpr*>(body)->value;
      if (!l->variable || !l->variable->isFinal || l->variable->isLate || !body || body->kind != ExprKind::VariableGet ||
          static_cast<const VariableGet*>(body)->variable != l->variable) {
        return false;
      }
      return givesExactListWith(l->variable->initializer, x, core, locals, depth + 1, nonEmptyConstant);
    }
    case ExprKind::VariableGet: {
      // A final local holds its initializer's value (som's `Vector.remove`: `_storage = newArray`).
      const Variable* v = static_cast<const VariableGet*>(e)->variable;
      if (!v || !v->isFinal || v->isLate || !v->initializer || !locals.count(v)) return false;
      return givesExactListWith(v->initializer, x, core, locals, depth + 1, nonEmptyConstant);
    }
    case ExprKind::NullLiteral:
      if (nonEmptyConstant) *nonEmptyConstant = true;
      return true;
    case ExprKind::ConstantExpr: {
      // Constant lists are _ImmutableList (read-only data), never a _GrowableList.
      const Constant* c = static_cast<const ConstantExpr*>(e)->constant;
      if (nonEmptyConstant && (!c || c->kind != ConstantKind::List || !static_cast<const ListConstant*>(c)->elements.empty())) {
        *nonEmptyConstant = true;
      }
      return c && (c->kind == ConstantKind::List || c->kind == ConstantKind::Null);
    }
    case ExprKind::ListLiteral: return x && static_cast<const ListLiteral*>(e)->elementType == x;
    case ExprKind::StaticInvocation: {
      // List<X>.filled(...) and its siblings: _GrowableList<E> with the factory's own E.
      auto* s = static_cast<const StaticInvocation*>(e);
      const Procedure* p = s->target;
      if (!p || !p->isFactory() || p->enclosingClass != core.listClass || !p->library || !p->library->isCore) return false;
      std::string_view n = p->name;
      if (n != "filled" && n != "generate" && n != "empty" && n != "of" && n != "from") return false;
      return x && s->arguments && s->arguments->types.size() == 1 && s->arguments->types[0] == x;
    }
    case ExprKind::Conditional: {
      auto* c = static_cast<const Conditional*>(e);
      return givesExactListWith(c->thenExpr, x, core, locals, depth + 1, nonEmptyConstant) &&
             givesExactListWith(c->elseExpr, x, core, locals, depth + 1, nonEmptyConstant);
    }
    default: return false;
  }
}

}  // namespace

bool ExactListFields::givesExactList(const Expression* e, const DartType* x, const CoreTypes& core) {
  // Judged from `e` alone: no final locals to look through (exact_list_locals.cpp follows variables).
  static const std::unordered_set<const Variable*> noLocals;
  return givesExactListWith(e, x, core, noLocals);
}

ExactListFields::ExactListFields(const Program& program) {
  const CoreTypes& core = program.core;
  // Candidates by name: a set through any receiver may reach any field of that name.
  std::unordered_map<std::string_view, std::vector<const Field*>> byName;
  std::unordered_map<const Field*, const DartType*> element;
  std::unordered_set<const Field*> inexact;
  for (Member* m : program.allMembers()) {
    if (m->memberKind != MemberKind::Field) continue;
    auto* f = static_cast<const Field*>(m);
    const DartType* x = elementTypeOf(f, core);
    if (!x && (x = selfTypedElementOf(f, core))) selfTyped_.insert(f);
    if (x) {
      byName[f->name].push_back(f);
      element[f] = x;
    }
  }
  // Writes are judged after the walk, which also collects the local variables. A self-typed
  // field's element type means the receiver's own type arguments, so only a write through `this`
  // (or an initializer) may give a list of that type; another receiver's may only give null or a
  // constant list.
  struct Write {
    const Field* field;
    const Expression* value;
    bool throughThis;
  };
  std::vector<Write> writes;
  std::unordered_set<const Variable*> locals;
  auto written = [&](const Field* f, const Expression* value, bool throughThis = false) {
    writes.push_back({f, value, throughThis});
  };
  std::vector<Class*> classes = program.allClasses();
  // Whether a receiver of static type `receiver` may be an instance with field f: some class
  // that has f (f's class or a subclass) is a subtype of the receiver's class. Any other
  // receiver type (dynamic, a type parameter, a function type...) may be anything.
  auto mayHold = [&](const DartType* receiver, const Field* f) {
    if (!receiver || receiver->kind != TypeKind::Interface) return true;
    const Class* c = static_cast<const InterfaceType*>(receiver)->cls;
    if (!f->enclosingClass) return true;
    for (const Class* s : classes) {
      if (s->isSubclassOf(f->enclosingClass) && Module::isSubclassOrImplements(s, c)) return true;
    }
    return false;
  };
  auto writtenByName = [&](std::string_view name, const Expression* value, const DartType* receiver = nullptr,
                          bool throughThis = false) {
    // `x.f = v` and `x.f=`-style names alike (the setter's name may carry the '=').
    if (!name.empty() && name.back() == '=') name.remove_suffix(1);
    auto it = byName.find(name);
    if (it == byName.end()) return;
    for (const Field* f : it->second) {
      if (mayHold(receiver, f)) written(f, value, throughThis);
    }
  };
  Walker w;
  w.onExpression = [&](const Expression* e) {
    if (element.empty()) {
      if (e->kind == ExprKind::VariableSet) assigned_.insert(static_cast<const VariableSet*>(e)->variable);
      return;
    }
    switch (e->kind) {
      case ExprKind::VariableSet: assigned_.insert(static_cast<const VariableSet*>(e)->variable); break;
      case ExprKind::InstanceSet: {
        auto* s = static_cast<const InstanceSet*>(e);
        writtenByName(s->name, s->value, s->receiver ? s->receiver->type : nullptr,
                      s->receiver && s->receiver->kind == ExprKind::This);
        break;
      }
      case ExprKind::DynamicSet: {
        auto* s = static_cast<const DynamicSet*>(e);
        writtenByName(s->name, s->value);
        break;
      }
      case ExprKind::SuperSet: {
        auto* s = static_cast<const SuperSet*>(e);
        if (s->target) writtenByName(s->target->name, s->value);
        break;
      }
      case ExprKind::StaticSet: {
        auto* s = static_cast<const StaticSet*>(e);
        if (s->target) writtenByName(s->target->name, s->value);
        break;
      }
      // A setter called like a method (`x.f=(v)`) or torn off: give up on the name.
      case ExprKind::InstanceInvocation: writtenByName(static_cast<const InstanceInvocation*>(e)->name, nullptr); break;
      case ExprKind::DynamicInvocation: writtenByName(static_cast<const DynamicInvocation*>(e)->name, nullptr); break;
      default: break;
    }
  };
  w.onStatement = [&](const Statement* st) {
    if (st->kind == StmtKind::VariableDecl) locals.insert(static_cast<const VariableDecl*>(st)->variable);
  };
  for (Member* m : program.allMembers()) {
    // Initializers run with the new instance's own type arguments.
    if (m->memberKind == MemberKind::Field) {
      auto* f = static_cast<const Field*>(m);
      if (element.count(f) && f->initializer) written(f, f->initializer, true);
    }
    if (m->memberKind == MemberKind::Constructor) {
      for (const Initializer* init : static_cast<const Constructor*>(m)->initializers) {
        if (init->kind == InitializerKind::Field && init->field && element.count(init->field)) written(init->field, init->value, true);
      }
    }
    w.walkMember(m);
  }
  std::unordered_set<const Field*> nonEmptyConstants;
  for (const Write& wr : writes) {
    const DartType* x = !selfTyped_.count(wr.field) || wr.throughThis ? element.at(wr.field) : nullptr;
    bool nonEmpty = false;
    if (!givesExactListWith(wr.value, x, core, locals, 0, &nonEmpty)) inexact.insert(wr.field);
    if (nonEmpty) nonEmptyConstants.insert(wr.field);
  }
  for (const auto& [f, x] : element) {
    (void)x;
    if (inexact.count(f)) continue;
    exact_.insert(f);
    // (A nullable field may also hold the null it starts with, which no write shows.)
    if (!nonEmptyConstants.count(f) && !f->type->isNullable()) growableOrEmpty_.insert(f);
  }
}

}  // namespace dartc::codegen
