// Constant lists, maps and sets as read-only data. Lists are laid out like the runtime's arrays
// (_ImmutableList); maps and sets are instances of the core library's _ConstMap/_ConstSet whose
// one field is such a list (keys and values alternating, or the elements), in source order. A
// constant cannot build a hash index in place, so their lookups scan (dart:core explains more).
#include <llvm/IR/Constants.h>
#include <llvm/IR/GlobalVariable.h>

#include "dartrt/abi.h"
#include "module.h"

namespace dartc::codegen {

using namespace kernel;

namespace {

llvm::GlobalVariable* readOnlyObject(Module& m, llvm::Constant* init, const char* name) {
  auto* gv = new llvm::GlobalVariable(m.module, init->getType(), true, llvm::GlobalValue::PrivateLinkage, init, name);
  gv->setAlignment(llvm::Align(DART_OBJECT_ALIGNMENT));
  return gv;
}

}  // namespace

llvm::Constant* Module::immutableList(const std::vector<llvm::Constant*>& elements, const DartType* elementType) {
  return constArray(facts.implicit().immutableListClass, elements, elementType);
}

llvm::Constant* Module::constArray(const Class* listClass, const std::vector<llvm::Constant*>& elements,
                                   const DartType* elementType) {
  uint32_t cid = listClass ? cidOf(listClass) : arrayCid_;
  // The array's type-arguments word is the list's vector (<E>: List's only parameter).
  llvm::Constant* typeArgs = llvm::ConstantPointerNull::get(ptr);
  if (listClass && elementType) typeArgs = rtTypeArgs(flatTypeArgs(listClass, {elementType}), TypeParamMode::Own);
  uint64_t size = sizeof(DartArray) + 8 * elements.size();
  auto* arrTy = llvm::ArrayType::get(ptr, elements.size());
  std::vector<llvm::Constant*> words{llvm::ConstantInt::get(i64, dart_make_header(cid, size)), typeArgs,
                                     llvm::ConstantInt::get(i64, elements.size()), llvm::ConstantArray::get(arrTy, elements)};
  // An empty list gets one zero word after its length (the padding to 32 bytes it has anyway):
  // read at _GrowableList._length's offset it is 0, so a growable list's bounds check fails for
  // it (empty_constant_lists.cpp relies on this word; the header's size does not count it).
  if (elements.empty()) words.push_back(llvm::ConstantInt::get(i64, 0));
  return readOnlyObject(*this, llvm::ConstantStruct::getAnon(llvm, words), "dartc.constlist");
}

llvm::Constant* Module::constCollection(const Class* cls, std::vector<const DartType*> typeArgs, llvm::Constant* contents) {
  const dispatch::ClassLayout* cl = cls ? layout.classLayout(cls) : nullptr;
  const Field* field = nullptr;
  if (cls) {
    for (const Field* f : cls->fields) {
      if (!f->isStatic) field = f;
    }
  }
  if (!cl || !field) {
    error("internal: the core library has no constant map/set class");
    return llvm::ConstantPointerNull::get(ptr);
  }
  std::vector<llvm::Constant*> slots(cl->instanceSize / 8, llvm::ConstantInt::get(i64, 0));
  slots[0] = llvm::ConstantInt::get(i64, headerOf(cls));
  if (cl->typeArgsOffset >= 0) {
    if (typeArgs.size() != cls->typeParams.size()) typeArgs.assign(cls->typeParams.size(), program.types.dynamicType());
    slots[cl->typeArgsOffset / 8] = rtTypeArgs(flatTypeArgs(cls, typeArgs), TypeParamMode::Own);
  }
  if (layout.hasField(field)) slots[layout.fieldOffset(field) / 8] = contents;  // else never read
  return readOnlyObject(*this, llvm::ConstantStruct::getAnon(llvm, slots), "dartc.const");
}

llvm::Constant* Module::constMap(const MapConstant* c) {
  std::vector<llvm::Constant*> kvs;
  for (const auto& [k, v] : c->entries) {
    kvs.push_back(constant(k));
    kvs.push_back(constant(v));
  }
  llvm::Constant* list = immutableList(kvs, const_cast<TypeStore&>(program.types).nullable(core().objectType));
  return constCollection(facts.implicit().constMapClass, {c->keyType, c->valueType}, list);
}

llvm::Constant* Module::constSet(const SetConstant* c) {
  std::vector<llvm::Constant*> elements;
  for (const Constant* e : c->elements) elements.push_back(constant(e));
  llvm::Constant* list = immutableList(elements, c->elementType);
  return constCollection(facts.implicit().constSetClass, {c->elementType}, list);
}

}  // namespace dartc::codegen
