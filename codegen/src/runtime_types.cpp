// Reified types: the read-only type templates and type argument vectors generated code passes to
// the runtime, the flattened layout of instance type arguments, and the per-class supertype
// table the runtime's subtype test reads (dartrt/abi.h, docs/generics.md).
#include <algorithm>
#include <set>

#include <llvm/IR/Constants.h>
#include <llvm/IR/GlobalVariable.h>

#include "dartrt/abi.h"
#include "module.h"
#include "tables.h"

namespace dartc::codegen {

using namespace kernel;

namespace {

constexpr uint32_t kNoClassId = 0xFFFFFFFFu;  // a class without instances: matches nothing

}  // namespace

namespace {

// `bound`: the type parameters of the generic function types around t, which t may mention.
bool closedIn(const DartType* t, std::vector<const TypeParameter*>& bound) {
  switch (t->kind) {
    case TypeKind::TypeParameter:
      return std::find(bound.begin(), bound.end(), static_cast<const TypeParameterType*>(t)->param) != bound.end();
    case TypeKind::Interface:
      for (const DartType* a : static_cast<const InterfaceType*>(t)->args) {
        if (!closedIn(a, bound)) return false;
      }
      return true;
    case TypeKind::FutureOr: return closedIn(static_cast<const FutureOrType*>(t)->arg, bound);
    case TypeKind::Record: {
      auto* r = static_cast<const RecordType*>(t);
      for (const DartType* f : r->positional) {
        if (!closedIn(f, bound)) return false;
      }
      for (const auto& n : r->named) {
        if (!closedIn(n.type, bound)) return false;
      }
      return true;
    }
    case TypeKind::Function: {
      auto* f = static_cast<const FunctionType*>(t);
      size_t base = bound.size();
      bound.insert(bound.end(), f->typeParams.begin(), f->typeParams.end());
      bool closed = true;
      Module::forEachFunctionTypePart(f, [&](const DartType* part) { closed = closed && closedIn(part, bound); });
      bound.resize(base);
      return closed;
    }
    default: return true;
  }
}

}  // namespace

bool Module::isClosedType(const DartType* t) {
  std::vector<const TypeParameter*> bound;
  return closedIn(t, bound);
}

const DartType* Module::substitute(const DartType* t, const std::vector<TypeParameter*>& params,
                                   const std::vector<const DartType*>& args) {
  // The type store interns; adding types to it does not change the program's meaning.
  TypeStore& store = const_cast<TypeStore&>(program.types);
  switch (t->kind) {
    case TypeKind::TypeParameter: {
      auto* p = static_cast<const TypeParameterType*>(t);
      for (size_t i = 0; i < params.size() && i < args.size(); ++i) {
        if (params[i] == p->param) return t->isNullable() ? store.nullable(args[i]) : args[i];
      }
      return t;
    }
    case TypeKind::Interface: {
      auto* it = static_cast<const InterfaceType*>(t);
      if (it->args.empty()) return t;
      std::vector<const DartType*> out;
      for (const DartType* a : it->args) out.push_back(substitute(a, params, args));
      return store.interface(it->cls, std::move(out), t->nullability);
    }
    case TypeKind::FutureOr:
      return store.futureOr(substitute(static_cast<const FutureOrType*>(t)->arg, params, args), t->nullability);
    case TypeKind::Record: {
      auto* r = static_cast<const RecordType*>(t);
      std::vector<const DartType*> positional;
      for (const DartType* f : r->positional) positional.push_back(substitute(f, params, args));
      std::vector<NamedParameterType> named = r->named;
      for (auto& n : named) n.type = substitute(n.type, params, args);
      return store.record(std::move(positional), std::move(named), t->nullability);
    }
    case TypeKind::Function: {
      // (The bounds of a generic function type's own parameters are kept as they are.)
      auto* f = static_cast<const FunctionType*>(t);
      std::vector<const DartType*> positional;
      for (const DartType* p : f->positional) positional.push_back(substitute(p, params, args));
      std::vector<NamedParameterType> named = f->named;
      for (auto& n : named) n.type = substitute(n.type, params, args);
      return store.function(f->typeParams, std::move(positional), f->requiredPositionalCount, std::move(named),
                            substitute(f->returnType, params, args), t->nullability);
    }
    default: return t;
  }
}

uint32_t Module::functionTypeParamIndex(const TypeParameter* p) const {
  // A local function's parameter follows those of the functions around it.
  auto base = functionTypeParamBase_.find(p);
  return p->index + (p->isFunctionTypeParam && base != functionTypeParamBase_.end() ? base->second : 0);
}

bool Module::overlapsSuperclass(const Class* cls) {
  // The VM's overlap of type-argument vectors (ClassFinalizer): a class that passes exactly its
  // own parameters, in order, as its superclass's own arguments (`_GrowableList<E> extends
  // ListBase<E>`, `ListBase<E>` of its mixin application) adds nothing to the superclass's
  // vector, whose last entries are then its own arguments. So a `_GrowableList<int>` holds
  // `[int]`, not `[int, int, int]`: generic code that makes one from its own `[E]` passes that
  // vector on (shared_type_args.cpp) instead of instantiating a new one.
  const Class* super = cls->superclass();
  if (!super || cls->typeParams.empty() || !cls->supertype) return false;
  const auto& args = cls->supertype->args;
  if (super->typeParams.size() != cls->typeParams.size() || args.size() != cls->typeParams.size()) return false;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i]->kind != TypeKind::TypeParameter || args[i]->isNullable()) return false;
    if (static_cast<const TypeParameterType*>(args[i])->param != cls->typeParams[i]) return false;
  }
  return true;
}

