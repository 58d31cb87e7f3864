// Constructor tear-offs (`C.new`, `C.named`, Dart 2.15). Like the Dart CFE, they are lowered to a
// synthetic static function with the constructor's parameters whose body calls the constructor;
// the tear-off is then an ordinary static tear-off, so tear-offs of one constructor are equal and
// identical, and later stages need nothing new. For a generic class the function is generic over
// the class's type parameters (they are passed like a factory's).
#include "checker.h"

namespace dartc::sema {

using namespace kernel;

Procedure* Checker::constructorTearOff(Class* cls, Name ctorName) {
  auto key = std::make_pair(cls, ctorName);
  auto cached = constructorTearOffs.find(key);
  if (cached != constructorTearOffs.end()) return cached->second;
  ensureSignatures(cls);
  ClassInfo* info = infoOf(cls);
  Constructor* ctor = nullptr;
  Procedure* factory = nullptr;
  if (auto k = info->constructors.find(ctorName); k != info->constructors.end()) ctor = k->second;
  if (auto f = info->factories.find(ctorName); f != info->factories.end()) factory = f->second;
  FunctionNode* target = ctor ? ctor->function : factory ? factory->function : nullptr;
  if (!target || (ctor && cls->isAbstract) || cls->isEnum) return constructorTearOffs[key] = nullptr;

  auto* proc = arena().make<Procedure>(target->loc);
  proc->name = keep("_#" + std::string(cls->name) + "#" + (ctorName.empty() ? std::string("new") : std::string(ctorName)) + "#tearOff");
  // A factory-like kind: the class's type parameters arrive as the function's type arguments.
  proc->kind = ProcedureKind::Factory;
  proc->library = cls->library;
  proc->enclosingClass = cls;
  proc->isStatic = true;
  proc->id = program.memberCount++;

  auto* fn = arena().make<FunctionNode>(target->loc);
  fn->typeParams = cls->typeParams;
  fn->requiredPositionalCount = target->requiredPositionalCount;
  fn->returnType = cls->thisType;
  auto* args = arena().make<Arguments>(target->loc);
  for (TypeParameter* p : cls->typeParams) args->types.push_back(types().typeParameter(p));
  auto copyParam = [&](Variable* v) {
    Variable* copy = newVariable(v->loc, v->name, v->type);
    copy->isRequired = v->isRequired;
    copy->initializer = v->initializer;  // default values are constants: shared safely
    // Not known yet (a redirecting factory's parameter takes its target's default when the
    // factory is checked): filled in after the bodies are checked.
    if (!v->initializer) forwardedDefaults[copy] = v;
    copy->owner = fn;
    auto* get = arena().make<VariableGet>(v->loc);
    get->variable = copy;
    get->type = copy->type;
    return std::make_pair(copy, static_cast<Expression*>(get));
  };
  for (Variable* v : target->positional) {
    auto [copy, get] = copyParam(v);
    fn->positional.push_back(copy);
    args->positional.push_back(get);
  }
  for (Variable* v : target->named) {
    auto [copy, get] = copyParam(v);
    fn->named.push_back(copy);
    args->named.push_back({copy->name, get});
  }
  Expression* call;
  if (ctor) {
    auto* ci = arena().make<ConstructorInvocation>(target->loc);
    ci->target = ctor;
    ci->arguments = args;
    ci->constructedType = cls->thisType;
    ci->type = cls->thisType;
    call = ci;
  } else {
    auto* si = arena().make<StaticInvocation>(target->loc);
    si->target = factory;
    si->arguments = args;
    si->type = cls->thisType;
    call = si;
  }
  auto* ret = arena().make<ReturnStmt>(target->loc);
  ret->value = call;
  auto* body = arena().make<Block>(target->loc);
  body->statements.push_back(ret);
  fn->body = body;
  fn->type = types().function(cls->typeParams, target->type->positional, target->requiredPositionalCount, target->type->named,
                              cls->thisType);
  proc->function = fn;
  return constructorTearOffs[key] = proc;
}

}  // namespace dartc::sema
