// Unboxing: slots the analysis proved to hold only non-null ints, doubles or bools get that
// representation, whatever their static type (num, Object, a type parameter, a nullable type):
// parameters and locals, returns, instance and static fields. Only slots whose static type would
// box are recorded; codegen keeps static representations for the rest. Parameters, locals and
// returns typed with a class's type parameter stay boxed (isClassTypeParameter says why).
//
// Every caller agrees because every caller converts: direct calls convert arguments to the
// callee's signature, dispatch-table, dynamic and closure entries convert from value words, and
// table signatures merge the representations of a selector's implementations (all unboxed alike
// stay unboxed). Functions whose signature is an ABI (natives, and what the runtime or the
// program entry calls with value words) are never unboxed.
#include <algorithm>

#include "facts_builder.h"

namespace dartc::tfa {

using namespace kernel;

namespace {

UnboxedKind staticKind(const DartType* t, const CoreTypes& core) {
  if (!t || t->isNullable()) return UnboxedKind::None;
  if (t == core.intType) return UnboxedKind::Int;
  if (t == core.doubleType) return UnboxedKind::Double;
  if (t == core.boolType) return UnboxedKind::Bool;
  return UnboxedKind::None;
}

// A type parameter of a class (the `E` of `List<E>`), nullable or not. Its instances keep such
// values boxed (in arrays, maps, fields of other instantiations) and check arguments against the
// instance's type argument: unboxing a parameter, local or return of that type only adds a box on
// the way back (measured on permute: `v[i] = v[j]` unboxed the element and boxed it twice, 14 %
// more instructions than without the analysis).
bool isClassTypeParameter(const DartType* t) {
  if (!t || t->kind != kernel::TypeKind::TypeParameter) return false;
  const TypeParameter* p = static_cast<const kernel::TypeParameterType*>(t)->param;
  return !p->isFunctionTypeParam && p->declaringClass;
}

}  // namespace

void FactsBuilder::unbox() {
  const CoreTypes& core = p_.core;
  const ClassHierarchy& h = a_.hierarchy();
  auto kindOf = [&](TypeRef t) {
    if (!t || t->kind != TypeShape::Concrete || t->nullable) return UnboxedKind::None;
    if (t->cls == h.intClass) return UnboxedKind::Int;
    if (t->cls == h.doubleClass) return UnboxedKind::Double;
    if (t->cls == h.boolClass) return UnboxedKind::Bool;
    return UnboxedKind::None;
  };
  // Whether a slot of static type `t` would box, and the analysis proved more.
  auto better = [&](const DartType* t, TypeRef proven) {
    if (!t || t->kind == kernel::TypeKind::Void) return UnboxedKind::None;
    if (staticKind(t, core) != UnboxedKind::None) return UnboxedKind::None;
    return kindOf(proven);
  };
  // Called with value words by the runtime or the program entry (codegen's tables.cpp).
  const ImplicitMembers& im = a_.implicit();
  auto hasPragma = [](const Member* m, std::string_view pragma) {
    if (m->memberKind != MemberKind::Procedure) return false;
    for (const auto& [name, option] : static_cast<const Procedure*>(m)->pragmas) {
      if (name == pragma) return true;
    }
    return false;
  };
  auto fixedAbi = [&](const Member* m) {
    return m == p_.mainProcedure || m == im.mainArguments || m == im.reportUnhandled || hasPragma(m, "vm:entry-point");
  };
  for (const auto& fn : a_.functions()) {
    const FunctionInfo& f = *fn;
    if (!f.invoked || !f.summary || !f.function || f.kind == FunctionInfo::Kind::FieldInitializer) continue;
    if (f.kind == FunctionInfo::Kind::Member && (f.isExternal() || fixedAbi(f.member))) continue;
    const FunctionNode* node = f.function;
    std::vector<const Variable*> params(node->positional.begin(), node->positional.end());
    params.insert(params.end(), node->named.begin(), node->named.end());
    // A function inlined at every call site (`vm:prefer-inline`, the lists' element access) keeps
    // its parameters as words: the caller has the word already (an element copied into another
    // list), and the body needs it as a word (the covariance check and the store of `[]=`).
    bool inlinedEverywhere = f.kind == FunctionInfo::Kind::Member && hasPragma(f.member, "vm:prefer-inline");
    for (size_t i = 0; i < params.size() && i < f.parameterTypes.size(); ++i) {
      if (inlinedEverywhere || isClassTypeParameter(params[i]->type)) continue;
      UnboxedKind k = better(params[i]->type, f.parameterTypes[i]);
      if (k != UnboxedKind::None) f_.variableKinds_[params[i]] = k;
    }
    for (const auto& [variable, slot] : f.summary->locals) {
      (void)slot;
      if (variable->isCaptured || variable->isLate || f_.variableKinds_.count(variable)) continue;
      if (std::find(params.begin(), params.end(), variable) != params.end()) continue;
      if (isClassTypeParameter(variable->type)) continue;
      UnboxedKind k = better(variable->type, a_.variableTypes()[variable->id]);
      if (k != UnboxedKind::None) f_.variableKinds_[variable] = k;
    }
    bool returnsValue = true;
    if (f.kind == FunctionInfo::Kind::Member) {
      if (f.member->memberKind == MemberKind::Constructor) returnsValue = false;
      if (const Procedure* p = f.procedure()) returnsValue = p->kind != ProcedureKind::Setter;
    }
    if (returnsValue && node->asyncMarker == AsyncMarker::Sync && !isClassTypeParameter(node->returnType)) {
      UnboxedKind k = better(node->returnType, f.resultType);
      if (k != UnboxedKind::None) f_.returnKinds_[node] = k;
    }
  }
  for (const auto& [field, state] : a_.fieldStates()) {
    // Late fields hold a sentinel until set: a value word.
    if (field->isLate || !state->read) continue;
    UnboxedKind k = better(field->type, state->value);
    if (k != UnboxedKind::None) f_.fieldKinds_[field] = k;
  }
}

}  // namespace dartc::tfa