uint32_t Module::flatOffset(const Class* cls) const {
  // The superclass's flattened length, less the entries this class shares with it.
  const Class* super = cls->superclass();
  if (!super) return 0;
  uint32_t superLength = flatOffset(super) + static_cast<uint32_t>(super->typeParams.size());
  return overlapsSuperclass(cls) ? superLength - static_cast<uint32_t>(cls->typeParams.size()) : superLength;
}

std::vector<const DartType*> Module::flatTypeArgs(const Class* cls, const std::vector<const DartType*>& own) {
  std::vector<const DartType*> given = own;
  given.resize(cls->typeParams.size(), program.types.dynamicType());
  std::vector<const DartType*> out;
  if (const Class* super = cls->superclass()) {
    if (overlapsSuperclass(cls)) return flatTypeArgs(super, given);
    std::vector<const DartType*> superArgs;
    for (const DartType* a : cls->supertype->args) superArgs.push_back(substitute(a, cls->typeParams, given));
    out = flatTypeArgs(super, superArgs);
  }
  out.insert(out.end(), given.begin(), given.end());
  return out;
}

llvm::Constant* Module::rtType(const DartType* t, TypeParamMode mode) {
  std::vector<const TypeParameter*> bound;
  return rtTypeIn(t, mode, bound);
}

