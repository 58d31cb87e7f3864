// Reified function types (docs/generics.md): the shapes of function types (their parameter
// lists without the types), numbered here and emitted as dartrt_function_shapes, and the
// runtime type of each closure. A closure's type is a constant in its FunctionInfo when its
// signature mentions no type parameter of the code around it (the common case: nothing is
// stored per closure and nothing runs until `runtimeType` or a type test asks). Otherwise the
// FunctionInfo points at a small function that computes it from the closure's context, the
// way the closure's own body would compute those types.
#include <algorithm>

#include <llvm/IR/Constants.h>
#include <llvm/IR/GlobalVariable.h>

#include "dartrt/abi.h"
#include "function_lowering.h"
#include "naming.h"

namespace dartc::codegen {

using namespace kernel;

uint32_t Module::functionShapeId(const FunctionShape& shape) {
  std::string key = std::to_string(shape.typeParams) + "<" + std::to_string(shape.required) + "/" +
                    std::to_string(shape.positional);
  for (const auto& [name, required] : shape.named) key += (required ? ",!" : ",") + name;
  auto it = functionShapeIds_.find(key);
  if (it != functionShapeIds_.end()) return it->second;
  FunctionShape entry = shape;
  if (shape.typeParams) {
    // Instantiating a generic closure value gives a closure of the same shape without them.
    FunctionShape plain = shape;
    plain.typeParams = 0;
    entry.instantiated = functionShapeId(plain);
  }
  uint32_t id = static_cast<uint32_t>(functionShapes_.size());
  functionShapes_.push_back(entry);
  functionShapeIds_[key] = id;
  return id;
}

uint32_t Module::functionShapeId(const FunctionType* f) {
  FunctionShape shape;
  shape.typeParams = static_cast<uint32_t>(f->typeParams.size());
  shape.required = static_cast<uint32_t>(f->requiredPositionalCount);
  shape.positional = static_cast<uint32_t>(f->positional.size());
  for (const NamedParameterType& n : f->named) shape.named.push_back({std::string(n.name), n.isRequired});  // sorted by name
  return functionShapeId(shape);
}

void Module::emitFunctionShapes() {
  auto* i16 = llvm::Type::getInt16Ty(llvm);
  auto* shapeTy = llvm::StructType::get(llvm, {i16, i16, i16, i16, i32, i32, ptr, ptr});
  std::vector<llvm::Constant*> entries;
  for (const FunctionShape& s : functionShapes_) {
    llvm::Constant* names = llvm::ConstantPointerNull::get(ptr);
    llvm::Constant* required = llvm::ConstantPointerNull::get(ptr);
    if (!s.named.empty()) {
      std::vector<llvm::Constant*> nameConsts;
      std::vector<uint8_t> flags;
      for (const auto& [name, isRequired] : s.named) {
        nameConsts.push_back(cString(name));
        flags.push_back(isRequired ? 1 : 0);
      }
      auto* namesTy = llvm::ArrayType::get(ptr, nameConsts.size());
      names = new llvm::GlobalVariable(module, namesTy, true, llvm::GlobalValue::PrivateLinkage,
                                       llvm::ConstantArray::get(namesTy, nameConsts), "dartc.fnshape_names");
      required = new llvm::GlobalVariable(module, llvm::ArrayType::get(i8, flags.size()), true, llvm::GlobalValue::PrivateLinkage,
                                          llvm::ConstantDataArray::get(llvm, flags), "dartc.fnshape_required");
    }
    entries.push_back(llvm::ConstantStruct::get(
        shapeTy, {llvm::ConstantInt::get(i16, s.typeParams), llvm::ConstantInt::get(i16, s.required),
                  llvm::ConstantInt::get(i16, s.positional), llvm::ConstantInt::get(i16, s.named.size()),
                  llvm::ConstantInt::get(i32, s.instantiated), llvm::ConstantInt::get(i32, 0), names, required}));
  }
  auto* tableTy = llvm::ArrayType::get(shapeTy, entries.size());
  new llvm::GlobalVariable(module, tableTy, true, llvm::GlobalValue::ExternalLinkage, llvm::ConstantArray::get(tableTy, entries),
                           "dartrt_function_shapes");
  new llvm::GlobalVariable(module, i32, true, llvm::GlobalValue::ExternalLinkage,
                           llvm::ConstantInt::get(i32, entries.size()), "dartrt_function_shape_count");
}

llvm::Constant* Module::functionInfo(uint64_t shape, llvm::Function* dynamicEntry, bool isTearOff,
                                     std::pair<llvm::Constant*, llvm::Constant*> type) {
  auto orNull = [&](llvm::Constant* c) { return c ? c : llvm::ConstantPointerNull::get(ptr); };
  auto* init = llvm::ConstantStruct::getAnon(llvm, {llvm::ConstantInt::get(i64, shape), dynamicEntry, llvm::ConstantInt::get(i64, isTearOff),
                                                    orNull(type.first), orNull(type.second)});
  // 16-byte aligned like every object the value word in DartClosure::function may point at.
  auto* info = new llvm::GlobalVariable(module, init->getType(), true, llvm::GlobalValue::PrivateLinkage, init, "dartc.fninfo");
  info->setAlignment(llvm::Align(16));
  return info;
}

std::pair<llvm::Constant*, llvm::Constant*> Module::closureTypeInfo(const FunctionNode* node, const Member* member,
                                                                   ClosureKind kind) {
  const FunctionType* type = node->type;
  if (!type) return {nullptr, nullptr};  // unknown: prints as `Function`; type tests refuse it
  if (kind == ClosureKind::InstantiatedTearOff) {
    // The tear-off's type arguments replace the type parameters (they are in its context).
    type = const_cast<TypeStore&>(program.types)
               .function({}, type->positional, type->requiredPositionalCount, type->named, type->returnType);
  }
  if (isClosedType(type)) return {rtType(type, TypeParamMode::Own), nullptr};
  auto* getterType = llvm::FunctionType::get(ptr, {ptr}, false);
  auto* getter = llvm::Function::Create(getterType, llvm::GlobalValue::InternalLinkage, symbolName(member) + ".<closure type>", module);
  PendingFunction pf;
  pf.member = member;
  pf.function = node;
  pf.llvmFunction = getter;
  pf.isClosure = kind == ClosureKind::Closure;
  FunctionLowering(*this, pf).lowerClosureTypeGetter(node, kind, type);
  return {nullptr, getter};
}

namespace {

// The type parameters `t` mentions outside the generic function types in it.
void collectFreeTypeParams(const DartType* t, std::vector<const TypeParameter*>& bound, std::vector<const TypeParameter*>& out) {
  switch (t->kind) {
    case TypeKind::TypeParameter: {
      const TypeParameter* p = static_cast<const TypeParameterType*>(t)->param;
      if (std::find(bound.begin(), bound.end(), p) == bound.end()) out.push_back(p);
      return;
    }
    case TypeKind::Interface:
      for (const DartType* a : static_cast<const InterfaceType*>(t)->args) collectFreeTypeParams(a, bound, out);
      return;
    case TypeKind::FutureOr: collectFreeTypeParams(static_cast<const FutureOrType*>(t)->arg, bound, out); return;
    case TypeKind::Record: {
      auto* r = static_cast<const RecordType*>(t);
      for (const DartType* f : r->positional) collectFreeTypeParams(f, bound, out);
      for (const auto& n : r->named) collectFreeTypeParams(n.type, bound, out);
      return;
    }
    case TypeKind::Function: {
      auto* f = static_cast<const FunctionType*>(t);
      size_t base = bound.size();
      bound.insert(bound.end(), f->typeParams.begin(), f->typeParams.end());
      Module::forEachFunctionTypePart(f, [&](const DartType* part) { collectFreeTypeParams(part, bound, out); });
      bound.resize(base);
      return;
    }
    default: return;
  }
}

}  // namespace

bool FunctionLowering::closureTypeReachable(const FunctionNode* node, Module::ClosureKind kind, const DartType* type) {
  std::vector<const TypeParameter*> bound;
  std::vector<const TypeParameter*> free;
  collectFreeTypeParams(type, bound, free);
  bool factory = typeMode() == Module::TypeParamMode::Factory;
  // A closure reads the vector of the nearest generic function around it from a context.
  auto enclosingVectorKept = [&] {
    if (kind != Module::ClosureKind::Closure) return false;
    const FunctionNode* g = node->parent;
    while (g && g->typeParams.empty()) g = g->parent;
    if (!g) return false;
    return g->parent ? plan_->localTypeArgsScope.count(g) != 0 : plan_->typeArgsScope >= 0;
  };
  for (const TypeParameter* p : free) {
    if (p->isFunctionTypeParam) {
      if (kind == Module::ClosureKind::InstantiatedTearOff) {
        if (std::find(node->typeParams.begin(), node->typeParams.end(), p) == node->typeParams.end()) return false;
        continue;
      }
      if (!seesTypeParameter(p) || !enclosingVectorKept()) return false;
      continue;
    }
    if (!p->declaringClass) return false;
    // A factory's class parameters are in its vector, like a generic function's.
    if (factory) {
      if (!enclosingVectorKept()) return false;
      continue;
    }
    // Otherwise from the receiver.
    if (kind == Module::ClosureKind::InstanceTearOff) continue;
    if (kind != Module::ClosureKind::Closure || plan_->thisScope < 0) return false;
  }
  quietReify_ = true;
  return reifiable(type, node->loc);
}

void FunctionLowering::lowerClosureTypeGetter(const FunctionNode* node, Module::ClosureKind kind, const FunctionType* type) {
  startFunction();
  plan_ = m_.contextPlan(pending_.member);
  llvm::Value* closure = fn_->getArg(0);
  llvm::Value* context = b_.CreateLoad(m_.ptr, b_.CreateConstInBoundsGEP1_64(m_.i8, closure, offsetof(DartClosure, context)));
  // Where the closure's code finds the type arguments its signature mentions.
  switch (kind) {
    case Module::ClosureKind::Closure: {
      incomingContext_ = context;
      auto found = plan_->closureScope.find(node);
      incomingScope_ = found == plan_->closureScope.end() ? -1 : found->second;
      break;
    }
    case Module::ClosureKind::InstanceTearOff: this_ = {context, Rep::Value}; break;
    case Module::ClosureKind::InstantiatedTearOff: typeArgs_ = context; break;
    case Module::ClosureKind::StaticTearOff: break;
  }
  if (!closureTypeReachable(node, kind, fromMixinParameters(type)) || (kind == Module::ClosureKind::Closure && incomingScope_ < 0)) {
    // Type arguments this code cannot reach: the type stays unknown (it prints as `Function`
    // and a type test against a function type stops the program) rather than wrong.
    b_.CreateRet(m_.rtTypeConstant(DART_TYPE_FUNCTION, 0, 0, {}));
    return;
  }
  b_.CreateRet(typeValue(type, node->loc));
}

}  // namespace dartc::codegen
