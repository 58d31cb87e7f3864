#include "summary_collector.h"

#include <algorithm>

#include "frontend/kernel_walk.h"

namespace dartc::tfa {

using namespace kernel;

SummaryCollector::SummaryCollector(TypeFlowAnalysis& analysis, FunctionInfo& function)
    : a_(analysis), f_(function), types_(analysis.types()), im_(analysis.implicit()), owner_(function.member) {}

// --- Statements of the summary ---------------------------------------------------------------------------

uint32_t SummaryCollector::emit(Statement s) {
  s_->statements.push_back(std::move(s));
  return static_cast<uint32_t>(s_->statements.size() - 1);
}

void SummaryCollector::setInputs(Statement& s, const std::vector<uint32_t>& inputs) {
  s.firstInput = static_cast<uint32_t>(s_->operands.size());
  s.inputCount = static_cast<uint32_t>(inputs.size());
  s_->operands.insert(s_->operands.end(), inputs.begin(), inputs.end());
}

uint32_t SummaryCollector::constant(TypeRef t) {
  Statement s;
  s.op = Op::Const;
  s.type = t;
  return emit(std::move(s));
}

uint32_t SummaryCollector::join(std::vector<uint32_t> inputs) {
  if (inputs.size() == 1) return inputs[0];
  Statement s;
  s.op = Op::Join;
  setInputs(s, inputs);
  return emit(std::move(s));
}

uint32_t SummaryCollector::narrow(uint32_t value, TypeRef to) {
  if (to == types_.any(true)) return value;
  Statement s;
  s.op = Op::Narrow;
  s.a = value;
  s.type = to;
  return emit(std::move(s));
}

uint32_t SummaryCollector::call(CallSpec spec, std::vector<uint32_t> args) {
  auto owned = std::make_unique<CallSpec>(std::move(spec));
  Statement s;
  s.op = Op::Call;
  s.call = owned.get();
  setInputs(s, args);
  s_->calls.push_back(std::move(owned));
  return emit(std::move(s));
}

uint32_t SummaryCollector::typed(uint32_t callStmt, const DartType* t) {
  const Statement& st = s_->statements[callStmt];
  if (st.op == Op::Call && !s_->calls.empty() && s_->calls.back().get() == st.call) {
    TypeRef filter = a_.fromStaticType(t);
    if (filter != types_.any(true)) s_->calls.back()->resultFilter = filter;
  }
  return callStmt;
}

void SummaryCollector::arguments(const Arguments* args, CallSpec& spec, std::vector<uint32_t>& out) {
  if (!args) return;
  for (const Expression* e : args->positional) out.push_back(expression(e));
  spec.positionalCount += static_cast<uint32_t>(args->positional.size());
  // Evaluated in source order, passed sorted by name.
  std::vector<std::pair<std::string_view, uint32_t>> named;
  for (const NamedArgument& n : args->named) named.push_back({n.name, expression(n.value)});
  std::sort(named.begin(), named.end());  // names are distinct
  for (const auto& [name, value] : named) {
    spec.names.push_back(name);
    out.push_back(value);
  }
}

uint32_t SummaryCollector::directCall(const Member* target, CallKind kind, uint32_t receiver, const Arguments* args,
                                      KeepKind why) {
  CallSpec spec;
  spec.kind = CallSpec::Kind::Direct;
  spec.callKind = kind;
  spec.target = &a_.memberInfo(target);
  spec.reason = why;
  std::vector<uint32_t> values;
  if (receiver != kNone) {
    spec.hasReceiver = true;
    values.push_back(receiver);
  }
  arguments(args, spec, values);
  return call(std::move(spec), std::move(values));
}

// Sound null safety: only Object's members (toString, hashCode, ==, runtimeType, noSuchMethod)
// can be called on a receiver whose static type admits null, so a call whose interface target
// is any other member never sees null at run time, even when the analysis's value for the
// receiver includes it (a value read through a type parameter `E`, whose bound is `Object?`).
// Dropping null there lets `x.isOdd` on an `int` parameter call int.isOdd directly.
bool SummaryCollector::receiverNeverNull(const Member* interfaceTarget) const {
  const CoreTypes& core = a_.program().core;
  const Class* owner = interfaceTarget->enclosingClass;
  if (!owner || owner == core.objectClass || owner == core.nullClass) return false;
  // A class's own override of an Object member (int.toString) may be the target on `int?`.
  if (!core.objectClass) return false;
  for (const Procedure* p : core.objectClass->procedures) {
    if (p->name == interfaceTarget->name) return false;
  }
  for (const Field* f : core.objectClass->fields) {
    if (f->name == interfaceTarget->name) return false;
  }
  return true;
}

uint32_t SummaryCollector::virtualCall(SelectorKind kind, std::string_view name, const Member* interfaceTarget, uint32_t siteId,
                                       uint32_t receiver, const Arguments* args, std::vector<uint32_t> extra) {
  CallSpec spec;
  spec.kind = CallSpec::Kind::Virtual;
  spec.callKind = kind == SelectorKind::Method ? CallKind::Method : kind == SelectorKind::Getter ? CallKind::Getter : CallKind::Setter;
  // The same selector codegen uses (lower_calls.cpp): the interface target's name and library.
  spec.selector = a_.selectorId(selectorOf(kind, interfaceTarget ? interfaceTarget->name : name,
                                           interfaceTarget ? interfaceTarget->library : nullptr));
  spec.siteId = siteId;
  spec.hasReceiver = true;
  spec.reason = KeepKind::Dispatched;
  if (interfaceTarget && interfaceTarget->enclosingClass) {
    spec.receiverFilter = types_.cone(a_.classId(interfaceTarget->enclosingClass), false);
    spec.receiverNonNull = receiverNeverNull(interfaceTarget);
  }
  std::vector<uint32_t> values{receiver};
  for (uint32_t x : extra) values.push_back(x);
  spec.positionalCount = static_cast<uint32_t>(extra.size());
  arguments(args, spec, values);
  return call(std::move(spec), std::move(values));
}

uint32_t SummaryCollector::dynamicCall(SelectorKind kind, std::string_view name, uint32_t siteId, uint32_t receiver,
                                       const Arguments* args, std::vector<uint32_t> extra) {
  CallSpec spec;
  spec.kind = CallSpec::Kind::Dynamic;
  spec.callKind = kind == SelectorKind::Method ? CallKind::Method : kind == SelectorKind::Getter ? CallKind::Getter : CallKind::Setter;
  // Codegen looks dynamic names up without a library (dynamic.cpp).
  spec.selector = a_.selectorId(selectorOf(kind, name, nullptr));
  spec.siteId = siteId;
  spec.hasReceiver = true;
  spec.reason = KeepKind::DynamicCall;
  std::vector<uint32_t> values{receiver};
  for (uint32_t x : extra) values.push_back(x);
  spec.positionalCount = static_cast<uint32_t>(extra.size());
  arguments(args, spec, values);
  a_.noteDynamicName(name);
  // Dynamic stubs check arguments (TypeError) and report missing members (NoSuchMethodError) with
  // the arguments in arrays.
  a_.allocate(im_.fixedArrayClass, KeepKind::Builtin, owner_);
  helperWithStaticArgs(im_.throwNoSuchMethod);
  helperWithStaticArgs(im_.throwParameterTypeError);
  uint32_t result = call(std::move(spec), std::move(values));
  // A receiver without the member (or not taking the arguments) gets its noSuchMethod called
  // with an Invocation (codegen's invokeNoSuchMethod), whose result is the call's: the helper
  // takes any receiver, so it joins what every noSuchMethod returns.
  if (!im_.invokeNoSuchMethod) return result;
  return join({result, helperWithStaticArgs(im_.invokeNoSuchMethod)});
}

uint32_t SummaryCollector::helper(const Procedure* p, std::vector<uint32_t> args) {
  if (!p) return kNone;
  // Arguments not modeled (a message, a flag) are any value of the parameter's declared type.
  for (size_t i = args.size(); i < p->function->positional.size(); ++i) {
    args.push_back(constant(a_.fromStaticType(p->function->positional[i]->type)));
  }
  CallSpec spec;
  spec.kind = CallSpec::Kind::Direct;
  spec.callKind = CallKind::Method;
  spec.target = &a_.memberInfo(p);
  spec.positionalCount = static_cast<uint32_t>(args.size());
  spec.reason = KeepKind::RuntimeCheck;
  return call(std::move(spec), std::move(args));
}

uint32_t SummaryCollector::helperWithStaticArgs(const Procedure* p) {
  if (!p) return kNone;
  std::vector<uint32_t> args;
  for (const Variable* v : p->function->positional) args.push_back(constant(a_.fromStaticType(v->type)));
  return helper(p, std::move(args));
}

void SummaryCollector::caseEquals(const Expression* caseExpr, uint32_t k, uint32_t subject) {
  // Dart 3 matches a constant pattern by evaluating `k == subject`; codegen (caseMatches in
  // lower_statements.cpp) calls the `==` of the constant's class directly, on non-null subjects.
  if (caseExpr->kind != ExprKind::ConstantExpr) return;
  const Constant* c = static_cast<const ConstantExpr*>(caseExpr)->constant;
  const CoreTypes& core = a_.program().core;
  const Class* cls = nullptr;
  switch (c->kind) {
    case ConstantKind::Int: cls = core.intClass; break;
    case ConstantKind::Double: cls = core.doubleClass; break;
    case ConstantKind::String: cls = core.stringClass; break;
    case ConstantKind::Instance: cls = static_cast<const InstanceConstant*>(c)->cls; break;
    case ConstantKind::TypeLiteral: cls = im_.typeClass; break;
    case ConstantKind::TearOff: cls = im_.closureClass; break;
    default: return;  // null, bools and constant collections are equal only to themselves
  }
  const Member* eq = cls ? lookupImplementation(cls, selectorOf(SelectorKind::Method, "==", nullptr)) : nullptr;
  if (!eq || eq->enclosingClass == core.objectClass) return;
  CallSpec spec;
  spec.kind = CallSpec::Kind::Direct;
  spec.callKind = CallKind::Method;
  spec.target = &a_.memberInfo(eq);
  spec.hasReceiver = true;
  spec.positionalCount = 1;
  spec.reason = KeepKind::Called;
  call(std::move(spec), {k, narrow(subject, types_.any(false))});
}

void SummaryCollector::lateAccess() {
  if (im_.throwLateInitialization) helper(im_.throwLateInitialization, {constant(a_.stringType())});
}

// --- Variables ---------------------------------------------------------------------------------------------

uint32_t& SummaryCollector::joinOf(const Variable* v) {
  auto it = joins_.find(v);
  if (it != joins_.end()) return it->second;
  Statement s;
  s.op = Op::Join;
  s.variable = v;
  uint32_t id = emit(std::move(s));
  s_->locals.push_back({v, id});
  return joins_[v] = id;
}

void SummaryCollector::assign(const Variable* v, uint32_t value) {
  if (v->isCaptured) {
    Statement s;
    s.op = Op::CapturedSet;
    s.variable = v;
    s.a = value;
    emit(std::move(s));
    return;
  }
  uint32_t j = joinOf(v);
  Statement s;
  s.op = Op::Store;
  s.a = value;
  s.b = j;
  uint32_t store = emit(std::move(s));
  // Written after a read (a loop): the summary needs passes until the slot stops growing.
  if (firstRead_.count(j) && store > firstRead_[j]) s_->needsPasses = true;
}

uint32_t SummaryCollector::read(const Variable* v, const DartType* readType) {
  uint32_t value;
  if (v->isCaptured) {
    Statement s;
    s.op = Op::CapturedGet;
    s.variable = v;
    value = emit(std::move(s));
  } else {
    uint32_t j = joinOf(v);
    firstRead_.emplace(j, static_cast<uint32_t>(s_->statements.size()));
    value = j;
  }
  if (v->isLate) lateAccess();
  // A promoted read (`x is T`, `x != null` checked at run time) narrows the value.
  if (readType && readType != v->type) value = narrow(value, a_.fromStaticType(readType));
  return value;
}

uint32_t SummaryCollector::thisValue() {
  if (receiver_ != kNone) return receiver_;
  // In a closure: the enclosing member's `this`, as recorded by the member.
  Statement s;
  s.op = Op::ThisGet;
  s.member = owner_;
  return receiver_ = emit(std::move(s));
}

// --- Function bodies ------------------------------------------------------------------------------------------

void SummaryCollector::parameters(const FunctionNode* fn) {
  auto param = [&](const Variable* v, uint32_t index, bool optional) {
    Statement s;
    s.op = Op::Param;
    s.index = index;
    if (index == kNone) s.name = v->name;
    s.variable = v;
    // Default values are constants: evaluated where the argument is missing.
    if (optional) s.a = v->initializer ? expression(v->initializer) : constant(types_.nullType());
    uint32_t id = emit(std::move(s));
    s_->parameterStatements.push_back(id);
    assign(v, id);
  };
  for (size_t i = 0; i < fn->positional.size(); ++i) param(fn->positional[i], static_cast<uint32_t>(i), i >= fn->requiredPositionalCount);
  for (const Variable* v : fn->named) param(v, kNone, !v->isRequired);
}

bool SummaryCollector::hasNestedClosures(const Member* m) const {
  bool found = false;
  Walker w;
  w.onExpression = [&](const Expression* e) { found |= e->kind == ExprKind::FunctionExpression; };
  w.onStatement = [&](const kernel::Statement* s) { found |= s->kind == StmtKind::FunctionDecl; };
  w.enterFunctions = false;
  w.walkMember(m);
  if (m->memberKind == MemberKind::Constructor) {
    for (const Field* fld : m->enclosingClass->fields) {
      if (!fld->isStatic && fld->initializer) w.walk(fld->initializer);
    }
  }
  return found;
}

void SummaryCollector::constructorPrologue(const Constructor* k) {
  bool redirects = false;
  for (const Initializer* init : k->initializers) redirects |= init->kind == InitializerKind::Redirecting;
  // Field initializers written at the declaration (codegen runs them in every non-redirecting
  // constructor, before the initializer list).
  if (!redirects) {
    for (const Field* fld : k->enclosingClass->fields) {
      if (fld->isStatic || fld->isLate || !fld->initializer) continue;
      Statement s;
      s.op = Op::FieldSet;
      s.field = fld;
      s.a = expression(fld->initializer);
      s.b = receiver_;
      emit(std::move(s));
    }
  }
  for (const Initializer* init : k->initializers) {
    switch (init->kind) {
      case InitializerKind::Field: {
        Statement s;
        s.op = Op::FieldSet;
        s.field = init->field;
        s.a = expression(init->value);
        s.b = receiver_;
        emit(std::move(s));
        if (init->field->isLate) lateAccess();
        break;
      }
      case InitializerKind::Super:
      case InitializerKind::Redirecting:
        directCall(init->target, CallKind::Method, receiver_, init->arguments, KeepKind::Called);
        break;
      case InitializerKind::Local:
        assign(init->variable, expression(init->variable->initializer));
        break;
      case InitializerKind::Assert:
        if (a_.options().enableAsserts) {
          expression(init->value);
          helper(im_.throwAssertionError, {init->message ? expression(init->message) : constant(types_.nullType())});
        }
        break;
    }
  }
}

std::unique_ptr<Summary> SummaryCollector::collect() {
  s_ = std::make_unique<Summary>();
  const FunctionNode* fn = f_.function;
  bool isInstance = f_.kind == FunctionInfo::Kind::Member && (f_.member->isInstanceMember() ||
                                                               f_.member->memberKind == MemberKind::Constructor);
  if (f_.kind == FunctionInfo::Kind::FieldInitializer) {
    auto* field = static_cast<const Field*>(f_.member);
    if (!field->isStatic && field->enclosingClass) {
      Statement s;
      s.op = Op::Param;
      s.index = kReceiver;
      receiver_ = emit(std::move(s));
      // Closures in a late field's initializer see `this` (`late final f = () => v * 2;`).
      Statement t;
      t.op = Op::ThisSet;
      t.member = f_.member;
      t.a = receiver_;
      emit(std::move(t));
    }
    uint32_t value = expression(field->initializer);
    s_->result = value;
    return std::move(s_);
  }
  if (isInstance) {
    Statement s;
    s.op = Op::Param;
    s.index = kReceiver;
    receiver_ = emit(std::move(s));
    if (hasNestedClosures(f_.member)) {
      Statement t;
      t.op = Op::ThisSet;
      t.member = f_.member;
      t.a = receiver_;
      emit(std::move(t));
    }
  }
  if (fn) parameters(fn);
  if (f_.kind == FunctionInfo::Kind::Member && f_.member == im_.requireEventLoop) helperWithStaticArgs(im_.runEventLoop);
  if (f_.kind == FunctionInfo::Kind::Member && f_.member->memberKind == MemberKind::Constructor) {
    constructorPrologue(static_cast<const Constructor*>(f_.member));
  }
  // Covariant parameters (and those mentioning the class's type parameters) are checked on entry
  // of instance methods (codegen's checkCovariantParameters).
  if (isInstance && fn && f_.member->memberKind == MemberKind::Procedure) {
    bool checks = false;
    auto mentionsTypeParameter = [](const DartType* t) {
      std::vector<const DartType*> work{t};
      while (!work.empty()) {
        const DartType* x = work.back();
        work.pop_back();
        if (x->kind == TypeKind::TypeParameter) return true;
        if (x->kind == TypeKind::Interface) {
          for (const DartType* arg : static_cast<const InterfaceType*>(x)->args) work.push_back(arg);
        }
      }
      return false;
    };
    for (const Variable* v : fn->positional) checks |= !v->type->isTop() && (v->isCovariant || mentionsTypeParameter(v->type));
    for (const Variable* v : fn->named) checks |= !v->type->isTop() && (v->isCovariant || mentionsTypeParameter(v->type));
    if (checks) helperWithStaticArgs(im_.throwParameterTypeError);
  }
  if (fn && fn->body) statement(fn->body);
  if (f_.kind == FunctionInfo::Kind::Member && f_.member->memberKind == MemberKind::Constructor) {
    s_->result = receiver_;
    return std::move(s_);
  }
  if (fn && fn->asyncMarker != AsyncMarker::Sync) {
    // Not supported by codegen; the analysis stays sound with the declared type.
    s_->result = constant(a_.fromStaticType(fn->returnType));
    return std::move(s_);
  }
  // Falling off the end returns null; that only type-checks when the return type admits null.
  if (fn && fn->returnType && (fn->returnType->admitsNull() || fn->returnType->kind == kernel::TypeKind::TypeParameter)) {
    returns_.push_back(constant(types_.nullType()));
  }
  if (returns_.empty()) returns_.push_back(constant(types_.empty()));
  s_->result = join(returns_);
  if (s_->result < s_->statements.size() && s_->statements[s_->result].op == Op::Join && !s_->statements[s_->result].variable) {
    // The result join may gather values computed after reads of it: never, it is never read.
  }
  return std::move(s_);
}

// --- Statements ----------------------------------------------------------------------------------------------------

void SummaryCollector::statement(const kernel::Statement* s) {
  if (!s) return;
  switch (s->kind) {
    case StmtKind::Block:
      for (const kernel::Statement* c : static_cast<const Block*>(s)->statements) statement(c);
      break;
    case StmtKind::ExpressionStmt: expression(static_cast<const ExpressionStmt*>(s)->expression); break;
    case StmtKind::VariableDecl: {
      const Variable* v = static_cast<const VariableDecl*>(s)->variable;
      if (v->initializer) {
        assign(v, expression(v->initializer));
      } else if (!v->isLate && v->type->admitsNull()) {
        assign(v, constant(types_.nullType()));
      } else {
        joinOf(v);
      }
      if (v->isLate) lateAccess();
      break;
    }
    case StmtKind::FunctionDecl: {
      auto* d = static_cast<const FunctionDecl*>(s);
      uint32_t value = closure(d->function);
      if (d->variable) assign(d->variable, value);
      break;
    }
    case StmtKind::If: {
      auto* i = static_cast<const IfStmt*>(s);
      expression(i->condition);
      statement(i->thenStmt);
      statement(i->elseStmt);
      break;
    }
    case StmtKind::While: {
      auto* w = static_cast<const WhileStmt*>(s);
      expression(w->condition);
      statement(w->body);
      break;
    }
    case StmtKind::DoWhile: {
      auto* d = static_cast<const DoWhileStmt*>(s);
      statement(d->body);
      expression(d->condition);
      break;
    }
    case StmtKind::For: {
      auto* f = static_cast<const ForStmt*>(s);
      for (const Variable* v : f->variables) {
        if (v->initializer) assign(v, expression(v->initializer));
        else if (v->type->admitsNull()) assign(v, constant(types_.nullType()));
      }
      for (const Expression* x : f->initExprs) expression(x);
      if (f->condition) expression(f->condition);
      statement(f->body);
      for (const Expression* x : f->updates) expression(x);
      break;
    }
    case StmtKind::Labeled: statement(static_cast<const LabeledStmt*>(s)->body); break;
    case StmtKind::Switch: {
      auto* sw = static_cast<const SwitchStmt*>(s);
      uint32_t subject = expression(sw->subject);
      for (const SwitchCase* c : sw->cases) {
        for (const Expression* x : c->expressions) caseEquals(x, expression(x), subject);
        statement(c->body);
      }
      break;
    }
    case StmtKind::Return: {
      auto* r = static_cast<const ReturnStmt*>(s);
      returns_.push_back(r->value ? expression(r->value) : constant(types_.nullType()));
      break;
    }
    case StmtKind::TryCatch: {
      auto* t = static_cast<const TryCatchStmt*>(s);
      statement(t->body);
      for (const CatchClause* c : t->catches) {
        a_.useType(c->guard, owner_);
        if (c->exception) {
          Statement th;
          th.op = Op::Thrown;
          uint32_t thrown = emit(std::move(th));
          assign(c->exception, narrow(thrown, a_.fromStaticType(c->guard)));
        }
        if (c->stackTrace) {
          a_.allocate(im_.stackTraceClass, KeepKind::Builtin, owner_);
          assign(c->stackTrace, constant(types_.concrete(a_.classId(im_.stackTraceClass))));
        }
        statement(c->body);
      }
      break;
    }
    case StmtKind::TryFinally: {
      auto* t = static_cast<const TryFinallyStmt*>(s);
      statement(t->body);
      statement(t->finalizer);
      break;
    }
    case StmtKind::Assert: {
      if (!a_.options().enableAsserts) break;
      auto* as = static_cast<const AssertStmt*>(s);
      expression(as->condition);
      helper(im_.throwAssertionError, {as->message ? expression(as->message) : constant(types_.nullType())});
      break;
    }
    case StmtKind::Yield: {
      auto* y = static_cast<const YieldStmt*>(s);
      if (y->value) expression(y->value);
      break;
    }
    default: break;
  }
}

// --- Expressions -------------------------------------------------------------------------------------------------

uint32_t SummaryCollector::closure(const FunctionNode* fn) {
  // Closures need heap contexts for what they capture, and their dynamic entries report
  // mismatched calls with NoSuchMethodError (codegen's closures.cpp).
  a_.useClass(im_.contextClass, KeepKind::Builtin, owner_);
  helperWithStaticArgs(im_.throwNoSuchMethod);
  // Their dynamic entries check the arguments' types (checkDynamicArgument).
  helperWithStaticArgs(im_.throwParameterTypeError);
  return constant(a_.closureValue(ClosureKind::Function, fn, owner_, owner_));
}

uint32_t SummaryCollector::stringConcat(const StringConcat* e) {
  const CoreTypes& core = a_.program().core;
  for (const Expression* part : e->parts) {
    uint32_t value = expression(part);
    const DartType* t = part->type;
    // Codegen converts strings as they are, and unboxed ints, doubles and bools with the
    // runtime; anything else calls toString (lower_expressions.cpp).
    if (t == core.stringType || t == core.intType || t == core.doubleType || t == core.boolType) continue;
    CallSpec spec;
    spec.kind = CallSpec::Kind::Virtual;
    spec.callKind = CallKind::Method;
    spec.selector = a_.selectorId(selectorOf(SelectorKind::Method, "toString", nullptr));
    spec.hasReceiver = true;
    spec.toStringPart = part;
    spec.reason = KeepKind::Dispatched;
    call(std::move(spec), {value});
  }
  return constant(a_.stringType());
}

uint32_t SummaryCollector::collectionLiteral(const Expression* e) {
  if (e->kind == ExprKind::ListLiteral) {
    auto* l = static_cast<const ListLiteral*>(e);
    for (const Expression* x : l->elements) expression(x);
    a_.allocate(im_.growableListClass, KeepKind::Allocated, owner_);
    a_.allocate(im_.fixedArrayClass, KeepKind::Allocated, owner_);
    uint32_t list = constant(types_.concrete(a_.classId(im_.growableListClass)));
    if (im_.growableListFromArray) {
      CallSpec spec;
      spec.kind = CallSpec::Kind::Direct;
      spec.target = &a_.memberInfo(im_.growableListFromArray);
      spec.hasReceiver = true;
      spec.positionalCount = 2;
      call(std::move(spec), {list, constant(types_.concrete(a_.classId(im_.fixedArrayClass))),
                              constant(types_.concrete(a_.hierarchy().intClass))});
    }
    return list;
  }
  bool isMap = e->kind == ExprKind::MapLiteral;
  const Class* cls = isMap ? im_.linkedHashMapClass : im_.linkedHashSetClass;
  const Constructor* ctor = isMap ? im_.linkedHashMapNew : im_.linkedHashSetNew;
  const Procedure* add = isMap ? im_.linkedHashMapPut : im_.linkedHashSetAdd;
  if (!cls) return constant(types_.empty());
  a_.allocate(cls, KeepKind::Allocated, owner_);
  uint32_t object = constant(types_.concrete(a_.classId(cls)));
  if (ctor) directCall(ctor, CallKind::Method, object, nullptr, KeepKind::Called);
  auto addCall = [&](std::vector<uint32_t> args) {
    if (!add) return;
    CallSpec spec;
    spec.kind = CallSpec::Kind::Direct;
    spec.target = &a_.memberInfo(add);
    spec.hasReceiver = true;
    spec.positionalCount = static_cast<uint32_t>(args.size());
    args.insert(args.begin(), object);
    call(std::move(spec), std::move(args));
  };
  if (isMap) {
    for (const MapLiteralEntry& entry : static_cast<const MapLiteral*>(e)->entries) {
      uint32_t k = expression(entry.key);
      uint32_t v = expression(entry.value);
      addCall({k, v});
    }
  } else {
    for (const Expression* x : static_cast<const SetLiteral*>(e)->elements) addCall({expression(x)});
  }
  return object;
}

uint32_t SummaryCollector::expression(const Expression* e) {
  // Static types become runtime types (type arguments of allocations, casts, runtimeType).
  a_.useType(e->type, owner_);
  const ClassHierarchy& h = a_.hierarchy();
  switch (e->kind) {
    case ExprKind::IntLiteral: return constant(types_.concrete(h.intClass));
    case ExprKind::DoubleLiteral: return constant(types_.concrete(h.doubleClass));
    case ExprKind::BoolLiteral: return constant(types_.concrete(h.boolClass));
    case ExprKind::NullLiteral: return constant(types_.nullType());
    case ExprKind::StringLiteral: return constant(a_.stringTypeOf(static_cast<const StringLiteral*>(e)->value));
    case ExprKind::ConstantExpr: return constant(a_.constantType(static_cast<const ConstantExpr*>(e)->constant, owner_));
    case ExprKind::This: return thisValue();
    case ExprKind::VariableGet: {
      auto* g = static_cast<const VariableGet*>(e);
      return read(g->variable, e->type);
    }
    case ExprKind::VariableSet: {
      auto* s = static_cast<const VariableSet*>(e);
      uint32_t v = expression(s->value);
      assign(s->variable, v);
      if (s->variable->isLate) lateAccess();
      return v;
    }
    case ExprKind::StaticGet: {
      const Member* target = static_cast<const StaticGet*>(e)->target;
      if (target->memberKind != MemberKind::Field) return typed(directCall(target, CallKind::Getter, kNone, nullptr, KeepKind::Called), e->type);
      auto* field = static_cast<const Field*>(target);
      // A constant field reads as its value (codegen lowers the initializer in place).
      if (field->isConst && field->initializer && field->initializer->kind == ExprKind::ConstantExpr) {
        return expression(field->initializer);
      }
      if (field->isLate) lateAccess();
      if (field->hasLazyInitializer()) helper(im_.throwCyclicInitialization, {constant(a_.stringType())});
      Statement s;
      s.op = Op::FieldGet;
      s.field = field;
      return emit(std::move(s));
    }
    case ExprKind::StaticSet: {
      auto* ss = static_cast<const StaticSet*>(e);
      uint32_t v = expression(ss->value);
      if (ss->target->memberKind != MemberKind::Field) {
        CallSpec spec;
        spec.kind = CallSpec::Kind::Direct;
        spec.callKind = CallKind::Setter;
        spec.target = &a_.memberInfo(ss->target);
        spec.positionalCount = 1;
        call(std::move(spec), {v});
        return v;
      }
      Statement s;
      s.op = Op::FieldSet;
      s.field = static_cast<const Field*>(ss->target);
      s.a = v;
      emit(std::move(s));
      return v;
    }
    case ExprKind::StaticInvocation: {
      auto* si = static_cast<const StaticInvocation*>(e);
      return typed(directCall(si->target, CallKind::Method, kNone, si->arguments, KeepKind::Called), e->type);
    }
    case ExprKind::StaticTearOff: {
      const Procedure* target = static_cast<const StaticTearOff*>(e)->target;
      // Its dynamic entry reports mismatched calls and checks the arguments' types, as a
      // closure's does (codegen's closures.cpp, checkDynamicArgument).
      helperWithStaticArgs(im_.throwNoSuchMethod);
      helperWithStaticArgs(im_.throwParameterTypeError);
      return constant(a_.closureValue(ClosureKind::StaticTearOff, target->function, target, owner_));
    }
    case ExprKind::ConstructorInvocation: {
      auto* c = static_cast<const ConstructorInvocation*>(e);
      const Class* cls = c->target->enclosingClass;
      a_.allocate(cls, KeepKind::Allocated, owner_);
      uint32_t object = constant(types_.concrete(a_.classId(cls)));
      directCall(c->target, CallKind::Method, object, c->arguments, KeepKind::Called);
      return object;
    }
    case ExprKind::InstanceGet: {
      auto* g = static_cast<const InstanceGet*>(e);
      uint32_t r = expression(g->receiver);
      return typed(virtualCall(SelectorKind::Getter, g->name, g->interfaceTarget, g->siteId, r, nullptr), e->type);
    }
    case ExprKind::InstanceSet: {
      auto* s = static_cast<const InstanceSet*>(e);
      uint32_t r = expression(s->receiver);
      uint32_t v = expression(s->value);
      virtualCall(SelectorKind::Setter, s->name, s->interfaceTarget, s->siteId, r, nullptr, {v});
      return v;
    }
    case ExprKind::InstanceInvocation: {
      auto* i = static_cast<const InstanceInvocation*>(e);
      // Codegen may inline an intrinsic at the call site (int and double operators), with the
      // helpers it calls, whatever the analysis finds about the receiver.
      if (i->interfaceTarget) {
        for (const auto& [name, option] : i->interfaceTarget->pragmas) {
          if (name == "dartc:calls") a_.requireHelper(a_.program().findTopLevelProcedure("dart:core", option), nullptr, owner_);
        }
      }
      uint32_t r = expression(i->receiver);
      return typed(virtualCall(SelectorKind::Method, i->name, i->interfaceTarget, i->siteId, r, i->arguments), e->type);
    }
    case ExprKind::InstanceTearOff: {
      auto* t = static_cast<const InstanceTearOff*>(e);
      uint32_t r = expression(t->receiver);
      helperWithStaticArgs(im_.throwNoSuchMethod);
      helperWithStaticArgs(im_.throwParameterTypeError);  // as a static tear-off's entry
      return virtualCall(SelectorKind::Getter, t->name, t->interfaceTarget, t->siteId, r, nullptr);
    }
    case ExprKind::SuperGet:
      return typed(directCall(static_cast<const SuperGet*>(e)->target, CallKind::Getter, thisValue(), nullptr, KeepKind::Called), e->type);
    case ExprKind::SuperSet: {
      auto* s = static_cast<const SuperSet*>(e);
      uint32_t self = thisValue();
      uint32_t v = expression(s->value);
      CallSpec spec;
      spec.kind = CallSpec::Kind::Direct;
      spec.callKind = CallKind::Setter;
      spec.target = &a_.memberInfo(s->target);
      spec.hasReceiver = true;
      spec.positionalCount = 1;
      call(std::move(spec), {self, v});
      return v;
    }
    case ExprKind::SuperInvocation: {
      auto* s = static_cast<const SuperInvocation*>(e);
      return typed(directCall(s->target, CallKind::Method, thisValue(), s->arguments, KeepKind::Called), e->type);
    }
    case ExprKind::DynamicGet: {
      auto* g = static_cast<const DynamicGet*>(e);
      uint32_t r = expression(g->receiver);
      return dynamicCall(SelectorKind::Getter, g->name, g->siteId, r, nullptr);
    }
    case ExprKind::DynamicSet: {
      auto* s = static_cast<const DynamicSet*>(e);
      uint32_t r = expression(s->receiver);
      uint32_t v = expression(s->value);
      dynamicCall(SelectorKind::Setter, s->name, s->siteId, r, nullptr, {v});
      return v;
    }
    case ExprKind::DynamicInvocation: {
      auto* d = static_cast<const DynamicInvocation*>(e);
      uint32_t r = expression(d->receiver);
      return dynamicCall(SelectorKind::Method, d->name, d->siteId, r, d->arguments);
    }
    case ExprKind::FunctionInvocation: {
      auto* f = static_cast<const FunctionInvocation*>(e);
      uint32_t callee = expression(f->callee);
      CallSpec spec;
      spec.kind = CallSpec::Kind::Closure;
      spec.hasReceiver = true;
      spec.siteId = f->siteId;
      spec.functionTyped = f->functionType != nullptr;
      spec.reason = KeepKind::ClosureCall;
      std::vector<uint32_t> values{callee};
      arguments(f->arguments, spec, values);
      // The dynamic entry takes the arguments in arrays and reports mismatches.
      a_.allocate(im_.fixedArrayClass, KeepKind::Builtin, owner_);
      helperWithStaticArgs(im_.throwNoSuchMethod);
      if (!f->functionType) a_.noteDynamicName("call");
      return typed(call(std::move(spec), std::move(values)), e->type);
    }
    case ExprKind::LocalFunctionInvocation: {
      auto* l = static_cast<const LocalFunctionInvocation*>(e);
      CallSpec spec;
      spec.kind = CallSpec::Kind::Direct;
      spec.target = &a_.closureInfo(l->function, owner_);
      std::vector<uint32_t> values;
      arguments(l->arguments, spec, values);
      return typed(call(std::move(spec), std::move(values)), e->type);
    }
    case ExprKind::FunctionExpression: return closure(static_cast<const FunctionExpression*>(e)->function);
    case ExprKind::EqualsCall: {
      auto* q = static_cast<const EqualsCall*>(e);
      // Null operands are decided before the call (lower_expressions.cpp): `==` sees non-null values.
      uint32_t left = narrow(expression(q->left), types_.any(false));
      uint32_t right = narrow(expression(q->right), types_.any(false));
      virtualCall(SelectorKind::Method, "==", nullptr, q->siteId, left, nullptr, {right});
      return constant(types_.concrete(h.boolClass));
    }
    case ExprKind::EqualsNull: expression(static_cast<const EqualsNull*>(e)->operand); return constant(types_.concrete(h.boolClass));
    case ExprKind::Not: expression(static_cast<const Not*>(e)->operand); return constant(types_.concrete(h.boolClass));
    case ExprKind::Logical: {
      auto* l = static_cast<const Logical*>(e);
      expression(l->left);
      expression(l->right);
      return constant(types_.concrete(h.boolClass));
    }
    case ExprKind::Conditional: {
      auto* c = static_cast<const Conditional*>(e);
      expression(c->condition);
      uint32_t t = expression(c->thenExpr);
      uint32_t f = expression(c->elseExpr);
      return join({t, f});
    }
    case ExprKind::StringConcat: return stringConcat(static_cast<const StringConcat*>(e));
    case ExprKind::Is: {
      auto* i = static_cast<const IsExpr*>(e);
      expression(i->operand);
      a_.useType(i->testedType, owner_);
      return constant(types_.concrete(h.boolClass));
    }
    case ExprKind::As: {
      auto* as = static_cast<const AsExpr*>(e);
      uint32_t v = expression(as->operand);
      if (e->type->isTop()) return v;
      helper(im_.throwCastError, {v, constant(a_.stringType())});
      return narrow(v, a_.fromStaticType(e->type));
    }
    case ExprKind::NullCheck: {
      uint32_t v = expression(static_cast<const NullCheck*>(e)->operand);
      helper(im_.throwNullCheck);
      return narrow(v, types_.any(false));
    }
    case ExprKind::Throw: {
      uint32_t v = expression(static_cast<const Throw*>(e)->operand);
      // The runtime captures a stack trace at every throw.
      a_.allocate(im_.stackTraceClass, KeepKind::Builtin, owner_);
      Statement s;
      s.op = Op::Throw;
      s.a = v;
      emit(std::move(s));
      return constant(types_.empty());
    }
    case ExprKind::Rethrow: return constant(types_.empty());
    case ExprKind::Let: {
      auto* l = static_cast<const Let*>(e);
      assign(l->variable, expression(l->variable->initializer));
      return expression(l->body);
    }
    case ExprKind::BlockExpr: {
      auto* b = static_cast<const BlockExpr*>(e);
      statement(b->body);
      return expression(b->value);
    }
    case ExprKind::ListLiteral:
    case ExprKind::SetLiteral:
    case ExprKind::MapLiteral: return collectionLiteral(e);
    case ExprKind::TypeLiteral: {
      a_.useType(static_cast<const TypeLiteral*>(e)->literalType, owner_);
      a_.allocate(im_.typeClass, KeepKind::Builtin, owner_);
      return constant(types_.concrete(a_.classId(im_.typeClass)));
    }
    case ExprKind::Instantiation: return expression(static_cast<const Instantiation*>(e)->operand);
    case ExprKind::RecordLiteral: {
      auto* r = static_cast<const RecordLiteral*>(e);
      for (const Expression* x : r->positional) expression(x);
      for (const NamedArgument& n : r->named) expression(n.value);
      return constant(a_.fromStaticType(e->type));
    }
    case ExprKind::RecordGet: {
      expression(static_cast<const RecordGet*>(e)->receiver);
      return constant(a_.fromStaticType(e->type));
    }
    case ExprKind::Await: {
      expression(static_cast<const AwaitExpr*>(e)->operand);
      return constant(a_.fromStaticType(e->type));
    }
    default: return constant(types_.any(true));
  }
}

}  // namespace dartc::tfa