llvm::Constant* Module::rtTypeIn(const DartType* t, TypeParamMode mode, std::vector<const TypeParameter*>& bound) {
  // Inside a generic function type the same kernel type may mean another thing (its type
  // parameters are bound there): only types outside any are cached.
  auto key = std::make_pair(t, static_cast<int>(mode));
  bool cached = bound.empty();
  if (cached) {
    auto found = rtTypes_.find(key);
    if (found != rtTypes_.end()) return found->second;
  }
  uint8_t kind = DART_TYPE_DYNAMIC;
  uint8_t nullable = t->isNullable() ? 1 : 0;
  uint32_t id = 0;
  std::vector<llvm::Constant*> args;
  switch (t->kind) {
    case TypeKind::Void: kind = DART_TYPE_VOID; break;
    case TypeKind::Never: kind = t->isNullable() ? DART_TYPE_NULL : DART_TYPE_NEVER; break;
    case TypeKind::Null: kind = DART_TYPE_NULL; break;
    case TypeKind::Function: {
      // abi.h: the shape, then the return type, the parameters' types and the bounds, with the
      // type's own parameters (and those of the function types around it) numbered in order.
      auto* f = static_cast<const FunctionType*>(t);
      kind = DART_TYPE_FUNCTION;
      id = functionShapeId(f);
      size_t base = bound.size();
      bound.insert(bound.end(), f->typeParams.begin(), f->typeParams.end());
      args.push_back(rtTypeIn(f->returnType, mode, bound));
      for (const DartType* p : f->positional) args.push_back(rtTypeIn(p, mode, bound));
      for (const auto& n : f->named) args.push_back(rtTypeIn(n.type, mode, bound));
      // Top bounds (Object?, dynamic, none written) all become dynamic: equal bounds compare equal.
      for (const TypeParameter* p : f->typeParams) {
        args.push_back(rtTypeIn(p->bound && !p->bound->isTop() ? p->bound : program.types.dynamicType(), mode, bound));
      }
      bound.resize(base);
      break;
    }
    case TypeKind::Interface: {
      auto* it = static_cast<const InterfaceType*>(t);
      kind = DART_TYPE_INTERFACE;
      const dispatch::ClassLayout* l = layout.classLayout(it->cls);
      id = l ? l->cid : kNoClassId;
      for (const DartType* a : it->args) args.push_back(rtTypeIn(a, mode, bound));
      break;
    }
    case TypeKind::FutureOr: {
      // Normalized first (abi.h): what is left is a FutureOr of a type that is not a top type,
      // Object, Never or Null, and a type parameter's value is normalized by the runtime.
      const DartType* norm = normalizeFutureOr(static_cast<const FutureOrType*>(t));
      if (norm->kind != TypeKind::FutureOr) {
        llvm::Constant* c = rtTypeIn(norm, mode, bound);
        if (cached) rtTypes_[key] = c;
        return c;
      }
      kind = DART_TYPE_FUTURE_OR;
      nullable = norm->isNullable() ? 1 : 0;
      const Class* future = facts.implicit().futureClass;
      const dispatch::ClassLayout* l = future ? layout.classLayout(future) : nullptr;
      id = l ? l->cid : kNoClassId;  // no Future class: nothing is a Future
      args.push_back(rtTypeIn(static_cast<const FutureOrType*>(norm)->arg, mode, bound));
      break;
    }
    case TypeKind::Record: {
      // The shape, then the field types in the shape's order (abi.h).
      auto* r = static_cast<const RecordType*>(t);
      kind = DART_TYPE_RECORD;
      id = const_cast<TypeStore&>(program.types).recordShapeId(r);
      for (const DartType* f : r->positional) args.push_back(rtTypeIn(f, mode, bound));
      for (const auto& n : r->named) args.push_back(rtTypeIn(n.type, mode, bound));
      break;
    }
    case TypeKind::TypeParameter: {
      const TypeParameter* p = static_cast<const TypeParameterType*>(t)->param;
      auto at = std::find(bound.begin(), bound.end(), p);
      if (at != bound.end()) {
        kind = DART_TYPE_BOUND_PARAM;
        id = static_cast<uint32_t>(at - bound.begin());
      } else if (p->isFunctionTypeParam || (p->declaringClass && mode == TypeParamMode::Factory)) {
        kind = DART_TYPE_FUNCTION_PARAM;
        id = functionTypeParamIndex(p);
      } else if (p->declaringClass) {
        kind = DART_TYPE_CLASS_PARAM;
        id = p->index + (mode == TypeParamMode::Own ? 0 : flatOffset(p->declaringClass));
      } else {
        nullable = 1;  // a parameter nothing binds at run time (e.g. an extension's): dynamic
      }
      break;
    }
    default: nullable = 1; break;  // dynamic, invalid
  }
  if (kind == DART_TYPE_DYNAMIC || kind == DART_TYPE_VOID || kind == DART_TYPE_NULL) nullable = 1;
  llvm::Constant* c = rtTypeConstant(kind, nullable, id, args);
  if (cached) rtTypes_[key] = c;
  return c;
}

