// noSuchMethod forwarders (the language specification's "noSuchMethod forwarding"): a concrete
// class with a noSuchMethod of its own (declared or inherited, other than Object's) implements
// every member of its interface that it has no implementation for with an implicitly induced
// member. That member has the interface's signature; its body hands an Invocation of its
// parameters to noSuchMethod and returns the result checked against its return type, like the
// forwarders of the Dart front end: `return this.noSuchMethod(invocation) as R;` with the
// implicit-cast TypeError for a wrong result. The Invocation is built by dart:core's
// `_forwardNoSuchMethod` (core/invocation.dart).
#include "sema/checker.h"

namespace dartc::sema {

using namespace kernel;

namespace {

// Builds the kernel of one forwarder's body.
class ForwarderBody {
 public:
  ForwarderBody(Checker& c, SourceLoc loc) : c_(c), loc_(loc) {}

  Expression* string(std::string_view text) {
    auto* s = c_.arena().make<StringLiteral>(loc_);
    s->value = std::u16string(text.begin(), text.end());
    s->type = c_.core().stringType;
    return s;
  }
  Expression* integer(int64_t value) {
    auto* i = c_.arena().make<IntLiteral>(loc_);
    i->value = value;
    i->type = c_.core().intType;
    return i;
  }
  Expression* get(Variable* v) {
    auto* g = c_.arena().make<VariableGet>(loc_);
    g->variable = v;
    g->type = v->type;
    return g;
  }
  Expression* typeLiteral(const DartType* t) {
    auto* l = c_.arena().make<TypeLiteral>(loc_);
    l->literalType = t;
    l->type = c_.core().typeType;
    return l;
  }
  Expression* list(const DartType* elementType, std::vector<Expression*> elements) {
    auto* l = c_.arena().make<ListLiteral>(loc_);
    l->elementType = elementType;
    l->elements = std::move(elements);
    l->type = c_.types().interface(c_.core().listClass, {elementType});
    return l;
  }

  Expression* null() {
    auto* n = c_.arena().make<NullLiteral>(loc_);
    n->type = c_.types().nullType();
    return n;
  }

  // `_forwardNoSuchMethod(this, name, kind, <Type>[...], <Object?>[...], <Object?>[name, value,
  // ...], signature)`; a method's signature makes a NoSuchMethodError say the member exists with
  // other arguments, as the VM's does (it finds the forwarder).
  Expression* forward(Procedure* helper, Class* cls, std::string_view name, int kind, FunctionNode* fn) {
    auto* self = c_.arena().make<ThisExpr>(loc_);
    self->type = cls->thisType;
    std::vector<Expression*> types;
    for (TypeParameter* p : fn->typeParams) types.push_back(typeLiteral(c_.types().typeParameter(p)));
    std::vector<Expression*> positional;
    for (Variable* v : fn->positional) positional.push_back(get(v));
    std::vector<Expression*> named;
    for (Variable* v : fn->named) {
      named.push_back(string(v->name));
      named.push_back(get(v));
    }
    const DartType* object = c_.core().objectNullableType;
    auto* args = c_.arena().make<Arguments>(loc_);
    args->positional = {self,
                        string(name),
                        integer(kind),
                        list(c_.core().typeType, std::move(types)),
                        list(object, std::move(positional)),
                        list(object, std::move(named)),
                        kind == 0 ? string(fn->type->userVisibleSignature()) : null()};
    auto* call = c_.arena().make<StaticInvocation>(loc_);
    call->target = helper;
    call->arguments = args;
    call->type = c_.types().dynamicType();
    return call;
  }