llvm::Constant* Module::rtTypeConstant(uint8_t kind, uint8_t nullable, uint32_t id, const std::vector<llvm::Constant*>& args) {
  std::vector<llvm::Type*> fields{i64, i8, i8, llvm::Type::getInt16Ty(llvm), i32, llvm::ArrayType::get(ptr, args.size())};
  auto* structTy = llvm::StructType::get(llvm, fields);
  auto* init = llvm::ConstantStruct::get(
      structTy, {llvm::ConstantInt::get(i64, dart_make_header(typeCid(), sizeof(DartRtType) + 8 * args.size())),
                 llvm::ConstantInt::get(i8, kind), llvm::ConstantInt::get(i8, nullable),
                 llvm::ConstantInt::get(llvm::Type::getInt16Ty(llvm), args.size()), llvm::ConstantInt::get(i32, id),
                 llvm::ConstantArray::get(llvm::ArrayType::get(ptr, args.size()), args)});
  auto* gv = new llvm::GlobalVariable(module, structTy, true, llvm::GlobalValue::PrivateLinkage, init, "dartc.type");
  gv->setAlignment(llvm::Align(DART_OBJECT_ALIGNMENT));
  return gv;
}

llvm::Constant* Module::rtTypeArgs(const std::vector<const DartType*>& types, TypeParamMode mode) {
  auto key = std::make_pair(types, static_cast<int>(mode));
  auto found = rtTypeArgs_.find(key);
  if (found != rtTypeArgs_.end()) return found->second;
  std::vector<llvm::Constant*> entries;
  for (const DartType* t : types) entries.push_back(rtType(t, mode));
  return rtTypeArgs_[key] = rtTypeArgsConstant(entries);
}

llvm::Constant* Module::concatTypeArgsTemplate(size_t outer, size_t own) {
  auto key = std::make_pair(outer, own);
  auto found = concatTemplates_.find(key);
  if (found != concatTemplates_.end()) return found->second;
  // Instantiated with the outer vector as the function vector and the own vector as the
  // instantiator vector (dartrt_instantiate_type_args).
  std::vector<llvm::Constant*> entries;
  for (size_t i = 0; i < outer; ++i) entries.push_back(rtTypeConstant(DART_TYPE_FUNCTION_PARAM, 0, static_cast<uint32_t>(i), {}));
  for (size_t i = 0; i < own; ++i) entries.push_back(rtTypeConstant(DART_TYPE_CLASS_PARAM, 0, static_cast<uint32_t>(i), {}));
  return concatTemplates_[key] = rtTypeArgsConstant(entries);
}

llvm::Constant* Module::rtTypeArgsConstant(const std::vector<llvm::Constant*>& entries) {
  auto* arrayTy = llvm::ArrayType::get(ptr, entries.size());
  auto* structTy = llvm::StructType::get(llvm, {i64, i64, arrayTy});
  auto* init = llvm::ConstantStruct::get(structTy, {llvm::ConstantInt::get(i64, 0), llvm::ConstantInt::get(i64, entries.size()),
                                                    llvm::ConstantArray::get(arrayTy, entries)});
  auto* gv = new llvm::GlobalVariable(module, structTy, true, llvm::GlobalValue::PrivateLinkage, init, "dartc.type_args");
  gv->setAlignment(llvm::Align(DART_OBJECT_ALIGNMENT));
  return gv;
}

llvm::Constant* Module::dynamicTypeArgs(size_t n) {
  return rtTypeArgs(std::vector<const DartType*>(n, program.types.dynamicType()), TypeParamMode::Own);
}

llvm::Constant* Module::boundsTypeArgs(const std::vector<TypeParameter*>& params) {
  std::vector<const DartType*> types;
  for (const TypeParameter* p : params) {
    // F-bounded and other bounds that mention type parameters fall back to dynamic (a
    // simplification of the language's instantiate-to-bounds).
    bool useBound = p->bound && !p->bound->isTop() && isClosedType(p->bound);
    types.push_back(useBound ? p->bound : program.types.dynamicType());
  }
  return rtTypeArgs(types, TypeParamMode::Own);
}

namespace {

// Every supertype of `cls` (itself first), with type arguments in terms of cls's own parameters.
void collectSupertypes(Module& m, const InterfaceType* type, std::vector<const InterfaceType*>& out,
                       std::set<const Class*>& seen) {
  const Class* cls = type->cls;
  if (!seen.insert(cls).second) return;
  out.push_back(type);
  auto visit = [&](const InterfaceType* direct) {
    std::vector<const DartType*> args;
    for (const DartType* a : direct->args) args.push_back(m.substitute(a, cls->typeParams, type->args));
    auto* sub = static_cast<const InterfaceType*>(
        const_cast<TypeStore&>(m.program.types).interface(direct->cls, std::move(args)));
    collectSupertypes(m, sub, out, seen);
  };
  if (cls->supertype) visit(cls->supertype);
  for (const InterfaceType* i : cls->interfaces) visit(i);
}

}  // namespace

const Class* Module::runtimeTypeClass(const Class* c) {
  // The VM reports its string and built-in list classes as String and List<E>
  // (runtime/lib/object.cc, Object_runtimeType). Each list class has the one parameter E.
  const CoreTypes& core = program.core;
  const tfa::ImplicitMembers& im = facts.implicit();
  if (c == im.oneByteStringClass || c == im.twoByteStringClass) return core.stringClass;
  bool builtinList = c == im.fixedArrayClass || c == im.immutableListClass || c == im.growableListClass;
  if (builtinList && c->typeParams.size() == 1 && core.listClass->typeParams.size() == 1) return core.listClass;
  return c;
}

namespace {

// For each class id, the run of consecutive class ids around it whose classes have it among
// their supertypes (`supersByCid`), Null's excepted (null fails a non-nullable class's test):
// {first, count}, count 0 for a reserved id (DartClassTypes.subtype_first).
std::vector<std::pair<uint32_t, uint32_t>> subtypeRuns(const std::vector<std::vector<uint32_t>>& supersByCid, uint32_t nullCid) {
  size_t n = supersByCid.size();
  std::vector<std::vector<bool>> isSubtype(n);
  for (size_t cid = 0; cid < n; ++cid) {
    if (cid == nullCid) continue;
    for (uint32_t super : supersByCid[cid]) {
      if (super >= n) continue;
      if (isSubtype[super].empty()) isSubtype[super].assign(n, false);
      isSubtype[super][cid] = true;
    }
  }
  std::vector<std::pair<uint32_t, uint32_t>> runs(n, {0, 0});
  for (size_t cid = 0; cid < n; ++cid) {
    const std::vector<bool>& sub = isSubtype[cid];
    if (sub.empty() || !sub[cid]) continue;
    size_t first = cid, last = cid;
    while (first > 0 && sub[first - 1]) --first;
    while (last + 1 < n && sub[last + 1]) ++last;
    runs[cid] = {static_cast<uint32_t>(first), static_cast<uint32_t>(last - first + 1)};
  }
  return runs;
}

}  // namespace