 private:
  Checker& c_;
  SourceLoc loc_;
};

}  // namespace

void Checker::addNoSuchMethodForwarder(Class* cls, Member* member, bool setter) {
  auto helperBinding = coreLibrary->declared.find("_forwardNoSuchMethod");
  if (helperBinding == coreLibrary->declared.end() || !helperBinding->second.getter ||
      helperBinding->second.getter->memberKind != MemberKind::Procedure) {
    return;
  }
  auto* helper = static_cast<Procedure*>(helperBinding->second.getter);
  if (member->enclosingClass) ensureSignatures(member->enclosingClass);
  ClassInfo* info = infoOf(cls);
  SourceLoc loc = cls->loc;
  auto* forwarder = arena().make<Procedure>(loc);
  forwarder->name = member->name;
  forwarder->library = cls->library;
  forwarder->enclosingClass = cls;
  forwarder->id = program.memberCount++;
  Substitution s = receiverSubstitution(member, cls->thisType);
  auto* original = member->memberKind == MemberKind::Procedure ? static_cast<Procedure*>(member) : nullptr;
  FunctionNode* fn = nullptr;
  int kind = 0;
  std::string invocationName(member->name);
  if (original && (original->kind == ProcedureKind::Method || original->kind == ProcedureKind::Operator)) {
    forwarder->kind = original->kind;
    fn = copyFunctionSignature(*this, original->function, s);
    for (size_t i = 0; i < fn->positional.size(); ++i) {
      pendingForwarderDefaults.push_back({fn->positional[i], original->function->positional[i]});
    }
    for (size_t i = 0; i < fn->named.size(); ++i) pendingForwarderDefaults.push_back({fn->named[i], original->function->named[i]});
  } else if (!setter) {
    forwarder->kind = ProcedureKind::Getter;
    kind = 1;
    fn = arena().make<FunctionNode>(loc);
    fn->returnType = getterType(member, cls->thisType);
    fn->type = types().function({}, {}, 0, {}, fn->returnType);
  } else {
    forwarder->kind = ProcedureKind::Setter;
    kind = 2;
    invocationName += "=";
    fn = arena().make<FunctionNode>(loc);
    const DartType* valueType = setterType(member, cls->thisType);
    Variable* value = newVariable(loc, "value", valueType);
    value->owner = fn;
    // A field's setter is covariant when the field is.
    value->isCovariant = member->memberKind == MemberKind::Field ? static_cast<Field*>(member)->isCovariant
                                                                 : original && !original->function->positional.empty() &&
                                                                       original->function->positional[0]->isCovariant;
    fn->positional.push_back(value);
    fn->requiredPositionalCount = 1;
    fn->returnType = types().voidType();
    fn->type = types().function({}, {valueType}, 1, {}, fn->returnType);
  }
  forwarder->function = fn;
  ForwarderBody body(*this, loc);
  Expression* result = body.forward(helper, cls, invocationName, kind, fn);
  auto* block = arena().make<Block>(loc);
  if (fn->returnType->kind == TypeKind::Void) {
    auto* stmt = arena().make<ExpressionStmt>(loc);
    stmt->expression = result;
    block->statements.push_back(stmt);
  } else {
    if (!fn->returnType->isTop()) {
      auto* as = arena().make<AsExpr>(loc);
      as->operand = result;
      as->isImplicit = true;
      as->type = fn->returnType;
      result = as;
    }
    auto* ret = arena().make<ReturnStmt>(loc);
    ret->value = result;
    block->statements.push_back(ret);
  }
  fn->body = block;
  // An abstract declaration of the member in the class itself is replaced.
  auto& own = forwarder->kind == ProcedureKind::Setter ? info->setters : info->getters;
  auto existing = own.find(forwarder->name);
  if (existing != own.end() && existing->second->memberKind == MemberKind::Procedure) {
    auto& procs = cls->procedures;
    procs.erase(std::remove(procs.begin(), procs.end(), static_cast<Procedure*>(existing->second)), procs.end());
  }
  own[forwarder->name] = forwarder;
  cls->procedures.push_back(forwarder);
}

void Checker::finishNoSuchMethodForwarders() {
  // Optional parameters take the interface member's defaults (checked with its body by now).
  for (auto& [copy, from] : pendingForwarderDefaults) {
    if (!from->initializer) continue;
    Constant* k = evaluateConstant(from->initializer, false);
    if (!k) continue;
    auto* ce = arena().make<ConstantExpr>(from->initializer->loc);
    ce->constant = k;
    ce->type = k->type;
    copy->initializer = ce;
  }
  pendingForwarderDefaults.clear();
}

}  // namespace dartc::sema