void Module::emitClassTypes() {
  auto* superTy = llvm::StructType::get(llvm, {i32, i32, ptr});
  auto* i16 = llvm::Type::getInt16Ty(llvm);
  auto* infoTy = llvm::StructType::get(llvm, {ptr, i32, i16, i16, i32, i32, ptr, i32, i32});
  const auto& byCid = layout.classesByCid();
  // Every class's supertypes first (the runs of subtypes need all of them).
  std::vector<std::vector<const InterfaceType*>> supersByClass(byCid.size());
  std::vector<std::vector<uint32_t>> supersByCid(byCid.size());
  for (size_t cid = 0; cid < byCid.size(); ++cid) {
    const Class* c = byCid[cid];
    if (!c) continue;
    std::vector<const InterfaceType*> supers;
    std::set<const Class*> seen;
    collectSupertypes(*this, c->thisType, supers, seen);
    for (const InterfaceType* s : supers) {
      const dispatch::ClassLayout* l = layout.classLayout(s->cls);
      if (!l) continue;
      supersByClass[cid].push_back(s);
      supersByCid[cid].push_back(l->cid);
    }
  }
  std::vector<std::pair<uint32_t, uint32_t>> runs = subtypeRuns(supersByCid, nullCid());
  std::vector<llvm::Constant*> infos;
  for (size_t cid = 0; cid < byCid.size(); ++cid) {
    const Class* c = byCid[cid];
    llvm::Constant* first = llvm::ConstantInt::get(i32, runs[cid].first);
    llvm::Constant* count = llvm::ConstantInt::get(i32, runs[cid].second);
    if (!c) {
      infos.push_back(llvm::ConstantStruct::get(
          infoTy, {cString("<reserved>"), llvm::ConstantInt::get(i32, -1), llvm::ConstantInt::get(i16, 0),
                   llvm::ConstantInt::get(i16, 0), llvm::ConstantInt::get(i32, 0), llvm::ConstantInt::get(i32, 0),
                   llvm::ConstantPointerNull::get(ptr), first, count}));
      continue;
    }
    std::vector<llvm::Constant*> entries;
    for (size_t i = 0; i < supersByClass[cid].size(); ++i) {
      const InterfaceType* s = supersByClass[cid][i];
      llvm::Constant* args = s->args.empty() ? static_cast<llvm::Constant*>(llvm::ConstantPointerNull::get(ptr))
                                             : rtTypeArgs(s->args, TypeParamMode::Own);
      entries.push_back(llvm::ConstantStruct::get(superTy, {llvm::ConstantInt::get(i32, supersByCid[cid][i]), llvm::ConstantInt::get(i32, 0), args}));
    }
    auto* arrTy = llvm::ArrayType::get(superTy, entries.size());
    auto* arr = new llvm::GlobalVariable(module, arrTy, true, llvm::GlobalValue::PrivateLinkage,
                                         llvm::ConstantArray::get(arrTy, entries), "dartc.supertypes");
    const dispatch::ClassLayout* cl = layout.classLayout(c);
    int32_t offset = cl ? cl->typeArgsOffset : -1;
    uint32_t own = static_cast<uint32_t>(c->typeParams.size());
    uint32_t flat = flatOffset(c) + own;
    const dispatch::ClassLayout* reported = layout.classLayout(runtimeTypeClass(c));
    uint32_t runtimeTypeCid = reported && reported != cl ? reported->cid : 0;
    infos.push_back(llvm::ConstantStruct::get(
        infoTy, {cString(visibleClassName(c)), llvm::ConstantInt::get(i32, static_cast<uint32_t>(offset)),
                 llvm::ConstantInt::get(i16, flat), llvm::ConstantInt::get(i16, own),
                 llvm::ConstantInt::get(i32, entries.size()), llvm::ConstantInt::get(i32, runtimeTypeCid), arr, first, count}));
  }
  auto* tableTy = llvm::ArrayType::get(infoTy, infos.size());
  auto* table = new llvm::GlobalVariable(module, tableTy, true, llvm::GlobalValue::ExternalLinkage,
                                         llvm::ConstantArray::get(tableTy, infos));
  // Generated code that tests subtype runs inline refers to a declaration made before.
  if (llvm::GlobalVariable* declared = module.getNamedGlobal(kClassTypesName)) {
    declared->replaceAllUsesWith(table);
    declared->eraseFromParent();
  }
  table->setName(kClassTypesName);
}

llvm::GlobalVariable* Module::classTypesTable() {
  if (llvm::GlobalVariable* table = module.getNamedGlobal(kClassTypesName)) return table;
  return new llvm::GlobalVariable(module, i8, true, llvm::GlobalValue::ExternalLinkage, nullptr, kClassTypesName);
}

}  // namespace dartc::codegen
